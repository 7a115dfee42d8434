"""记录总数: how many records of each kind, kept in a SQLite file by its own triggers (migration
0011), so the dashboard's totals cost one small read instead of counting a million visits at each
start. A server counts instead (models/queries/overview.py record_counts; why in the migration)."""

from __future__ import annotations

from peewee import CharField, IntegerField

from models.db.base import BaseModel


class RecordTally(BaseModel):
    """One row per counted table; its triggers add one on INSERT and take one on DELETE."""

    kind = CharField(max_length=40, primary_key=True)  # the table's name
    n = IntegerField()

    class Meta:
        verbose_name = "记录总数"


def tallies() -> dict[str, int]:
    """Table name → number of rows, for every tallied table."""
    return dict(RecordTally.select(RecordTally.kind, RecordTally.n).tuples())
