"""季度锁定: a submitted quarter's records are read-only until unlocked with a reason."""

from __future__ import annotations

import pytest

from models import Trip
from models.audit import AuditFilter, audit_rows
from models.contract_store import FundsInput, add_funds
from models.locks import submit_quarter, submitted_snapshot, unlock_quarter
from models.project_store import advance
from models.trip_store import delete_trip, save_trip, trip_input
from models.validation import ValidationFailed
from tests.helpers import D, contract, person, project, trip


def test_a_submitted_quarter_is_read_only_until_unlocked(database):
    zhang = person("张三", ("deputy", D(2020, 1, 1)))
    april = trip([zhang], D(2020, 4, 1), D(2020, 4, 2))
    submit_quarter("襄州区", 2020, 2, {"indicators": {"contract_amount": 1}})
    with pytest.raises(ValidationFailed, match="2020年第2季度的调度报告已报送"):
        trip([zhang], D(2020, 5, 1), D(2020, 5, 1))
    data = trip_input(april)
    data.dest_city = "广州"
    with pytest.raises(ValidationFailed, match="已报送"):
        save_trip(data, april, today=D(2030, 1, 1))
    with pytest.raises(ValidationFailed, match="已报送"):
        delete_trip(april)
    # Moving a trip into the locked quarter is refused as well; other quarters are open.
    july = trip([zhang], D(2020, 7, 1), D(2020, 7, 1))
    moved = trip_input(july)
    moved.start_date = moved.end_date = D(2020, 6, 30)
    with pytest.raises(ValidationFailed, match="已报送"):
        save_trip(moved, july, today=D(2030, 1, 1))
    # Another unit's records of the same quarter are not locked by 襄州区's submission.
    trip([person("李四", unit="枣阳市")], D(2020, 5, 1), D(2020, 5, 1), unit="枣阳市")
    with pytest.raises(ValidationFailed, match="解锁原因"):
        unlock_quarter("襄州区", 2020, 2, "")
    unlock_quarter("襄州区", 2020, 2, "补录漏报行程")
    save_trip(data, april, today=D(2030, 1, 1))
    assert Trip.get_by_id(april).dest_city == "广州"
    assert submitted_snapshot("襄州区", 2020, 2) == {"indicators": {"contract_amount": 1}}
    [unlock] = [r for r in audit_rows(AuditFilter()) if r.action == "unlock"]
    assert unlock.reason == "补录漏报行程"


def test_a_project_can_move_on_but_its_submitted_dates_cannot(database):
    p = project("电池项目", D(2020, 1, 5), "10")
    contract(p, "formal", D(2020, 3, 1), "8")
    submit_quarter("全部", 2020, 1, {})
    advance(p, "started", D(2020, 4, 10))  # a later stage is still recorded
    with pytest.raises(ValidationFailed, match="已报送"):
        add_funds(p, FundsInput(D(2020, 3, 20), "1"), today=D(2030, 1, 1))
    with pytest.raises(ValidationFailed, match="已报送"):
        contract(p, "formal", D(2020, 2, 1), "1", supplementary=False)


def test_a_reported_projects_figures_cannot_change(database):
    from models.project_store import project_input, save_project

    p = project("电池项目", D(2020, 1, 5), "10")
    contract(p, "formal", D(2020, 4, 28), "8")
    submit_quarter("襄州区", 2020, 2, {})
    data = project_input(p)
    data.total_investment_yi = "60"  # would make it a 重大产业项目 of the reported quarter
    with pytest.raises(ValidationFailed, match="已报送"):
        save_project(data, p)
    data = project_input(p)
    data.note = "备注可以改"
    save_project(data, p)
