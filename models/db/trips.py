"""外出招商: outing trips and who went on them."""

from __future__ import annotations

from peewee import SQL, CharField, DateField, ForeignKeyField, TextField

from models import vocab
from models.db.base import RecordModel, choices
from models.db.org import Person, Unit


class Trip(RecordModel):
    """外出招商: one outing, counted in calendar days inclusive in every month it touches."""

    lock_dates = ("start_date", "end_date")

    def audit_label(self) -> str:
        return f"{self.start_date} {self.dest_city}".strip()

    unit = ForeignKeyField(Unit, backref="trips", on_delete="RESTRICT", verbose_name="单位")
    # indexed with end_date: a period's trips come from the index alone
    start_date = DateField(verbose_name="开始日期")
    end_date = DateField(index=True, verbose_name="结束日期")
    dest_city = CharField(max_length=60, default="", verbose_name="目的地")
    region = CharField(max_length=16, choices=choices(vocab.REGIONS), verbose_name="区域")
    # for 境外: country or area (港澳台, 日韩 …)
    country = CharField(max_length=40, default="", verbose_name="国家/地区")
    purpose = TextField(default="", verbose_name="事由")  # 事由 / 活动
    outcome = TextField(default="", verbose_name="成效")
    enterprises_text = TextField(default="", verbose_name="拜访企业")  # as written in the ledger

    class Meta:
        verbose_name = "外出招商"
        constraints = [SQL("CHECK (end_date >= start_date)")]
        indexes = ((("unit", "start_date"), False), (("start_date", "end_date"), False))


class TripParticipant(RecordModel):
    """参加人员: one person on one trip."""

    audit_owner = "trip"
    lock_via = "trip"

    trip = ForeignKeyField(Trip, backref="participants", on_delete="CASCADE", verbose_name="行程")
    person = ForeignKeyField(
        Person, backref="trip_links", on_delete="RESTRICT", verbose_name="人员"
    )

    class Meta:
        verbose_name = "外出人员"
        indexes = ((("trip", "person"), True),)
