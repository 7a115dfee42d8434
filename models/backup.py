"""Consistent copies of a live database with SQLite's online backup API (a file copy of WAL can tear)."""

from __future__ import annotations

import datetime
import os
import sqlite3
from pathlib import Path


def backup_file(source: Path, dest: Path) -> Path:
    """Copy the database at source to dest via a temporary name, so dest is whole or absent."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(dest.name + ".part")
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        out = sqlite3.connect(tmp)
        try:
            src.backup(out)
            ok = out.execute("PRAGMA integrity_check").fetchone()[0]
        finally:
            out.close()
    finally:
        src.close()
    if ok != "ok":
        tmp.unlink(missing_ok=True)
        raise sqlite3.DatabaseError(f"备份完整性检查未通过：{ok}")
    os.replace(tmp, dest)
    return dest


def timestamped_backup(source: Path, reason: str) -> Path:
    """A backup beside the database in backups/, named by reason and time so nothing is overwritten."""
    stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    dest = source.parent / "backups" / f"{source.stem}-{reason}-{stamp}.db"
    return backup_file(source, dest)
