"""回收站 table: one deletion, kept whole so it can be restored."""

from __future__ import annotations

from peewee import (
    CharField,
    DateTimeField,
    IntegerField,
    TextField,
)

from models.db.base import BaseModel


class TrashItem(BaseModel):
    """One deletion: the record and its dependants as they were, parents first."""

    at = DateTimeField(index=True)
    user = CharField(max_length=60)
    table_name = CharField(max_length=40)
    record_id = IntegerField()
    label = CharField(max_length=200, default="")
    payload = TextField()  # {"rows": [[table, {field: value}]], "relinks": [[table, field, ids]]}

    class Meta:
        verbose_name = "回收站"
