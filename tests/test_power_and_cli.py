"""Saved work survives a power cut; demo --force and file writers refuse plainly, never a traceback."""

from __future__ import annotations

import threading

import pytest

from main import main
from models import Visit
from models.db.backup import list_backups
from models.db.base import db
from models.db.database import close_database, open_database
from models.store.demo import DemoRefused, load_demo
from models.store.locks import submit_quarter

SYNC_FULL = 2  # PRAGMA synchronous: 0 OFF, 1 NORMAL, 2 FULL


def _synchronous() -> int:
    return db.execute_sql("PRAGMA synchronous").fetchone()[0]


@pytest.mark.sqlite_only
def test_every_connection_syncs_each_commit(database):
    """WAL with NORMAL can lose the last commits on a power cut; FULL syncs the WAL every commit."""
    assert db.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert _synchronous() == SYNC_FULL
    seen = []

    def background():  # a background task's own connection (ui/tasks.py) gets the same pragmas
        seen.append(_synchronous())
        db.close()

    thread = threading.Thread(target=background)
    thread.start()
    thread.join()
    assert seen == [SYNC_FULL]
    close_database()
    open_database(database.path)
    assert _synchronous() == SYNC_FULL


def _submitted(path, quarter: int = 2) -> None:
    open_database(path)
    submit_quarter("全部", 2020, quarter, {})
    close_database()


def test_demo_force_refuses_a_submitted_quarter_before_the_backup(demo_db, capsys):
    path = demo_db.path
    visits = Visit.select().count()
    close_database()
    _submitted(path)
    before = list_backups(path)
    assert main(["--db", str(path), "demo", "--force"]) == 1
    err = capsys.readouterr().err
    assert "全部2020年第2季度" in err and "解锁" in err
    assert "Traceback" not in err
    assert [b for b in list_backups(path) if b not in before] == []  # refused before the backup
    open_database(path)
    assert Visit.select().count() == visits


def test_demo_on_an_empty_database_with_a_submitted_quarter_is_refused(database):
    submit_quarter("襄州区", 2019, 4, {})
    submit_quarter("全部", 2020, 1, {})
    with pytest.raises(DemoRefused, match="襄州区2019年第4季度、全部2020年第1季度"):
        load_demo()
    assert not Visit.select().exists()


def test_first_run_demo_shows_the_refusal(qtbot, database, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from ui.first_run import FirstRunDialog

    submit_quarter("全部", 2020, 3, {})
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    dialog = FirstRunDialog(database.path)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.demo_button.click()
    qtbot.waitUntil(lambda: bool(shown), timeout=30_000)
    assert "有已报送的季度：全部2020年第3季度" in shown[0] and "解锁" in shown[0]
    assert dialog.demo_button.isEnabled() and dialog.isVisible()


WRITERS = {
    "export": lambda target: ["export", str(target)],
    "lists": lambda target: ["lists", "--year", "2020", "--kind", "签约", "--xlsx", str(target)],
    "template": lambda target: ["template", str(target)],
}


@pytest.mark.parametrize("command", sorted(WRITERS))
@pytest.mark.parametrize("under", ["x.xlsx", "子文件夹/x.xlsx"])
def test_a_file_where_the_folder_should_be_is_one_chinese_line(tmp_path, capsys, command, under):
    blocker = tmp_path / "不是文件夹.txt"
    blocker.write_text("a file")
    target = blocker / under
    assert main(["--db", str(tmp_path / "z.db"), *WRITERS[command](target)]) == 2
    err = capsys.readouterr().err
    assert f"无法写入 {target}：上级路径 {blocker} 不是文件夹" in err
    assert "Traceback" not in err
    assert blocker.read_text() == "a file"


def test_report_into_a_file_is_one_chinese_line(tmp_path, capsys):
    blocker = tmp_path / "报告"
    blocker.write_text("a file")
    db_path = str(tmp_path / "z.db")
    assert (
        main(["--db", db_path, "report", "--year", "2020", "--quarter", "1", "--out", str(blocker)])
        == 2
    )
    err = capsys.readouterr().err
    assert (
        f"无法创建文件夹 {blocker}：{blocker} 是一个文件，不是文件夹" in err
        and "Traceback" not in err
    )


def test_error_list_under_a_file_is_one_chinese_line(tmp_path, capsys):
    from tests.ledger_files import TRIP_HEADER, workbook

    bad = workbook(
        tmp_path / "坏.xlsx",
        {"外出招商": [TRIP_HEADER, ["襄州区", "张三", "2020-05-01", "2020-04-30", "深圳", "", ""]]},
    )
    blocker = tmp_path / "文件"
    blocker.write_text("a file")
    target = blocker / "错误清单.xlsx"
    args = ["--db", str(tmp_path / "z.db"), "import", str(bad), "--errors", str(target)]
    assert main(args) == 1
    err = capsys.readouterr().err
    assert f"无法写入 {target}：上级路径 {blocker} 不是文件夹" in err and "Traceback" not in err


def test_audit_export_under_a_file_raises_the_chinese_error(database, tmp_path):
    from models.queries.audit import audit_rows
    from reports.audit_xlsx import write_audit_log
    from reports.errors import ReportWriteError

    blocker = tmp_path / "文件"
    blocker.write_text("a file")
    with pytest.raises(ReportWriteError, match=r"上级路径 .* 不是文件夹"):
        write_audit_log(blocker / "审计.xlsx", audit_rows())
    assert blocker.read_text() == "a file"
