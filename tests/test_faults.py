"""Faults the data must survive: a killed import, a full disk, a failed report write, two writers."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from main import main
from models import Person, Trip
from models.db.backup import KEEP_DAILY, daily_backup, integrity, list_backups
from models.db.base import DatabaseWriteError
from models.db.database import close_database, open_database
from models.ledger.layout import import_files
from reports.ledger_file import read_ledger
from tests.helpers import person
from tests.ledger_files import TRIP_HEADER, fill_end_dates, trip_rows, workbook

ROOT = Path(__file__).resolve().parent.parent


def test_import_killed_midway_leaves_all_or_nothing(tmp_path):
    db = tmp_path / "z.db"
    assert main(["--db", str(db), "info"]) == 0
    close_database()
    rows = fill_end_dates(trip_rows(6000))
    ledger = workbook(tmp_path / "大台账.xlsx", {"外出招商": [TRIP_HEADER, *rows]})
    proc = subprocess.Popen(
        [sys.executable, str(ROOT / "main.py"), "--db", str(db), "import", str(ledger)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.time() + 120
    while not list((tmp_path / "backups").glob("*before-import*.db")) and time.time() < deadline:
        assert proc.poll() is None, "the import ended before it could be interrupted"
        time.sleep(0.05)
    time.sleep(0.5)  # well inside the committing import
    assert proc.poll() is None
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert integrity(db) == "ok"
    open_database(db)
    assert Trip.select().count() in (0, 6000)
    assert Trip.select().count() == 0  # killed before the commit: none of it


def test_a_full_disk_during_import_changes_nothing(database, tmp_path):
    person("张三")
    ledger = read_ledger(
        workbook(tmp_path / "a.xlsx", {"外出招商": [TRIP_HEADER, *fill_end_dates(trip_rows(800))]})
    )
    from models.db.base import db

    pages = db.execute_sql("PRAGMA page_count").fetchone()[0]
    db.execute_sql(f"PRAGMA max_page_count = {pages + 2}")  # the disk fills up mid-import
    with pytest.raises(DatabaseWriteError, match="磁盘空间已满"):
        import_files([ledger], commit=True)
    db.execute_sql("PRAGMA max_page_count = 1073741823")
    assert Trip.select().count() == 0 and Person.select().count() == 1
    assert db.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_a_report_that_cannot_be_written_keeps_the_previous_file(demo_db, tmp_path, monkeypatch):
    from openpyxl import Workbook

    from reports.errors import ReportWriteError
    from reports.ledger_file import write_ledger

    target = tmp_path / "out" / "导出.xlsx"
    target.parent.mkdir()
    write_ledger(target)
    before = target.read_bytes()

    def full(self, path):
        Path(path).write_bytes(b"half")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Workbook, "save", full)
    with pytest.raises(ReportWriteError, match="无法写入"):
        write_ledger(target)
    assert target.read_bytes() == before
    assert [p.name for p in target.parent.iterdir()] == ["导出.xlsx"]  # no half-written file


WRITER = """
import sys
sys.path.insert(0, {root!r})
from models.db.database import open_database
from models.store.people import PersonInput, save_person
from models import Unit
open_database({db!r})
unit = Unit.get(Unit.name == "襄州区").id
for i in range(150):
    save_person(PersonInput(unit, f"{tag}{{i:03d}}"))
"""


def test_two_programs_writing_at_once_lose_nothing(tmp_path):
    db = tmp_path / "z.db"
    assert main(["--db", str(db), "info"]) == 0
    close_database()
    procs = [
        subprocess.Popen([sys.executable, "-c", WRITER.format(root=str(ROOT), db=str(db), tag=t)])
        for t in ("甲", "乙")
    ]
    assert [p.wait(timeout=120) for p in procs] == [0, 0]
    open_database(db)
    assert Person.select().count() == 300
    assert integrity(db) == "ok"


def test_backup_and_restore_commands(tmp_path, capsys):
    db = tmp_path / "z.db"
    assert main(["--db", str(db), "info"]) == 0
    open_database(db)
    person("张三")
    close_database()
    usb = tmp_path / "U盘"
    assert main(["--db", str(db), "backup", "--to", str(usb)]) == 0
    [copy] = list(usb.glob("*.db"))
    assert integrity(copy) == "ok"
    open_database(db)
    person("李四")
    close_database()
    assert main(["--db", str(db), "restore", str(copy)]) == 0
    assert "恢复前的数据已备份到" in capsys.readouterr().out
    open_database(db)
    assert [p.name for p in Person.select()] == ["张三"]
    close_database()
    not_ours = tmp_path / "other.db"
    sqlite3.connect(not_ours).execute("CREATE TABLE t (x)").connection.close()
    assert main(["--db", str(db), "restore", str(not_ours)]) == 2
    assert "不是招商引资工作台的数据库备份" in capsys.readouterr().err
    assert main(["--db", str(db), "backups"]) == 0
    assert "恢复前" in capsys.readouterr().out


def test_daily_backups_keep_the_last_thirty(database):
    import datetime as dt
    import shutil

    person("张三")
    first = daily_backup(database.path)
    assert first is not None and daily_backup(database.path) is None  # once a day
    for n in range(1, 40):  # forty earlier days of backups
        day = dt.datetime.now() - dt.timedelta(days=n)
        name = f"zhaoshang-daily-{day:%Y%m%d-%H%M%S}-000000.db"
        shutil.copy(first, first.with_name(name))
    daily_backup(database.path)
    daily = [b for b in list_backups(database.path) if b.reason == "daily"]
    assert len(daily) == KEEP_DAILY and daily[0].path == first  # the newest thirty stay
