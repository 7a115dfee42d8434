"""企业与拜访: target enterprises, their tags and contacts, and visits to them."""

from __future__ import annotations

from peewee import (
    SQL,
    BigIntegerField,
    BooleanField,
    CharField,
    Check,
    DateField,
    ForeignKeyField,
    IntegerField,
    TextField,
)

from models.db.base import RecordModel
from models.db.org import Person, Unit
from models.db.trips import Trip
from models.vocab import TOP_LIST_TAGS


class Enterprise(RecordModel):
    """企业/客商: a firm the units court; credit code is unique when given (foreign firms lack one)."""

    lock_counted = {"is_key": ("visit", "date", None, "拜访对接重点企业")}

    name = CharField(max_length=120, constraints=[Check("length(trim(name)) > 0")])
    name_key = CharField(max_length=120, index=True)  # normalised name for duplicate detection
    credit_code = CharField(max_length=18, null=True, unique=True)  # 统一社会信用代码
    region = CharField(max_length=16, default="domestic")  # key of vocab.REGIONS
    country = CharField(max_length=40, default="")
    city = CharField(max_length=60, default="")
    industry = CharField(max_length=60, default="")
    chain = CharField(max_length=60, default="")  # 所属产业链
    is_key = BooleanField(default=False, index=True)  # 重点企业
    registered_capital_wan = BigIntegerField(null=True)  # 注册资本, 万元
    legal_rep = CharField(max_length=40, default="")
    notes = TextField(default="")


class EnterpriseTag(RecordModel):
    """企业类别: one tag; the 500强 tags carry the year of the list they come from."""

    audit_owner = "enterprise"
    lock_counted = {
        "tag": ("project", "signed_date", TOP_LIST_TAGS, "新引进世界500强、中国500强、上市公司")
    }

    enterprise = ForeignKeyField(Enterprise, backref="tags", on_delete="CASCADE")
    tag = CharField(max_length=24)  # key of vocab.ENTERPRISE_TAGS
    list_year = IntegerField(null=True)

    class Meta:
        indexes = ((("enterprise", "tag"), True), (("tag",), False))


class Contact(RecordModel):
    """联系人 at an enterprise."""

    audit_owner = "enterprise"

    enterprise = ForeignKeyField(Enterprise, backref="contacts", on_delete="CASCADE")
    name = CharField(max_length=40)
    title = CharField(max_length=60, default="")
    phone = CharField(max_length=40, default="")
    note = TextField(default="")


class Visit(RecordModel):
    """拜访对接: one contact with an enterprise, optionally during a trip."""

    lock_dates = ("date",)

    date = DateField()
    enterprise = ForeignKeyField(Enterprise, backref="visits", on_delete="RESTRICT")
    unit = ForeignKeyField(Unit, backref="visits", on_delete="RESTRICT")
    trip = ForeignKeyField(Trip, backref="visits", null=True, on_delete="SET NULL")
    form = CharField(max_length=16)  # key of vocab.VISIT_FORMS
    content = TextField(default="")
    outcome = TextField(default="")
    next_step = TextField(default="")
    follow_up_date = DateField(null=True, index=True)  # the dashboard's 到期未跟进

    class Meta:
        constraints = [SQL("CHECK (follow_up_date IS NULL OR follow_up_date >= date)")]
        # (unit, date, enterprise) covers the distinct-enterprise counts without touching the rows.
        indexes = (
            (("unit", "date", "enterprise"), False),
            (("enterprise", "date"), False),
            (("date",), False),
        )


class VisitParticipant(RecordModel):
    """拜访人员: one person on one visit."""

    audit_owner = "visit"
    lock_via = "visit"

    visit = ForeignKeyField(Visit, backref="participants", on_delete="CASCADE")
    person = ForeignKeyField(Person, backref="visit_links", on_delete="RESTRICT")

    class Meta:
        indexes = ((("visit", "person"), True),)
