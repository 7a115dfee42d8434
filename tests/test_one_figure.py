"""One figure, one definition: 合同金额 (supplements included) and 资金到位率 read the same on the
project page, the dashboard, `indicators --json`, the PDF and the Excel report."""

from __future__ import annotations

import json
import re
from decimal import Decimal

import openpyxl
import pytest
from pypdf import PdfReader

from main import main
from models.queries.measures import contract_amount_wan, funds_rate, project_money
from models.queries.scope import Scope
from models.store.contracts import FundsInput, add_funds, delete_contract
from models.store.settings import HOME_UNIT_KEY, set_setting
from reports.indicators import build_indicators
from reports.project_lists import project_list
from reports.quarter_report import build_report
from tests.helpers import D, contract, project, unit_id

pytestmark = pytest.mark.server  # run a second time on the PostgreSQL server

TODAY = D(2020, 6, 30)


def _funds(project_id: int, day, amount: str) -> None:
    add_funds(project_id, FundsInput(day, amount), today=D(2030, 1, 1))


def _yi(text: str) -> Decimal:
    """An amount as printed (1.50, 1.5000, 1,234.00) back to a number."""
    return Decimal(text.replace(",", ""))


def _signed_project() -> int:
    """The issue's example: a 1亿 formal contract, a 0.5亿 supplement and 0.75亿 in place."""
    p = project("新能源电池项目", D(2020, 1, 5), "3")
    contract(p, "formal", D(2020, 4, 10), "1")
    contract(p, "formal", D(2020, 5, 20), "0.5", supplementary=True)
    contract(p, "framework", D(2020, 3, 1), "2")  # recorded, never counted
    _funds(p, D(2020, 6, 1), "0.75")
    return p


def test_contract_amount_and_funds_rate_agree_on_every_surface(qtbot, database, tmp_path, capsys):
    from reports.files import write_report_files
    from ui.pages.dashboard import DashboardPage
    from ui.project_detail import ProjectDetail

    set_setting(HOME_UNIT_KEY, "襄州区")
    p = _signed_project()
    contract_yi, rate_text = Decimal("1.5"), "50.0%"

    # The project page.
    detail = ProjectDetail(TODAY)
    qtbot.addWidget(detail)
    detail.show_project(p)
    summary = detail.summary.text()
    assert _yi(re.search(r"合同金额 ([\d.,]+) 亿元", summary)[1]) == contract_yi
    assert f"资金到位率 {rate_text}" in summary

    # The dashboard's indicator tab.
    dashboard = DashboardPage(TODAY)
    qtbot.addWidget(dashboard)
    dashboard.refresh()
    dashboard.reminders.setCurrentIndex(dashboard.INDICATOR_TAB)
    table = dashboard.indicator_table
    row = next(
        r for r in range(table.rowCount()) if table.item(r, 0).text() == "新签约正式项目合同投资额"
    )
    assert _yi(table.item(row, 3).text()) == contract_yi  # 本年累计
    assert f"资金到位率 {rate_text}" in dashboard.ratio_label.text()

    # The PDF and the Excel report.
    pdf, xlsx = write_report_files(build_report(Scope(2020, 2, unit_id())), tmp_path)
    text = re.sub(r"\s", "", "".join(page.extract_text() for page in PdfReader(pdf).pages))
    assert _yi(re.search(r"新签约正式项目合同投资额([\d.,]+)亿元", text)[1]) == contract_yi
    assert f"资金到位率{rate_text}" in text
    book = openpyxl.load_workbook(xlsx)
    signed = next(
        r for r in book["本季度签约项目"].iter_rows(min_row=3, values_only=True) if r[0] == 1
    )
    assert signed[1] == "新能源电池项目" and signed[6] == contract_yi  # 合同金额(亿元)
    ledger = next(r for r in book["项目"].iter_rows(min_row=3, values_only=True))
    assert ledger[0] == "新能源电池项目" and ledger[7] == contract_yi
    rates = {r[0].value: r for r in book["项目推进情况"].iter_rows(min_row=3)}
    cell = rates["资金到位率"][1]
    assert cell.value == Decimal("0.5") and cell.number_format == "0.0%"

    # indicators --json, last: the command opens the database itself.
    argv = ["--db", str(database.path), "indicators", "--year", "2020", "--quarter", "2"]
    assert main([*argv, "--unit", "襄州区", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["indicators"]["contract_amount"]["ytd"] == 1.5
    assert [row["contract"] for row in data["lists"]["签约"]] == [1.5]
    assert data["ratios"]["funds_rate"] == 0.5


def test_each_contract_counts_in_the_period_it_is_signed(database):
    p = project("电池项目", D(2020, 1, 5), "3")
    contract(p, "formal", D(2020, 2, 10), "1")
    contract(p, "formal", D(2020, 8, 20), "0.5", supplementary=True)
    _funds(p, D(2020, 3, 1), "0.6")
    # To a date: the supplement only once it is signed; the ratio over what was owed then.
    assert project_money(p, D(2020, 6, 30)).contract_wan == 10000
    assert project_money(p, D(2020, 6, 30)).rate == Decimal("0.6000")
    assert project_money(p).rate == Decimal("0.4000")
    # The indicator counts each contract in its own quarter; the year adds up to 合同金额.
    q1, q3 = build_indicators(Scope(2020, 1)), build_indicators(Scope(2020, 3))
    assert (q1["contract_amount"].quarter, q3["contract_amount"].quarter) == (10000, 5000)
    assert (
        build_indicators(Scope(2020, 4))["contract_amount"].ytd == contract_amount_wan(p) == 15000
    )
    # The Q2 report: the project signed this year, its money as it stood at the end of June.
    assert build_report(Scope(2020, 2)).ratios.funds_rate == Decimal("0.6000")
    assert build_report(Scope(2020, 3)).ratios.funds_rate == Decimal("0.4000")
    assert [r.contract_wan for r in project_list("签约", D(2020, 1, 1), D(2020, 9, 30))] == [15000]


def test_a_supplement_counts_only_while_the_project_is_signed(database):
    p = project("电池项目", D(2020, 1, 5), "3")
    first = contract(p, "formal", D(2020, 2, 10), "1")
    contract(p, "formal", D(2020, 3, 20), "0.5", supplementary=True)
    delete_contract(first)  # the formal contract was entered by mistake
    assert contract_amount_wan(p) == 0
    assert build_indicators(Scope(2020, 1))["contract_amount"].ytd == 0
    assert project_list("签约", D(2020, 1, 1), D(2020, 12, 31)) == []


def test_funds_rate_has_four_places_rounded_half_up():
    assert funds_rate(7500, 15000) == Decimal("0.5000")
    assert funds_rate(2, 3) == Decimal("0.6667") and funds_rate(1, 32) == Decimal("0.0313")
    assert funds_rate(5, 0) is None
