"""The rulings on status words, the key-enterprise scope and a period not yet over (DOMAIN.md,
"Rulings"), as the JSON, the PDF, the Excel file and the screens print them."""

from __future__ import annotations

import json
from fractions import Fraction

import openpyxl
import pytest
from pypdf import PdfReader

from main import main
from models import IndicatorRule, Unit
from models.queries.scope import Scope
from reports.files import write_report_files
from reports.indicators import ASSESSED_KINDS, build_indicators
from reports.quarter_report import build_report
from reports.visits import visit_progress
from tests.helpers import D, contract, firm, person, project, trip, unit_id, visit

pytestmark = pytest.mark.server  # run a second time on the PostgreSQL server

# In the workbook's indicator table (its target in two numeric columns: reports.xlsx_report_rows).
STATUS_COLUMN, PROGRESS_COLUMN = 10, 9


def funds(project_id, day, amount):
    from models.store.contracts import FundsInput, add_funds

    add_funds(project_id, FundsInput(day, amount), today=D(2030, 1, 1))


@pytest.fixture
def county(database):
    """襄州区 in 2019–2020: a growth target reached and one missed, and three count targets (key
    enterprises 2 of 4, foreign projects 2 of 2, major projects 0 of 1)."""
    IndicatorRule.update(target_count=4).where(
        IndicatorRule.indicator == "key_enterprises_visited"
    ).execute()
    staff = person("张三", ("staff", D(2019, 1, 1)))
    old = project("去年工业项目", D(2019, 1, 10), "3")
    contract(old, "formal", D(2019, 3, 1), "2")
    funds(old, D(2019, 3, 5), "1")
    for name, day in (("甲外资项目", D(2020, 2, 1)), ("乙外资项目", D(2020, 3, 1))):
        p = project(name, D(2020, 1, 10), "3", foreign_funded=True)
        contract(p, "formal", day, "3")  # 6亿 of industrial contracts against 2亿: +200%
    funds(old, D(2020, 3, 5), "1")  # 1亿 against 1亿: +0%, short of +8%
    for name in ("重点甲公司", "重点乙公司"):
        visit(firm(name), D(2020, 3, 10), [staff])
    return database


def _json(database, capsys, *args) -> dict:
    assert main(["--db", str(database.path), *args, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def _indicators(database, capsys, q: int, unit: str, *extra: str) -> dict:
    args = ("indicators", "--year", "2020", "--quarter", str(q), "--unit", unit, *extra)
    return _json(database, capsys, *args)


def _files(report, tmp_path):
    pdf, xlsx = write_report_files(report, tmp_path)
    text = "".join(p.extract_text() for p in PdfReader(pdf).pages)
    return text.replace("\n", "").replace(" ", ""), openpyxl.load_workbook(xlsx)


def _indicator_row(book, name: str) -> tuple:
    sheet = book["总体完成情况"]
    return next(r for r in sheet.iter_rows(min_row=3, values_only=True) if r[0] == name)


def test_status_words_before_the_fourth_quarter(county, capsys, tmp_path):
    data = _indicators(county, capsys, 2, "襄州区")
    words = {k: (v["status"], v["status_name"]) for k, v in data["indicators"].items()}
    assert words["foreign_projects"] == ("achieved", "已完成")  # 2 of 2 before the year's end
    assert words["key_enterprises_visited"] == ("ahead", "超进度")  # 2 of 4 against 50%
    assert words["major_project"] == ("behind", "欠进度")  # 0 of 1
    assert words["industrial_contract_amount"] == ("reached", "达到")
    assert words["funds_in_place"] == ("not_reached", "未达到")
    # A growth target is measured against last year, never beside time progress.
    assert data["indicators"]["funds_in_place"]["time_progress"] is None
    assert data["indicators"]["major_project"]["time_progress"] == 0.5

    text, book = _files(build_report(Scope(2020, 2, unit_id())), tmp_path)
    for word in ("已完成", "超进度", "欠进度", "达到", "未达到"):
        assert word in text, word
    assert "未完成" not in text
    growth = _indicator_row(book, "招商引资实际到位资金")
    assert growth[STATUS_COLUMN] == "未达到" and growth[PROGRESS_COLUMN] in (None, "", "—")
    count = _indicator_row(book, "拜访对接重点企业")
    assert count[STATUS_COLUMN] == "超进度" and count[PROGRESS_COLUMN] == 0.5
    visits = list(book["重点企业拜访"].iter_rows(min_row=3, values_only=True))
    assert next(r for r in visits if r[0] == "襄州区")[5] == "超进度"


def test_status_words_at_the_fourth_quarter(county, capsys, tmp_path):
    data = _indicators(county, capsys, 4, "襄州区")
    words = {k: v["status_name"] for k, v in data["indicators"].items()}
    assert words["foreign_projects"] == "完成"
    assert words["key_enterprises_visited"] == "未完成"
    assert words["major_project"] == "未完成"
    assert words["industrial_contract_amount"] == "达到"

    text, book = _files(build_report(Scope(2020, 4, unit_id())), tmp_path)
    assert "未完成" in text and "达到" in text
    for word in ("超进度", "欠进度", "已完成"):
        assert word not in text, word
    assert _indicator_row(book, "引进外资项目")[STATUS_COLUMN] == "完成"
    assert _indicator_row(book, "重大产业项目")[STATUS_COLUMN] == "未完成"
    visits = list(book["重点企业拜访"].iter_rows(min_row=3, values_only=True))
    assert next(r for r in visits if r[0] == "襄州区")[5] == "未完成"


@pytest.fixture
def with_department(database):
    """Key-enterprise visits by two counties/zones and by a 市直部门 (市商务局)."""
    Unit.create(name="市商务局", kind="city_dept", sort_order=100)
    staff = person("张三", ("staff", D(2019, 1, 1)))
    zone_staff = person("李四", ("staff", D(2019, 1, 1)), unit="高新区")
    dept_staff = person("王五", ("staff", D(2019, 1, 1)), unit="市商务局")
    a, b, c, d = (firm(f"重点{n}公司") for n in "甲乙丙丁")
    for f in (a, b):
        visit(f, D(2020, 4, 1), [staff])
    visit(a, D(2020, 4, 2), [zone_staff], unit="高新区")  # the same firm: each unit's own count
    for f in (a, c, d):
        visit(f, D(2020, 4, 3), [dept_staff], unit="市商务局")
    return database


def test_a_city_department_has_a_count_without_target_or_status(with_department, capsys):
    data = _indicators(with_department, capsys, 2, "市商务局")
    visits = data["indicators"]["key_enterprises_visited"]
    assert visits["ytd"] == 3
    assert visits["target_count"] is None and visits["completion"] is None
    assert visits["status"] is None and visits["status_name"] is None
    assert visits["time_progress"] is None

    rows = _json(with_department, capsys, "visits-progress", "--year", "2020", "--quarter", "2")
    dept = next(r for r in rows if r["unit"] == "市商务局")
    assert dept["key_enterprises_visited"] == 3 and not dept["assessed"]
    assert dept["target"] is None and dept["status"] is None and dept["time_progress"] is None
    county = next(r for r in rows if r["unit"] == "襄州区")
    assert (county["target"], county["status_name"]) == (100, "欠进度")

    assert main(["--db", str(with_department.path), "visits-progress", "--year", "2020"]) == 0
    printed = capsys.readouterr().out
    assert "市商务局\t已拜访重点企业 3 家\n" in printed
    assert "襄州区\t已拜访重点企业 2 家（目标 100 家" in printed


def test_the_city_figure_is_the_sum_of_the_county_and_zone_units(with_department, tmp_path):
    city = build_indicators(Scope(2020, 2))["key_enterprises_visited"]
    assessed = [u for u in Unit.select() if u.kind in ASSESSED_KINDS]
    assert city.ytd == 3  # 襄州区 2 + 高新区 1; 市商务局's 3 are not the city's
    assert city.target.count == 100 * len(assessed)
    rows = visit_progress(2020, 2)
    assert city.ytd == sum(r.key_enterprises_visited for r in rows if r.assessed)
    assert city.status == "behind"

    _text, book = _files(build_report(Scope(2020, 2)), tmp_path)
    assert _indicator_row(book, "拜访对接重点企业")[3] == 3
    visits = list(book["重点企业拜访"].iter_rows(min_row=3, values_only=True))
    assert next(r for r in visits if r[0] == "市商务局")[1:] == (3, None, None, None, "—")


def test_the_demo_city_counts_only_counties_and_zones(demo_db, capsys):
    data = _json(demo_db, capsys, "indicators", "--year", "2020", "--quarter", "2")
    city = data["indicators"]["key_enterprises_visited"]
    rows = _json(demo_db, capsys, "visits-progress", "--year", "2020", "--quarter", "2")
    assessed = [r for r in rows if r["assessed"]]
    assert city["ytd"] == sum(r["key_enterprises_visited"] for r in assessed)
    assert city["target_count"] == 100 * len(assessed)
    assert any(not r["assessed"] for r in rows)  # the demo's 市直部门 are listed, uncounted
    behind = city["completion"] < 0.5
    assert city["status_name"] == ("欠进度" if behind else "超进度")


@pytest.fixture
def open_quarter(county):
    """A deputy in Q4 2020: October met, November short, December begun (3 of 10 days by 12-06)."""
    deputy = person("马分管", ("deputy", D(2019, 1, 1)))
    trip([deputy], D(2020, 10, 5), D(2020, 10, 14))
    trip([deputy], D(2020, 11, 2), D(2020, 11, 4))
    trip([deputy], D(2020, 12, 1), D(2020, 12, 3))
    return county


def test_a_quarter_not_yet_over(open_quarter, capsys, tmp_path):
    report = build_report(Scope(2020, 4, unit_id(), as_of=D(2020, 12, 6)))
    assert report.title == "襄州区2020年第四季度招商引资工作调度报告（截至 12月6日）"
    share = (11 + Fraction(6, 31)) / 12  # the elapsed share of the year
    assert report.time_progress == share
    visits = report.indicators["key_enterprises_visited"]
    assert visits.time_progress == share and visits.status_name == "欠进度"  # 2 of 4, not 未完成
    (row,) = report.compliance
    assert [m.status for m in row.months] == ["met", "unmet", "on_track"]
    assert row.months[2].shortfall() == "还需 7 天"

    text, book = _files(report, tmp_path)
    assert "襄州区2020年第四季度招商引资工作调度报告（截至12月6日）" in text
    assert "进行中" in text
    # One leader-month a row: 月份, 天数, 要求天数, 次数, 要求次数, 状态, 还需.
    outing = [r[3:] for r in book["外出招商"].iter_rows(min_row=3, values_only=True)]
    assert [(r[0], r[5]) for r in outing] == [
        ("10月", "达标"),
        ("11月", "未达标"),
        ("12月", "进行中"),
    ]
    assert outing[2][1:3] == (3, 10) and outing[2][6] == "还需 7 天"

    data = _indicators(open_quarter, capsys, 4, "襄州区", "--as-of", "2020-12-06")
    assert data["title"].endswith("（截至 12月6日）") and data["as_of"] == "2020-12-06"
    assert data["time_progress"] == float(share)
    december = ("compliance", "--year", "2020", "--month", "12", "--as-of", "2020-12-06")
    assert main(["--db", str(open_quarter.path), *december]) == 0
    assert "进行中，还需 7 天" in capsys.readouterr().out


def test_the_same_quarter_once_over(open_quarter, tmp_path):
    report = build_report(Scope(2020, 4, unit_id(), as_of=D(2021, 1, 5)))
    assert report.title == "襄州区2020年第四季度招商引资工作调度报告" and report.as_of is None
    assert report.time_progress == 1
    assert [m.status for m in report.compliance[0].months] == ["met", "unmet", "unmet"]
    assert report.indicators["key_enterprises_visited"].status_name == "未完成"
    text, _book = _files(report, tmp_path)
    assert "截至" not in text.split("一、")[0] and "进行中" not in text


def test_the_visit_progress_tab_prints_the_reports_verdict(qtbot, with_department):
    from ui.visit_progress_view import VisitProgressView

    view = VisitProgressView(D(2020, 12, 6))
    qtbot.addWidget(view)
    view.quarter_combo.setCurrentIndex(2)  # through the end of the second quarter
    cells = {
        view.table.item(r, 0).text(): [view.table.item(r, c).text() for c in range(6)]
        for r in range(view.table.rowCount())
    }
    assert cells["襄州区"][2:] == ["100", "2%", "50%", "欠进度"]
    assert cells["市商务局"][1:] == ["3", "", "", "", ""]


def test_the_dashboard_prints_the_reports_status_words(qtbot, with_department):
    from ui.pages.dashboard import DashboardPage

    page = DashboardPage(D(2020, 5, 10))
    qtbot.addWidget(page)
    page.refresh()
    page.reminders.setCurrentIndex(page.INDICATOR_TAB)
    table = page.indicator_table
    rows = {table.item(r, 0).text(): r for r in range(table.rowCount())}
    visits = rows["拜访对接重点企业"]
    assert table.item(visits, 3).text() == "3"  # the city: 襄州区 2 + 高新区 1
    assert table.item(visits, 8).text() == "36.0%"  # 4 months and 10 of May's 31 days, over 12
    assert table.item(visits, 9).text() == "欠进度"
    growth = rows["招商引资实际到位资金"]
    assert table.item(growth, 8).text() == "—" and table.item(growth, 9).text() == "无上年数据"
    assert "截至 05-10" in page.reminders.tabText(page.INDICATOR_TAB)
