"""日志链: every audit entry stores the hash of the entry before it and of its own content, so an
entry changed, removed or slipped in outside the program shows where it happened.

Sign-in guards the program, not the file: whoever can write the database file (or the server's
tables) can still change the log. The chain makes such a change evident, not impossible: anyone
who knows this encoding can rewrite every later hash too, which a chain head noted elsewhere (a
backup, the line `check` prints) then exposes; entries cut from the end leave no trace in it.

The head is read inside the writing transaction. Writers are one at a time (SQLite's BEGIN
IMMEDIATE; on a server one advisory lock per writing transaction, models/db/database.py), so the
head read is still the head when the entry lands; concurrent writers on PostgreSQL would have to
keep this step serialized.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Callable, Sequence
from contextlib import nullcontext
from dataclasses import dataclass
from pathlib import Path

from models.db.audit_log import CONTENT, GENESIS, _stamp, chained, entry_hash
from models.db.base import db, query_rows

_COLUMNS = ", ".join(f'"{c}"' for c in CONTENT)
_BATCH = 5000  # entries read at a time by verify_chain


def head_hash() -> str:
    """The bound database's last entry's hash; the caller holds the write transaction."""
    rows = query_rows("SELECT entry_hash FROM audit_log ORDER BY id DESC LIMIT 1")
    return (rows[0][0] if rows else None) or GENESIS


def write_linked(rows: Sequence[Sequence], insert_sql: Callable[[int], str], per: int) -> None:
    """Link rows to the head and insert them, per rows a statement, in one write transaction."""
    database = db.obj
    with nullcontext() if database.in_transaction() else database.atomic():
        linked = chained(rows, head_hash())
        for start in range(0, len(linked), per):
            part = linked[start : start + per]
            database.execute_sql(insert_sql(len(part)), [v for row in part for v in row])


@dataclass(frozen=True)
class ChainHead:
    """The last entry of a log: what a later check, or a restore's entry, can point back to."""

    last_id: int
    hash: str | None  # None: a log from before the chain (hashed when the file is next opened)

    @property
    def text(self) -> str:
        return f"#{self.last_id} {self.hash or '（未建立日志链）'}"


# -- a SQLite file through a raw connection (the restore writes into a copy before it is live) ------


def _columns_sqlite(con: sqlite3.Connection) -> set[str]:
    return {r[1] for r in con.execute("PRAGMA table_info(audit_log)")}


def chain_head_sqlite(con: sqlite3.Connection) -> ChainHead | None:
    """A SQLite file's chain head through a raw connection; None when its log is empty or absent."""
    columns = _columns_sqlite(con)
    if not columns:
        return None
    digest = "entry_hash" if "entry_hash" in columns else "NULL"
    row = con.execute(f"SELECT id, {digest} FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    return ChainHead(row[0], row[1]) if row else None


def file_chain_head(path: Path) -> ChainHead | None:
    """The chain head of a database file, read-only; None when it has none or cannot be read."""
    try:
        con = sqlite3.connect(f"{Path(path).absolute().as_uri()}?mode=ro", uri=True)
        try:
            return chain_head_sqlite(con)
        finally:
            con.close()
    except sqlite3.DatabaseError:
        return None


def append_entry_sqlite(
    con: sqlite3.Connection, action: str, label: str, changes: dict, reason: str = ""
) -> int | None:
    """One entry about the whole database (a restore), linked to this connection's own chain head.

    Runs in the caller's transaction if one is open, else in its own (BEGIN IMMEDIATE). A file from
    before the chain gets the entry unhashed (opening it hashes its log); a file with no log gets
    none. Returns the entry's id.
    """
    from models.store.audit import current_user

    columns = _columns_sqlite(con)
    if not columns:
        return None
    content = (
        dt.datetime.now().replace(microsecond=0).isoformat(" "),
        current_user(),
        action,
        "",
        None,
        None,
        None,
        label[:200],
        json.dumps(changes, ensure_ascii=False, default=str),
        reason,
    )
    own = not con.in_transaction
    if own:
        con.execute("BEGIN IMMEDIATE")
    try:
        names = CONTENT
        if "entry_hash" in columns:
            head = chain_head_sqlite(con)
            [content] = chained([content], (head.hash if head else None) or GENESIS)
            names = (*CONTENT, "prev_hash", "entry_hash")
        quoted = ", ".join(f'"{n}"' for n in names)
        marks = ", ".join("?" * len(names))
        cursor = con.execute(f"INSERT INTO audit_log ({quoted}) VALUES ({marks})", content)
        if own:
            con.commit()
    except BaseException:
        if own:
            con.rollback()
        raise
    return cursor.lastrowid


# -- verification (check, 设置 → 审计日志) --------------------------------------------------------


@dataclass(frozen=True)
class BrokenEntry:
    """The first entry where the chain breaks, and what is wrong there."""

    id: int
    at: str | None
    problem: str

    def describe(self) -> str:
        return f"第 {self.id} 号记录（{self.at or '时间不明'}）：{self.problem}"


@dataclass(frozen=True)
class ChainCheck:
    checked: int  # entries found sound, in id order, before the break (all of them when none)
    broken: BrokenEntry | None
    head: ChainHead | None  # the last sound entry
    cancelled: bool = False

    @property
    def sound(self) -> bool:
        return self.broken is None and not self.cancelled

    def summary(self) -> str:
        """What the check found, in a sentence or two."""
        if self.broken is not None:
            return (
                f"审计日志链在{self.broken.describe()}。"
                f"此前的 {self.checked} 条记录完好；该条及其后的记录可能被改动过。"
            )
        if self.cancelled:
            return f"已取消：已校验的 {self.checked} 条记录完好。"
        if self.head is None:
            return "审计日志为空，无需校验。"
        return (
            f"审计日志链完好：{self.checked} 条记录逐条校验通过。"
            f"末条为第 {self.head.last_id} 号，校验值 {self.head.hash}（可记下备查）。"
        )


def _problem(prev_id: int | None, prev_hash: str, stored_prev, stored, content) -> str:
    """What breaks the chain at this entry, or ''."""
    if stored is None:
        return "没有校验值：该条不是由本程序写入的"
    if entry_hash(stored_prev or "", content) != stored:
        return "内容与校验值不符：该条写入后被改动过"
    if stored_prev != prev_hash:
        if prev_id is None:
            return "日志开头缺少记录：它前面原有的记录被删除了"
        return f"与上一条（第 {prev_id} 号）衔接不上：两条之间的记录被删除，或上一条被改写"
    return ""


def verify_chain(progress: Callable[[int, int], bool | None] | None = None) -> ChainCheck:
    """Walk the bound database's log in id order, a batch at a time, to the first broken entry.

    progress(done, total) is called after each batch; returning False stops the walk.
    """
    total = query_rows("SELECT COUNT(*) FROM audit_log")[0][0]
    prev_id, prev_hash, checked, head = None, GENESIS, 0, None
    while True:
        rows = query_rows(
            f"SELECT id, {_COLUMNS}, prev_hash, entry_hash FROM audit_log"
            f" WHERE id > ? ORDER BY id LIMIT {_BATCH}",
            prev_id if prev_id is not None else -1,
        )
        for entry_id, *content, stored_prev, stored in rows:
            problem = _problem(prev_id, prev_hash, stored_prev, stored, content)
            if problem:
                return ChainCheck(checked, BrokenEntry(entry_id, _stamp(content[0]), problem), head)
            prev_id, prev_hash, checked = entry_id, stored, checked + 1
            head = ChainHead(entry_id, stored)
        if len(rows) < _BATCH:
            return ChainCheck(checked, None, head)
        if progress is not None and progress(checked, max(total, checked)) is False:
            return ChainCheck(checked, None, head, cancelled=True)
