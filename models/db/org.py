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

from models.db.base import BaseModel, RecordModel


class Unit(BaseModel):
    """单位: a county, development zone, city department or the city bureau itself."""

    name = CharField(max_length=40, unique=True, constraints=[Check("length(trim(name)) > 0")])
    kind = CharField(max_length=16)  # key of vocab.UNIT_KINDS
    sort_order = IntegerField(default=0)
    active = BooleanField(default=True)


class Person(RecordModel):
    """人员: anyone who goes on trips or visits; quota duties come from RoleAssignment."""

    unit = ForeignKeyField(Unit, backref="people", on_delete="RESTRICT")
    name = CharField(max_length=40, constraints=[Check("length(trim(name)) > 0")])
    title = CharField(max_length=60, default="")  # 职务, e.g. 县委书记
    phone = CharField(max_length=40, default="")
    note = TextField(default="")

    class Meta:
        indexes = ((("unit", "name"), True),)


class RoleAssignment(RecordModel):
    """任职: the quota role a person held from one day to another (a leader may change post mid-year)."""

    audit_owner = "person"

    person = ForeignKeyField(Person, backref="roles", on_delete="CASCADE")
    role = CharField(max_length=16)  # key of vocab.ROLES
    title = CharField(max_length=60, default="")
    valid_from = DateField()
    valid_to = DateField(null=True)  # None: still in post

    class Meta:
        constraints = [SQL("CHECK (valid_to IS NULL OR valid_to >= valid_from)")]
        indexes = ((("person", "valid_from"), False),)
