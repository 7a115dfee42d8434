"""季度报送 table: one row per submission of a scope's quarter (the quarter lock's record)."""

from __future__ import annotations

from peewee import CharField, DateTimeField, IntegerField, TextField

from models.db.base import BaseModel

ALL_UNITS = "全部"


class ReportSubmission(BaseModel):
    """One 报送 of one scope's quarter; unlocked_at set when it was opened again."""

    scope = CharField(max_length=40, verbose_name="范围")  # a unit's name, or 全部
    year = IntegerField(verbose_name="年份")
    quarter = IntegerField(verbose_name="季度")
    submitted_at = DateTimeField(verbose_name="报送时间")
    submitted_by = CharField(max_length=60, verbose_name="报送人")
    # the report's JSON as submitted
    snapshot = TextField(default="{}", verbose_name="报送内容")
    unlocked_at = DateTimeField(null=True, verbose_name="解锁时间")
    unlocked_by = CharField(max_length=60, default="", verbose_name="解锁人")
    unlock_reason = TextField(default="", verbose_name="解锁原因")

    class Meta:
        verbose_name = "季度报送"
        indexes = ((("scope", "year", "quarter"), False),)
