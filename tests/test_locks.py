"""季度锁定: a submitted quarter's records are read-only until unlocked with a reason."""

from __future__ import annotations

import pytest

from models import Trip
from models.queries.audit import AuditFilter, audit_rows
from models.store.contracts import FundsInput, add_funds
from models.store.locks import submit_quarter, submitted_snapshot, unlock_quarter
from models.store.projects import advance
from models.store.trips import delete_trip, save_trip, trip_input
from models.validation import ValidationFailed
from tests.helpers import D, contract, person, project, trip

pytestmark = pytest.mark.server  # run a second time on the PostgreSQL server


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
    from models.store.projects import project_input, save_project

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


SUBMIT_ELSEWHERE = """
import sys
sys.path.insert(0, {root!r})
from main import main
sys.exit(main(["--db", {target!r}, "submit", "--year", "2020", "--quarter", "2", "--unit", "襄州区"]))
"""


def _in_another_program(script: str, **values) -> int:
    import subprocess
    import sys
    from pathlib import Path

    root = str(Path(__file__).resolve().parent.parent)
    code = script.format(root=root, **{k: str(v) for k, v in values.items()})
    return subprocess.run([sys.executable, "-c", code], timeout=120).returncode


def test_a_quarter_another_program_just_submitted_is_locked_here_at_once(database, monkeypatch):
    import models.store.locks as locks

    zhang = person("张三", ("deputy", D(2020, 1, 1)))
    monkeypatch.setattr(locks, "CACHE_SECONDS", 3600)  # what screens show may lag; writes may not
    assert locks.active_locks(fresh=True) == {}
    trip([zhang], D(2020, 4, 1), D(2020, 4, 2))
    assert _in_another_program(SUBMIT_ELSEWHERE, target=database.path) == 0
    with pytest.raises(ValidationFailed, match="2020年第2季度的调度报告已报送"):
        trip([zhang], D(2020, 5, 1), D(2020, 5, 1))
    assert Trip.select().count() == 1


WRITE_WHILE_SUBMITTED = """
import sys, time
sys.path.insert(0, {root!r})
import datetime as dt
from models.db.database import open_database
from models.validation import ValidationFailed
from models.store.trips import TripInput, save_trip
open_database({target!r})
unit, person = {unit}, {person}
refused = 0
day = dt.date(2020, 4, 1)
deadline = time.monotonic() + 60
while refused < 5 and time.monotonic() < deadline:
    try:
        save_trip(TripInput(unit, [person], day, day, "深圳", "gba"), today=dt.date(2030, 1, 1))
    except ValidationFailed:
        refused += 1
    day += dt.timedelta(days=1)
    time.sleep(0.02)  # a clerk's pace, so a busy machine still submits before Q2's days run out
    if day.month > 6:
        sys.exit(3)  # ran out of days before the submission landed
sys.exit(0 if refused else 4)
"""


def test_writes_from_another_program_stop_when_the_quarter_is_submitted(database):
    """One program keeps saving trips into Q2 while this one submits it: none lands after."""
    import subprocess
    import sys
    import time
    from pathlib import Path

    from models.store.locks import active_locks
    from tests.helpers import unit_id

    zhang = person("张三", ("deputy", D(2020, 1, 1)))
    root = str(Path(__file__).resolve().parent.parent)
    code = WRITE_WHILE_SUBMITTED.format(
        root=root, target=str(database.path), unit=unit_id(), person=zhang
    )
    writer = subprocess.Popen([sys.executable, "-c", code])
    deadline = time.monotonic() + 60
    while Trip.select().count() < 3 and time.monotonic() < deadline:
        time.sleep(0.05)
    active_locks()  # this program's cached view, as an open window has it
    submit_quarter("襄州区", 2020, 2, {})
    assert writer.wait(timeout=120) == 0
    from models import AuditLog

    submitted = AuditLog.get(AuditLog.action == "submit").id
    later = AuditLog.select().where(
        AuditLog.table_name == "trip", AuditLog.action == "insert", AuditLog.id > submitted
    )
    assert later.count() == 0


def test_a_key_enterprise_counted_in_a_submitted_quarter_keeps_its_flag(database):
    from models.store.enterprises import enterprise_input, save_enterprise
    from reports.measures import measure
    from tests.helpers import firm, visit

    zhang = person("张三", ("deputy", D(2020, 1, 1)))
    counted = firm("华中电池有限公司")
    later = firm("汉江新材料有限公司")
    visit(counted, D(2020, 2, 10), [zhang])  # Q1: in the year-to-date figure of Q2
    visit(later, D(2020, 8, 10), [zhang])  # Q3: not yet reported
    submit_quarter("襄州区", 2020, 2, {})

    def reported() -> int:
        return sum(measure("key_enterprises_visited", D(2020, 1, 1), D(2020, 6, 30)).values())

    assert reported() == 1
    data = enterprise_input(counted)
    data.is_key = False
    with pytest.raises(ValidationFailed, match=r"重点企业.*拜访对接重点企业"):
        save_enterprise(data, counted)
    assert reported() == 1
    data.is_key = True
    data.notes = "其他内容照常可改"
    save_enterprise(data, counted)
    moved = enterprise_input(later)
    moved.is_key = False  # only an unreported period counts it: allowed
    save_enterprise(moved, later)
    unlock_quarter("襄州区", 2020, 2, "重点企业名单调整")
    data.is_key = False
    save_enterprise(data, counted)
    assert reported() == 0


def test_a_500_strong_tag_counted_in_a_submitted_quarter_stays(database):
    from models.store.enterprises import enterprise_input, save_enterprise
    from tests.helpers import firm

    tagged = firm("世界五百强集团", tags={"global500": 2019})
    p = project("新能源项目", D(2020, 1, 5), "10", enterprise_id=tagged)
    contract(p, "formal", D(2020, 5, 1), "8")
    submit_quarter("全部", 2020, 2, {})
    data = enterprise_input(tagged)
    data.tags = {"soe": None}
    with pytest.raises(ValidationFailed, match=r"企业类别.*500强"):
        save_enterprise(data, tagged)
    data.tags = {"global500": 2019, "soe": None}  # kept, and an uncounted tag added
    save_enterprise(data, tagged)
    assert enterprise_input(tagged).tags == {"global500": 2019, "soe": None}


def _hold_write_lock(path, seconds: float):
    """Another program writing: a transaction that keeps the write lock for a while."""
    import sqlite3
    import threading
    import time

    holder = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    taken = threading.Event()

    def release():
        taken.set()
        time.sleep(seconds)
        holder.execute("ROLLBACK")
        holder.close()

    thread = threading.Thread(target=release)
    thread.start()
    taken.wait()
    return thread


@pytest.mark.sqlite_only
def test_submit_waits_for_another_programs_write_then_succeeds(database, capsys):
    from main import main

    person("张三")
    thread = _hold_write_lock(database.path, 5.5)  # longer than one busy timeout
    args = ["--db", str(database.path), "submit", "--year", "2020", "--quarter", "2"]
    assert main(args) == 0
    thread.join()
    captured = capsys.readouterr()
    assert "稍候重试" in captured.err and "已标记为已报送" in captured.out


@pytest.mark.sqlite_only
def test_unlock_while_another_program_keeps_writing_says_so_in_chinese(
    database, capsys, monkeypatch
):
    import cli.commands
    from main import main

    submit_quarter("全部", 2020, 2, {})
    monkeypatch.setattr(cli.commands, "WRITE_ATTEMPTS", 1)
    thread = _hold_write_lock(database.path, 6)
    args = ["--db", str(database.path), "unlock", "--year", "2020", "--quarter", "2"]
    assert main([*args, "--reason", "补录"]) == 2
    thread.join()
    err = capsys.readouterr().err
    assert "数据库正被另一个程序写入" in err and "Traceback" not in err
