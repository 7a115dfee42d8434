"""审计日志: who changed what and when, written in the same transaction as the change itself.

Every insert, update and delete of a record goes through RecordModel's save and delete, which call
record_change() here; nothing in the program edits or deletes audit rows. Each entry is linked to
the one before it by a hash (models/store/audit_chain.py), so a change made outside the program shows.
"""

from __future__ import annotations

import datetime as dt
import functools
import getpass
import json
import threading
from contextlib import contextmanager
from decimal import Decimal

from models.db.audit_log import _SKIP
from models.db.base import db
from models.store.audit_chain import write_linked

_state = threading.local()


_user: list[str | None] = [None]  # the whole program's, so background imports name them too


def set_user(name: str | None) -> None:
    """The signed-in user (None: the operating-system user) named in every later change."""
    _user[0] = name


@functools.cache
def _os_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no user name in this environment
        return "未知用户"


def current_user() -> str:
    return _user[0] or _os_user()


@contextmanager
def audit_paused():
    """Bulk loads that log themselves once (the demo data), not row by row."""
    before = getattr(_state, "paused", False)
    _state.paused = True
    try:
        yield
    finally:
        _state.paused = before


@contextmanager
def audit_batched():
    """Bulk writes (a ledger import) log every change as usual, gathered in a list and written
    in 500-row statements when the block ends, inside the caller's transaction: one INSERT per
    record was a fifth of a 10,000-row import. A caller that rolls its transaction back clears the
    list."""
    if getattr(_state, "batch", None) is not None:  # already gathering: the outer block writes
        yield _state.batch
        return
    batch = _state.batch = []
    try:
        yield batch
    finally:
        _state.batch = None
    if batch:
        write_linked(batch, _insert_sql, _ROWS_PER_INSERT)


def plain(value):
    """A field value as JSON can hold it: dates as ISO text, money as text, ids as numbers."""
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


_INSERT = (
    'INSERT INTO audit_log ("at", "user", "action", "table_name", "record_id", "owner_table",'
    ' "owner_id", "label", "changes", "reason", "prev_hash", "entry_hash")'
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


_ROWS_PER_INSERT = 500  # 6,000 parameters a statement, well inside SQLite's limit


def _insert_sql(rows: int = 1) -> str:
    """_INSERT for this many rows, in the bound database's parameter style (? or %s)."""
    sql = _INSERT + ", (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)" * (rows - 1)
    param = db.obj.param
    return sql if param == "?" else sql.replace("?", param)


def write_entry(
    action: str,
    table: str,
    record_id: int | None,
    changes: dict,
    label: str = "",
    owner: tuple[str, int | None] | None = None,
    reason: str = "",
) -> None:
    """One audit row, linked to the chain, by hand-written SQL (it runs once per saved record)."""
    if getattr(_state, "paused", False):
        return
    if action == "delete":
        from models.db.base import note_deleted_id

        note_deleted_id(table, record_id)
    row = (
        dt.datetime.now().replace(microsecond=0).isoformat(" "),
        current_user(),
        action,
        table,
        record_id,
        owner[0] if owner else None,
        owner[1] if owner else None,
        label[:200],
        json.dumps(changes, ensure_ascii=False, default=str),
        reason,
    )
    batch = getattr(_state, "batch", None)
    if batch is not None:
        batch.append(row)
        return
    write_linked([row], _insert_sql, 1)


def field_changes(before: dict | None, after: dict | None) -> dict:
    """{field: [old, new]} for each field whose value differs (an insert: each one it holds)."""
    changes = {}
    for name in sorted((set(before or {}) | set(after or {})) - _SKIP):
        old = plain((before or {}).get(name))
        new = plain((after or {}).get(name))
        if old != new:
            changes[name] = [old, new]
    return changes


def record_change(record, action: str, before: dict | None, after: dict | None) -> None:
    """Log a record's insert / update / delete with the old and new value of each changed field."""
    changes = field_changes(before, after)
    if action == "update" and not changes:
        return
    owner = None
    owner_field = getattr(type(record), "audit_owner", None)
    if owner_field:
        field = type(record)._meta.fields[owner_field]
        values = after or before or {}
        owner = (field.rel_model._meta.table_name, values.get(owner_field))
    write_entry(
        action,
        type(record)._meta.table_name,
        record.get_id(),
        changes,
        record.audit_label(),
        owner,
    )
