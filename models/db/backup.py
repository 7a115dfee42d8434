"""Backups: consistent copies of the live database (SQLite's online backup API, never a file copy of
a WAL database, which can tear), checked with integrity_check, listed, pruned and restored.

Copies live in backups/ beside the database: one a day at start-up (the last 30 kept), and one
before every import, migration, demo load and restore. A copy is written under a temporary .part
name held locked while it is written, so a copy killed halfway is recognised and removed later.
"""

from __future__ import annotations

import datetime
import os
import re
import sqlite3
import sys
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from models.db.base import is_busy
from models.db.enterprises import Enterprise, Visit
from models.db.org import Person
from models.db.projects import Contract, FundsEntry, Project
from models.db.trips import Trip

KEEP_DAILY = 30
REASONS = {
    "daily": "每日自动备份",
    "manual": "手动备份",
    "before-import": "导入前",
    "before-migration": "升级前",
    "before-restore": "恢复前",
    "before-demo": "写入示例数据前",
}
_NAME = re.compile(r"^(?P<reason>[a-z-]+)-(?P<stamp>\d{8}-\d{6}-\d{6})\.db$")


class BackupError(Exception):
    """A backup or restore that could not be made; the message is Chinese and nothing was changed."""


BUSY = "数据库正被其他程序使用，暂时无法检查"  # not a finding: the check is simply put off
BUSY_WAIT = 5.0  # seconds a check waits for another program's lock before it is put off


def damaged(found: str) -> bool:
    """Whether a check's answer means damage (a file another program holds is not damaged)."""
    return found not in ("ok", BUSY)


def _check(path: Path, pragma: str) -> str:
    """'ok', or what the check found wrong (or why the file could not be read), read-only."""
    try:
        con = sqlite3.connect(
            f"{Path(path).absolute().as_uri()}?mode=ro", uri=True, timeout=BUSY_WAIT
        )
        try:
            return con.execute(f"PRAGMA {pragma}").fetchone()[0]
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        return BUSY if is_busy(exc) else str(exc)


def integrity(path: Path) -> str:
    """SQLite's full integrity_check: for backups and before a restore."""
    return _check(path, "integrity_check")


def quick_check(path: Path) -> str:
    """The first damage quick_check finds (a second or so on years of data): after start-up."""
    return _check(path, "quick_check(1)")


def start_up_checks(db_path: Path, today: datetime.date | None = None) -> tuple[str, Path | None]:
    """After the window shows, once a day: is the file sound (damage inside it does not show at
    opening), and the day's backup if it is. Later starts that day read nothing: the check reads
    the whole file, seconds on a city's data."""
    if daily_done(db_path, today):
        return "ok", None
    found = quick_check(db_path)
    if found == BUSY:
        return "ok", None  # checked and backed up at a later start
    return found, daily_backup(db_path, today) if found == "ok" else None


PART = ".part"  # the suffix of a copy still being written


@contextmanager
def part_file(dest: Path):
    """The temporary name dest is written under, locked while it is written: a copy killed halfway
    leaves a .part that clean_partials() can tell from one another program is still writing."""
    tmp = dest.with_name(dest.name + PART)
    holder = None
    if sys.platform != "win32":  # on Windows, SQLite's own open handle keeps the file from deletion
        import fcntl

        holder = tmp.open("a+b")  # created empty: SQLite takes an empty file as a new database
        fcntl.flock(holder.fileno(), fcntl.LOCK_EX)
    try:
        yield tmp
    finally:
        if holder is not None:
            holder.close()
        tmp.unlink(missing_ok=True)  # renamed into place when the copy succeeded


def _stale(part: Path) -> bool:
    """Whether nobody is writing this .part any more (its writer was killed or the PC lost power)."""
    if sys.platform == "win32":
        return True  # unlinking a file another program holds open fails, and is then skipped
    import fcntl

    try:
        with part.open("rb") as fh:
            try:
                fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                return False
            return True
    except OSError:
        return False


def clean_partials(db_path: Path) -> list[Path]:
    """Remove the .part files killed backups and restores left (each as large as the database)
    beside the database and in backups/; a copy being written right now is left alone."""
    removed = []
    db_path = Path(db_path)
    for folder, pattern in (
        (backup_dir(db_path), f"{db_path.stem}-*.db{PART}"),
        (db_path.parent, f".{db_path.name}.*{PART}"),
    ):
        if not folder.is_dir():
            continue
        for part in folder.glob(pattern):
            if _stale(part):
                try:
                    part.unlink()
                except OSError:
                    continue
                removed.append(part)
    return removed


def backup_file(source: Path, dest: Path) -> Path:
    """Copy the database at source to dest via a temporary name, so dest is whole or absent."""
    try:
        dest.parent.mkdir(parents=True, exist_ok=True)
        with part_file(dest) as tmp:
            src = sqlite3.connect(f"{Path(source).absolute().as_uri()}?mode=ro", uri=True)
            try:
                out = sqlite3.connect(tmp)
                try:
                    src.backup(out)
                    # A copy opened later leaves no -wal beside it.
                    out.execute("PRAGMA journal_mode = DELETE")
                    ok = out.execute("PRAGMA integrity_check").fetchone()[0]
                finally:
                    out.close()
            finally:
                src.close()
            if ok != "ok":
                raise BackupError(f"备份完整性检查未通过（{ok}），数据库可能已损坏：{source}")
            os.replace(tmp, dest)
    except sqlite3.Error as exc:
        raise BackupError(f"备份失败：{exc}") from exc
    except OSError as exc:
        raise BackupError(f"无法写入备份 {dest}：{exc.strerror or exc}") from exc
    return dest


def backup_dir(db_path: Path) -> Path:
    return Path(db_path).parent / "backups"


def timestamped_backup(source: Path, reason: str) -> Path:
    """A backup beside the database in backups/, named by reason and time so nothing is overwritten."""
    stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    dest = backup_dir(source) / f"{Path(source).stem}-{reason}-{stamp}.db"
    return backup_file(source, dest)


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    reason: str
    made: datetime.datetime
    size: int

    @property
    def reason_name(self) -> str:
        return REASONS.get(self.reason, self.reason)


def list_backups(db_path: Path) -> list[BackupInfo]:
    """This database's backups in backups/, newest first."""
    folder = backup_dir(db_path)
    found = []
    if folder.is_dir():
        prefix = Path(db_path).stem + "-"
        for path in folder.glob("*.db"):
            match = _NAME.match(path.name[len(prefix) :]) if path.name.startswith(prefix) else None
            if match is None or match["reason"] not in REASONS:
                continue
            made = datetime.datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S-%f")
            found.append(BackupInfo(path, match["reason"], made, path.stat().st_size))
    return sorted(found, key=lambda b: b.made, reverse=True)


def daily_done(db_path: Path, today: datetime.date | None = None) -> bool:
    """Whether today's daily backup (and so today's check of the whole file) is already made."""
    today = today or datetime.date.today()
    return any(b.reason == "daily" and b.made.date() == today for b in list_backups(db_path))


def daily_backup(db_path: Path, today: datetime.date | None = None) -> Path | None:
    """At start-up: one backup a day (none if today's exists), and only the last 30 daily ones
    kept; copies left half-written by a killed backup go too."""
    clean_partials(db_path)
    made = None
    if not daily_done(db_path, today):
        made = timestamped_backup(db_path, "daily")
    daily = [b for b in list_backups(db_path) if b.reason == "daily"]
    for old in daily[KEEP_DAILY:]:
        old.path.unlink(missing_ok=True)
    return made


def backup_to_folder(db_path: Path, folder: Path) -> Path:
    """A copy for a USB stick or another folder, named by date and time."""
    stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S")
    return backup_file(db_path, Path(folder) / f"{Path(db_path).stem}-备份-{stamp}.db")


def latest_good_backup(db_path: Path) -> BackupInfo | None:
    """The newest backup that passes integrity_check (what to offer when the database is damaged)."""
    return next((b for b in list_backups(db_path) if integrity(b.path) == "ok"), None)


# The records a clerk would recognise a copy by, in the order they are named: table → its name.
COUNTED_TABLES = {
    model._meta.table_name: model._meta.verbose_name
    for model in (Person, Trip, Enterprise, Visit, Project, Contract, FundsEntry)
}


def record_counts(path: Path) -> dict[str, int] | None:
    """How many records of each kind a database file holds, read-only; None where it cannot be read
    (a damaged file), so a restore can be weighed against what it replaces."""
    try:
        con = sqlite3.connect(f"{Path(path).absolute().as_uri()}?mode=ro", uri=True, timeout=2)
        try:
            tables = {
                r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            return {
                name: con.execute(f'SELECT COUNT(*) FROM "{table}"').fetchone()[0]
                for table, name in COUNTED_TABLES.items()
                if table in tables
            }
        finally:
            con.close()
    except (sqlite3.Error, OSError):
        return None


def describe_counts(counts: dict[str, int] | None) -> str:
    """外出招商 12 条、拜访 40 条 …, or why there is nothing to show."""
    if counts is None:
        return "无法读取其中的记录"
    return "、".join(f"{name} {n} 条" for name, n in counts.items()) or "没有记录"
