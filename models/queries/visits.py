"""拜访记录 as lists read them: the filter, the paged list (sort keys, search, rows), every row of a
filter for a report, and the follow-ups that are due, all read by that same list."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from peewee import Ordering, fn

from models.db.base import as_date
from models.db.enterprises import Enterprise, Visit, VisitParticipant
from models.db.pinyin_keys import PinyinKey
from models.queries.list_parts import (
    first_person_pinyin,
    people_of,
    someone_matching,
    unit_by_name,
    unit_names,
)
from models.queries.lists import (
    Listing,
    ListQuery,
    id_in,
    nulls_first,
    plain_rows,
    ranked,
    years_of,
)
from models.queries.pinyin import texts_matching
from models.vocab import VISIT_FORMS


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


@dataclass(frozen=True)
class VisitFilter:
    ids: frozenset[int] | None = None
    unit_id: int | None = None
    year: int | None = None
    enterprise_id: int | None = None
    trip_id: int | None = None
    form: str | None = None
    until: dt.date | None = None  # visits on or before this day (a report's period end)


def visit_conditions(flt: VisitFilter, whole: bool = False) -> list:
    """The WHERE terms of a filter (`whole`: the query reads every matching row)."""
    conditions = []
    if flt.ids is not None:
        conditions.append(Visit.id.in_(list(flt.ids)))
    if flt.unit_id is not None:
        conditions.append(Visit.unit == flt.unit_id)
    if flt.year is not None:
        date = Visit.date
        if whole and flt == VisitFilter(year=flt.year, form=flt.form):
            # A year of every unit is a fifth of all visits: reading the table in order beats
            # following the date index to each row (0.13 s against 0.45 s on a city's data).
            date = fn.COALESCE(Visit.date, Visit.date)
        conditions.append(date.between(dt.date(flt.year, 1, 1), dt.date(flt.year, 12, 31)))
    if flt.enterprise_id is not None:
        conditions.append(Visit.enterprise == flt.enterprise_id)
    if flt.trip_id is not None:
        conditions.append(Visit.trip == flt.trip_id)
    if flt.form is not None:
        conditions.append(Visit.form == flt.form)
    if flt.until is not None:
        conditions.append(Visit.date <= flt.until)
    return conditions


class VisitListing(Listing):
    """拜访记录, newest first."""

    model = Visit
    pinyin_tables = ("Enterprise", "Person", "Unit")
    indexed_columns = frozenset({"date"})

    def __init__(self) -> None:
        self.units = unit_names()
        enterprise_pinyin = (
            PinyinKey.select(PinyinKey.pinyin)
            .join(Enterprise, on=(Enterprise.name == PinyinKey.text))
            .where(Enterprise.id == Visit.enterprise)
        )
        self.columns = {
            "date": lambda: [(Visit.date, True)],
            "unit": lambda: [(unit_by_name(Visit.unit), True)],
            "enterprise": lambda: [(enterprise_pinyin, True), (Visit.enterprise, True)],
            "people": lambda: [
                (first_person_pinyin(VisitParticipant, VisitParticipant.visit, Visit.id), True)
            ],
            "form": lambda: [(ranked(Visit.form, VISIT_FORMS), True)],
            "content": lambda: [(Visit.content, True)],
            "outcome": lambda: [(Visit.outcome, True)],
            "follow_up_date": lambda: nulls_first(Visit.follow_up_date),
        }

    def default_order(self):
        return [(Visit.date, False), (Visit.id, False)]

    def filtered(self, flt: VisitFilter, whole: bool = False):
        conditions = visit_conditions(flt, whole)
        return Visit.select(Visit.id).where(*conditions) if conditions else Visit.select(Visit.id)

    def searched(self, query, word: str):
        firms = Enterprise.select(Enterprise.id).where(
            Enterprise.name.contains(word) | Enterprise.name.in_(texts_matching(word))
        )
        found = Visit.content.contains(word) | Visit.enterprise.in_(firms)
        people = someone_matching(VisitParticipant, VisitParticipant.visit, Visit.id, word)
        return query.where(found if people is None else found | people)

    def summary(self, query: ListQuery, ids: Sequence[int] | None = None) -> tuple[int, int]:
        """(visits, distinct enterprises visited)."""
        visits, firms = (
            self.counted(query, ids)
            .select(fn.COUNT(Visit.id), fn.COUNT(fn.DISTINCT(Visit.enterprise)))
            .tuples()
            .get()
        )
        return visits, firms

    def load(self, owners, order: Sequence[Ordering] = ()) -> list[VisitRow]:
        people = people_of(VisitParticipant, VisitParticipant.visit, owners)
        query = (
            Visit.select(
                Visit.id,
                Visit.date,
                Visit.unit,
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
            .join(Enterprise)
            .where(id_in(Visit.id, owners))
            .order_by(*order)
        )
        rows = []
        for vid, date, unit_id, eid, ename, is_key, form, *rest in plain_rows(query):
            content, outcome, follow, trip, step = rest
            rows.append(
                VisitRow(
                    vid,
                    as_date(date),
                    unit_id,
                    self.units.get(unit_id, ""),
                    eid,
                    ename,
                    bool(is_key),
                    people.get(vid, ""),
                    form,
                    content,
                    outcome,
                    as_date(follow) if follow else None,
                    trip,
                    step,
                )
            )
        return rows


def visit_rows(flt: VisitFilter = VisitFilter()) -> list[VisitRow]:
    """Every visit of a filter, newest first, as the list shows it (a report's sheet)."""
    return VisitListing().all_rows(flt)


def due_follow_ups(
    as_of: dt.date | None = None, unit_id: int | None = None, limit: int = 200
) -> list[VisitRow]:
    """Visits whose follow-up date has passed with no later visit to that enterprise by that unit,
    most recently due first (old ones stay listed until a visit closes them)."""
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
    due = query.order_by(Visit.follow_up_date.desc(), Visit.id.desc()).limit(limit)
    return VisitListing().rows([vid for (vid,) in due.tuples()])


def visit_list_years() -> list[int]:
    """Years with visits, newest first (the visits list's year filter)."""
    return years_of(Visit.date)
