"""Recovery never rolls back saved work: a checkpoint cut short is not damage, a restore checks what
it restores and audits itself inside the restored file, killed copies leave nothing behind, and the
whole-file check runs once a day."""

from __future__ import annotations

import datetime as dt
import hashlib
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from main import main
from models import Person
from models.db.backup import (
    clean_partials,
    daily_backup,
    list_backups,
    part_file,
    start_up_checks,
    timestamped_backup,
)
from models.db.base import db
from models.db.database import HISTORY_TABLE, _truncated, close_database, open_database
from models.restore import restore
from tests.helpers import person

ROOT = Path(__file__).resolve().parent.parent
PAGE = 4096

pytestmark = pytest.mark.sqlite_only


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def interrupted_checkpoint(db_path: Path, crashed: Path, people: int) -> None:
    """The files a checkpoint cut short leaves: the header already rewritten (its page count runs
    ahead of the file), the other pages still only in the -wal."""
    db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.execute_sql("PRAGMA wal_autocheckpoint = 0")
    old = db_path.read_bytes()
    for n in range(people):
        person(f"导入人员{n:04d}")
    wal = db_path.with_name(db_path.name + "-wal").read_bytes()
    db.execute_sql("PRAGMA wal_checkpoint(PASSIVE)")
    new = db_path.read_bytes()
    assert len(new) > len(old)
    crashed.parent.mkdir(parents=True, exist_ok=True)
    crashed.write_bytes(new[:PAGE] + old[PAGE:])
    crashed.with_name(crashed.name + "-wal").write_bytes(wal)


def test_a_checkpoint_cut_short_is_recovered_not_called_damaged(database, tmp_path):
    person("张三")
    timestamped_backup(database.path, "daily")  # a backup exists, as on any PC in use
    crashed = tmp_path / "crash" / "zhaoshang.db"
    interrupted_checkpoint(database.path, crashed, 400)
    shutil.copytree(database.path.parent / "backups", crashed.parent / "backups")
    close_database()
    assert _truncated(crashed)  # the sign the old check took for damage
    opened = open_database(crashed)
    assert opened.path == crashed
    assert Person.select().count() == 401  # nothing saved is lost
    assert db.execute_sql("PRAGMA quick_check").fetchone()[0] == "ok"


def test_a_checkpoint_cut_short_opens_the_window_without_any_question(qtbot, database, tmp_path):
    import ui.app as app_module

    person("张三")
    crashed = tmp_path / "crash" / "zhaoshang.db"
    interrupted_checkpoint(database.path, crashed, 300)
    timestamped_backup(database.path, "daily")
    shutil.copytree(database.path.parent / "backups", crashed.parent / "backups")
    close_database()
    window = app_module.open_main_window(crashed, "1")  # any message box fails the test
    qtbot.addWidget(window)
    assert Person.select().count() == 301
    window.close()


def test_a_truly_truncated_file_is_still_damaged(database):
    from models.db.database import DatabaseDamagedError

    for n in range(300):
        person(f"人员{n:03d}")
    timestamped_backup(database.path, "manual")
    close_database()
    size = database.path.stat().st_size
    with database.path.open("r+b") as fh:
        fh.truncate(size // 2)
    with pytest.raises(DatabaseDamagedError) as err:
        open_database(database.path)
    assert err.value.latest is not None


def test_the_offer_to_restore_defaults_to_no_and_names_both_files(qtbot, database, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    import ui.app as app_module

    for n in range(300):
        person(f"人员{n:03d}")
    good = timestamped_backup(database.path, "manual")
    person("备份之后录入")
    close_database()
    size = database.path.stat().st_size
    with database.path.open("r+b") as fh:
        fh.truncate(size // 2)
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a: asked.append(a) or QMessageBox.No)
    assert app_module.open_main_window(database.path, "1") is None
    _, _, text, _, default = asked[0]
    assert default == QMessageBox.No
    assert str(good) in text and "人员 300 条" in text  # the backup and what it holds
    assert str(database.path) in text  # the current file, named
    assert database.path.stat().st_size == size // 2  # declined: nothing touched

    told = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda *a: told.append(a[2]))
    window = app_module.open_main_window(database.path, "1")
    qtbot.addWidget(window)
    kept = next(database.path.parent.glob("zhaoshang-已损坏-*.db"))
    assert str(kept) in told[0] and "None" not in told[0]
    window.close()


def test_restore_names_the_copy_of_what_it_replaced(database, capsys):
    person("张三")
    backup = timestamped_backup(database.path, "manual")
    person("李四")
    close_database()
    assert main(["--db", str(database.path), "restore", str(backup)]) == 0
    out = capsys.readouterr().out
    [before] = [b for b in list_backups(database.path) if b.reason == "before-restore"]
    assert str(before.path) in out
    open_database(before.path)
    assert Person.select().count() == 2  # the replaced data is whole in that copy
    close_database()


def test_a_backup_from_a_newer_version_is_refused_before_anything_is_replaced(database, capsys):
    person("张三")
    newer = timestamped_backup(database.path, "manual")
    con = sqlite3.connect(newer)
    with con:
        con.execute(
            f"INSERT INTO {HISTORY_TABLE} (name, applied) VALUES ('0099_future', '2030-01-01')"
        )
    con.close()
    person("李四")
    close_database()
    before = digest(database.path)
    assert main(["--db", str(database.path), "restore", str(newer)]) == 2
    assert "更新版本" in capsys.readouterr().err
    assert digest(database.path) == before
    assert not [b for b in list_backups(database.path) if b.reason == "before-restore"]
    open_database(database.path)  # and it still opens, with both people
    assert Person.select().count() == 2


RESTORE_KILLED = """
import os, sys
sys.path.insert(0, {root!r})
from pathlib import Path
import models.restore as r
live = Path({db!r})
original = r._copy
def copy_then_die(source, dest):
    original(source, dest)
    if Path(dest) == live:
        os._exit(9)  # killed the moment the restored data has landed
r._copy = copy_then_die
r.restore(live, Path({backup!r}))
"""


def test_a_restore_killed_right_after_the_copy_is_still_audited(database):
    person("张三")
    backup = timestamped_backup(database.path, "manual")
    person("李四")
    close_database()
    script = RESTORE_KILLED.format(root=str(ROOT), db=str(database.path), backup=str(backup))
    assert subprocess.run([sys.executable, "-c", script], timeout=120).returncode == 9
    open_database(database.path)
    assert [p.name for p in Person.select()] == ["张三"]
    entries = db.execute_sql("SELECT label FROM audit_log WHERE action = 'restore_db'").fetchall()
    assert len(entries) == 1 and str(backup) in entries[0][0]


def test_a_restore_from_an_old_schema_lands_migrated(database, tmp_path):
    """The staged copy is brought to this version before it replaces anything."""
    from tests.test_database import _database_at_first_migration

    old = tmp_path / "old.db"
    _database_at_first_migration(old)  # before the audit log existed
    close_database()
    done = restore(database.path, old)
    assert done.before is not None
    con = sqlite3.connect(database.path)
    applied = {r[0] for r in con.execute(f"SELECT name FROM {HISTORY_TABLE}")}
    labels = [r[0] for r in con.execute("SELECT label FROM audit_log WHERE action = 'restore_db'")]
    con.close()
    from models.db.database import migration_names

    assert applied == set(migration_names())
    assert labels == [f"用备份恢复数据库：{old}"]


BACKUP_KILLED = """
import os, sys
sys.path.insert(0, {root!r})
from pathlib import Path
from models.db.backup import part_file
with part_file(Path({dest!r})) as tmp:
    tmp.write_bytes(b"half a copy" * 100_000)
    os._exit(9)
"""


def test_a_killed_backup_leaves_nothing_behind(database):
    person("张三")
    dest = database.path.parent / "backups" / "zhaoshang-manual-20201231-120000-000000.db"
    dest.parent.mkdir(exist_ok=True)
    script = BACKUP_KILLED.format(root=str(ROOT), dest=str(dest))
    assert subprocess.run([sys.executable, "-c", script], timeout=60).returncode == 9
    leftover = dest.with_name(dest.name + ".part")
    assert leftover.exists()
    daily_backup(database.path)  # retention cleans it
    assert not leftover.exists()
    close_database()

    subprocess.run([sys.executable, "-c", script], timeout=60)
    assert leftover.exists()
    open_database(database.path)  # and so does the next start
    assert not leftover.exists()


def test_a_copy_being_written_is_not_cleaned_away(database):
    dest = database.path.parent / "backups" / "zhaoshang-manual-20201231-120000-000000.db"
    dest.parent.mkdir(exist_ok=True)
    with part_file(dest) as tmp:
        tmp.write_bytes(b"in progress")
        assert clean_partials(database.path) == []
        assert tmp.exists()


def test_the_whole_file_check_runs_once_a_day(database, monkeypatch):
    import models.db.backup as backup

    person("张三")
    checks = []
    real = backup.quick_check
    monkeypatch.setattr(backup, "quick_check", lambda path: checks.append(path) or real(path))
    today = dt.date.today()
    found, made = start_up_checks(database.path, today)
    assert found == "ok" and made is not None
    assert start_up_checks(database.path, today) == ("ok", None)
    assert start_up_checks(database.path, today) == ("ok", None)
    assert len(checks) == 1


def test_a_file_another_program_holds_is_not_called_damaged(database, monkeypatch):
    import models.db.backup as backup
    from models.db.backup import BUSY, damaged, quick_check

    monkeypatch.setattr(backup, "BUSY_WAIT", 0.2)
    person("张三")
    db.execute_sql("PRAGMA journal_mode=DELETE")
    close_database()
    holder = sqlite3.connect(database.path, timeout=0.1)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        found = quick_check(database.path)
        assert found == BUSY and not damaged(found)
        assert start_up_checks(database.path) == ("ok", None)  # put off, not reported
    finally:
        holder.rollback()
        holder.close()


def test_a_restore_continues_the_backups_chain_and_names_the_one_it_replaced(database):
    import json

    from models.store.audit_chain import file_chain_head, verify_chain

    person("张三")
    backup = timestamped_backup(database.path, "manual")
    person("李四")
    close_database()
    replaced = file_chain_head(database.path)
    restore(database.path, backup)
    open_database(database.path)
    check = verify_chain()
    assert check.sound, check.summary()
    label, changes = db.execute_sql(
        "SELECT label, changes FROM audit_log ORDER BY id DESC LIMIT 1"
    ).fetchone()
    assert str(backup) in label
    assert json.loads(changes)["replaced_chain"] == [None, replaced.text]


def test_an_upgrade_at_start_up_says_so_while_it_runs(qtbot, tmp_path, monkeypatch):
    import ui.app as app_module
    from models.db.database import upgrade_pending
    from tests.test_database import _database_at_first_migration

    old = tmp_path / "zhaoshang.db"
    _database_at_first_migration(old)
    con = sqlite3.connect(old)
    with con:
        con.execute(
            "INSERT INTO person (created_at, updated_at, unit_id, name, title, phone, note)"
            " VALUES ('2020-01-01 00:00:00', '2020-01-01 00:00:00', 1, '张三', '', '', '')"
        )
    con.close()
    assert upgrade_pending(old)
    shown = []
    real = app_module._upgrade_notice

    def notice():
        dialog = real()
        shown.append((dialog.labelText(), dialog.isVisible()))
        return dialog

    monkeypatch.setattr(app_module, "_upgrade_notice", notice)
    window = app_module.open_main_window(old, "1")
    qtbot.addWidget(window)
    assert shown and "升级数据库" in shown[0][0] and shown[0][1]
    assert not upgrade_pending(old)
    window.close()
    close_database()
    shown.clear()
    window = app_module.open_main_window(old, "1")  # up to date: no notice
    qtbot.addWidget(window)
    assert shown == []
    window.close()
