"""记录总数: the dashboard's totals come from a tally the database's triggers keep; it must equal
the rows whatever wrote them (saves, deletions, the recycle bin, rollbacks, the demo, an upgrade)."""

from __future__ import annotations

import pytest
from peewee import SqliteDatabase
from playhouse.migrations import Runner

from models import Contract, FundsEntry, Project, Trip, Visit
from models.db.base import db
from models.db.database import HISTORY_TABLE, MIGRATIONS_DIR, close_database, open_database
from models.queries.overview import COUNTED, record_counts
from models.store.demo import load_demo
from models.store.trash import purge, restore_from_trash, trash_rows
from models.store.trips import delete_trip
from models.store.visits import delete_visit
from tests.helpers import D, person, trip

pytestmark = pytest.mark.server  # run a second time on the PostgreSQL server


def counted_row_by_row() -> dict[str, int]:
    return {model._meta.verbose_name: model.select().count() for model in COUNTED}


def test_totals_follow_saves_deletions_the_bin_and_rollbacks(demo_db):
    before = record_counts()
    assert before == counted_row_by_row() and before["拜访"] > 100
    zhang = person("张三", ("deputy", D(2020, 1, 1)))
    trip([zhang], D(2020, 11, 2), D(2020, 11, 3))
    assert record_counts()["人员"] == before["人员"] + 1
    assert record_counts()["外出招商"] == before["外出招商"] + 1
    delete_visit(Visit.select().order_by(Visit.id).first().id)
    delete_trip(Trip.select().order_by(Trip.id).first().id)
    assert record_counts()["拜访"] < before["拜访"]
    assert record_counts() == counted_row_by_row()
    first, second = trash_rows()[:2]
    restore_from_trash(first.id)
    purge(second.id)
    assert record_counts() == counted_row_by_row()
    with pytest.raises(RuntimeError), db.atomic():
        trip([zhang], D(2020, 12, 1), D(2020, 12, 1))
        raise RuntimeError("rolled back")
    assert record_counts() == counted_row_by_row()


def test_totals_follow_rows_a_cascade_removes(demo_db):
    """The database removes a project's contracts and funds itself (ON DELETE CASCADE)."""
    signed = (
        Contract.select().join(Project).where(Project.id.in_(FundsEntry.select(FundsEntry.project)))
    )
    project_id = signed.first().project_id
    before = record_counts()
    Project.delete().where(Project.id == project_id).execute()
    assert record_counts() == counted_row_by_row()
    assert (
        record_counts()["合同"] < before["合同"]
        and record_counts()["到位资金"] < before["到位资金"]
    )


def test_the_land_deadline_count_has_its_index_on_both_engines(database):
    names = {index.name for index in db.get_indexes("project")}
    assert "project_needs_land_land_date_signed_date_unit_id" in names


def test_totals_after_the_demo_replaces_every_record(demo_db):
    trip([person("张三", ("deputy", D(2020, 1, 1)))], D(2020, 11, 2), D(2020, 11, 3))
    load_demo(force=True)
    assert record_counts() == counted_row_by_row()


@pytest.mark.sqlite_only
def test_an_upgraded_database_starts_its_tally_from_the_rows_it_has(tmp_path):
    path = tmp_path / "old.db"
    raw = SqliteDatabase(str(path), pragmas={"foreign_keys": 1})
    Runner(raw, str(MIGRATIONS_DIR), table_name=HISTORY_TABLE).up("0010_visit_follow_up_index")
    raw.execute_sql(
        "INSERT INTO unit (name, kind, sort_order, active) VALUES ('襄州区', 'county', 1, 1)"
    )
    for name in ("张三", "李四", "王五"):
        raw.execute_sql(
            "INSERT INTO person (created_at, updated_at, unit_id, name, title, phone, note)"
            " VALUES ('2020-01-01', '2020-01-01', 1, ?, '', '', '')",
            (name,),
        )
    raw.close()
    opened = open_database(path)
    try:
        assert "0011_record_tally" in opened.applied
        assert record_counts()["人员"] == 3 == counted_row_by_row()["人员"]
        person("赵六")
        assert record_counts()["人员"] == 4
    finally:
        close_database()
