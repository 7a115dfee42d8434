"""人员与任职: people of each unit and the quota roles they hold over time."""

from __future__ import annotations

import datetime as dt
import itertools
from dataclasses import dataclass, field

from peewee import JOIN

from models.db.base import db
from models.db.org import Person, RoleAssignment, Unit
from models.db.trips import TripParticipant
from models.store import trash
from models.validation import (
    Check,
    FieldError,
    ValidationFailed,
    clean_choice,
    clean_text,
    visible,
)
from models.vocab import ROLES


@dataclass
class RoleInput:
    """One period in one role, as entered."""

    role: str
    valid_from: dt.date | None
    valid_to: dt.date | None = None
    title: str = ""


@dataclass
class PersonInput:
    """A person as a dialog or an import gives it."""

    unit_id: int | None
    name: str
    title: str = ""
    phone: str = ""
    note: str = ""
    roles: list[RoleInput] = field(default_factory=list)


def validate_person(data: PersonInput, person_id: int | None = None) -> Check:
    """Name, unit and role periods: periods may not overlap, since a person holds one role a day."""
    check = Check()
    name = check.capture(clean_text, data.name, "姓名", 40, required=True)
    check.capture(clean_text, data.title, "职务", 60)
    check.capture(clean_text, data.phone, "电话", 40)
    check.capture(clean_text, data.note, "备注", 2000)
    if data.unit_id is None or not Unit.select().where(Unit.id == data.unit_id).exists():
        check.error("单位", "请选择单位")
    elif person_id is not None and (left := _history_left_behind(person_id, data.unit_id)):
        trips, visits = left
        check.error(
            "单位",
            f"已有 {trips} 条外出记录、{visits} 条拜访记录属于原单位，不能改为其他单位"
            "（否则这些记录再修改时会丢失此人）。调动的，请在新单位新建人员；录错单位的，"
            "请在新单位新建此人，把这些记录改到新单位并选上新建的人员，再删除原来的人员",
        )
    elif name:
        clash = Person.select().where(Person.unit == data.unit_id, Person.name == name)
        if person_id is not None:
            clash = clash.where(Person.id != person_id)
        if clash.exists():
            check.error("姓名", f"本单位已有同名人员“{name}”，请加以区分（如“{name}（招商局）”）")
    periods = []
    for n, role in enumerate(data.roles, start=1):
        label = f"任职第 {n} 行"
        if check.capture(clean_choice, role.role, f"{label}角色", ROLES) is None:
            continue
        check.capture(clean_text, role.title, f"{label}职务", 60)
        start = check.date(role.valid_from, f"{label}起始日期", required=True)
        end_ok = role.valid_to is None or check.date(role.valid_to, f"{label}结束日期") is not None
        if start is None or not end_ok:
            continue  # refused: not compared with the other periods
        if role.valid_to is not None and role.valid_to < start:
            check.error(f"{label}结束日期", "早于起始日期")
            continue
        periods.append((start, role.valid_to or dt.date.max, n))
    periods.sort()
    for (_s1, e1, n1), (s2, _e2, n2) in itertools.pairwise(periods):
        if s2 <= e1:
            check.error("任职", f"第 {n1} 行与第 {n2} 行的任职时间重叠（同一天只能担任一个角色）")
    return check


def save_person(data: PersonInput, person_id: int | None = None) -> Person:
    """Validate, then write the person and replace their role periods in one transaction."""
    validate_person(data, person_id).raise_errors()
    fields = {
        "unit": data.unit_id,
        "name": visible(data.name),
        "title": visible(data.title),
        "phone": visible(data.phone),
        "note": visible(data.note),
    }
    with db.atomic():
        person = Person.write(person_id, fields)
        if person_id is not None:
            RoleAssignment.delete_where(RoleAssignment.person == person)
        for role in data.roles:
            RoleAssignment.create(
                person=person,
                role=clean_choice(role.role, "角色", ROLES),
                title=visible(role.title) or visible(data.title),
                valid_from=role.valid_from,
                valid_to=role.valid_to,
            )
    return person


def person_input(person_id: int) -> PersonInput:
    """A stored person in the shape the dialog edits."""
    person = Person.get_by_id(person_id)
    roles = [
        RoleInput(r.role, r.valid_from, r.valid_to, r.title)
        for r in person.roles.order_by(RoleAssignment.valid_from)
    ]
    return PersonInput(person.unit_id, person.name, person.title, person.phone, person.note, roles)


def history_counts(person_id: int) -> tuple[int, int]:
    """(trips, visits) the person took part in."""
    from models.db.enterprises import VisitParticipant

    trips = TripParticipant.select().where(TripParticipant.person == person_id).count()
    visits = VisitParticipant.select().where(VisitParticipant.person == person_id).count()
    return trips, visits


def _history_left_behind(person_id: int, unit_id: int) -> tuple[int, int] | None:
    """(trips, visits) that would stay with the old unit if the person moved to this one, or
    None: a trip or visit lists only its own unit's people, so editing one later would drop them."""
    current = Person.select(Person.unit).where(Person.id == person_id).scalar()
    if current is None or current == unit_id:
        return None
    counts = history_counts(person_id)
    return counts if any(counts) else None


def delete_person(person_id: int) -> None:
    """Remove a person who has no trips or visits; otherwise refuse (their history must stay)."""
    trips, visits = history_counts(person_id)
    if trips or visits:
        raise ValidationFailed(
            [
                FieldError(
                    "人员",
                    f"已有 {trips} 条外出记录、{visits} 条拜访记录，不能删除；"
                    "如已调离，请在任职中填写结束日期",
                )
            ]
        )
    trash.move_to_trash(Person, person_id, "人员")


@dataclass(frozen=True)
class PersonRow:
    """A person as lists show them: unit, name, title and the role held on a given day."""

    id: int
    unit_id: int
    unit: str
    name: str
    title: str
    role: str | None  # key of ROLES, None when holding no role that day
    since: dt.date | None
    until: dt.date | None


def people_rows(unit_id: int | None = None, on: dt.date | None = None) -> list[PersonRow]:
    """People (of one unit or all) with the role each held on the given day, in unit order."""
    day = on or dt.date.today()
    role_today = (RoleAssignment.valid_from <= day) & (
        RoleAssignment.valid_to.is_null() | (RoleAssignment.valid_to >= day)
    )
    query = (
        Person.select(
            Person.id,
            Person.unit,
            Unit.name.alias("unit_name"),
            Person.name,
            Person.title,
            RoleAssignment.title,
            RoleAssignment.role,
            RoleAssignment.valid_from,
            RoleAssignment.valid_to,
        )
        .join(Unit)
        .switch(Person)
        .join(
            RoleAssignment, JOIN.LEFT_OUTER, on=((RoleAssignment.person == Person.id) & role_today)
        )
        .order_by(Unit.sort_order, Unit.id, Person.name)
    )
    if unit_id is not None:
        query = query.where(Person.unit == unit_id)
    # The title shown is the one of the role held that day when it has its own.
    return [
        PersonRow(r[0], r[1], r[2], r[3], r[5] or r[4], r[6], r[7], r[8]) for r in query.tuples()
    ]


def staff_from(first_days: dict[int, dt.date]) -> None:
    """People an import created hold their 工作人员 role from the first day a row named them."""
    for person, first in first_days.items():
        RoleAssignment.update(valid_from=first).where(
            RoleAssignment.person == person, RoleAssignment.role == "staff"
        ).execute()
