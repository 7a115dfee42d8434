"""报告文字 table: what the user writes for a quarter's report, kept with the quarter."""

from __future__ import annotations

from peewee import CharField, Check, IntegerField, TextField

from models.db.base import BaseModel


class ReportNote(BaseModel):
    """存在问题 and 下步工作 for one scope (a unit's name, or 全部) and quarter."""

    scope = CharField(max_length=40, verbose_name="范围")
    year = IntegerField(verbose_name="年份")
    quarter = IntegerField(constraints=[Check("quarter BETWEEN 1 AND 4")], verbose_name="季度")
    problems = TextField(default="", verbose_name="存在问题")
    next_steps = TextField(default="", verbose_name="下步工作")

    class Meta:
        verbose_name = "报告文字"
        indexes = ((("scope", "year", "quarter"), True),)
