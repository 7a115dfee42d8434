"""审计日志: who changed what and when, written in the same transaction as the change itself.

Every insert, update and delete of a record goes through RecordModel's save and delete, which call
record_change() here; nothing in the program edits or deletes audit rows.
"""

from __future__ import annotations

import datetime as dt
import getpass
import json
import threading
from contextlib import contextmanager
from dataclasses import dataclass
from decimal import Decimal

from peewee import CharField, DateTimeField, IntegerField, TextField

from models.base import BaseModel, db

ACTIONS = {
    "insert": "新增",
    "update": "修改",
    "delete": "删除",
    "restore": "从回收站恢复",
    "purge": "彻底删除",
    "unlock": "解锁季度",
    "submit": "报送",
    "restore_db": "恢复数据库",
    "demo": "写入示例数据",
}

# Chinese names of the tables a user meets in the log.
TABLE_NAMES = {
    "person": "人员",
    "role_assignment": "任职",
    "trip": "外出招商",
    "trip_participant": "外出人员",
    "enterprise": "企业",
    "enterprise_tag": "企业类别",
    "contact": "联系人",
    "visit": "拜访",
    "visit_participant": "拜访人员",
    "event": "招商活动",
    "event_enterprise": "活动企业",
    "meeting": "会议",
    "project": "项目",
    "stage_event": "项目阶段",
    "contract": "合同",
    "funds_entry": "到位资金",
    "project_lead": "项目信息",
    "problem": "问题",
    "project_claim": "项目归属争议",
    "report_submission": "季度报送",
}

_state = threading.local()
_SKIP = {"created_at", "updated_at"}


class AuditLog(BaseModel):
    """One change of one record; owner is the record a link row belongs to (a trip's participant)."""

    at = DateTimeField(index=True)
    user = CharField(max_length=60)
    action = CharField(max_length=16)
    table_name = CharField(max_length=40)
    record_id = IntegerField(null=True)
    owner_table = CharField(max_length=40, null=True)
    owner_id = IntegerField(null=True)
    label = CharField(max_length=200, default="")
    changes = TextField(default="{}")  # {"field": [old, new]}
    reason = TextField(default="")

    class Meta:
        indexes = ((("table_name", "record_id"), False), (("owner_table", "owner_id"), False))


def set_user(name: str | None) -> None:
    """The signed-in user (None: the operating-system user) named in every later change."""
    _state.user = name


def current_user() -> str:
    name = getattr(_state, "user", None)
    if name:
        return name
    try:
        return getpass.getuser()
    except Exception:  # no user name in this environment
        return "未知用户"


@contextmanager
def audit_paused():
    """Bulk loads that log themselves once (the demo data), not row by row."""
    before = getattr(_state, "paused", False)
    _state.paused = True
    try:
        yield
    finally:
        _state.paused = before


def plain(value):
    """A field value as JSON can hold it: dates as ISO text, money as text, ids as numbers."""
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


_INSERT = (
    "INSERT INTO audit_log (at, user, action, table_name, record_id, owner_table, owner_id,"
    " label, changes, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


def write_entry(
    action: str,
    table: str,
    record_id: int | None,
    changes: dict,
    label: str = "",
    owner: tuple[str, int | None] | None = None,
    reason: str = "",
) -> None:
    """One audit row, by hand-written SQL (it runs once per saved record, imports included)."""
    if getattr(_state, "paused", False):
        return
    database = db.obj
    sql = _INSERT if database.param == "?" else _INSERT.replace("?", database.param)
    database.execute_sql(
        sql,
        (
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
        ),
    )


def record_change(record, action: str, before: dict | None, after: dict | None) -> None:
    """Log a record's insert / update / delete with the old and new value of each changed field."""
    fields = set(before or {}) | set(after or {})
    changes = {}
    for name in sorted(fields - _SKIP):
        old = plain((before or {}).get(name))
        new = plain((after or {}).get(name))
        if old != new:
            changes[name] = [old, new]
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


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: dt.datetime
    user: str
    action: str
    table: str
    record_id: int | None
    label: str
    changes: dict
    reason: str

    @property
    def action_name(self) -> str:
        return ACTIONS.get(self.action, self.action)

    @property
    def table_name(self) -> str:
        return TABLE_NAMES.get(self.table, self.table)

    def describe_changes(self) -> str:
        """字段：旧 → 新, one per change, for the log table and its Excel export."""
        parts = []
        for name, (old, new) in self.changes.items():
            old = "" if old is None else old
            new = "" if new is None else new
            if self.action == "insert":
                parts.append(f"{name}={new}")
            elif self.action == "delete":
                parts.append(f"{name}={old}")
            else:
                parts.append(f"{name}：{old} → {new}")
        return "；".join(parts)


def _rows(query, limit: int | None) -> list[AuditRow]:
    if limit:
        query = query.limit(limit)
    return [
        AuditRow(
            a.id,
            a.at,
            a.user,
            a.action,
            a.table_name,
            a.record_id,
            a.label,
            json.loads(a.changes or "{}"),
            a.reason,
        )
        for a in query
    ]


def history(table: str, record_id: int) -> list[AuditRow]:
    """A record's own changes and those of the rows that belong to it, newest first."""
    query = (
        AuditLog.select()
        .where(
            ((AuditLog.table_name == table) & (AuditLog.record_id == record_id))
            | ((AuditLog.owner_table == table) & (AuditLog.owner_id == record_id))
        )
        .order_by(AuditLog.id.desc())
    )
    return _rows(query, None)


@dataclass(frozen=True)
class AuditFilter:
    table: str | None = None
    user: str | None = None
    start: dt.date | None = None
    end: dt.date | None = None
    text: str = ""


def audit_rows(flt: AuditFilter = AuditFilter(), limit: int | None = 5000) -> list[AuditRow]:
    """The log, newest first, narrowed by table, user, dates and text in the label or changes."""
    query = AuditLog.select().order_by(AuditLog.id.desc())
    if flt.table:
        query = query.where(AuditLog.table_name == flt.table)
    if flt.user:
        query = query.where(AuditLog.user == flt.user)
    if flt.start:
        query = query.where(AuditLog.at >= dt.datetime.combine(flt.start, dt.time()))
    if flt.end:
        query = query.where(AuditLog.at < dt.datetime.combine(flt.end + dt.timedelta(1), dt.time()))
    if flt.text.strip():
        words = flt.text.strip()
        query = query.where(AuditLog.label.contains(words) | AuditLog.changes.contains(words))
    return _rows(query, limit)


def audit_users() -> list[str]:
    return [
        u for (u,) in AuditLog.select(AuditLog.user).distinct().order_by(AuditLog.user).tuples()
    ]
