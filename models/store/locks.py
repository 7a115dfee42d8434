"""季度锁定: once a quarter's report is marked 已报送, the records dated in that quarter are read-only
until someone unlocks it with a reason (both steps in the audit log). The submitted report's data
is kept with the submission, so what was reported can always be shown again.
"""

from __future__ import annotations

import datetime as dt
import json
import threading
import time

from dateutil.relativedelta import relativedelta
from peewee import OperationalError

from models.db.base import (
    as_date,
    db,
    query_rows,
    transaction_serial,
    write_error,
)
from models.db.submissions import ALL_UNITS, ReportSubmission
from models.store.audit import current_user, write_entry
from models.validation import FieldError, ValidationFailed, clean_text


def _quarter(day: dt.date) -> tuple[int, int]:
    return day.year, (day.month - 1) // 3 + 1


_cache: dict = {"at": 0.0, "locks": {}}
CACHE_SECONDS = 2.0  # for what screens show; a write reads the locks inside its own transaction
_in_transaction = threading.local()


def _read_locks() -> dict[tuple[int, int], set[str]]:
    locks: dict[tuple[int, int], set[str]] = {}
    for scope, year, quarter in query_rows(
        "SELECT scope, year, quarter FROM report_submission WHERE unlocked_at IS NULL"
    ):
        locks.setdefault((year, quarter), set()).add(scope)
    return locks


def active_locks(fresh: bool = False) -> dict[tuple[int, int], set[str]]:
    """(year, quarter) → scopes submitted and not unlocked; read at most every two seconds."""
    now = time.monotonic()
    if fresh or now - _cache["at"] > CACHE_SECONDS:
        _cache.update(at=now, locks=_read_locks())
    return _cache["locks"]


def locks_for_write() -> dict[tuple[int, int], set[str]]:
    """The locks as they stand inside the current write transaction, read once per transaction:
    after the write lock no other program can submit, so a quarter another program submitted a
    moment ago is seen, and one check per record costs no query."""
    serial = transaction_serial()
    if serial is None:
        return _read_locks()
    if getattr(_in_transaction, "serial", None) != serial:
        _in_transaction.serial = serial
        _in_transaction.locks = _read_locks()
    return _in_transaction.locks


def forget_locks() -> None:
    """Another database was opened: read its locks afresh."""
    _cache.update(at=0.0, locks={})
    _in_transaction.serial = None


def _unit_name(unit_id) -> str:
    rows = query_rows("SELECT name FROM unit WHERE id = ?", unit_id)
    return rows[0][0] if rows else ""


def _quarter_end(year: int, quarter: int) -> dt.date:
    return dt.date(year, 3 * quarter, 1) + relativedelta(months=1, days=-1)


def locked_scope(unit_id, day, locks=None) -> tuple[str, int, int] | None:
    """The submitted scope that locks this unit's record on this day, if any."""
    if day is None:
        return None
    if isinstance(day, str):
        day = dt.date.fromisoformat(day[:10])
    locks = active_locks() if locks is None else locks
    if not locks:
        return None
    year, quarter = _quarter(day)
    scopes = locks.get((year, quarter))
    if not scopes:
        return None
    if ALL_UNITS in scopes:
        return ALL_UNITS, year, quarter
    name = _unit_name(unit_id)
    return (name, year, quarter) if name in scopes else None


def _refuse(scope: str, year: int, quarter: int, field: str = "季度已报送", why: str = "") -> None:
    raise ValidationFailed(
        [
            FieldError(
                field,
                f"{scope}{year}年第{quarter}季度的调度报告已报送，{why or '该季度的记录只读'}；"
                "如需修改，请在“报表”页解锁该季度并写明原因",
            )
        ]
    )


def check_unlocked(record, action: str, before: dict | None = None) -> None:
    """Refuse a change to a record dated in a submitted quarter, judged by the locks as they stand
    inside the write transaction (another program may have submitted a moment ago).

    Inserts are judged by their dates, deletes by the stored ones, updates by both. A project is
    long-lived, so only the dates an edit changes count for it (its 签约 in a submitted quarter
    cannot move, but a later stage can still be recorded).
    """
    cls = type(record)
    if not (cls.lock_dates or cls.lock_via or cls.lock_counted):
        return
    locks = locks_for_write()
    if not locks:
        return
    if cls.lock_counted:
        _check_counted(record, action, before, locks)
    if cls.lock_via:  # a participant: its trip or visit decides
        owner = cls._meta.fields[cls.lock_via].rel_model
        probe = owner.get_or_none(owner.id == record.__data__.get(cls.lock_via))
        if probe is not None:
            check_unlocked(probe, "delete")
        return
    data = record.__data__
    unit_of = data.get(cls.lock_unit_field)
    values = []
    if action == "update" and cls.lock_changed_only:
        for name in set(before or {}) & set(cls.lock_dates):
            values += [(unit_of, before[name]), (unit_of, data.get(name))]
        if set(before or {}) & set(cls.lock_figures):
            # What the submitted figures were made of (size, category, unit …) stays as reported.
            names = (*cls.lock_figure_dates, cls.lock_unit_field)
            columns = ", ".join(cls._meta.fields[f].column_name for f in names)
            rows = query_rows(
                f"SELECT {columns} FROM {cls._meta.table_name} WHERE id = ?", record.get_id()
            )
            if rows:
                *days, stored_unit = rows[0]
                values += [(stored_unit, d) for d in days]
    elif cls.lock_dates:
        if action != "insert":
            names = (*cls.lock_dates, cls.lock_unit_field)
            columns = ", ".join(cls._meta.fields[f].column_name for f in names)
            rows = query_rows(
                f"SELECT {columns} FROM {cls._meta.table_name} WHERE id = ?", record.get_id()
            )
            if rows:
                *days, unit_of = rows[0]
                values += [(unit_of, d) for d in days]
        if action != "delete":
            values += [(data.get(cls.lock_unit_field), data.get(f)) for f in cls.lock_dates]
    for owner, day in values:
        unit = owner if cls.lock_unit_via is None else _unit_of(cls.lock_unit_via, owner)
        hit = locked_scope(unit, day, locks)
        if hit:
            _refuse(*hit)


def _check_counted(record, action: str, before: dict | None, locks) -> None:
    """A registry fact (重点企业, 500强 tags) that a submitted quarter's year-to-date figure counted
    through the enterprise's visits or signed projects: refused, so the figure stays as reported."""
    data = record.__data__
    enterprise_id = data["enterprise"] if "enterprise" in data else record.get_id()
    for field, (table, date_column, counted, figure) in type(record).lock_counted.items():
        if action == "update":
            if field not in (before or {}):
                continue
            touched = {before[field], data.get(field)}
        else:
            touched = {data.get(field)}
        if counted is not None and not touched & set(counted):
            continue
        hit = _counted_in(locks, table, date_column, enterprise_id)
        if hit:
            _refuse(
                *hit,
                field=type(record)._meta.fields[field].verbose_name,
                why=f"其中的“{figure}”计入了该企业，改动会改变已报送的数字",
            )


def _counted_in(locks, table: str, date_column: str, enterprise_id) -> tuple | None:
    """The first submitted scope whose year-to-date figure counted this enterprise's records (its
    dated records read once, then matched against every lock)."""
    first = min(dt.date(year, 1, 1) for year, _quarter in locks)
    dated = [
        (name, as_date(day))
        for name, day in query_rows(
            f"SELECT DISTINCT u.name, r.{date_column} FROM {table} r JOIN unit u"
            f" ON u.id = r.unit_id WHERE r.enterprise_id = ? AND r.{date_column} >= ?",
            enterprise_id,
            first,
        )
    ]
    for (year, quarter), scopes in sorted(locks.items()):
        start, end = dt.date(year, 1, 1), _quarter_end(year, quarter)
        names = {name for name, day in dated if start <= day <= end}
        if names and ALL_UNITS in scopes:
            return ALL_UNITS, year, quarter
        if names & scopes:
            return min(names & scopes), year, quarter
    return None


def _unit_of(table: str, owner_id) -> int | None:
    rows = query_rows(f"SELECT unit_id FROM {table} WHERE id = ?", owner_id)
    return rows[0][0] if rows else None


def submission(scope: str, year: int, quarter: int) -> ReportSubmission | None:
    """The scope's quarter as submitted and still locked, if it is."""
    return (
        ReportSubmission.select()
        .where(
            ReportSubmission.scope == scope,
            ReportSubmission.year == year,
            ReportSubmission.quarter == quarter,
            ReportSubmission.unlocked_at.is_null(),
        )
        .order_by(ReportSubmission.id.desc())
        .first()
    )


def submit_quarter(scope: str, year: int, quarter: int, snapshot: dict) -> ReportSubmission:
    """Mark the quarter 已报送 and keep the report's data as it was submitted."""
    try:
        item = _submit(scope, year, quarter, snapshot)
    except OperationalError as exc:  # another program is writing: nothing was changed
        raise write_error(exc) from exc
    active_locks(fresh=True)
    return item


def _submit(scope: str, year: int, quarter: int, snapshot: dict) -> ReportSubmission:
    with db.atomic():
        if submission(scope, year, quarter) is not None:
            raise ValidationFailed([FieldError("报送", f"{scope}{year}年第{quarter}季度已经报送")])
        item = ReportSubmission.create(
            scope=scope,
            year=year,
            quarter=quarter,
            submitted_at=dt.datetime.now().replace(microsecond=0),
            submitted_by=current_user(),
            snapshot=json.dumps(snapshot, ensure_ascii=False),
        )
        write_entry("submit", "report_submission", item.id, {}, f"{scope}{year}年第{quarter}季度")
    return item


def unlock_quarter(scope: str, year: int, quarter: int, reason: str) -> None:
    """Open a submitted quarter again; the reason is required and kept in the audit log."""
    from models.store.users import require_admin

    require_admin("解锁")
    reason = clean_text(reason, "解锁原因", 500, required=True)
    try:
        _unlock(scope, year, quarter, reason)
    except OperationalError as exc:  # another program is writing: nothing was changed
        raise write_error(exc) from exc
    active_locks(fresh=True)


def _unlock(scope: str, year: int, quarter: int, reason: str) -> None:
    with db.atomic():
        item = submission(scope, year, quarter)
        if item is None:
            raise ValidationFailed([FieldError("解锁", f"{scope}{year}年第{quarter}季度没有锁定")])
        item.unlocked_at = dt.datetime.now().replace(microsecond=0)
        item.unlocked_by = current_user()
        item.unlock_reason = reason
        item.save()
        write_entry(
            "unlock",
            "report_submission",
            item.id,
            {},
            f"{scope}{year}年第{quarter}季度",
            reason=reason,
        )


def submitted_snapshot(scope: str, year: int, quarter: int) -> dict | None:
    """What was reported for the quarter (the latest submission, locked or since unlocked)."""
    item = (
        ReportSubmission.select()
        .where(
            ReportSubmission.scope == scope,
            ReportSubmission.year == year,
            ReportSubmission.quarter == quarter,
        )
        .order_by(ReportSubmission.id.desc())
        .first()
    )
    return json.loads(item.snapshot) if item else None
