"""Projects: first-formal-contract counting, stage order, funds rate, land rule edges, the four lists."""

from __future__ import annotations

import json
from decimal import Decimal

import openpyxl
import pytest
from dateutil.relativedelta import relativedelta
from hypothesis import given
from hypothesis import strategies as st

from main import main
from models import Contract, Project, StageEvent
from models.queries.activities import quarters_without_dispatch_meeting
from models.queries.measures import contract_amount_wan, project_money
from models.store.contracts import (
    ContractInput,
    FundsInput,
    add_funds,
    delete_contract,
    validate_contract,
    validate_funds,
)
from models.store.ledgers import (
    LeadInput,
    ProblemInput,
    open_problems,
    overdue_leads,
    save_lead,
    save_problem,
    validate_lead,
)
from models.store.projects import ProjectInput, advance, step_back, terminate, validate_project
from models.validation import ValidationFailed
from reports.land import (
    land_counts,
    land_due,
    land_due_soon,
    land_overdue_now,
    land_status,
    overdue_since,
)
from reports.project_lists import project_list
from tests.helpers import D, contract, project, unit_id

pytestmark = pytest.mark.server  # run a second time on the PostgreSQL server

FAR = D(2030, 1, 1)


def errors(check):
    return {e.field: e.message for e in check.errors}


def test_framework_then_formal_counts_once_at_the_formal_date(database):
    p = project("电池项目", D(2020, 1, 5), "10")
    contract(p, "framework", D(2020, 2, 1), "10")
    assert Project.get_by_id(p).signed_date is None and Project.get_by_id(p).stage == "lead"
    contract(p, "formal", D(2020, 4, 10), "10")
    contract(p, "formal", D(2020, 5, 10), "10")
    row = Project.get_by_id(p)
    assert (row.signed_date, row.stage) == (D(2020, 4, 10), "signed")
    assert contract_amount_wan(p) == 100000
    contract(p, "formal", D(2020, 6, 1), "2.5", supplementary=True)
    assert contract_amount_wan(p) == 125000
    signed = project_list("签约", D(2020, 1, 1), D(2020, 12, 31))
    assert [(r.name, r.date, r.contract_wan) for r in signed] == [
        ("电池项目", D(2020, 4, 10), 125000)
    ]
    assert project_list("签约", D(2020, 5, 1), D(2020, 12, 31)) == []


def test_deleting_the_only_formal_contract_returns_to_the_earlier_stage(database):
    p = project("电池项目", D(2020, 1, 5), "10")
    advance(p, "negotiating", D(2020, 2, 1))
    only = contract(p, "formal", D(2020, 3, 1), "10")
    delete_contract(only)
    row = Project.get_by_id(p)
    assert (row.signed_date, row.stage) == (None, "negotiating")
    assert (
        StageEvent.select()
        .where(StageEvent.project == p, StageEvent.is_correction == True)
        .exists()
    )


def test_contract_refusals(database):
    p = project("电池项目", D(2020, 3, 1), "10")
    early = validate_contract(p, ContractInput("formal", D(2020, 2, 28), "10"), today=FAR)
    assert "早于项目登记为线索的日期" in errors(early)["签订日期"]
    zero = validate_contract(p, ContractInput("formal", D(2020, 3, 2), "0"), today=FAR)
    assert "应大于 0" in errors(zero)["合同金额(亿元)"]
    negative = validate_contract(p, ContractInput("formal", D(2020, 3, 2), "-1"), today=FAR)
    assert "应大于 0" in errors(negative)["合同金额(亿元)"]
    fine = validate_contract(p, ContractInput("formal", D(2020, 3, 2), "1.00001"), today=FAR)
    assert "1 万元" in errors(fine)["合同金额(亿元)"]
    orphan = validate_contract(
        p, ContractInput("formal", D(2020, 3, 2), "1", supplementary=True), today=FAR
    )
    assert "补充合同" in errors(orphan)


def test_stage_order_and_corrections(database):
    p = project("电池项目", D(2020, 1, 5), "10")
    with pytest.raises(ValidationFailed, match="尚未签约"):
        advance(p, "started", D(2020, 3, 1))
    with pytest.raises(ValidationFailed, match="正式合同"):
        advance(p, "signed", D(2020, 3, 1))
    contract(p, "formal", D(2020, 3, 1), "10")
    with pytest.raises(ValidationFailed, match="早于签约日期"):
        advance(p, "started", D(2020, 2, 1))
    advance(p, "started", D(2020, 5, 1))
    with pytest.raises(ValidationFailed, match="尚未投产"):
        advance(p, "production_in_db", D(2020, 6, 1))
    advance(p, "started_in_db", D(2020, 5, 20))
    with pytest.raises(ValidationFailed, match="原因"):
        advance(p, "production", D(2020, 4, 1), correction=True)
    advance(p, "production", D(2020, 4, 1), reason="补录：实际先试生产", correction=True)
    row = Project.get_by_id(p)
    assert (row.stage, row.started_date, row.started_in_db_date) == (
        "production",
        D(2020, 5, 1),
        D(2020, 5, 20),
    )
    step_back(p, "started", "投产日期录错")
    row = Project.get_by_id(p)
    assert (row.stage, row.production_date) == ("started", None)
    with pytest.raises(ValidationFailed, match="正式合同"):
        step_back(p, "negotiating", "误录")


def test_terminated_project_refuses_stage_actions_and_contracts(database):
    p = project("电池项目", D(2020, 1, 5), "10")
    with pytest.raises(ValidationFailed, match="终止原因"):
        terminate(p, D(2020, 3, 1), "")
    terminate(p, D(2020, 3, 1), "企业投资计划调整", rival="宜昌市")
    with pytest.raises(ValidationFailed, match="已终止"):
        advance(p, "negotiating", D(2020, 3, 5))
    after = validate_contract(p, ContractInput("formal", D(2020, 4, 1), "1"), today=FAR)
    assert "项目已于 2020-03-01 终止" in errors(after)["合同"]
    # A contract from before the end is history (a ledger import replays it) and is accepted.
    assert validate_contract(p, ContractInput("intent", D(2020, 2, 1), "1"), today=FAR).ok
    step_back(p, "lead", "企业重新洽谈")
    assert Project.get_by_id(p).stage == "lead"


def test_funds_rate_and_early_funds_warning(database):
    p = project("电池项目", D(2020, 1, 5), "10")
    early = validate_funds(p, FundsInput(D(2020, 2, 1), "1"), today=FAR)
    assert early.ok and "还没有正式合同" in early.warnings[0]
    contract(p, "formal", D(2020, 3, 1), "8")
    before = validate_funds(p, FundsInput(D(2020, 2, 28), "1"), today=FAR)
    assert before.ok and "早于正式合同" in before.warnings[0]
    add_funds(p, FundsInput(D(2020, 4, 1), "2"), today=FAR)
    add_funds(p, FundsInput(D(2020, 7, 1), "1.2"), today=FAR)
    summary = project_money(p)
    assert (summary.contract_wan, summary.funds_wan) == (80000, 32000)
    assert summary.rate == Decimal("0.4000")
    assert project_money(p, until=D(2020, 6, 30)).funds_wan == 20000
    with pytest.raises(ValidationFailed, match="应大于 0"):
        add_funds(p, FundsInput(D(2020, 8, 1), "0"), today=FAR)


def test_project_field_rules(database):
    p = project("电池项目", D(2020, 1, 5), "10", needs_land=True)
    contract(p, "formal", D(2020, 3, 1), "10")
    data = ProjectInput(
        "电池项目", unit_id(), "10", D(2020, 1, 5), needs_land=True, land_date=D(2020, 2, 1)
    )
    assert "早于签约日期" in errors(validate_project(data, p))["取得土地日期"]
    dup = ProjectInput("电池项目", unit_id(), "5", D(2020, 1, 5))
    assert "同名项目" in errors(validate_project(dup))["项目名称"]
    bad = ProjectInput("新项目", unit_id(), "abc", D(2020, 1, 5), land_area_mu="-3")
    assert {"总投资(亿元)", "用地面积"} <= set(errors(validate_project(bad)))


@pytest.mark.parametrize(
    "signed,due",
    [
        (D(2019, 8, 31), D(2020, 2, 29)),
        (D(2020, 3, 31), D(2020, 9, 30)),
        (D(2020, 6, 30), D(2020, 12, 30)),
        (D(2020, 8, 29), D(2021, 2, 28)),
    ],
)
def test_land_due_date_counts_months_as_the_civil_code_does(signed, due):
    assert land_due(signed) == due


@given(st.dates(min_value=D(1990, 1, 1), max_value=D(2090, 12, 31)))
def test_land_due_is_six_calendar_months_and_never_fewer_than_181_days(signed):
    # The land queries read projects signed at least 150 days back: safe only if this holds.
    assert land_due(signed) == signed + relativedelta(months=6)
    assert (land_due(signed) - signed).days >= 181


def test_land_edges_in_time_on_the_due_date_late_the_day_after():
    assert overdue_since(D(2019, 8, 31), D(2020, 2, 29)) is None
    assert overdue_since(D(2019, 8, 31), D(2020, 3, 1)) == D(2020, 3, 1)
    assert overdue_since(D(2020, 3, 31), None) == D(2020, 10, 1)


def _land_project(name, signed, land=None, unit="襄州区"):
    p = project(name, D(2019, 1, 2), "6", unit=unit, needs_land=True)
    contract(p, "formal", signed, "6")
    if land is not None:
        Project.update(land_date=land).where(Project.id == p).execute()
    return p


def test_overdue_is_an_event_of_its_day_and_later_land_does_not_undo_it(database):
    _land_project("甲项目", D(2020, 3, 31))
    on_due = land_status(2020, D(2020, 9, 30), unit_id())[0]
    assert on_due.overdue == []
    day_after = land_status(2020, D(2020, 10, 1), unit_id())[0]
    assert [c.project for c in day_after.overdue] == ["甲项目"]
    Project.update(land_date=D(2020, 11, 15)).where(Project.name == "甲项目").execute()
    assert [c.project for c in land_status(2020, D(2020, 12, 31), unit_id())[0].overdue] == [
        "甲项目"
    ]


def test_five_percent_ratio_and_eligibility(database):
    # Signed 2019-08-31: due 2020-02-29, land on 2020-03-01 is late, and it turned overdue in 2020.
    _land_project("去年项目", D(2019, 8, 31), land=D(2020, 3, 1))
    for i in range(19):
        _land_project(
            f"今年项目{i}", D(2020, 1, 10) + (D(2020, 1, 2) - D(2020, 1, 1)) * i, land=D(2020, 3, 1)
        )
    row = land_status(2020, D(2020, 12, 31), unit_id())[0]
    assert (row.signed_ytd, len(row.overdue)) == (19, 1)
    assert row.ratio == Decimal("0.0526") and not row.advanced_eligible
    _land_project("再签一个", D(2020, 5, 1), land=D(2020, 6, 1))
    row = land_status(2020, D(2020, 12, 31), unit_id())[0]
    assert row.ratio == Decimal("0.0500") and row.advanced_eligible
    empty = land_status(2020, D(2020, 12, 31), unit_id("保康县"))[0]
    assert (empty.signed_ytd, empty.ratio, empty.advanced_eligible) == (0, None, True)


def test_no_signings_but_an_overdue_project_is_not_eligible(database):
    _land_project("去年项目", D(2019, 9, 30), unit="保康县")
    row = land_status(2020, D(2020, 12, 31), unit_id("保康县"))[0]
    assert (row.signed_ytd, len(row.overdue), row.advanced_eligible) == (0, 1, False)


def test_thirty_day_warning(database):
    _land_project("甲项目", D(2020, 3, 31))
    assert [c.project for c in land_due_soon(D(2020, 9, 1))] == ["甲项目"]
    assert land_due_soon(D(2020, 8, 30)) == []


def test_dashboard_land_counts_match_the_lists_they_stand_for(database):
    # Month ends (due dates clamp to the month's last day), land in time, land late, none.
    month_ends = [D(2019, 8, 29), D(2019, 8, 30), D(2019, 8, 31), D(2020, 2, 29), D(2020, 3, 1)]
    for i, signed in enumerate(
        [*month_ends, D(2020, 3, 31), D(2020, 4, 30), D(2020, 5, 15), D(2020, 8, 31)]
    ):
        _land_project(f"项目{i}", signed)
    _land_project("按期", D(2020, 1, 10), land=D(2020, 2, 1))
    _land_project("外单位", D(2020, 1, 10), unit="保康县")
    days = [D(2020, 2, 28), D(2020, 2, 29), D(2020, 3, 1), D(2020, 8, 31), D(2020, 9, 30)]
    for day in [*days, D(2020, 10, 1), D(2020, 10, 31), D(2021, 3, 1), D(2021, 6, 30)]:
        for unit in (None, unit_id()):
            expected = (len(land_overdue_now(day, unit)), len(land_due_soon(day, unit)))
            assert land_counts(day, unit) == expected, (day, unit)
    assert land_counts(D(2021, 6, 30)) == (10, 0)


def test_four_lists_membership(database):
    project("线索项目", D(2020, 1, 5))
    talk = project("在谈项目", D(2020, 1, 5))
    advance(talk, "negotiating", D(2020, 2, 1))
    signed = project("签约项目", D(2020, 1, 5))
    contract(signed, "formal", D(2020, 3, 1), "1")
    started = project("开工项目", D(2019, 6, 1))
    contract(started, "formal", D(2019, 9, 1), "1")
    advance(started, "started", D(2020, 4, 1))
    lost = project("终止项目", D(2020, 1, 5))
    terminate(lost, D(2020, 2, 1), "企业放弃")
    year = (D(2020, 1, 1), D(2020, 12, 31))
    assert [r.name for r in project_list("推介", *year)] == ["线索项目"]
    assert [r.name for r in project_list("跟踪", *year)] == ["在谈项目"]
    assert [r.name for r in project_list("签约", *year)] == ["签约项目"]
    assert [r.name for r in project_list("开工", *year)] == ["开工项目"]
    # At the end of January every project but the one started in 2020 (signed in 2019) was still a lead.
    # Same unit and date: by name, so the order does not depend on when rows were entered.
    assert [r.name for r in project_list("推介", D(2020, 1, 1), D(2020, 1, 31))] == [
        "在谈项目",
        "签约项目",
        "线索项目",
        "终止项目",
    ]


def test_leads_problems_and_meetings(database):
    save_lead(LeadInput(D(2020, 3, 1), "某企业拟建基地", unit_id(), D(2020, 3, 31)), today=FAR)
    save_lead(
        LeadInput(
            D(2020, 3, 1),
            "另一条",
            unit_id(),
            D(2020, 3, 31),
            feedback_date=D(2020, 3, 20),
            feedback="已对接",
        ),
        today=FAR,
    )
    assert [lead.description for lead in overdue_leads(D(2020, 4, 1))] == ["某企业拟建基地"]
    assert overdue_leads(D(2020, 3, 31)) == []
    bad = validate_lead(LeadInput(D(2020, 3, 1), "x", unit_id(), D(2020, 2, 1)), today=FAR)
    assert "早于收到日期" in errors(bad)["反馈期限"]
    p = project("电池项目", D(2020, 1, 5))
    save_problem(ProblemInput(p, D(2020, 3, 1), "用地报批滞后", "自然资源局"), today=FAR)
    save_problem(ProblemInput(p, D(2020, 3, 1), "电力增容", resolved_date=D(2020, 4, 1)), today=FAR)
    assert [x.description for x in open_problems(D(2020, 5, 1))] == ["用地报批滞后"]
    assert len(open_problems(D(2020, 3, 15))) == 2
    missing = quarters_without_dispatch_meeting(2020, 2, unit_id())
    assert missing == {"襄州区": [1, 2]}


def test_land_command_json_and_lists_to_excel(demo_db, tmp_path, capsys):
    assert (
        main(["--db", str(demo_db.path), "land", "--year", "2020", "--quarter", "2", "--json"]) == 0
    )
    rows = json.loads(capsys.readouterr().out)
    assert {"unit", "signed_ytd", "overdue", "ratio", "limit", "advanced_eligible"} <= set(rows[0])
    assert rows[0]["limit"] == 0.05
    assert any(r["overdue"] for r in rows)
    out = tmp_path / "签约清单.xlsx"
    assert (
        main(
            [
                "--db",
                str(demo_db.path),
                "lists",
                "--kind",
                "签约",
                "--year",
                "2020",
                "--xlsx",
                str(out),
            ]
        )
        == 0
    )
    sheet = openpyxl.load_workbook(out).active
    assert (
        sheet.title == "签约清单"
        and sheet.freeze_panes == "A3"
        and sheet.print_title_rows == "$2:$2"
    )
    assert sheet.cell(2, 2).value == "项目名称"
    expected = (
        Project.select().where(Project.signed_date.between(D(2020, 1, 1), D(2020, 12, 31))).count()
    )
    assert sheet.max_row == 2 + expected + 1  # title, header, projects, totals
    assert Contract.select().exists()


def test_stage_dates_keep_their_order_without_a_correction(database):
    p = project("电池项目", D(2020, 1, 5), "10")
    contract(p, "formal", D(2020, 3, 1), "10")
    advance(p, "started", D(2020, 4, 1))
    advance(p, "production", D(2020, 8, 1))
    with pytest.raises(ValidationFailed, match="已于 2020-04-01"):
        advance(p, "started", D(2020, 9, 15))
    with pytest.raises(ValidationFailed, match="晚于签约日期"):
        advance(p, "negotiating", D(2020, 9, 10))
    advance(p, "negotiating", D(2020, 2, 1))
    assert Project.get_by_id(p).negotiating_date == D(2020, 2, 1)


def test_a_terminated_lead_cannot_be_restored_beyond_what_it_reached(database):
    p = project("冷链物流园项目", D(2020, 1, 5), "60")
    terminate(p, D(2020, 3, 1), "企业放弃")
    with pytest.raises(ValidationFailed, match="从未到达"):
        step_back(p, "production", "误操作")
    step_back(p, "lead", "企业重新洽谈")
    assert Project.get_by_id(p).stage == "lead"


def test_money_text_must_be_a_plain_number(database):
    for text in ("Infinity", "NaN", "1e2", "一亿"):
        assert (
            "不是有效的金额"
            in errors(validate_project(ProjectInput("x", unit_id(), text, D(2020, 1, 5))))[
                "总投资(亿元)"
            ]
        )
    assert (
        "不是有效的数字"
        in errors(
            validate_project(ProjectInput("x", unit_id(), "1", D(2020, 1, 5), land_area_mu="NaN"))
        )["用地面积"]
    )
