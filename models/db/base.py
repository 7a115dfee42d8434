"""The database handle and base model shared by every table; bound once at open time."""

from __future__ import annotations

import datetime
import itertools
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from peewee import DatabaseProxy, DateTimeField, Model

db = DatabaseProxy()

_serials = itertools.count(1)
_transaction = threading.local()


def transaction_began() -> None:
    """Called by the database when an outermost transaction begins (after its write lock)."""
    _transaction.serial = next(_serials)


def transaction_serial() -> int | None:
    """Which write transaction this thread is in (None outside one): what was read inside it
    after the write lock still holds when its writes land."""
    if db.obj is None or not db.obj.in_transaction():
        return None
    return getattr(_transaction, "serial", None)


def _now() -> datetime.datetime:
    """Timestamps to the second: enough for a ledger, and stable in exports."""
    return datetime.datetime.now().replace(microsecond=0)


class BaseModel(Model):
    """Configuration and record tables alike; table names are snake_case of the class."""

    class Meta:
        database = db
        legacy_table_names = False
        # An UPDATE writes only the fields that changed: cheaper, and two edits of different fields
        # of one record no longer overwrite each other.
        only_save_dirty = True


def choices(words: dict[str, str]) -> tuple[tuple[str, str], ...]:
    """A vocabulary of models/vocab.py as peewee's (stored key, Chinese name) pairs, so the field
    itself says how its keys read (the audit log shows them by name)."""
    return tuple(words.items())


def _unplugged(*args) -> None:
    raise RuntimeError("写入规则未加载：先导入 models.store")


@dataclass
class WriteHooks:
    """What every write obeys, plugged in by the store room (models/store/__init__.py): the tables
    call permissions, quarter locks and the audit log without importing them. Unplugged, a write
    fails rather than slip past them."""

    may_write: Callable[[], None] = _unplugged  # raises when the signed-in user may not write
    can_write: Callable[[], bool] = lambda: True  # for explaining a refused write
    check: Callable[[Any, str, dict | None], None] = _unplugged  # the quarter lock
    log: Callable[[Any, str, dict | None, dict | None], None] = _unplugged  # the audit entry
    opened: list[Callable[[bool], None]] = field(default_factory=list)  # after open (seed?)


HOOKS = WriteHooks()


def _check_write() -> None:
    HOOKS.may_write()


class RecordModel(BaseModel):
    """A record users enter (as opposed to configuration): keeps when it was made and last changed."""

    created_at = DateTimeField(default=_now)
    updated_at = DateTimeField(default=_now)

    @classmethod
    def get_by_id(cls, pk):
        """One record by id through a statement built once per table: the stage actions and the
        import read the same project many times, and building a 35-column SELECT costs more than
        running it."""
        fields = cls._meta.sorted_fields
        database = db.obj
        key = (cls, database.param)
        sql = _SELECT_SQL.get(key)
        if sql is None:
            columns = ", ".join(f'"{f.column_name}"' for f in fields)
            sql = f'SELECT {columns} FROM "{cls._meta.table_name}" WHERE "id" = ?'
            _SELECT_SQL[key] = sql
        rows = query_rows(sql, pk)
        if not rows:
            raise cls.DoesNotExist(f"{cls.__name__} {pk} 不存在")
        record = cls(**{f.name: f.python_value(v) for f, v in zip(fields, rows[0], strict=True)})
        record._dirty.clear()
        return record

    @classmethod
    def write(cls, record_id: int | None, fields: dict):
        """Create the record, or update the one with this id; the caller holds the transaction."""
        if record_id is None:
            return cls.create(**fields)
        record = cls.get_by_id(record_id)
        for key, value in fields.items():
            setattr(record, key, value)
        record.save()
        return record

    # The field naming the record a row belongs to (a trip's participant belongs to the trip), so
    # the record's history shows the row's changes too.
    audit_owner: str | None = None
    # 季度锁定 (models/store/locks.py): the dates that place a record in a quarter, and whose it is.
    lock_dates: tuple[str, ...] = ()
    lock_unit_field: str = "unit"
    lock_unit_via: str | None = None  # the table lock_unit_field points to, when not the unit
    lock_via: str | None = None  # a participant row: its trip or visit decides
    lock_changed_only = False
    lock_figures: tuple[str, ...] = ()  # fields whose change alters figures already reported
    lock_figure_dates: tuple[str, ...] = ()  # the dates at which those figures were counted
    # A fact of the shared enterprise registry, with no date or unit of its own, that a reported
    # figure counts through the enterprise's dated records: field → (their table, their date
    # column, the values that count or None for any, the figure's name).
    lock_counted: dict[str, tuple[str, str, tuple | None, str]] = {}

    def audit_label(self) -> str:
        """A few words naming the record in the audit log."""
        data = self.__data__
        for name in ("name", "project_name", "description", "dest_city", "content", "tag"):
            if data.get(name):
                return str(data[name])[:60]
        for name in ("date", "start_date", "signed_date", "raised_date", "received_date"):
            if data.get(name):
                return str(data[name])
        return f"#{self.get_id()}"

    def save(self, force_insert: bool = False, only=None):
        """Touch updated_at, write the change, and log it with its old and new values."""
        record_change, check_unlocked = HOOKS.log, HOOKS.check
        _check_write()
        inserting = force_insert or self._pk is None
        if inserting:
            check_unlocked(self, "insert")
        if inserting and only is None:
            data = {k: v for k, v in self.__data__.items() if k != "id" or v is not None}
            self._pk = insert_row(type(self), data)
            self._dirty.clear()
            record_change(self, "insert", None, dict(self.__data__))
            return 1
        if inserting:
            result = super().save(force_insert=force_insert, only=only)
            record_change(self, "insert", None, dict(self.__data__))
            return result
        if not self.is_dirty():
            return super().save(only=only)
        dirty = [f for f in self.dirty_fields if f.name not in ("created_at", "updated_at")]
        before = {}
        if dirty:  # the stored values, read by hand-written SQL (this runs for every update)
            columns = ", ".join(f'"{f.column_name}"' for f in dirty)
            table = type(self)._meta.table_name
            row = query_rows(f'SELECT {columns} FROM "{table}" WHERE id = ?', self._pk)[0]
            before = {f.name: f.python_value(v) for f, v in zip(dirty, row, strict=True)}
        changed = {k: v for k, v in before.items() if v != self.__data__.get(k)}
        check_unlocked(self, "update", changed)
        self.updated_at = _now()
        result = super().save(only=only)
        record_change(self, "update", before, {f.name: self.__data__.get(f.name) for f in dirty})
        return result

    def delete_instance(self, *args, **kwargs):
        """Log the record with every value it had, then delete it."""
        record_change, check_unlocked = HOOKS.log, HOOKS.check
        _check_write()
        check_unlocked(self, "delete")
        record_change(self, "delete", dict(self.__data__), None)
        return super().delete_instance(*args, **kwargs)

    @classmethod
    def delete_where(cls, *conditions) -> int:
        """Delete the matching records one by one, so each is logged; returns how many."""
        rows = list(cls.select().where(*conditions))
        for row in rows:
            row.delete_instance()
        return len(rows)

    @classmethod
    def update_where(cls, values: dict, *conditions) -> int:
        """Change the matching records one by one, so each change is logged; returns how many."""
        rows = list(cls.select().where(*conditions))
        for row in rows:
            for key, value in values.items():
                setattr(row, key, value)
            row.save()
        return len(rows)


_INSERT_SQL: dict[tuple, str] = {}
_SELECT_SQL: dict[tuple, str] = {}


def insert_row(model, data: dict) -> int:
    """INSERT one row and return its id, with the statement built once per table and column set.

    Records are created thousands of times in an import; building the same INSERT through the
    query builder each time costs more than running it.
    """
    database = db.obj
    fields = model._meta.fields
    if "id" not in data:
        reuse_guard = next_free_id(model._meta.table_name)
        if reuse_guard is not None:
            data = {"id": reuse_guard, **data}
    key = (model, database.param, tuple(data))
    sql = _INSERT_SQL.get(key)
    if sql is None:
        columns = ", ".join(f'"{fields[name].column_name}"' for name in data)
        marks = ", ".join([database.param] * len(data))
        sql = f'INSERT INTO "{model._meta.table_name}" ({columns}) VALUES ({marks})'
        if database.param != "?":  # PostgreSQL: ask for the id back
            sql += ' RETURNING "id"'
        _INSERT_SQL[key] = sql
    cursor = database.execute_sql(sql, [fields[n].db_value(v) for n, v in data.items()])
    return cursor.lastrowid if database.param == "?" else cursor.fetchone()[0]


# table → the highest id ever deleted from it (from the audit log), per database file.
_deleted_top: dict[tuple[str, str], int | None] = {}


def forget_deleted_ids() -> None:
    _deleted_top.clear()


def _deleted_key(table: str) -> tuple[str, str]:
    """The cache entry of a table's highest deleted id, read from the audit log the first time."""
    key = (str(db.obj.database), table)
    if key not in _deleted_top:
        rows = query_rows(
            "SELECT MAX(record_id) FROM audit_log WHERE table_name = ? AND action = 'delete'",
            table,
        )
        _deleted_top[key] = rows[0][0] if rows else None
    return key


def note_deleted_id(table: str, record_id: int | None) -> None:
    """Called for every logged delete, so the id is never given to a new record (also while an
    import holds its audit entries back: the cache, not the log, answers next_free_id)."""
    if record_id is None or on_server():
        return
    key = _deleted_key(table)
    _deleted_top[key] = max(_deleted_top[key] or 0, record_id)


def next_free_id(table: str) -> int | None:
    """An explicit id when SQLite would hand out a deleted record's id again (it reuses the
    largest id once that row is gone), so a restore or a record's history never meets a stranger."""
    if on_server():  # a server's sequences never hand out an id twice
        return None
    gone = _deleted_top[_deleted_key(table)]
    if gone is None:
        return None
    top = query_rows(f'SELECT MAX(id) FROM "{table}"')[0][0]
    return gone + 1 if top is None or gone >= top else None


def on_server() -> bool:
    """Bound to the PostgreSQL server rather than a SQLite file (no file to copy or check)."""
    from peewee import PostgresqlDatabase

    return isinstance(db.obj, PostgresqlDatabase)


def query_rows(sql: str, *params) -> list[tuple]:
    """Rows of a small hand-written query (placeholders written ?; dates passed as ISO text)."""
    database = db.obj
    if database.param != "?":
        sql = sql.replace("?", database.param)
    values = tuple(p.isoformat() if isinstance(p, datetime.date) else p for p in params)
    return database.execute_sql(sql, values).fetchall()


def as_date(value) -> datetime.date:
    """A date read by a hand-written query (SQLite gives ISO text, PostgreSQL a date)."""
    return datetime.date.fromisoformat(value) if isinstance(value, str) else value


def first_id(sql: str, *params) -> int | None:
    """The first column of the first row of a small hand-written lookup, or None.

    Used on import paths that run once per ledger row, where building the query costs more than
    running it. Placeholders are written ?; dates are passed as ISO text, as peewee stores them.
    """
    database = db.obj
    if database.param != "?":
        sql = sql.replace("?", database.param)
    values = tuple(p.isoformat() if isinstance(p, datetime.date) else p for p in params)
    row = database.execute_sql(sql, values).fetchone()
    return row[0] if row else None


class DatabaseWriteError(Exception):
    """A write the database itself refused (disk full, read-only file, locked); nothing was saved.
    busy: another program held the database, so the same write may succeed in a moment."""

    def __init__(self, message: str, busy: bool = False):
        super().__init__(message)
        self.busy = busy


def is_busy(exc: BaseException) -> bool:
    """Whether the write failed only because another program was writing (SQLite's busy timeout,
    or the server's lock timeout) rather than for a reason that a retry cannot mend."""
    text = _chain_text(exc)
    return "locked" in text or "busy" in text or "lock timeout" in text


def write_error(exc: BaseException) -> DatabaseWriteError:
    """A database refusal as the program reports it: explained in Chinese, and whether to retry."""
    return DatabaseWriteError(explain_db_error(exc), busy=is_busy(exc))


def _chain_text(exc: BaseException) -> str:
    """The exception's text with its causes (the cause often hides behind a failed rollback)."""
    seen, text = exc, ""
    while seen is not None:
        text += f" {seen}"
        seen = seen.__cause__ or seen.__context__
    return text.lower()


def explain_db_error(exc: BaseException) -> str:
    """What a failed write means for the user, in Chinese; the change was rolled back."""
    text = _chain_text(exc)
    if not HOOKS.can_write():
        return "当前用户为只读，不能修改数据。"
    if "full" in text:
        return "磁盘空间已满（或数据库达到大小上限），本次改动没有保存。请清理磁盘后重试。"
    if "readonly" in text or "read-only" in text:
        return "数据库文件或所在文件夹只读，本次改动没有保存。"
    if is_busy(exc):
        return "数据库正被另一个程序写入，本次改动没有保存，请稍后再试。"
    return f"数据库写入失败，本次改动没有保存：{exc}"


def is_database_error(exc: BaseException) -> bool:
    """Whether the database refused a write (so the UI can say so without knowing peewee)."""
    from peewee import DatabaseError

    return isinstance(exc, (DatabaseError, DatabaseWriteError))
