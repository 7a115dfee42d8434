"""季度报送 table: one row per submission of a scope's quarter (the quarter lock's record)."""

from __future__ import annotations

from peewee import CharField, DateTimeField, IntegerField, TextField

from models.db.base import (
    BaseModel,
)

ALL_UNITS = "全部"


class ReportSubmission(BaseModel):
    """One 报送 of one scope's quarter; unlocked_at set when it was opened again."""

    scope = CharField(max_length=40)  # a unit's name, or 全部
    year = IntegerField()
    quarter = IntegerField()
    submitted_at = DateTimeField()
    submitted_by = CharField(max_length=60)
    snapshot = TextField(default="{}")  # the report's JSON as submitted
    unlocked_at = DateTimeField(null=True)
    unlocked_by = CharField(max_length=60, default="")
    unlock_reason = TextField(default="")

    class Meta:
        indexes = ((("scope", "year", "quarter"), False),)
