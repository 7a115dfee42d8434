"""报告文字 table: what the user writes for a quarter's report, kept with the quarter."""

from __future__ import annotations

from peewee import CharField, Check, IntegerField, TextField

from models.db.base import BaseModel


class ReportNote(BaseModel):
    """存在问题 and 下步工作 for one scope (a unit's name, or 全部) and quarter."""

    scope = CharField(max_length=40)
    year = IntegerField()
    quarter = IntegerField(constraints=[Check("quarter BETWEEN 1 AND 4")])
    problems = TextField(default="")
    next_steps = TextField(default="")

    class Meta:
        indexes = ((("scope", "year", "quarter"), True),)
