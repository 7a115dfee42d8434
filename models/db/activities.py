"""招商活动 and 调度会: events that bring projects, and the scheduling meetings each quarter needs."""

from __future__ import annotations

from peewee import SQL, CharField, DateField, ForeignKeyField, IntegerField, TextField

from models import vocab
from models.db.base import RecordModel, choices
from models.db.enterprises import Enterprise
from models.db.org import Unit


class Event(RecordModel):
    """招商活动: a promotion or themed event (§12, §17); organiser unit empty for city-wide ones."""

    name = CharField(max_length=120, verbose_name="名称")
    kind = CharField(
        max_length=16,
        default="promotion",
        choices=choices(vocab.EVENT_KINDS),
        verbose_name="类型",
    )
    start_date = DateField(index=True, verbose_name="开始日期")
    end_date = DateField(verbose_name="结束日期")
    unit = ForeignKeyField(
        Unit, backref="events", null=True, on_delete="RESTRICT", verbose_name="单位"
    )
    region = CharField(
        max_length=16, default="domestic", choices=choices(vocab.REGIONS), verbose_name="区域"
    )
    city = CharField(max_length=60, default="", verbose_name="所在地")
    attendees = TextField(default="", verbose_name="参加人员")
    note = TextField(default="", verbose_name="备注")

    class Meta:
        verbose_name = "招商活动"
        constraints = [SQL("CHECK (end_date >= start_date)")]


class EventEnterprise(RecordModel):
    """An enterprise invited to an event (the summer promotion invites ≥ 5 leading ones)."""

    audit_owner = "event"

    event = ForeignKeyField(
        Event, backref="enterprises", on_delete="CASCADE", verbose_name="来源活动"
    )
    enterprise = ForeignKeyField(
        Enterprise, backref="events", on_delete="RESTRICT", verbose_name="企业"
    )

    class Meta:
        verbose_name = "活动企业"
        indexes = ((("event", "enterprise"), True),)


class Meeting(RecordModel):
    """调度会 / 专班会议: a meeting held; a quarter without a 调度会 is flagged."""

    lock_dates = ("date",)

    unit = ForeignKeyField(Unit, backref="meetings", on_delete="RESTRICT", verbose_name="单位")
    date = DateField(verbose_name="日期")
    kind = CharField(
        max_length=16,
        default="dispatch",
        choices=choices(vocab.MEETING_KINDS),
        verbose_name="类型",
    )
    # the 产业专班's name, for task-force meetings
    task_force = CharField(max_length=60, default="", verbose_name="产业专班")
    chair = CharField(max_length=40, default="", verbose_name="主持人")
    attendee_count = IntegerField(null=True, verbose_name="参会人数")
    note = TextField(default="", verbose_name="备注")

    class Meta:
        verbose_name = "会议"
        indexes = ((("unit", "date"), False),)
