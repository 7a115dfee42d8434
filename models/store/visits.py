"""拜访记录: validation, saving and listing visits, and the follow-ups that are due."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from peewee import fn

from models.db.base import db
from models.db.enterprises import Enterprise, Visit, VisitParticipant
from models.db.org import Person, Unit
from models.search import search_key
from models.store import trash
from models.store.participants import replace_people
from models.store.references import DATABASE, References
from models.validation import Check, clean_choice, clean_text, visible
from models.vocab import VISIT_FORMS


@dataclass
class VisitInput:
    """A visit as the dialog or an import gives it."""

    date: dt.date | None
    enterprise_id: int | None
    unit_id: int | None
    person_ids: list[int] = field(default_factory=list)
    form: str = "onsite"
    content: str = ""
    outcome: str = ""
    next_step: str = ""
    follow_up_date: dt.date | None = None
    trip_id: int | None = None


def validate_visit(
    data: VisitInput,
    visit_id: int | None = None,
    today: dt.date | None = None,
    refs: References = DATABASE,
) -> Check:
    """A visit happened (not in the future), with an enterprise, by the unit's people; follow-up after it."""
    today = today or dt.date.today()
    check = Check()
    day = check.date(data.date, "拜访日期", required=True)  # None: refused, nothing compares it
    if day is not None and day > today:
        check.error("拜访日期", f"{day:%Y-%m-%d} 还没到，拜访记录只登记已发生的拜访")
    if not refs.enterprise_exists(data.enterprise_id):
        check.error("企业", "请选择拜访的企业")
    if not refs.unit_exists(data.unit_id):
        check.error("单位", "请选择单位")
    elif data.person_ids:
        names = "、".join(refs.outsiders(data.person_ids, data.unit_id))
        if names:
            check.error("拜访人员", f"{names}不是本单位人员")
    if not data.person_ids:
        check.error("拜访人员", "至少选择一名拜访人员")
    check.capture(clean_choice, data.form, "拜访方式", VISIT_FORMS)
    check.capture(clean_text, data.content, "洽谈内容", 4000)
    check.capture(clean_text, data.outcome, "成效", 2000)
    check.capture(clean_text, data.next_step, "下步工作", 2000)
    if (
        check.date(data.follow_up_date, "跟进日期") is not None
        and day is not None
        and data.follow_up_date < day
    ):
        check.error("跟进日期", f"早于拜访日期（{day:%Y-%m-%d}）")
    if data.trip_id is not None and day is not None:
        span = refs.trip_span(data.trip_id)
        if span is None:
            check.error("所属行程", "该行程已不存在")
        elif span[0] != data.unit_id:
            check.error("所属行程", "行程不属于本单位")
        elif not span[1] <= day <= span[2]:
            check.error(
                "所属行程", f"拜访日期不在行程期间（{span[1]:%Y-%m-%d} 至 {span[2]:%Y-%m-%d}）"
            )
    return check


def save_visit(
    data: VisitInput,
    visit_id: int | None = None,
    today: dt.date | None = None,
    refs: References = DATABASE,
) -> Visit:
    """Validate, then write the visit and who went, in one transaction."""
    validate_visit(data, visit_id, today, refs).raise_errors()
    fields = {
        "date": data.date,
        "enterprise": data.enterprise_id,
        "unit": data.unit_id,
        "trip": data.trip_id,
        "form": clean_choice(data.form, "拜访方式", VISIT_FORMS),
        "content": visible(data.content),
        "outcome": visible(data.outcome),
        "next_step": visible(data.next_step),
        "follow_up_date": data.follow_up_date,
    }
    with refs.transaction():
        visit = Visit.write(visit_id, fields)
        replace_people(VisitParticipant, "visit", visit, data.person_ids, new=visit_id is None)
    return visit


def visit_input(visit_id: int) -> VisitInput:
    v = Visit.get_by_id(visit_id)
    people = [p.person_id for p in v.participants.order_by(VisitParticipant.id)]
    return VisitInput(
        v.date,
        v.enterprise_id,
        v.unit_id,
        people,
        v.form,
        v.content,
        v.outcome,
        v.next_step,
        v.follow_up_date,
        v.trip_id,
    )


def delete_visit(visit_id: int) -> None:
    trash.move_to_trash(Visit, visit_id, "拜访记录")


@dataclass(frozen=True)
class VisitRow:
    """A visit as lists show it."""

    id: int
    date: dt.date
    unit_id: int
    unit: str
    enterprise_id: int
    enterprise: str
    is_key: bool
    people: str
    form: str
    content: str
    outcome: str
    follow_up_date: dt.date | None
    trip_id: int | None
    next_step: str = ""
    search: str = field(repr=False, default="")


@dataclass(frozen=True)
class VisitFilter:
    ids: frozenset[int] | None = None
    unit_id: int | None = None
    year: int | None = None
    enterprise_id: int | None = None
    trip_id: int | None = None
    form: str | None = None
    until: dt.date | None = None  # visits on or before this day (a report's period end)


def visit_conditions(flt: VisitFilter) -> list:
    """The WHERE terms of a filter, shared by the visit list and the people on those visits."""
    conditions = []
    if flt.ids is not None:
        conditions.append(Visit.id.in_(list(flt.ids)))
    if flt.unit_id is not None:
        conditions.append(Visit.unit == flt.unit_id)
    if flt.year is not None:
        conditions.append(Visit.date.between(dt.date(flt.year, 1, 1), dt.date(flt.year, 12, 31)))
    if flt.enterprise_id is not None:
        conditions.append(Visit.enterprise == flt.enterprise_id)
    if flt.trip_id is not None:
        conditions.append(Visit.trip == flt.trip_id)
    if flt.form is not None:
        conditions.append(Visit.form == flt.form)
    if flt.until is not None:
        conditions.append(Visit.date <= flt.until)
    return conditions


def visit_people(conditions: list) -> dict[int, str]:
    """Who went on each chosen visit, 、-joined in person order (only the chosen visits are read)."""
    query = (
        VisitParticipant.select(VisitParticipant.visit, VisitParticipant.person, Person.name)
        .join(Person)
        .switch(VisitParticipant)
        .join(Visit)
    )
    if conditions:
        query = query.where(*conditions)
    names: dict[int, list[tuple[int, str]]] = {}
    # Plain values (ids and names) need no conversion: read the cursor as it comes.
    for visit_id, person_id, name in db.execute(query):
        names.setdefault(visit_id, []).append((person_id, name))
    return {
        visit_id: "、".join(name for _id, name in sorted(people))
        for visit_id, people in names.items()
    }


def visit_rows(flt: VisitFilter = VisitFilter(), searchable: bool = True) -> list[VisitRow]:
    """Visits newest first; who went comes from a second query over the same visits."""
    conditions = visit_conditions(flt)
    query = (
        Visit.select(
            Visit.id,
            Visit.date,
            Visit.unit,
            Unit.name,
            Visit.enterprise,
            Enterprise.name,
            Enterprise.is_key,
            Visit.form,
            Visit.content,
            Visit.outcome,
            Visit.follow_up_date,
            Visit.trip,
            Visit.next_step,
        )
        .join(Unit)
        .switch(Visit)
        .join(Enterprise)
        .order_by(Visit.date.desc(), Visit.id.desc())
    )
    if conditions:
        query = query.where(*conditions)
    people = visit_people(conditions)
    rows = []
    for vid, date, unit_id, unit, eid, ename, is_key, *rest in query.tuples():
        form, content, outcome, follow, trip, step = rest
        people_text = people.get(vid, "")
        # Exports skip the search key: pinyin for 100,000 rows costs more than the query.
        search = search_key(content, names=(ename, people_text)) if searchable else ""
        rows.append(
            VisitRow(
                vid,
                date,
                unit_id,
                unit,
                eid,
                ename,
                bool(is_key),
                people_text,
                form,
                content,
                outcome,
                follow,
                trip,
                step,
                search,
            )
        )
    return rows


def due_follow_ups(
    as_of: dt.date | None = None, unit_id: int | None = None, limit: int = 200
) -> list[VisitRow]:
    """Visits whose follow-up date has passed with no later visit to that enterprise by that unit."""
    as_of = as_of or dt.date.today()
    later = Visit.alias()
    followed = later.select(later.id).where(
        (later.enterprise == Visit.enterprise)
        & (later.unit == Visit.unit)
        & (later.date > Visit.date)
        & (later.date <= as_of)
    )
    query = Visit.select(Visit.id).where(Visit.follow_up_date < as_of, ~fn.EXISTS(followed))
    if unit_id is not None:
        query = query.where(Visit.unit == unit_id)
    # Most recently due first: old ones are still listed until a visit closes them.
    ids = {
        vid
        for (vid,) in query.order_by(Visit.follow_up_date.desc(), Visit.id.desc())
        .limit(limit)
        .tuples()
    }
    if not ids:
        return []
    rows = visit_rows(VisitFilter(ids=frozenset(ids)))
    return sorted(rows, key=lambda r: (r.follow_up_date, r.id), reverse=True)
