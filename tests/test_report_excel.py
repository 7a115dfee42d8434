"""The report's Excel workbook as a bureau opens it: figures are numbers with formats (never phrases
such as "9/7 天 达标"), every sheet a titled, filtered table that prints with numbered pages, and
columns no wider than their content."""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from decimal import Decimal

import openpyxl
import pytest

from models.queries.scope import Scope
from reports.files import write_report_files
from reports.quarter_report import build_report
from reports.xlsx_common import STYLED_ROWS, new_workbook, save_atomically, text_width, write_table
from tests.helpers import unit_id

pytestmark = pytest.mark.server  # run a second time on the PostgreSQL server

CAP = 40  # no column wider than 20 CJK characters; longer text wraps


@pytest.fixture
def books(demo_db, tmp_path):
    """The demo's 襄州区 Q2 report and the city's Q4 made on 12-06, each with its workbook."""
    unit = build_report(Scope(2020, 2, unit_id("襄州区")))
    city = build_report(Scope(2020, 4, as_of=dt.date(2020, 12, 6)))
    out = {}
    for name, report in (("unit", unit), ("city", city)):
        _pdf, xlsx = write_report_files(report, tmp_path / name)
        out[name] = (report, openpyxl.load_workbook(xlsx), xlsx)
    return out


def _rows(sheet) -> list[tuple]:
    """The table's data rows: from row 3 to the AutoFilter's last row."""
    last = int(re.search(r"(\d+)$", sheet.auto_filter.ref)[1])
    return [r for r in sheet.iter_rows(min_row=3, max_row=last, values_only=True) if any(r)]


def _headers(sheet) -> list[str]:
    return [c.value for c in sheet[2] if c.value is not None]


def test_outing_days_and_quotas_are_numbers_one_leader_month_a_row(books):
    for report, book, _path in books.values():
        sheet = book["外出招商"]
        assert _headers(sheet) == [
            "单位",
            "人员",
            "角色",
            "月份",
            "天数",
            "要求天数",
            "次数",
            "要求次数",
            "状态",
            "还需",
        ]
        cells = [(r[1], r[3], r[4], r[5], r[6], r[7], r[8]) for r in _rows(sheet)]
        first = report.period.start.month
        expected = [
            (
                r.person,
                f"{first + i}月",
                m.days,
                m.required_days,
                m.trips,
                m.required_trips or None,
                m.status_name,
            )
            for r in report.compliance
            for i, m in enumerate(r.months)
            if m is not None
        ]
        assert [c for c in cells if c[-1] != "未任职"] == expected
        assert expected and all(isinstance(c[2], int) and isinstance(c[3], int) for c in cells)
        assert not any("/" in str(v) for row in cells for v in row)  # no "9/7 天"
    # The city's December is not over on 12-06: 进行中 (or already 达标), never 未达标.
    december = {r[8] for r in _rows(books["city"][1]["外出招商"]) if r[3] == "12月"}
    assert "进行中" in december and "未达标" not in december


def test_money_percent_and_targets_are_numbers_with_formats(books):
    for report, book, _path in books.values():
        sheet = book["总体完成情况"]
        headers = _headers(sheet)
        assert "目标" not in headers and {"增长目标", "数量目标"} <= set(headers)
        growth_at, count_at = headers.index("增长目标"), headers.index("数量目标")
        rows = {r[0].value: r for r in sheet.iter_rows(min_row=3) if r[0].value}
        for ind in report.indicators.values():
            row = rows[ind.name]
            growth, count = row[growth_at], row[count_at]
            if ind.target.growth is not None:
                assert growth.value == pytest.approx(float(ind.target.growth))
                assert growth.number_format == "0.0%"
            if ind.target.count is not None:
                assert count.value == ind.target.count and isinstance(count.value, int)
            assert not isinstance(growth.value, str) and not isinstance(count.value, str)
            if ind.money:  # 本季度, 本年累计, 上年同期 in 亿元 with two decimals
                for cell in row[2:5]:
                    assert isinstance(cell.value, (int, float))
                    assert cell.number_format.endswith("0.00") and "0.000" not in cell.number_format
        signed = book["本季度签约项目"]
        contract_at = _headers(signed).index("合同金额(亿元)")
        for row in signed.iter_rows(min_row=3, max_row=2 + len(report.lists["签约"])):
            assert isinstance(row[contract_at].value, (int, float))
            assert row[contract_at].number_format.endswith("0.00")
        funds = book["到位资金"]
        amounts = [r[3] for r in funds.iter_rows(min_row=3) if r[3].value is not None]
        assert amounts and all(isinstance(c.value, int) for c in amounts)  # 万元, whole
        assert {c.number_format for c in amounts} == {"#,##0"}
        ratios = {r[0].value: r[1] for r in book["项目推进情况"].iter_rows(min_row=3)}
        assert ratios["资金到位率"].number_format == "0.0%"


def test_every_sheet_is_a_filtered_table_that_prints_with_numbered_pages(books):
    for report, book, path in books.values():
        for sheet in book:
            headers = _headers(sheet)
            last = openpyxl.utils.get_column_letter(len(headers))
            assert sheet.auto_filter.ref.startswith("A2:" + last), sheet.title
            assert sheet.freeze_panes == "A3" and sheet.print_title_rows == "$2:$2"
            assert "&P" in sheet.oddFooter.center.text and "&N" in sheet.oddFooter.center.text
            assert sheet.oddHeader.center.text == report.title
            assert int(sheet.page_setup.paperSize) == 9  # A4
            assert sheet.page_setup.fitToWidth == 1 and sheet.sheet_properties.pageSetUpPr.fitToPage
            assert len(sheet.title) <= 31 and not set(sheet.title) & set("[]:*?/\\")
        assert book["本季度签约项目"].page_setup.orientation == "landscape"  # nine columns
        assert book["项目推进情况"].page_setup.orientation == "portrait"
        # The long raw lists are written as sheet XML: their rows in order, filter and footer kept.
        with zipfile.ZipFile(path) as archive:
            for name in archive.namelist():
                if name.startswith("xl/worksheets/sheet"):
                    xml = archive.read(name).decode()
                    numbers = [int(n) for n in re.findall(r'<row r="(\d+)"', xml)]
                    assert numbers == sorted(numbers), name
                    assert "<autoFilter" in xml and "&amp;P" in xml, name


def test_each_sheet_opens_with_a_title_naming_unit_and_period(books):
    expected = {
        "unit": "襄州区 2020年第二季度 · ",
        "city": "全市 2020年第四季度（截至12月6日） · ",
    }
    for name, (_report, book, _path) in books.items():
        for sheet in book:
            assert sheet["A1"].value.startswith(expected[name]), sheet.title
        assert book["本季度签约项目"]["A1"].value == expected[name] + "本季度签约项目"


def test_columns_fit_their_content_and_stay_under_a_cap(books):
    for _report, book, _path in books.values():
        for sheet in book:
            widths = {k: d.width for k, d in sheet.column_dimensions.items()}
            assert widths and max(widths.values()) <= CAP, sheet.title
        signed = book["本季度签约项目"]
        names = [r[1] for r in _rows(signed)]
        if names:  # the project-name column shows its longest name whole (up to the cap)
            assert signed.column_dimensions["B"].width >= min(max(map(text_width, names)), CAP)
    ranking = books["city"][1]["分单位完成情况"]
    assert ranking["A2"].value == "名次" and ranking.column_dimensions["A"].width <= 10
    # The scoring note sits below the table, merged across it, outside the filter.
    note_row = ranking.max_row
    assert ranking.cell(row=note_row, column=1).value.startswith("综合得分")
    assert f"A{note_row}:I{note_row}" in {str(r) for r in ranking.merged_cells.ranges}
    assert int(re.search(r"(\d+)$", ranking.auto_filter.ref)[1]) < note_row


def test_overdue_land_problems_and_leads_are_tables_of_their_own(books):
    for report, book, _path in books.values():
        day = report.as_of or report.period.end
        cases = sorted(
            (c for u in report.land for c in u.overdue), key=lambda c: (c.due, c.project)
        )
        rows = _rows(book["逾期未供地项目"])
        assert _headers(book["逾期未供地项目"]) == [
            "序号",
            "项目名称",
            "责任单位",
            "签约日期",
            "应取得土地日期",
            "取得土地日期",
            "逾期天数",
        ]
        assert [(r[1], r[2], r[4].date()) for r in rows] == [
            (c.project, c.unit, c.due) for c in cases
        ]
        for row, case in zip(rows, cases, strict=True):
            until = case.land if case.land is not None and case.land <= day else day
            assert row[6] == (until - case.due).days and row[6] > 0
        # The land summary holds one row per unit and nothing squeezed under its columns.
        land = _rows(book["土地与要素保障"])
        assert [r[0] for r in land] == [u.unit for u in report.land]
        problems = _rows(book["问题台账"])
        assert len(problems) == len(report.open_problems)
        assert all(isinstance(r[6], int) and r[6] >= 0 for r in problems)
        assert len(_rows(book["逾期线索反馈"])) == len(report.overdue_leads)
    assert any(u.overdue for u in books["city"][0].land)  # the demo city has overdue land


def test_a_note_below_a_long_table_keeps_the_rows_in_order(tmp_path):
    """Rows past STYLED_ROWS go in as sheet XML; a note openpyxl wrote below them stays below."""
    book = new_workbook()
    rows = [[n, f"第{n}行", Decimal(n) / 100] for n in range(STYLED_ROWS + 10)]
    write_table(book.create_sheet("长表"), "标题", ["序号", "文字", "金额"], rows, notes=["说明"])
    path = save_atomically(book, tmp_path / "长表.xlsx")
    sheet = openpyxl.load_workbook(path)["长表"]
    last = 2 + len(rows)
    assert sheet.auto_filter.ref == f"A2:C{last}"
    assert sheet.cell(row=last, column=1).value == STYLED_ROWS + 9
    assert sheet.cell(row=last + 2, column=1).value == "说明"
    with zipfile.ZipFile(path) as archive:
        xml = archive.read("xl/worksheets/sheet1.xml").decode()
    numbers = [int(n) for n in re.findall(r'<row r="(\d+)"', xml)]
    assert numbers == sorted(numbers) and numbers[-1] == last + 2
