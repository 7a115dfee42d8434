"""Monthly outing compliance: days split across months, pooled roles, role changes, the at-risk rule."""

from __future__ import annotations

import json

import pytest

from main import main
from models.store.quotas import QuotaInput, save_quotas
from reports.compliance import month_compliance, quarter_compliance
from tests.helpers import D, person, trip

pytestmark = pytest.mark.server  # run a second time on the PostgreSQL server

YEAR_START = D(2019, 1, 1)


def row_for(rows, name):
    matches = [r for r in rows if name in r.person.split("、")]
    assert len(matches) == 1, [r.person for r in rows]
    return matches[0]


@pytest.fixture
def deputy(database):
    return person("马分管", ("deputy", YEAR_START))


def test_trip_across_a_month_end_counts_in_both_months(deputy):
    trip([deputy], D(2020, 3, 30), D(2020, 4, 2))
    march = row_for(month_compliance(2020, 3, as_of=D(2020, 12, 31)), "马分管")
    april = row_for(month_compliance(2020, 4, as_of=D(2020, 12, 31)), "马分管")
    assert (march.days, march.trips) == (2, 1)
    assert (april.days, april.trips) == (2, 1)
    assert march.month == "2020-03" and april.month == "2020-04"


def test_trip_across_new_year_and_a_one_day_trip(deputy):
    trip([deputy], D(2019, 12, 31), D(2020, 1, 2))
    trip([deputy], D(2020, 1, 15), D(2020, 1, 15))
    december = row_for(month_compliance(2019, 12, as_of=D(2020, 12, 31)), "马分管")
    january = row_for(month_compliance(2020, 1, as_of=D(2020, 12, 31)), "马分管")
    assert (december.days, december.trips) == (1, 1)
    assert (january.days, january.trips) == (3, 2)


def test_deputy_is_judged_alone_against_ten_days(deputy):
    trip([deputy], D(2020, 5, 4), D(2020, 5, 8))
    trip([deputy], D(2020, 5, 18), D(2020, 5, 22))
    may = row_for(month_compliance(2020, 5, as_of=D(2020, 6, 1)), "马分管")
    assert (may.days, may.required_days, may.status) == (10, 10, "met")
    june = row_for(month_compliance(2020, 6, as_of=D(2020, 7, 1)), "马分管")
    assert (june.days, june.status, june.need_days) == (0, "unmet", 10)


def test_principals_are_pooled_person_days_and_shared_trips_count_once(database):
    secretary = person("王书记", ("principal", YEAR_START))
    head = person("李县长", ("principal", YEAR_START))
    trip([secretary], D(2020, 4, 1), D(2020, 4, 4))
    trip([head], D(2020, 4, 10), D(2020, 4, 11))
    rows = month_compliance(2020, 4, as_of=D(2020, 5, 1))
    group = row_for(rows, "王书记")
    assert group is row_for(rows, "李县长")
    assert (group.days, group.trips, group.required_days) == (6, 2, 7)
    assert group.status == "unmet" and group.pooled
    trip([secretary, head], D(2020, 4, 20), D(2020, 4, 20))
    group = row_for(month_compliance(2020, 4, as_of=D(2020, 5, 1)), "王书记")
    assert (group.days, group.trips, group.status) == (8, 3, "met")


def test_role_change_mid_month_counts_each_day_under_the_role_held(database):
    changer = person("赵某", ("deputy", YEAR_START, D(2020, 4, 15)), ("principal", D(2020, 4, 16)))
    trip([changer], D(2020, 4, 14), D(2020, 4, 17))
    rows = month_compliance(2020, 4, as_of=D(2020, 5, 1))
    as_deputy = next(r for r in rows if r.role_key == "deputy")
    as_principal = next(r for r in rows if r.role_key == "principal")
    assert as_deputy.days == 2 and as_principal.days == 2
    # Half a month in post owes half the quota, rounded up.
    assert as_deputy.partial and as_deputy.required_days == 5
    assert as_principal.partial and as_principal.required_days == 4


def test_at_risk_on_day_twenty_with_three_of_ten(deputy):
    trip([deputy], D(2020, 4, 1), D(2020, 4, 3))
    on_20th = row_for(month_compliance(2020, 4, as_of=D(2020, 4, 20)), "马分管")
    assert (on_20th.days, on_20th.status, on_20th.need_days) == (3, "at_risk", 7)
    early = row_for(month_compliance(2020, 4, as_of=D(2020, 4, 5)), "马分管")
    assert early.status == "on_track"
    after = row_for(month_compliance(2020, 4, as_of=D(2020, 5, 1)), "马分管")
    assert after.status == "unmet"


def test_department_leaders_need_trips_as_well_as_days(database):
    head = person("钱局长", ("dept_head", YEAR_START), unit="襄城区")
    deputy = person("孙副局长", ("dept_deputy", YEAR_START), unit="襄城区")
    trip([head], D(2020, 4, 6), D(2020, 4, 7), unit="襄城区")
    trip([deputy], D(2020, 4, 6), D(2020, 4, 11), unit="襄城区")
    rows = month_compliance(2020, 4, as_of=D(2020, 5, 1))
    assert row_for(rows, "钱局长").status == "met"
    short = row_for(rows, "孙副局长")
    assert (short.days, short.trips, short.required_trips, short.status) == (6, 1, 2, "unmet")
    assert short.need_trips == 1
    # One wording of what is missing, read by the CLI, the month view and the dashboard.
    assert short.shortfall() == "还需 1 次"
    assert row_for(rows, "钱局长").shortfall() == ""
    late_in_month = row_for(month_compliance(2020, 5, as_of=D(2020, 5, 29)), "钱局长")
    assert late_in_month.status == "at_risk"


def test_staff_are_not_judged_and_units_filter(database, deputy):
    staff = person("周干部", ("staff", YEAR_START))
    trip([deputy, staff], D(2020, 4, 1), D(2020, 4, 2))
    rows = month_compliance(2020, 4)
    assert all("周干部" not in r.person for r in rows)
    assert month_compliance(2020, 4, unit_id=999) == []


def test_quotas_come_from_the_editable_rules(deputy):
    trip([deputy], D(2020, 4, 1), D(2020, 4, 8))
    assert row_for(month_compliance(2020, 4, as_of=D(2021, 1, 1)), "马分管").status == "unmet"
    save_quotas(2020, [QuotaInput("deputy", 8, 0), QuotaInput("principal", 7, 0, True)])
    row = row_for(month_compliance(2020, 4, as_of=D(2021, 1, 1)), "马分管")
    assert (row.required_days, row.status) == (8, "met")


def test_quarter_puts_three_months_side_by_side(deputy):
    trip([deputy], D(2020, 4, 1), D(2020, 4, 10))
    rows = quarter_compliance(2020, 2, as_of=D(2020, 7, 1))
    row = next(r for r in rows if r.person == "马分管")
    assert [m.days for m in row.months] == [10, 0, 0]
    assert [m.status for m in row.months] == ["met", "unmet", "unmet"]


def test_compliance_command_prints_the_month_as_json(demo_db, capsys):
    assert (
        main(["--db", str(demo_db.path), "compliance", "--year", "2020", "--month", "4", "--json"])
        == 0
    )
    rows = json.loads(capsys.readouterr().out)
    keys = {
        "unit",
        "person",
        "role",
        "month",
        "days",
        "trips",
        "required_days",
        "required_trips",
        "status",
    }
    assert rows and all(keys <= set(r) for r in rows)
    assert {r["month"] for r in rows} == {"2020-04"}
    statuses = {r["status"] for r in rows}
    assert "met" in statuses and "unmet" in statuses
    assert {r["role"] for r in rows} >= {"党政主要负责人", "政府(管委会)分管负责人", "专抓副职"}


def test_compliance_command_refuses_an_unknown_unit(demo_db, capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(
            [
                "--db",
                str(demo_db.path),
                "compliance",
                "--year",
                "2020",
                "--month",
                "4",
                "--unit",
                "火星",
            ]
        )
    assert "火星" in str(exit_info.value)


def test_days_logged_ahead_are_planned_not_done(deputy):
    trip([deputy], D(2020, 4, 1), D(2020, 4, 4))
    trip([deputy], D(2020, 4, 18), D(2020, 4, 24))
    row = row_for(month_compliance(2020, 4, as_of=D(2020, 4, 20)), "马分管")
    assert (row.days, row.trips, row.planned_days) == (7, 2, 4)
    assert row.status == "on_track" and row.need_days == 3
    done = row_for(month_compliance(2020, 4, as_of=D(2020, 4, 30)), "马分管")
    assert (done.days, done.planned_days, done.status) == (11, 0, "met")
