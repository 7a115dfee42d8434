"""Opening, migrating and refusing databases: nothing a user owns is ever damaged."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from decimal import Decimal

import pytest
from peewee import SqliteDatabase
from playhouse.migrations import Runner

import models
from models import IndicatorRule, QuotaRule, Unit
from models.db.base import db
from models.db.database import (
    HISTORY_TABLE,
    MIGRATIONS_DIR,
    DatabaseOpenError,
    DatabaseTooNewError,
    close_database,
    open_database,
)
from models.db.tally import tallies
from models.queries.overview import COUNTED, has_records, rules_year
from models.store.settings import seed_default_configuration


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def schema_sql(database) -> dict[str, str]:
    """Tables and indexes (triggers are not declared by models: see the tally test below)."""
    rows = database.execute_sql(
        "SELECT name, sql FROM sqlite_master"
        " WHERE sql IS NOT NULL AND type != 'trigger' AND name NOT LIKE ?",
        (f"{HISTORY_TABLE}%",),
    )
    return dict(rows.fetchall())


def test_new_database_has_wal_foreign_keys_and_every_table(database):
    assert database.created
    assert database.applied == tuple(p.stem for p in sorted(MIGRATIONS_DIR.glob("[0-9]*.py")))
    assert db.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
    tables = set(db.get_tables())
    assert {m._meta.table_name for m in models.ALL_MODELS} <= tables
    assert not has_records()


def test_migrated_schema_is_exactly_what_the_models_declare(database):
    """The frozen migrations and the live models must agree, constraints and indexes included."""
    fresh = SqliteDatabase(":memory:")
    with fresh.bind_ctx(models.ALL_MODELS):
        fresh.create_tables(models.ALL_MODELS)
        declared = schema_sql(fresh)
    assert schema_sql(db) == declared


def test_every_total_on_the_dashboard_is_kept_by_triggers(database):
    """A kind counted without its triggers would show a stale total (models/db/tally.py)."""
    triggers = {
        r[0] for r in db.execute_sql("SELECT tbl_name FROM sqlite_master WHERE type = 'trigger'")
    }
    assert triggers == {model._meta.table_name for model in COUNTED}
    assert set(tallies()) == triggers


def test_default_configuration_is_the_2020_work_plan(database):
    units = {u.name: u.kind for u in Unit.select()}
    assert len(units) == 12
    assert units["襄州区"] == "county" and units["高新区"] == "zone" and units["鱼梁洲"] == "zone"
    quotas = {q.role: q for q in QuotaRule.select().where(QuotaRule.year == 2020)}
    assert (quotas["principal"].min_days, quotas["principal"].pooled) == (7, True)
    assert (quotas["deputy"].min_days, quotas["deputy"].pooled) == (10, False)
    assert (quotas["dept_head"].min_trips, quotas["dept_head"].min_days) == (1, 2)
    assert (quotas["dept_deputy"].min_trips, quotas["dept_deputy"].min_days) == (2, 5)
    foreign = {
        r.unit.name if r.unit else None: r.target_count
        for r in IndicatorRule.select().where(IndicatorRule.indicator == "foreign_projects")
    }
    assert foreign == {None: 1, "高新区": 2, "东津新区": 2, "襄州区": 2, "襄城区": 2, "樊城区": 2}
    major = {
        r.unit.name if r.unit else None: r.threshold_wan
        for r in IndicatorRule.select().where(IndicatorRule.indicator == "major_project")
    }
    assert major == {None: 300000, "高新区": 500000, "东津新区": 500000}
    growth = IndicatorRule.get(IndicatorRule.indicator == "contract_amount").target_growth
    assert growth == Decimal("0.08")
    # Rules of the latest year not after the asked one apply; before the first, the first.
    assert rules_year(2021) == 2020 and rules_year(2019) == 2020


def test_user_edits_to_configuration_survive_reopening(db_path):
    open_database(db_path)
    QuotaRule.update(min_days=8).where(QuotaRule.role == "principal").execute()
    Unit.delete().where(Unit.name == "鱼梁洲").execute()
    close_database()
    open_database(db_path)
    assert QuotaRule.get(QuotaRule.role == "principal").min_days == 8
    assert not Unit.select().where(Unit.name == "鱼梁洲").exists()
    assert seed_default_configuration() is False
    close_database()


def test_schema_constraints_hold_in_the_database(database):
    unit = Unit.get(Unit.name == "襄州区")
    with pytest.raises(db.obj.IntegrityError if hasattr(db.obj, "IntegrityError") else Exception):
        models.Trip.create(unit=unit, start_date="2020-04-02", end_date="2020-03-30", region="gba")
    with pytest.raises(Exception, match="FOREIGN KEY"):
        models.Person.create(unit=9999, name="张三")


def _database_at_first_migration(path):
    """A database as the first released schema left it, with a record in it."""
    raw = SqliteDatabase(str(path), pragmas={"foreign_keys": 1})
    Runner(raw, str(MIGRATIONS_DIR), table_name=HISTORY_TABLE).up("0001_initial")
    raw.execute_sql(
        "INSERT INTO unit (name, kind, sort_order, active) VALUES ('襄州区', 'county', 1, 1)"
    )
    raw.close()


def _old_database_with_next_migration(tmp_path, monkeypatch, name: str, body: str):
    """An old database plus the shipped migrations and one more, as the next release would bring."""
    path = tmp_path / "old.db"
    _database_at_first_migration(path)
    migrations = tmp_path / "migrations"
    shutil.copytree(MIGRATIONS_DIR, migrations)
    (migrations / f"{name}.py").write_text(body, encoding="utf-8")
    monkeypatch.setattr("models.db.database.MIGRATIONS_DIR", migrations)
    return path


def test_upgrade_from_first_schema_keeps_records_and_backs_up(tmp_path, monkeypatch):
    path = _old_database_with_next_migration(
        tmp_path,
        monkeypatch,
        "0099_unit_note",
        "from peewee import TextField\n\n"
        "def up(migrator, db):\n"
        "    migrator.migrate(migrator.add_column('unit', 'note', TextField(null=True)))\n",
    )
    opened = open_database(path)
    try:
        assert opened.applied[0] == "0002_report_note" and opened.applied[-1] == "0099_unit_note"
        assert opened.backup is not None and opened.backup.exists()
        assert db.execute_sql("SELECT name, note FROM unit").fetchall()[0] == (
            "襄州区",
            None,
        )
    finally:
        close_database()
    # The backup is a whole database at the old schema.
    old = sqlite3.connect(opened.backup)
    assert [r[1] for r in old.execute("PRAGMA table_info(unit)")] == [
        "id",
        "name",
        "kind",
        "sort_order",
        "active",
    ]
    assert old.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    old.close()


def test_failed_migration_leaves_the_database_as_it_was(tmp_path, monkeypatch):
    path = _old_database_with_next_migration(
        tmp_path,
        monkeypatch,
        "0099_broken",
        "def up(migrator, db):\n"
        "    db.execute_sql('ALTER TABLE unit ADD COLUMN half_done TEXT')\n"
        "    raise RuntimeError('boom')\n",
    )
    with pytest.raises(DatabaseOpenError, match="升级失败"):
        open_database(path)
    con = sqlite3.connect(path)
    assert "half_done" not in [r[1] for r in con.execute("PRAGMA table_info(unit)")]
    assert [r[0] for r in con.execute(f"SELECT name FROM {HISTORY_TABLE}")] == ["0001_initial"]
    con.close()


def test_database_from_a_newer_version_is_refused_untouched(db_path):
    open_database(db_path)
    db.execute_sql(
        f"INSERT INTO {HISTORY_TABLE} (name, applied) VALUES ('0099_future', '2030-01-01')"
    )
    close_database()
    before = digest(db_path)
    with pytest.raises(DatabaseTooNewError, match="更新版本") as err:
        open_database(db_path)
    assert str(db_path) in str(err.value)
    assert digest(db_path) == before


def test_non_sqlite_file_is_refused_and_never_overwritten(tmp_path):
    path = tmp_path / "ledger.db"
    path.write_bytes("单位,姓名\n襄州区,张三\n".encode() * 50)
    before = digest(path)
    with pytest.raises(DatabaseOpenError, match="不是 SQLite") as err:
        open_database(path)
    assert str(path) in str(err.value)
    assert digest(path) == before


def test_another_programs_sqlite_file_is_refused(tmp_path):
    path = tmp_path / "other.db"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE songs (title TEXT)")
    con.commit()
    con.close()
    before = digest(path)
    with pytest.raises(DatabaseOpenError, match="其他程序"):
        open_database(path)
    assert digest(path) == before


def test_truncated_database_is_refused(db_path):
    open_database(db_path)
    close_database()
    data = db_path.read_bytes()
    db_path.write_bytes(data[:100] + b"\0" * 10)
    with pytest.raises(DatabaseOpenError, match=str(db_path).replace("\\", "\\\\")):
        open_database(db_path)


def test_locked_database_gives_a_clear_message(db_path):
    open_database(db_path)
    db.execute_sql("PRAGMA journal_mode=DELETE")
    close_database()
    holder = sqlite3.connect(db_path)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(DatabaseOpenError, match="锁定"):
            open_database(db_path, timeout=0.1)
    finally:
        holder.rollback()
        holder.close()


def test_directory_path_is_refused(tmp_path):
    with pytest.raises(DatabaseOpenError, match="文件夹"):
        open_database(tmp_path)
