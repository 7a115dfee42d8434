"""The quarterly report: every indicator on a hand-built dataset with known answers, the JSON contract,
and the PDF and Excel files as a reader sees them."""

from __future__ import annotations

import json
from decimal import Decimal
from fractions import Fraction

import openpyxl
import pytest
from pypdf import PdfReader

from main import main
from models import Baseline, Enterprise, EnterpriseTag
from models.queries.scope import Scope
from models.store.projects import advance
from models.store.report_notes import save_report_note
from reports.errors import ReportWriteError
from reports.files import write_report_files
from reports.indicators import build_indicators
from reports.quarter_report import build_report
from tests.helpers import D, contract, firm, person, project, unit_id, visit

pytestmark = pytest.mark.server  # run a second time on the PostgreSQL server

JSON_KEYS = {
    "industrial_contract_amount",
    "industrial_funds_in_place",
    "strategic_emerging_projects",
    "started_in_db",
    "production_in_db",
    "contract_amount",
    "funds_in_place",
    "big_industrial_projects",
    "top500_listed_enterprises",
    "key_enterprises_visited",
    "foreign_projects",
    "major_project",
}


def funds(project_id, day, amount):
    from models.store.contracts import FundsInput, add_funds

    add_funds(project_id, FundsInput(day, amount), today=D(2030, 1, 1))


@pytest.fixture
def dataset(database):
    """襄州区 in 2019 and the first half of 2020, with every edge the indicators must get right."""
    staff = person("张三", ("staff", D(2019, 1, 1)))
    big_firm = firm("世界五百强集团有限公司", tags={"global500": 2019})
    old = project("去年工业项目", D(2019, 1, 10), "3")
    contract(old, "formal", D(2019, 3, 1), "2")
    a = project("甲项目", D(2020, 1, 5), "10", enterprise_id=big_firm)
    contract(a, "framework", D(2020, 2, 1), "10")  # not counted
    contract(a, "formal", D(2020, 5, 10), "8")
    contract(a, "formal", D(2020, 6, 15), "1", supplementary=True)
    funds(a, D(2020, 6, 1), "2")
    advance(a, "started", D(2020, 5, 20))
    advance(a, "started_in_db", D(2020, 6, 1))
    b = project("乙项目", D(2020, 1, 5), "5")  # exactly 5亿: not "over 5亿"
    contract(b, "formal", D(2020, 4, 1), "5")
    c = project("丙项目", D(2020, 1, 5), "6", enterprise_id=big_firm, foreign_funded=True)
    contract(c, "formal", D(2020, 4, 2), "6")
    d = project("丁项目", D(2020, 1, 5), "1", industry_category="service", strategic_emerging="it")
    contract(d, "formal", D(2020, 3, 1), "1")  # signed in Q1 ...
    funds(d, D(2020, 4, 15), "0.5")  # ... funded in Q2
    f = project("戊项目", D(2020, 1, 5), "30")
    contract(f, "formal", D(2020, 6, 20), "30")
    estate = project("房产项目", D(2020, 1, 5), "40", industry_category="real_estate")
    contract(estate, "formal", D(2020, 6, 21), "40")
    key = firm("重点企业甲", key=True)
    plain = firm("普通企业乙", key=False)
    for day in (D(2020, 4, 1), D(2020, 5, 1), D(2020, 6, 1)):
        visit(key, day, [staff])
    visit(plain, D(2020, 4, 1), [staff])
    return {"a": a, "d": d}


def test_every_indicator_on_known_data(dataset):
    ind = build_report(Scope(2020, 2, unit_id())).indicators
    # Formal contracts only: 8 + 5 + 6 + 30 + 1 (supplementary) in Q2, industrial; the framework is out.
    assert ind["industrial_contract_amount"].quarter == 500000
    assert ind["industrial_contract_amount"].ytd == 500000
    assert ind["industrial_contract_amount"].last_ytd == 20000  # 2019 records
    assert ind["contract_amount"].quarter == 900000  # plus the 40亿 real-estate contract
    assert ind["contract_amount"].ytd == 910000  # plus 丁 signed in Q1
    assert ind["industrial_funds_in_place"].quarter == 20000
    assert ind["funds_in_place"].quarter == 25000  # 丁 signed in Q1, funded in Q2
    assert (
        ind["strategic_emerging_projects"].quarter == 0
        and ind["strategic_emerging_projects"].ytd == 1
    )
    assert ind["started_in_db"].quarter == 1
    assert (
        ind["big_industrial_projects"].quarter == 3
    )  # 甲 10亿, 丙 6亿, 戊 30亿; 乙 5亿 is not over
    assert ind["top500_listed_enterprises"].quarter == 1  # one firm behind two projects
    assert (
        ind["key_enterprises_visited"].quarter == 1
    )  # three visits, one key firm; the plain one not
    assert ind["foreign_projects"].quarter == 1
    assert ind["major_project"].ytd == 1  # 戊 30亿 counts, the 40亿 real estate does not


def test_growth_and_status(dataset):
    ind = build_report(Scope(2020, 2, unit_id())).indicators
    contract_ind = ind["industrial_contract_amount"]
    assert contract_ind.yoy == Decimal("24.0000") and contract_ind.status == "reached"
    assert contract_ind.status_name == "达到" and contract_ind.compared_progress is None
    # Key enterprises: 1 of 100 at half-year time progress is behind.
    assert ind["key_enterprises_visited"].status == "behind"
    assert ind["foreign_projects"].target.count == 2 and ind["foreign_projects"].status == "ahead"


def test_an_entered_baseline_wins_over_records(dataset):
    Baseline.create(
        unit=unit_id(), year=2019, quarter=2, indicator="industrial_contract_amount", value=400000
    )
    ind = build_report(Scope(2020, 2, unit_id())).indicators["industrial_contract_amount"]
    assert ind.last_ytd == 400000 and ind.yoy == Decimal("0.2500")


def test_a_year_before_the_first_record_has_no_growth(dataset):
    report = build_report(Scope(2019, 1, unit_id()))
    contract_ind = report.indicators["industrial_contract_amount"]
    assert contract_ind.ytd == 20000 and contract_ind.last_ytd is None and contract_ind.yoy is None
    assert contract_ind.status == "no_base"
    assert report.to_json()["indicators"]["industrial_contract_amount"]["yoy"] is None


def test_all_units_count_a_firm_once_and_rank_units(dataset):
    other = project(
        "高新区项目",
        D(2020, 1, 5),
        "2",
        unit="高新区",
        enterprise_id=Enterprise.get(Enterprise.name == "世界五百强集团有限公司").id,
    )
    contract(other, "formal", D(2020, 5, 1), "2")
    report = build_report(Scope(2020, 2))
    assert report.unit == "全部"
    assert report.indicators["top500_listed_enterprises"].quarter == 1
    assert report.indicators["contract_amount"].quarter == 920000
    assert [s.unit for s in report.ranking][:1] == ["襄州区"]
    # Q2 is before the year's end: the lines are estimates under the annual rule.
    assert report.ranking[0].reward == "第一名奖励 500 万元（测算）" and report.ranking[-1].reward
    assert EnterpriseTag.select().count() == 1


def test_json_contract(database, dataset, capsys):
    assert (
        main(
            [
                "--db",
                str(database.path),
                "indicators",
                "--year",
                "2020",
                "--quarter",
                "2",
                "--unit",
                "襄州区",
                "--json",
            ]
        )
        == 0
    )
    data = json.loads(capsys.readouterr().out)
    assert {"unit", "year", "quarter", "period", "ytd", "time_progress", "indicators"} <= set(data)
    assert data["unit"] == "襄州区" and data["period"] == {
        "start": "2020-04-01",
        "end": "2020-06-30",
    }
    assert data["ytd"]["start"] == "2020-01-01" and data["time_progress"] == 0.5
    assert set(data["indicators"]) == JSON_KEYS
    first = data["indicators"]["industrial_contract_amount"]
    assert {"name", "unit", "quarter", "ytd", "last_ytd", "yoy", "status"} <= set(first)
    assert first["unit"] == "亿元" and first["quarter"] == 50.0 and first["yoy"] == 24.0


def test_pdf_has_title_sections_and_a_known_number(dataset, tmp_path):
    save_report_note("襄州区", 2020, 2, "用地指标紧张", "加大长三角招商力度")
    pdf, _xlsx = write_report_files(build_report(Scope(2020, 2, unit_id())), tmp_path)
    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    compact = text.replace("\n", "").replace(" ", "")
    assert "襄州区2020年第二季度招商引资工作调度报告" in compact
    for heading in (
        "一、总体完成情况",
        "二、外出招商情况",
        "三、重点企业拜访",
        "四、项目推进情况",
        "五、土地与要素保障",
        "六、招商活动",
        "七、会议调度",
        "八、存在问题",
        "九、下步工作",
    ):
        assert heading in compact, heading
    assert "50.00" in text and "50.0000" not in text  # industrial formal contract amount, 亿元
    assert "用地指标紧张" in compact and "加大长三角招商力度" in compact
    assert "—1—" in compact


def test_excel_has_sheets_numbers_frozen_header_and_print_titles(dataset, tmp_path):
    _pdf, xlsx = write_report_files(build_report(Scope(2020, 2, unit_id())), tmp_path)
    book = openpyxl.load_workbook(xlsx)
    assert {
        "总体完成情况",
        "外出招商",
        "重点企业拜访",
        "本季度签约项目",
        "土地与要素保障",
        "外出行程",
        "拜访记录",
        "项目",
        "到位资金",
    } <= set(book.sheetnames)
    sheet = book["总体完成情况"]
    assert sheet.freeze_panes == "A3" and sheet.print_title_rows == "$2:$2"
    row = next(
        r for r in sheet.iter_rows(min_row=3, values_only=True) if r[0] == "工业项目正式合同金额"
    )
    assert row[2] == 50 and row[3] == 50 and row[4] == 2
    assert row[5] == "是上年同期的 25.0 倍"  # 同比 above +100%
    assert sheet.cell(row=3, column=3).number_format == "#,##0.00"  # 亿元, two decimals
    assert sheet.cell(row=2, column=9).value == "完成率"
    assert sheet.cell(row=3, column=9).number_format == "0.0%"
    signed = [r[1] for r in book["本季度签约项目"].iter_rows(min_row=3, values_only=True)]
    assert set(signed) >= {"甲项目", "乙项目", "丙项目", "戊项目"}


def test_money_reads_as_the_ruling_says_and_json_stays_exact(dataset, tmp_path, capsys):
    """亿元 with two decimals, N.N 倍 above +100%, 基数小 under 1 亿元 or 3; 万元 for funds entries."""
    for key, value in (("funds_in_place", 5000), ("strategic_emerging_projects", 2)):
        Baseline.create(unit=unit_id(), year=2019, quarter=2, indicator=key, value=value)
    report = build_report(Scope(2020, 2, unit_id()))
    pdf, xlsx = write_report_files(report, tmp_path)
    text = "".join(page.extract_text() for page in PdfReader(pdf).pages).replace("\n", "")
    # 91亿 against 2亿 a year before; 2.5亿 against an entered 0.5亿.
    assert "新签约正式项目合同投资额 91.00 亿元，是上年同期的 45.5 倍；" in text
    assert "招商引资实际到位资金 2.50 亿元，是上年同期的 5.0 倍（基数小）；" in text
    sheet = openpyxl.load_workbook(xlsx)["总体完成情况"]
    rows = {r[0]: r for r in sheet.iter_rows(min_row=3, values_only=True)}
    assert rows["新引进战略性新兴产业项目个数"][5] == "-50.0%（基数小）"  # 1 against 2
    assert rows["招商引资实际到位资金"][3:6] == (
        Decimal("2.5"),
        Decimal("0.5"),
        "是上年同期的 5.0 倍（基数小）",
    )
    funds_sheet = openpyxl.load_workbook(xlsx)["到位资金"]
    assert funds_sheet.cell(row=2, column=4).value == "金额(万元)"
    amounts = {c.value: c.number_format for c in funds_sheet["D"][2:]}
    assert amounts == {20000: "#,##0", 5000: "#,##0"}
    data = report.to_json()["indicators"]
    assert data["funds_in_place"]["ytd"] == 2.5 and data["funds_in_place"]["yoy"] == 4.0
    assert data["contract_amount"]["yoy"] == 44.5


def test_user_text_never_becomes_a_formula(dataset, tmp_path):
    save_report_note("襄州区", 2020, 2, '=HYPERLINK("http://x")', "+1")
    _pdf, xlsx = write_report_files(build_report(Scope(2020, 2, unit_id())), tmp_path)
    sheet = openpyxl.load_workbook(xlsx)["存在问题与下步工作"]
    cell = sheet.cell(row=3, column=2)
    assert cell.value == '=HYPERLINK("http://x")' and cell.data_type == "s"


def test_empty_quarter_still_makes_a_valid_report(database, tmp_path):
    report = build_report(Scope(2021, 1, unit_id("保康县")))
    assert not report.has_data
    pdf, xlsx = write_report_files(report, tmp_path)
    text = "".join(p.extract_text() for p in PdfReader(pdf).pages).replace("\n", "")
    assert "暂无" in text and openpyxl.load_workbook(xlsx).sheetnames


def test_unwritable_folder_leaves_no_half_written_file(dataset, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    blocker = out / "不是文件夹"
    blocker.write_text("x")
    with pytest.raises(ReportWriteError, match="无法创建文件夹"):
        write_report_files(build_report(Scope(2020, 2, unit_id())), blocker / "sub")
    assert [p.name for p in out.iterdir()] == ["不是文件夹"]


def test_cancel_between_files_leaves_nothing(dataset, tmp_path):
    with pytest.raises(ReportWriteError, match="取消"):
        write_report_files(
            build_report(Scope(2020, 2, unit_id())), tmp_path / "out", cancelled=lambda: True
        )
    assert list((tmp_path / "out").iterdir()) == []


def test_so_far_stops_every_period_at_the_day(dataset):
    indicators = build_indicators(Scope(2020, 2, unit_id(), as_of=D(2020, 5, 15)))
    contract_ind = indicators["industrial_contract_amount"]
    # Formal contracts up to 5-15: 乙 (4-1) 5亿, 丙 (4-2) 6亿, 甲 (5-10) 8亿; 戊 (6-20) not yet.
    assert contract_ind.quarter == 190000
    # A quarter not yet over: the elapsed share of the year, 4 months and 15 of May's 31 days.
    assert contract_ind.time_progress == (4 + Fraction(15, 31)) / 12
    assert indicators["key_enterprises_visited"].quarter == 1
