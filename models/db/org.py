"""Organisation: units (单位), people (人员) and the roles they hold over time (任职)."""

from __future__ import annotations

from peewee import (
    SQL,
    BooleanField,
    CharField,
    Check,
    DateField,
    ForeignKeyField,
    IntegerField,
    TextField,
)

from models import vocab
from models.db.base import BaseModel, RecordModel, choices


class Unit(BaseModel):
    """单位: a county, development zone, city department or the city bureau itself."""

    name = CharField(
        max_length=40,
        unique=True,
        constraints=[Check("length(trim(name)) > 0")],
        verbose_name="名称",
    )
    kind = CharField(max_length=16, choices=choices(vocab.UNIT_KINDS), verbose_name="类型")
    sort_order = IntegerField(default=0, verbose_name="排序")
    active = BooleanField(default=True, verbose_name="启用")

    class Meta:
        verbose_name = "单位"


class Person(RecordModel):
    """人员: anyone who goes on trips or visits; quota duties come from RoleAssignment."""

    unit = ForeignKeyField(Unit, backref="people", on_delete="RESTRICT", verbose_name="单位")
    name = CharField(
        max_length=40, constraints=[Check("length(trim(name)) > 0")], verbose_name="名称"
    )
    title = CharField(max_length=60, default="", verbose_name="职务")  # e.g. 县委书记
    phone = CharField(max_length=40, default="", verbose_name="电话")
    note = TextField(default="", verbose_name="备注")

    class Meta:
        verbose_name = "人员"
        indexes = ((("unit", "name"), True),)


class RoleAssignment(RecordModel):
    """任职: the quota role a person held from one day to another (a leader may change post mid-year)."""

    audit_owner = "person"

    person = ForeignKeyField(Person, backref="roles", on_delete="CASCADE", verbose_name="人员")
    role = CharField(max_length=16, choices=choices(vocab.ROLES), verbose_name="角色")
    title = CharField(max_length=60, default="", verbose_name="职务")
    valid_from = DateField(verbose_name="任职开始")
    valid_to = DateField(null=True, verbose_name="任职结束")  # None: still in post

    class Meta:
        verbose_name = "任职"
        constraints = [SQL("CHECK (valid_to IS NULL OR valid_to >= valid_from)")]
        indexes = ((("person", "valid_from"), False),)
