"""外出招商: outing trips and who went on them."""

from __future__ import annotations

from peewee import SQL, CharField, DateField, ForeignKeyField, TextField

from models.db.base import RecordModel
from models.db.org import Person, Unit


class Trip(RecordModel):
    """外出招商: one outing, counted in calendar days inclusive in every month it touches."""

    lock_dates = ("start_date", "end_date")

    def audit_label(self) -> str:
        return f"{self.start_date} {self.dest_city}".strip()

    unit = ForeignKeyField(Unit, backref="trips", on_delete="RESTRICT")
    start_date = DateField()  # indexed with end_date: a period's trips come from the index alone
    end_date = DateField(index=True)
    dest_city = CharField(max_length=60, default="")
    region = CharField(max_length=16)  # key of vocab.REGIONS
    country = CharField(max_length=40, default="")  # for 境外: country or area (港澳台, 日韩 …)
    purpose = TextField(default="")  # 事由 / 活动
    outcome = TextField(default="")  # 成效
    enterprises_text = TextField(default="")  # 拜访企业 as written in the ledger

    class Meta:
        constraints = [SQL("CHECK (end_date >= start_date)")]
        indexes = ((("unit", "start_date"), False), (("start_date", "end_date"), False))


class TripParticipant(RecordModel):
    """参加人员: one person on one trip."""

    audit_owner = "trip"
    lock_via = "trip"

    trip = ForeignKeyField(Trip, backref="participants", on_delete="CASCADE")
    person = ForeignKeyField(Person, backref="trip_links", on_delete="RESTRICT")

    class Meta:
        indexes = ((("trip", "person"), True),)
