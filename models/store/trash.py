"""回收站: a deleted record is kept whole — with the rows that belong to it and the links that
pointed at it — so it can be restored intact, or purged for good after a confirmation.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from peewee import (
    DateField,
    DateTimeField,
    DecimalField,
    IntegrityError,
)

from models.db.base import RecordModel, db
from models.db.tables import RECORD_MODELS, table_title
from models.db.trash_items import TrashItem
from models.store.audit import current_user, field_changes, write_entry
from models.store.locks import check_unlocked
from models.validation import FieldError, ValidationFailed


def _models() -> dict[str, type[RecordModel]]:
    return {m._meta.table_name: m for m in RECORD_MODELS}


def _plain(value):
    if isinstance(value, dt.datetime):
        return value.isoformat(" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


def _typed(model, data: dict) -> dict:
    """JSON values back to what the fields hold (dates, times, decimals)."""
    out = {}
    for name, value in data.items():
        field = model._meta.fields.get(name)
        if value is not None and isinstance(field, DateTimeField):
            value = dt.datetime.fromisoformat(value)
        elif value is not None and isinstance(field, DateField):
            value = dt.date.fromisoformat(value)
        elif value is not None and isinstance(field, DecimalField):
            value = Decimal(value)
        out[name] = value
    return out


def _collect(model, record, rows: list, relinks: list) -> None:
    """The record, then (recursively) what would be deleted with it; links that would be cleared."""
    rows.append((model, record))
    for fk, child_model in model._meta.backrefs.items():
        if fk.on_delete == "CASCADE":
            for child in child_model.select().where(fk == record.get_id()).order_by(child_model.id):
                _collect(child_model, child, rows, relinks)
        elif fk.on_delete == "SET NULL":
            ids = [c.id for c in child_model.select(child_model.id).where(fk == record.get_id())]
            if ids:
                relinks.append([child_model._meta.table_name, fk.name, ids])


def move_to_trash(model, record_id: int, what: str, label: str = "", also: tuple = ()) -> TrashItem:
    """Delete a record (and its dependants) into the trash, each deletion in the audit log.

    also: (model, condition) pairs of rows that would block the delete and go with it (an
    enterprise's place in an event's list).
    """
    with db.atomic():
        record = model.get_or_none(model.id == record_id)
        if record is None:
            raise ValidationFailed([FieldError(what, "该记录已不存在（可能已被删除）")])
        rows: list = []
        relinks: list = []
        _collect(model, record, rows, relinks)
        for extra_model, condition in also:
            rows.extend((extra_model, r) for r in extra_model.select().where(condition))
        payload = {
            "rows": [
                [m._meta.table_name, {k: _plain(v) for k, v in r.__data__.items()}] for m, r in rows
            ],
            "relinks": relinks,
        }
        item = TrashItem.create(
            at=dt.datetime.now().replace(microsecond=0),
            user=current_user(),
            table_name=model._meta.table_name,
            record_id=record_id,
            label=(label or record.audit_label())[:200],
            payload=json.dumps(payload, ensure_ascii=False),
        )
        for _m, row in reversed(rows):
            row.delete_instance()
    return item


@dataclass(frozen=True)
class TrashRow:
    id: int
    at: dt.datetime
    user: str
    table: str
    label: str
    count: int

    @property
    def table_name(self) -> str:
        return table_title(self.table)


def trash_rows() -> list[TrashRow]:
    """What is in the trash, newest first."""
    return [
        TrashRow(t.id, t.at, t.user, t.table_name, t.label, len(json.loads(t.payload)["rows"]))
        for t in TrashItem.select().order_by(TrashItem.id.desc())
    ]


def restore_from_trash(item_id: int) -> None:
    """Put the record back with its dependants and links, under its old ids; refuse on a clash."""
    by_table = _models()
    with db.atomic():
        item = TrashItem.get_or_none(TrashItem.id == item_id)
        if item is None:
            raise ValidationFailed([FieldError("回收站", "该项已不在回收站中")])
        payload = json.loads(item.payload)
        try:
            for table, data in payload["rows"]:
                model = by_table[table]
                values = _typed(model, data)
                check_unlocked(model(**values), "insert")
                model.insert(**values).execute()
                owner_field = model.audit_owner
                owner = (
                    (model._meta.fields[owner_field].rel_model._meta.table_name, data[owner_field])
                    if owner_field
                    else None
                )
                changes = field_changes(None, values)  # what came back, as an insert logs it
                write_entry("restore", table, data.get("id"), changes, item.label, owner)
        except IntegrityError as exc:
            raise ValidationFailed(
                [
                    FieldError(
                        "回收站",
                        f"无法恢复“{item.label}”：与现有记录冲突（可能已有同名记录，或相关人员、企业已删除）。{exc}",
                    )
                ]
            ) from exc
        for table, field_name, ids in payload["relinks"]:
            model = by_table[table]
            field = model._meta.fields[field_name]
            model.update({field: item.record_id}).where(
                model.id.in_(ids), field.is_null()
            ).execute()
        _after_restore(payload["rows"])
        _recheck(item)
        item.delete_instance()


# What a kind of record must do when it comes back, registered by its store (so this module
# never reaches into the stores): table → (check before, follow-up per restored row).
_RESTORE_CHECKS: dict[str, Callable[[int], str]] = {}
_AFTER_RESTORE: dict[str, Callable[[dict], None]] = {}


def on_restore(table: str, check=None, after=None) -> None:
    """A store's rules for its records coming back from the bin: check(record_id) names a problem
    that refuses the restore ("" when none); after(row data) updates what follows from the row."""
    if check is not None:
        _RESTORE_CHECKS[table] = check
    if after is not None:
        _AFTER_RESTORE[table] = after


def _after_restore(rows) -> None:
    """Derived fields that follow restored rows (a restored formal contract signs its project)."""
    for table, data in rows:
        follow = _AFTER_RESTORE.get(table)
        if follow is not None:
            follow(data)


def _recheck(item: TrashItem) -> None:
    """Rules that involve other records may have been broken while this one was away: a trip
    overlapping one entered since, an enterprise duplicated since. Refuse rather than restore."""
    check = _RESTORE_CHECKS.get(item.table_name)
    problem = check(item.record_id) if check is not None else ""
    if problem:
        raise ValidationFailed([FieldError("回收站", f"无法恢复“{item.label}”：{problem}")])


def purge(item_id: int) -> None:
    """Delete for good (the audit log keeps what the record was)."""
    from models.store.users import require_admin

    require_admin("彻底删除")
    with db.atomic():
        item = TrashItem.get_or_none(TrashItem.id == item_id)
        if item is None:
            raise ValidationFailed([FieldError("回收站", "该项已不在回收站中")])
        write_entry("purge", item.table_name, item.record_id, {}, item.label)
        item.delete_instance()
