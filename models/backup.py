"""Backups: consistent copies of the live database (SQLite's online backup API, never a file copy of
a WAL database, which can tear), checked with integrity_check, listed, pruned and restored.

Copies live in backups/ beside the database: one a day at start-up (the last 30 kept), and one
before every import, migration, demo load and restore.
"""

from __future__ import annotations

import datetime
import os
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

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


def _check(path: Path, pragma: str) -> str:
    """'ok', or what the check found wrong (or why the file could not be read), read-only."""
    try:
        con = sqlite3.connect(f"{Path(path).absolute().as_uri()}?mode=ro", uri=True)
        try:
            return con.execute(f"PRAGMA {pragma}").fetchone()[0]
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        return str(exc)


def integrity(path: Path) -> str:
    """SQLite's full integrity_check: for backups and before a restore."""
    return _check(path, "integrity_check")


def quick_check(path: Path) -> str:
    """The first damage quick_check finds (a second or so on years of data): after start-up."""
    return _check(path, "quick_check(1)")


def start_up_checks(db_path: Path) -> tuple[str, Path | None]:
    """After the window shows: is the file sound (damage inside it does not show at opening), and
    today's backup if it is."""
    found = quick_check(db_path)
    return found, daily_backup(db_path) if found == "ok" else None


def backup_file(source: Path, dest: Path) -> Path:
    """Copy the database at source to dest via a temporary name, so dest is whole or absent."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(dest.name + ".part")
    try:
        src = sqlite3.connect(f"{Path(source).absolute().as_uri()}?mode=ro", uri=True)
        try:
            out = sqlite3.connect(tmp)
            try:
                src.backup(out)
                out.execute("PRAGMA journal_mode = DELETE")  # a copy opened later leaves no -wal
                ok = out.execute("PRAGMA integrity_check").fetchone()[0]
            finally:
                out.close()
        finally:
            src.close()
        if ok != "ok":
            raise BackupError(f"备份完整性检查未通过（{ok}），数据库可能已损坏：{source}")
        os.replace(tmp, dest)
    except sqlite3.Error as exc:
        tmp.unlink(missing_ok=True)
        raise BackupError(f"备份失败：{exc}") from exc
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise BackupError(f"无法写入备份 {dest}：{exc.strerror or exc}") from exc
    except BackupError:
        tmp.unlink(missing_ok=True)
        raise
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


def daily_backup(db_path: Path, today: datetime.date | None = None) -> Path | None:
    """At start-up: one backup a day (none if today's exists), and only the last 30 daily ones kept."""
    today = today or datetime.date.today()
    daily = [b for b in list_backups(db_path) if b.reason == "daily"]
    made = None
    if not any(b.made.date() == today for b in daily):
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


@dataclass(frozen=True)
class Restored:
    before: Path | None  # the backup of what was there
    set_aside: Path | None  # the damaged file, kept


def restore(db_path: Path, source: Path) -> Restored:
    """Replace the database by a backup: the backup is checked first and the current state is backed
    up (when it can be read); the copy goes through the backup API, so it lands whole or not at all.

    The caller closes its own connections first and reopens the database afterwards.
    """
    source = Path(source)
    if not source.is_file():
        raise BackupError(f"备份文件不存在：{source}")
    found = integrity(source)
    if found != "ok":
        raise BackupError(f"该备份已损坏，不能用于恢复（{found}）：{source}")
    con = sqlite3.connect(f"{source.absolute().as_uri()}?mode=ro", uri=True)
    try:
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    finally:
        con.close()
    if "schema_migration" not in tables:
        raise BackupError(f"该文件不是招商引资工作台的数据库备份：{source}")
    db_path = Path(db_path)
    before = kept = None
    if db_path.exists() and integrity(db_path) == "ok":
        before = timestamped_backup(db_path, "before-restore")
    elif db_path.exists():
        kept = set_aside(db_path)
    try:
        src = sqlite3.connect(f"{source.absolute().as_uri()}?mode=ro", uri=True)
        try:
            dst = sqlite3.connect(db_path, timeout=10)
            try:
                src.backup(dst)
            finally:
                dst.close()
        finally:
            src.close()
    except sqlite3.Error as exc:
        if kept is not None:
            raise BackupError(f"恢复失败（{exc}）；损坏的原文件已另存为：{kept}") from exc
        raise BackupError(f"恢复失败，数据库未改动：{exc}") from exc
    _log_restore(db_path, source)
    return Restored(before, kept)


def _log_restore(db_path: Path, source: Path) -> None:
    """The restored database records that it was restored, from what, and by whom."""
    from models.audit import current_user

    con = sqlite3.connect(db_path)
    try:
        with con:
            con.execute(
                "INSERT INTO audit_log (at, user, action, table_name, record_id, owner_table,"
                " owner_id, label, changes, reason) VALUES (?, ?, 'restore_db', '', NULL, NULL,"
                " NULL, ?, '{}', '')",
                (
                    datetime.datetime.now().replace(microsecond=0).isoformat(" "),
                    current_user(),
                    f"用备份恢复数据库：{source}",
                ),
            )
    except sqlite3.OperationalError:
        pass  # a backup from before the audit log existed: the migration on opening creates it


def set_aside(db_path: Path) -> Path:
    """Move a damaged database (and its WAL files) out of the way, kept for inspection, never deleted."""
    stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S")
    kept = db_path.with_name(f"{db_path.stem}-已损坏-{stamp}{db_path.suffix}")
    os.replace(db_path, kept)
    for suffix in ("-wal", "-shm"):
        extra = db_path.with_name(db_path.name + suffix)
        if extra.exists():
            os.replace(extra, kept.with_name(kept.name + suffix))
    return kept
