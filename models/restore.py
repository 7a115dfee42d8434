"""恢复数据库: a backup replaces the live database only after it is checked (sound, ours, not from a
newer version), brought to this version's schema and given its own audit entry, all on a staged
copy; the present file is kept (a backup of it, or the damaged file under a new name) and named.
"""

from __future__ import annotations

import datetime
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from models.db.backup import (
    BUSY,
    BackupError,
    integrity,
    part_file,
    timestamped_backup,
)


@dataclass(frozen=True)
class Restored:
    """What a restore did, so the user can be told where the replaced data now is."""

    before: Path | None  # a backup of the replaced database, when it could be read
    set_aside: Path | None  # the replaced file itself, renamed, when it could not

    @property
    def kept(self) -> Path | None:
        """Where the data that was replaced can be found again."""
        return self.before or self.set_aside


def _read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{Path(path).absolute().as_uri()}?mode=ro", uri=True)


def check_source(source: Path) -> None:
    """Refuse a file that is missing, damaged, not ours or written by a newer program version,
    before anything is replaced (a newer backup would replace the live file, then refuse to open)."""
    from models.db.database import HISTORY_TABLE, migration_names

    if not source.is_file():
        raise BackupError(f"备份文件不存在：{source}")
    found = integrity(source)
    if found == BUSY:
        raise BackupError(f"备份文件正被其他程序使用，请稍后再试：{source}")
    if found != "ok":
        raise BackupError(f"该备份已损坏，不能用于恢复（{found}）：{source}")
    con = _read_only(source)
    try:
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if HISTORY_TABLE not in tables:
            raise BackupError(f"该文件不是招商引资工作台的数据库备份：{source}")
        applied = {r[0] for r in con.execute(f"SELECT name FROM {HISTORY_TABLE}")}
    finally:
        con.close()
    unknown = sorted(applied - set(migration_names()))
    if unknown:
        raise BackupError(
            f"该备份由更新版本的招商引资工作台创建（含本版本不认识的结构 {', '.join(unknown)}），"
            f"本版本不能用它恢复，当前数据未改动。请先升级程序：{source}"
        )


def restore(db_path: Path, source: Path, checked: bool = False) -> Restored:
    """Replace the database by a backup: checked first (unless the caller just did, with
    check_source: a full read of the backup), staged, migrated and audited on the staged copy, the
    present kept, then copied in with SQLite's backup API (whole or not at all).

    The caller closes its own connections first and reopens the database afterwards.
    """
    source = Path(source).absolute()
    db_path = Path(db_path).absolute()
    if not checked:
        check_source(source)
    stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    try:
        with part_file(db_path.with_name(f".{db_path.name}.restore-{stamp}")) as staged:
            _stage(source, staged, db_path)
            before = kept = None
            found = integrity(db_path) if db_path.exists() else None
            if found == BUSY:
                raise BackupError(
                    f"数据库正被其他程序使用（如另一个招商引资工作台窗口），请关闭后再恢复：{db_path}"
                )
            if found == "ok":
                before = timestamped_backup(db_path, "before-restore")
            elif found is not None:
                kept = set_aside(db_path)
            if db_path.exists():
                _copy(staged, db_path)
            else:  # set aside, or never there: the staged copy becomes the file
                os.replace(staged, db_path)
    except sqlite3.Error as exc:
        raise BackupError(f"恢复失败，数据库未改动：{exc}") from exc
    except OSError as exc:
        raise BackupError(f"恢复失败，数据库未改动：{exc.strerror or exc}") from exc
    return Restored(before, kept)


def _copy(source: Path, dest: Path) -> None:
    """SQLite's backup API: dest ends up whole, as the old or the new database, even if killed."""
    src = _read_only(source)
    try:
        dst = sqlite3.connect(dest, timeout=10)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()


def _stage(source: Path, staged: Path, db_path: Path) -> None:
    """The backup copied to staged, brought to this version's schema, with the restore logged."""
    from models.db.database import migrate_file

    _copy(source, staged)
    con = sqlite3.connect(staged)
    try:
        con.execute("PRAGMA journal_mode = DELETE")
    finally:
        con.close()
    migrate_file(staged)
    con = sqlite3.connect(staged, isolation_level=None)
    try:
        _log_restore(con, source, db_path)
    finally:
        con.close()


def _log_restore(con: sqlite3.Connection, source: Path, db_path: Path) -> None:
    """The restored database records, in its own chained log, that it was restored, from what, by
    whom, and the head of the log it replaced: the two chains stay linked."""
    from models.store.audit_chain import append_entry_sqlite, file_chain_head

    replaced = file_chain_head(db_path) if db_path.exists() else None
    changes = {"backup_file": [None, str(source)]}
    if replaced is not None:
        changes["replaced_chain"] = [None, replaced.text]
    append_entry_sqlite(con, "restore_db", f"用备份恢复数据库：{source}", changes)


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
