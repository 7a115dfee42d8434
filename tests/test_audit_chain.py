"""日志链: an audit log changed outside the program names its first broken entry; an untouched one,
after saves, an import, a trash restore and a database restore, verifies clean on both engines."""

from __future__ import annotations

import re
import shutil
import sqlite3

import pytest

from models import AuditLog, Unit
from models.db.base import db
from models.queries.audit import AuditFilter, audit_rows, history
from models.store.audit_chain import (
    GENESIS,
    append_entry_sqlite,
    chain_head_sqlite,
    entry_hash,
    file_chain_head,
    verify_chain,
)
from models.store.settings import set_setting
from models.store.trash import restore_from_trash, trash_rows
from models.store.trips import delete_trip, save_trip, trip_input
from reports.ledger_file import read_ledger
from tests.helpers import D, firm, person, project, trip, visit
from tests.ledger_files import workbook

pytestmark = pytest.mark.server  # run a second time on the PostgreSQL server


def execute(sql: str, *params) -> None:
    """Raw SQL, as someone with the database file (or the server's tables) could run it."""
    db.execute_sql(sql.replace("?", db.obj.param), params)


def ids() -> list[int]:
    return [a.id for a in AuditLog.select(AuditLog.id).order_by(AuditLog.id)]


def import_ledger(tmp_path, sheets: dict) -> None:
    from models.ledger.layout import import_files

    path = workbook(tmp_path / "台账.xlsx", sheets)
    result = import_files([read_ledger(path)], commit=True)
    assert result.committed, result.errors


def mixed_session(tmp_path) -> None:
    """Dialog saves through the stores, a setting, a delete and its restore, and an import."""
    zhang = person("张三", ("deputy", D(2020, 1, 1)))
    trip_id = trip([zhang], D(2020, 4, 1), D(2020, 4, 2), city="深圳")
    data = trip_input(trip_id)
    data.dest_city = "广州"
    save_trip(data, trip_id, today=D(2030, 1, 1))
    visit(firm("比亚迪"), D(2020, 4, 2), [zhang], trip_id=trip_id)
    project("电池项目", D(2020, 1, 5), "10")
    set_setting("home_unit_test", "襄州区")  # a write outside any transaction of the caller's
    delete_trip(trip_id)
    restore_from_trash(trash_rows()[0].id)
    import_ledger(
        tmp_path,
        {
            "单位": [["单位名称", "类别"], ["市商务局", "市直部门"]],
            "人员": [["单位", "姓名", "职务"], ["市商务局", "李四", "科长"]],
            "外出招商": [
                ["单位", "参加人员", "开始日期", "结束日期", "目的地", "区域"],
                ["市商务局", "李四", "2020-05-06", "2020-05-07", "上海", "长三角"],
            ],
        },
    )


def test_an_untouched_log_verifies_clean_after_a_mixed_session(database, tmp_path):
    mixed_session(tmp_path)
    found = verify_chain()
    assert found.sound and found.broken is None
    assert found.checked == AuditLog.select().count() > 10
    assert found.head.last_id == ids()[-1]
    assert not AuditLog.select().where(AuditLog.entry_hash.is_null()).exists()
    assert "完好" in found.summary() and found.head.hash in found.summary()


def test_a_changed_entry_is_named_with_its_time(database, tmp_path):
    mixed_session(tmp_path)
    target = ids()[5]
    execute(
        "UPDATE audit_log SET changes = ? WHERE id = ?", '{"dest_city": [null, "北京"]}', target
    )
    found = verify_chain()
    assert not found.sound and found.broken.id == target and found.checked == 5
    assert "被改动过" in found.broken.problem
    assert found.broken.at == f"{AuditLog.get_by_id(target).at:%Y-%m-%d %H:%M:%S}"
    assert f"第 {target} 号记录" in found.summary()


def test_a_deleted_entry_breaks_the_link_at_the_next_one(database, tmp_path):
    mixed_session(tmp_path)
    before, gone, after = ids()[3:6]
    execute("DELETE FROM audit_log WHERE id = ?", gone)
    found = verify_chain()
    assert found.broken.id == after and f"第 {before} 号" in found.broken.problem
    assert "删除" in found.broken.problem


def test_a_rewritten_entry_with_a_recomputed_hash_shows_at_the_next_one(database, tmp_path):
    """Whoever knows the encoding can fix one entry's own hash; the next entry still points back."""
    mixed_session(tmp_path)
    target, following = ids()[2:4]
    entry = AuditLog.get_by_id(target)
    forged = [f"{entry.at:%Y-%m-%d %H:%M:%S}", entry.user, entry.action, entry.table_name]
    forged += [entry.record_id, entry.owner_table, entry.owner_id, "改过的记录", entry.changes]
    forged += [entry.reason]
    execute(
        "UPDATE audit_log SET label = ?, entry_hash = ? WHERE id = ?",
        "改过的记录",
        entry_hash(entry.prev_hash, forged),
        target,
    )
    found = verify_chain()
    assert found.broken.id == following and f"第 {target} 号" in found.broken.problem


def test_an_entry_slipped_in_without_a_hash_is_named(database):
    person("张三")
    execute(
        'INSERT INTO audit_log (at, "user", action, table_name, label, changes, reason)'
        " VALUES ('2020-01-01 00:00:00', '某人', 'delete', 'person', '张三', '{}', '')"
    )
    found = verify_chain()
    assert found.broken.id == ids()[-1] and "没有校验值" in found.broken.problem


def test_verification_reads_in_batches_and_can_stop(database, monkeypatch):
    monkeypatch.setattr("models.store.audit_chain._BATCH", 3)
    for name in ("甲", "乙", "丙", "丁"):
        person(name)
    seen = []
    assert verify_chain(lambda done, total: seen.append((done, total))).sound
    total = AuditLog.select().count()
    assert seen[0] == (3, total) and seen[-1][0] < total
    stopped = verify_chain(lambda done, total: False)
    assert stopped.cancelled and not stopped.sound and stopped.checked == 3


def test_units_created_by_an_import_are_audited(database, tmp_path):
    import_ledger(tmp_path, {"单位": [["单位名称", "类别", "排序"], ["市商务局", "市直部门", 20]]})
    [entry] = audit_rows(AuditFilter(table="unit"))
    unit = Unit.get(Unit.name == "市商务局")
    assert (entry.action, entry.record_id, entry.label) == ("insert", unit.id, "市商务局")
    assert entry.changes == {
        "kind": [None, "city_dept"],
        "name": [None, "市商务局"],
        "sort_order": [None, 20],
    }
    assert entry.describe_changes() == "类型=市直部门；名称=市商务局；排序=20"
    assert entry.table_name == "单位"


def test_a_trash_restore_logs_what_came_back(database):
    zhang = person("张三", ("deputy", D(2020, 1, 1)))
    trip_id = trip([zhang], D(2020, 4, 1), D(2020, 4, 3), city="深圳")
    delete_trip(trip_id)
    restore_from_trash(trash_rows()[0].id)
    restored = [e for e in history("trip", trip_id) if e.action == "restore"]
    came_back = next(e for e in restored if e.table == "trip")
    assert came_back.changes["dest_city"] == [None, "深圳"]
    assert came_back.changes["start_date"] == [None, "2020-04-01"]
    assert "目的地=深圳" in came_back.describe_changes()
    link = next(e for e in restored if e.table == "trip_participant")
    assert link.changes["person"] == [None, zhang] and "人员=张三" in link.describe_changes()


# Another program writing at the same time: records through a store (its own transaction) and
# settings (an entry written outside any transaction of the caller's).
WRITER = """
import sys
sys.path.insert(0, {root!r})
from models.store.settings import set_setting
from models.db.database import open_database
from models.store.people import PersonInput, save_person
from tests.helpers import unit_id
target, tag = sys.argv[1], sys.argv[2]
open_database(target)
for i in range(40):
    save_person(PersonInput(unit_id(), f"{{tag}}{{i}}"))
    set_setting(f"{{tag}}-test", str(i))
"""


def test_two_programs_writing_at_once_keep_one_chain(database):
    import os
    import subprocess
    import sys
    from pathlib import Path

    code = WRITER.format(root=str(Path(__file__).resolve().parent.parent))
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", code, str(database.path), tag],
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        for tag in ("甲", "乙")
    ]
    for writer in writers:
        _, err = writer.communicate(timeout=120)
        assert writer.returncode == 0, err
    found = verify_chain()
    assert found.sound and found.checked == AuditLog.select().count() >= 160


# -- restoring a whole database: the lead's restore writes its entry through a raw connection ------


@pytest.mark.sqlite_only
def test_a_restored_copy_continues_its_own_chain_and_names_the_one_it_replaced(database, tmp_path):
    from models.db.backup import timestamped_backup
    from models.db.database import close_database, open_database

    person("张三")
    backup = timestamped_backup(database.path, "manual")
    person("李四")  # after the backup: the replaced chain is longer
    live_head = file_chain_head(database.path)
    backup_head = file_chain_head(backup)
    assert live_head.last_id > backup_head.last_id and live_head.hash != backup_head.hash
    close_database()
    copy = tmp_path / "restored.db"
    shutil.copy(backup, copy)
    con = sqlite3.connect(copy)
    try:
        assert chain_head_sqlite(con) == backup_head
        new_id = append_entry_sqlite(
            con,
            "restore_db",
            f"用备份恢复数据库：{backup}",
            {"replaced_chain": [None, live_head.text]},
        )
    finally:
        con.close()
    open_database(copy)
    found = verify_chain()
    assert found.sound and found.head.last_id == new_id
    entry = AuditLog.get_by_id(new_id)
    assert entry.prev_hash == backup_head.hash and entry.table_name == ""
    [row] = audit_rows(AuditFilter(text=live_head.hash))
    assert row.action_name == "恢复数据库"
    assert row.describe_changes() == f"被替换的日志链末条=#{live_head.last_id} {live_head.hash}"


@pytest.mark.sqlite_only
def test_an_entry_appended_to_a_file_from_before_the_chain_is_hashed_when_opened(
    tmp_path, monkeypatch
):
    from models.db.database import close_database, open_database

    path = _database_before_the_chain(tmp_path, monkeypatch)
    con = sqlite3.connect(path)
    assert chain_head_sqlite(con).hash is None
    append_entry_sqlite(con, "restore_db", "用备份恢复数据库", {})
    con.close()
    monkeypatch.undo()
    open_database(path)
    try:
        found = verify_chain()
        assert found.sound and found.checked == 3
    finally:
        close_database()


def test_a_file_without_a_log_gets_no_entry(tmp_path):
    con = sqlite3.connect(tmp_path / "empty.db")
    assert chain_head_sqlite(con) is None
    assert append_entry_sqlite(con, "restore_db", "x", {}) is None
    con.close()
    assert file_chain_head(tmp_path / "missing.db") is None


# -- upgrading a database whose log was written before the chain -----------------------------------


def _database_before_the_chain(tmp_path, monkeypatch, target=None):
    """A database at the schema before migration 0012, with two entries written as it wrote them."""
    import models.db.database as opening
    from models.db.database import close_database, open_database

    older = tmp_path / "migrations"
    shutil.copytree(opening.MIGRATIONS_DIR, older)
    (older / "0012_audit_chain.py").unlink()
    monkeypatch.setattr(opening, "MIGRATIONS_DIR", older)
    target = target or tmp_path / "old.db"
    open_database(target)
    for n, when in enumerate(("2020-01-02 09:30:00", "2020-01-03 10:00:00.250000")):
        execute(
            'INSERT INTO audit_log (at, "user", action, table_name, record_id, label, changes, reason)'
            " VALUES (?, '王科员', 'insert', 'person', ?, ?, ?, '')",
            when,
            n + 1,
            f"人员{n}",
            '{"name": [null, "人员"]}',
        )
    close_database()
    return target


def test_upgrade_hashes_the_existing_log_in_order(tmp_path, monkeypatch, server):
    from models.db.database import close_database, open_database

    target = server.fresh() if server else None
    path = _database_before_the_chain(tmp_path, monkeypatch, target)
    monkeypatch.undo()
    opened = open_database(path)
    try:
        assert opened.applied == ("0012_audit_chain",)
        rows = list(AuditLog.select().order_by(AuditLog.id))
        assert len(rows) == 2 and rows[0].prev_hash == GENESIS
        assert rows[1].prev_hash == rows[0].entry_hash
        assert all(re.fullmatch("[0-9a-f]{64}", r.entry_hash) for r in rows)
        person("张三")  # new entries link on
        found = verify_chain()
        assert found.sound and found.checked == AuditLog.select().count() > 2
        # The same entries hash the same on both engines (times normalized, as SQLite stores them).
        second = ("2020-01-03 10:00:00.250000", "王科员", "insert", "person", 2, None, None)
        second += ("人员1", '{"name": [null, "人员"]}', "")
        assert rows[1].entry_hash == entry_hash(rows[0].entry_hash, second)
    finally:
        close_database()


# -- zhaoshang check, and 设置 → 审计日志's button ----------------------------------------------------


def test_check_command_says_whether_file_and_log_are_sound(database, tmp_path, capsys):
    from main import main

    mixed_session(tmp_path)
    where = str(database.path)
    assert main(["--db", where, "check"]) == 0
    out = capsys.readouterr().out
    assert "审计日志链完好" in out
    assert ("跳过文件检查" in out) == (not isinstance(database.path, type(tmp_path)))
    target = ids()[4]
    execute('UPDATE audit_log SET "user" = ? WHERE id = ?', "别人", target)
    assert main(["--db", where, "check"]) == 1
    assert f"第 {target} 号记录" in capsys.readouterr().out


def test_audit_panel_verifies_the_chain_in_the_background(qtbot, database, monkeypatch):
    from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton

    from ui.audit_panel import AuditPanel

    person("张三")
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(("ok", a[2])))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: told.append(("bad", a[2])))
    panel = AuditPanel(D(2030, 1, 1))
    qtbot.addWidget(panel)
    texts = [w.text() for w in panel.findChildren(QPushButton) + panel.findChildren(QLabel)]
    keys = [m.lower() for t in texts for m in re.findall(r"&(\w)", t)]
    assert "v" in keys and len(keys) == len(set(keys))  # mnemonics do not clash
    panel.verify_button.click()
    qtbot.waitUntil(lambda: len(told) == 1, timeout=10_000)
    assert told[0][0] == "ok" and "完好" in told[0][1] and panel.verify_button.isEnabled()
    target = ids()[0]
    execute("UPDATE audit_log SET label = ? WHERE id = ?", "李四", target)
    panel.verify_button.click()
    qtbot.waitUntil(lambda: len(told) == 2, timeout=10_000)
    assert told[1][0] == "bad" and f"第 {target} 号记录" in told[1][1]
