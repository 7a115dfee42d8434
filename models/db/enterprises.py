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

from models import vocab
from models.db.base import RecordModel, choices
from models.db.org import Person, Unit
from models.db.trips import Trip
from models.vocab import TOP_LIST_TAGS


class Enterprise(RecordModel):
    """企业/客商: a firm the units court; credit code is unique when given (foreign firms lack one)."""

    lock_counted = {"is_key": ("visit", "date", None, "拜访对接重点企业")}

    name = CharField(
        max_length=120, constraints=[Check("length(trim(name)) > 0")], verbose_name="名称"
    )
    name_key = CharField(max_length=120, index=True)  # normalised name for duplicate detection
    credit_code = CharField(max_length=18, null=True, unique=True, verbose_name="统一社会信用代码")
    region = CharField(
        max_length=16, default="domestic", choices=choices(vocab.REGIONS), verbose_name="区域"
    )
    country = CharField(max_length=40, default="", verbose_name="国家/地区")
    city = CharField(max_length=60, default="", verbose_name="所在地")
    industry = CharField(max_length=60, default="", verbose_name="所属产业")
    chain = CharField(max_length=60, default="", verbose_name="所属产业链")
    is_key = BooleanField(default=False, index=True, verbose_name="重点企业")
    registered_capital_wan = BigIntegerField(null=True, verbose_name="注册资本(万元)")
    legal_rep = CharField(max_length=40, default="", verbose_name="法定代表人")
    notes = TextField(default="", verbose_name="备注")

    class Meta:
        verbose_name = "企业"


class EnterpriseTag(RecordModel):
    """企业类别: one tag; the 500强 tags carry the year of the list they come from."""

    audit_owner = "enterprise"
    lock_counted = {
        "tag": ("project", "signed_date", TOP_LIST_TAGS, "新引进世界500强、中国500强、上市公司")
    }

    enterprise = ForeignKeyField(
        Enterprise, backref="tags", on_delete="CASCADE", verbose_name="企业"
    )
    tag = CharField(max_length=24, choices=choices(vocab.ENTERPRISE_TAGS), verbose_name="企业类别")
    list_year = IntegerField(null=True, verbose_name="榜单年份")

    class Meta:
        verbose_name = "企业类别"
        indexes = ((("enterprise", "tag"), True), (("tag",), False))


class Contact(RecordModel):
    """联系人 at an enterprise."""

    audit_owner = "enterprise"

    enterprise = ForeignKeyField(
        Enterprise, backref="contacts", on_delete="CASCADE", verbose_name="企业"
    )
    name = CharField(max_length=40, verbose_name="名称")
    title = CharField(max_length=60, default="", verbose_name="职务")
    phone = CharField(max_length=40, default="", verbose_name="电话")
    note = TextField(default="", verbose_name="备注")

    class Meta:
        verbose_name = "联系人"


class Visit(RecordModel):
    """拜访对接: one contact with an enterprise, optionally during a trip."""

    lock_dates = ("date",)

    date = DateField(verbose_name="日期")
    enterprise = ForeignKeyField(
        Enterprise, backref="visits", on_delete="RESTRICT", verbose_name="企业"
    )
    unit = ForeignKeyField(Unit, backref="visits", on_delete="RESTRICT", verbose_name="单位")
    trip = ForeignKeyField(
        Trip, backref="visits", null=True, on_delete="SET NULL", verbose_name="行程"
    )
    form = CharField(max_length=16, choices=choices(vocab.VISIT_FORMS), verbose_name="方式")
    content = TextField(default="", verbose_name="内容")
    outcome = TextField(default="", verbose_name="成效")
    next_step = TextField(default="", verbose_name="下步工作")
    # the dashboard's 到期未跟进
    follow_up_date = DateField(null=True, index=True, verbose_name="跟进日期")

    class Meta:
        verbose_name = "拜访"
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

    visit = ForeignKeyField(Visit, backref="participants", on_delete="CASCADE", verbose_name="拜访")
    person = ForeignKeyField(
        Person, backref="visit_links", on_delete="RESTRICT", verbose_name="人员"
    )

    class Meta:
        verbose_name = "拜访人员"
        indexes = ((("visit", "person"), True),)
