"""审计日志 as screens read it: a record's history and the filtered log, with names shown."""

from __future__ import annotations

import datetime as dt
import functools
import json
from dataclasses import dataclass, field

from models.db.audit_log import _SKIP, ACTIONS, OTHER_NAMES, AuditLog
from models.db.base import query_rows
from models.db.tables import ALL_MODELS, DERIVED_FIELDS, KEPT_BY_PROGRAM, model_of, table_title

_DERIVED = {(model._meta.table_name, name) for model, name in DERIVED_FIELDS}


@functools.cache
def field_title(table: str, key: str) -> str | None:
    """What the log calls a changed field: the field's verbose_name, a non-field key's name from
    OTHER_NAMES, a key already in Chinese (a quota rule's role) as it is; None for a derived field,
    which the log does not show."""
    if (table, key) in _DERIVED:
        return None
    model = model_of(table)
    field = model._meta.fields.get(key) if model is not None else None
    if field is not None and field.verbose_name:
        return field.verbose_name
    return OTHER_NAMES.get(key, key)


@functools.cache
def value_names(table: str, key: str) -> dict:
    """The Chinese names of the keys a vocabulary field stores (its choices); empty for others."""
    model = model_of(table)
    field = model._meta.fields.get(key) if model is not None else None
    return dict(field.choices) if field is not None and field.choices else {}


def audit_tables() -> list[tuple[str, str]]:
    """(table, Chinese name) of every table users change, in the order the tables are made."""
    return [
        (m._meta.table_name, m._meta.verbose_name) for m in ALL_MODELS if m not in KEPT_BY_PROGRAM
    ]


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
    names: dict = field(default_factory=dict, compare=False)  # (field, id) → what it names

    def _shown(self, key: str, value):
        if value is None:
            return ""
        if isinstance(value, bool):
            return "是" if value else "否"
        words = value_names(self.table, key)
        if words and value in words:
            return words[value]
        return self.names.get((key, value), value)

    @property
    def shown_label(self) -> str:
        """The label, with a participant row named by its person."""
        if self.table in ("trip_participant", "visit_participant") and "person" in self.changes:
            person_id = next((v for v in self.changes["person"] if v is not None), None)
            return str(self.names.get(("person", person_id), self.label))
        return self.label

    @property
    def action_name(self) -> str:
        return ACTIONS.get(self.action, self.action)

    @property
    def table_name(self) -> str:
        return table_title(self.table)

    def describe_changes(self) -> str:
        """字段：旧 → 新, one per change, for the log table and its Excel export."""
        parts = []
        for key, (old, new) in self.changes.items():
            name = None if key in _SKIP else field_title(self.table, key)
            if name is None:
                continue
            old, new = self._shown(key, old), self._shown(key, new)
            if self.action in ("insert", "restore", "restore_db"):
                parts.append(f"{name}={new}")
            elif self.action == "delete":
                parts.append(f"{name}={old}")
            else:
                parts.append(f"{name}：{old} → {new}")
        return "；".join(parts)


# Fields holding the id of a record whose name the log shows instead.
_NAMED = {
    "person": ("person", "name"),
    "lead_leader": ("person", "name"),
    "unit": ("unit", "name"),
    "assigned_unit": ("unit", "name"),
    "enterprise": ("enterprise", "name"),
    "project": ("project", "name"),
}


def _names(rows: list[AuditRow]) -> dict:
    """One query per kind of record for every id the rows mention."""
    wanted: dict[tuple[str, str], set[int]] = {}
    for row in rows:
        for key, values in row.changes.items():
            if key in _NAMED:
                wanted.setdefault(_NAMED[key], set()).update(
                    v for v in values if isinstance(v, int)
                )
    names = {}
    for (table, column), ids in wanted.items():
        found = (
            dict(
                query_rows(
                    f"SELECT id, {column} FROM {table} WHERE id IN ({', '.join('?' * len(ids))})",
                    *ids,
                )
            )
            if ids
            else {}
        )
        for key, target in _NAMED.items():
            if target == (table, column):
                names.update({(key, i): f"{n}" for i, n in found.items()})
    return names


def _rows(query, limit: int | None) -> list[AuditRow]:
    if limit:
        query = query.limit(limit)
    rows = _plain_rows(query)
    names = _names(rows)
    for row in rows:
        row.names.update(names)
    return rows


def _plain_rows(query) -> list[AuditRow]:
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
