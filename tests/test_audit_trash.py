"""审计日志 and 回收站: who changed what, in the same transaction; deleted records come back whole."""

from __future__ import annotations

import pytest

from models import AuditLog, Contract, Person, Project, Trip, TripParticipant, Visit
from models.db.base import db
from models.queries.audit import AuditFilter, audit_rows, history
from models.store.audit import set_user
from models.store.contracts import delete_contract
from models.store.trash import purge, restore_from_trash, trash_rows
from models.store.trips import TripInput, delete_trip, save_trip, trip_input
from models.validation import ValidationFailed
from tests.helpers import D, contract, firm, person, project, trip, unit_id, visit

pytestmark = pytest.mark.server  # run a second time on the PostgreSQL server


def test_every_change_names_who_when_and_old_and_new_values(database):
    set_user("王科员")
    try:
        zhang = person("张三", ("deputy", D(2020, 1, 1)))
        li = person("李四", ("deputy", D(2020, 1, 1)))
        trip_id = trip([zhang], D(2020, 4, 1), D(2020, 4, 2), city="深圳")
        data = trip_input(trip_id)
        data.dest_city, data.person_ids = "广州", [zhang, li]
        save_trip(data, trip_id, today=D(2030, 1, 1))
    finally:
        set_user(None)
    entries = history("trip", trip_id)
    assert (entries[-1].table, entries[-1].action) == ("trip", "insert")  # oldest last
    update = next(e for e in entries if e.table == "trip" and e.action == "update")
    assert update.user == "王科员" and update.changes == {"dest_city": ["深圳", "广州"]}
    added = [e for e in entries if e.table == "trip_participant" and e.action == "insert"]
    assert sorted(e.changes["person"][1] for e in added) == sorted([zhang, li])
    assert "目的地：深圳 → 广州" in update.describe_changes()
    assert "人员=李四" in next(e for e in added if e.changes["person"][1] == li).describe_changes()


def test_a_refused_save_leaves_no_audit_row(database):
    zhang = person("张三", ("deputy", D(2020, 1, 1)))
    before = AuditLog.select().count()
    with pytest.raises(ValidationFailed):
        save_trip(TripInput(unit_id(), [zhang], D(2020, 4, 2), D(2020, 4, 1), "深圳", "gba"))
    with pytest.raises(RuntimeError), db.atomic():
        trip([zhang], D(2020, 5, 1), D(2020, 5, 1))
        raise RuntimeError("rolled back with the change")
    assert AuditLog.select().count() == before and Trip.select().count() == 0


def test_deleted_trip_returns_with_its_people_and_visit_link(database):
    zhang = person("张三", ("deputy", D(2020, 1, 1)))
    trip_id = trip([zhang], D(2020, 4, 1), D(2020, 4, 3))
    target = firm("比亚迪")
    visit_id = visit(target, D(2020, 4, 2), [zhang], trip_id=trip_id)
    delete_trip(trip_id)
    assert Trip.select().count() == 0 and Visit.get_by_id(visit_id).trip_id is None
    [item] = trash_rows()
    assert item.table_name == "外出招商" and item.count == 2  # the trip and its participant
    restore_from_trash(item.id)
    assert Trip.get_by_id(trip_id).start_date == D(2020, 4, 1)
    assert [p.person_id for p in TripParticipant.select()] == [zhang]
    assert Visit.get_by_id(visit_id).trip_id == trip_id
    assert trash_rows() == []
    assert [e.action for e in history("trip", trip_id)][:2] == ["restore", "restore"]


def test_restored_formal_contract_signs_its_project_again(database):
    p = project("电池项目", D(2020, 1, 5), "10")
    c = contract(p, "formal", D(2020, 3, 1), "8")
    delete_contract(c)
    assert Project.get_by_id(p).signed_date is None
    restore_from_trash(trash_rows()[0].id)
    assert Project.get_by_id(p).signed_date == D(2020, 3, 1) and Contract.select().count() == 1


def test_restore_refuses_a_clash_and_purge_is_logged(database):
    from models.store.people import delete_person

    zhang = person("张三")
    delete_person(zhang)
    person("张三")  # someone with the same name was added meanwhile
    [item] = trash_rows()
    with pytest.raises(ValidationFailed, match="无法恢复"):
        restore_from_trash(item.id)
    assert Person.select().count() == 1
    purge(item.id)
    assert trash_rows() == []
    assert audit_rows(AuditFilter(table="person"))[0].action == "purge"


def test_audit_filter_by_user_date_and_text(database):
    set_user("甲")
    person("张三")
    set_user("乙")
    person("李四")
    set_user(None)
    assert [r.label for r in audit_rows(AuditFilter(user="甲"))] == ["张三"]
    assert [r.label for r in audit_rows(AuditFilter(text="李四"))] == ["李四"]
    assert audit_rows(AuditFilter(start=D(2000, 1, 1), end=D(2000, 1, 2))) == []


def test_rule_changes_are_in_the_log(database):
    from models.store.quotas import QuotaInput, save_quotas

    save_quotas(2021, [QuotaInput("principal", 7, 0, True), QuotaInput("deputy", 12, 0, False)])
    [entry] = audit_rows(AuditFilter(table="quota_rule"))
    assert entry.label == "2021年外出考核规则"
    assert entry.changes["政府(管委会)分管负责人"] == [None, [12, 0, False]]


@pytest.mark.sqlite_only
def test_a_database_overwritten_with_garbage_offers_its_backup(database):
    from models.db.backup import timestamped_backup
    from models.db.database import DatabaseDamagedError, close_database, open_database

    good = timestamped_backup(database.path, "manual")
    close_database()
    database.path.write_bytes(b"\x00garbage" * 5000)
    with pytest.raises(DatabaseDamagedError) as exc:
        open_database(database.path)
    assert exc.value.latest.path == good and str(good) in str(exc.value)
    assert database.path.read_bytes() == b"\x00garbage" * 5000  # untouched


def test_a_deleted_records_id_is_never_given_to_a_new_one(database):
    zhang = person("张三", ("deputy", D(2020, 1, 1)))
    first = trip([zhang], D(2020, 4, 1), D(2020, 4, 1))
    delete_trip(first)
    second = trip([zhang], D(2020, 5, 1), D(2020, 5, 1))
    assert second != first
    restore_from_trash(trash_rows()[0].id)
    assert Trip.select().count() == 2
    assert all(e.action != "delete" for e in history("trip", second))


@pytest.mark.sqlite_only
def test_an_empty_database_file_with_backups_is_damaged_not_new(database):
    from models.db.backup import timestamped_backup
    from models.db.database import DatabaseDamagedError, close_database, open_database

    timestamped_backup(database.path, "manual")
    close_database()
    database.path.write_bytes(b"")
    with pytest.raises(DatabaseDamagedError, match="0 字节"):
        open_database(database.path)


def test_a_trip_that_would_now_overlap_is_not_restored(database):
    zhang = person("张三", ("deputy", D(2020, 1, 1)))
    delete_trip(trip([zhang], D(2020, 4, 1), D(2020, 4, 3)))
    trip([zhang], D(2020, 4, 2), D(2020, 4, 2))  # entered while the first was in the trash
    with pytest.raises(ValidationFailed, match="重叠"):
        restore_from_trash(trash_rows()[0].id)
    assert Trip.select().count() == 1 and len(trash_rows()) == 1
