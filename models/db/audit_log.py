"""审计日志 table: one row per change, and what its actions and non-field keys are called."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Sequence

from peewee import CharField, DateTimeField, IntegerField, TextField

from models.db.base import BaseModel

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


# Keys an entry holds that are no table's field (a restored database's entry), with their names;
# every other key is a field, named by its verbose_name (models/queries/audit.py).
OTHER_NAMES = {
    "backup_file": "备份文件",
    "replaced_chain": "被替换的日志链末条",
}


_SKIP = {"created_at", "updated_at", "id"}


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
    prev_hash = CharField(max_length=64, null=True)  # the entry before's entry_hash
    entry_hash = CharField(max_length=64, null=True)  # of prev_hash and the columns above

    class Meta:
        verbose_name = "审计日志"
        indexes = ((("table_name", "record_id"), False), (("owner_table", "owner_id"), False))


# The stored columns an entry's hash covers, in this order, after the previous entry's hash.
CONTENT = (
    "at",
    "user",
    "action",
    "table_name",
    "record_id",
    "owner_table",
    "owner_id",
    "label",
    "changes",
    "reason",
)


GENESIS = ""  # the previous hash of a log's first entry


_JSON = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


def _stamp(value):
    """A time as SQLite stores it (the text written, 2020-04-01 09:30:00), which PostgreSQL gives
    back as a datetime."""
    return value.isoformat(" ") if isinstance(value, dt.datetime) else value


def entry_hash(prev_hash: str, content: Sequence) -> str:
    """sha256 of the previous hash and the entry's columns (CONTENT order) as compact JSON.

    Frozen: every entry hashed with it must verify for as long as the log is kept.
    """
    at, *rest = content
    text = _JSON.encode([prev_hash, _stamp(at), *rest])
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def chained(rows: Sequence[Sequence], head: str) -> list[tuple]:
    """The rows (CONTENT order) with prev_hash and entry_hash appended, linked on from head."""
    linked = []
    for row in rows:
        digest = entry_hash(head, row)
        linked.append((*row, head, digest))
        head = digest
    return linked
