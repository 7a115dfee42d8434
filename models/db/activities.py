"""招商活动 and 调度会: events that bring projects, and the scheduling meetings each quarter needs."""

from __future__ import annotations

from peewee import SQL, CharField, DateField, ForeignKeyField, IntegerField, TextField

from models.db.base import RecordModel
from models.db.enterprises import Enterprise
from models.db.org import Unit


class Event(RecordModel):
    """招商活动: a promotion or themed event (§12, §17); organiser unit empty for city-wide ones."""

    name = CharField(max_length=120)
    kind = CharField(max_length=16, default="promotion")  # key of vocab.EVENT_KINDS
    start_date = DateField(index=True)
    end_date = DateField()
    unit = ForeignKeyField(Unit, backref="events", null=True, on_delete="RESTRICT")
    region = CharField(max_length=16, default="domestic")  # key of vocab.REGIONS
    city = CharField(max_length=60, default="")
    attendees = TextField(default="")
    note = TextField(default="")

    class Meta:
        constraints = [SQL("CHECK (end_date >= start_date)")]


class EventEnterprise(RecordModel):
    """An enterprise invited to an event (the summer promotion invites ≥ 5 leading ones)."""

    audit_owner = "event"

    event = ForeignKeyField(Event, backref="enterprises", on_delete="CASCADE")
    enterprise = ForeignKeyField(Enterprise, backref="events", on_delete="RESTRICT")

    class Meta:
        indexes = ((("event", "enterprise"), True),)


class Meeting(RecordModel):
    """调度会 / 专班会议: a meeting held; a quarter without a 调度会 is flagged."""

    lock_dates = ("date",)

    unit = ForeignKeyField(Unit, backref="meetings", on_delete="RESTRICT")
    date = DateField()
    kind = CharField(max_length=16, default="dispatch")  # key of vocab.MEETING_KINDS
    task_force = CharField(max_length=60, default="")  # 产业专班 name for task-force meetings
    chair = CharField(max_length=40, default="")
    attendee_count = IntegerField(null=True)
    note = TextField(default="")

    class Meta:
        indexes = ((("unit", "date"), False),)
