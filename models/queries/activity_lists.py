"""The 外出招商 and 拜访记录 lists, paged: their filters, search, sort keys and rows in SQL."""

from __future__ import annotations

import calendar
import datetime as dt
from collections import defaultdict
from collections.abc import Sequence

from peewee import JOIN, SQL, Case, fn

from models.db.base import as_date
from models.db.enterprises import Enterprise, Visit, VisitParticipant
from models.db.org import Person, Unit
from models.db.pinyin_keys import PinyinKey
from models.db.trips import Trip, TripParticipant
from models.queries.lists import Listing, ListQuery, PythonOrder, nulls_first, ranked, years_of
from models.queries.pinyin import pinyin_of, texts_matching
from models.store.trips import TripFilter, TripRow, trip_conditions, trip_days
from models.store.visits import VisitFilter, VisitRow
from models.vocab import REGIONS, VISIT_FORMS


def unit_names() -> dict[int, str]:
    return dict(Unit.select(Unit.id, Unit.name).tuples())


def person_names() -> dict[int, str]:
    return dict(Person.select(Person.id, Person.name).tuples())


def ranked_ids(field, order: list[int]):
    """A CASE giving each id its place in the order (units: a dozen, no join needed)."""
    return Case(field, [(i, n) for n, i in enumerate(order)], len(order))


def unit_by_name(field):
    """Units in the pinyin order of their names."""
    order = (
        Unit.select(Unit.id)
        .join(PinyinKey, JOIN.LEFT_OUTER, on=(PinyinKey.text == Unit.name))
        .order_by(PinyinKey.pinyin, Unit.id)
    )
    return ranked_ids(field, [i for (i,) in order.tuples()])


def units_matching(word: str):
    """Units whose name contains the word, or whose pinyin initials do."""
    return Unit.select(Unit.id).where(
        Unit.name.contains(word) | Unit.name.in_(texts_matching(word))
    )


def people_matching(word: str):
    """People whose name contains the word, or whose pinyin initials do (`zs` finds 张三)."""
    return Person.select(Person.id).where(
        Person.name.contains(word) | Person.name.in_(texts_matching(word))
    )


def someone_matching(link, owner_field, owner_id, word: str):
    """Whether a trip or visit has a participant matching the word, probed row by row; None when
    nobody matches (the people are a short table, read first).

    `id IN (the visits of everyone matching)` lists every such visit before the first row: a
    million ids when the word matches most people (6 s). The probe follows the (owner, person)
    index and reads only the rows the list looks at; `person + 0` keeps SQLite on the owner part
    of that index rather than one probe per matching person.
    """
    people = [i for (i,) in people_matching(word).tuples()]
    if not people:
        return None
    return fn.EXISTS(
        link.select(SQL("1")).where((owner_field == owner_id) & (link.person + 0).in_(people))
    )


def first_person_pinyin(link, owner_field, owner_id):
    """The pinyin of the first person on a trip or visit: a people column sorts by it."""
    return (
        link.select(PinyinKey.pinyin)
        .join(Person)
        .join(PinyinKey, on=(PinyinKey.text == Person.name))
        .where(owner_field == owner_id)
        .order_by(link.id)
        .limit(1)
    )


def people_of(link, owner_field, ids: Sequence[int]) -> dict[int, str]:
    """Who went, joined as the lists show it (张三、李四), for a page of trips or visits."""
    names: dict[int, list[str]] = defaultdict(list)
    query = (
        link.select(owner_field, Person.name)
        .join(Person)
        .where(owner_field.in_(list(ids)))
        .order_by(link.id)
    )
    for owner, name in query.tuples():
        names[owner].append(name)
    return {owner: "、".join(people) for owner, people in names.items()}


def year_span(year: int | None, month: int | None) -> tuple[dt.date, dt.date] | None:
    if year is None:
        return None
    if month is not None:
        first = dt.date(year, month, 1)
        return first, first.replace(day=calendar.monthrange(year, month)[1])
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


class TripListing(Listing):
    """外出招商 trips, newest first; the 天数 column sorts in Python (no portable date arithmetic)."""

    model = Trip
    pinyin_tables = ("Trip", "Person", "Unit")
    indexed_columns = frozenset({2})  # 开始日期

    def __init__(self) -> None:
        self.units = unit_names()
        self.columns = (
            lambda: [(unit_by_name(Trip.unit), True)],
            lambda: [(first_person_pinyin(TripParticipant, TripParticipant.trip, Trip.id), True)],
            lambda: [(Trip.start_date, True)],
            lambda: [(Trip.end_date, True)],
            lambda: PythonOrder(
                (Trip.start_date, Trip.end_date),
                lambda r: trip_days(as_date(r[0]), as_date(r[1])),
            ),
            lambda: [(pinyin_of(Trip.dest_city), True), (Trip.dest_city, True)],
            lambda: [(ranked(Trip.region, REGIONS), True), (Trip.country, True)],
            lambda: [(Trip.purpose, True)],
            lambda: [(Trip.outcome, True)],
        )

    def default_order(self):
        return [(Trip.start_date, False), (Trip.id, False)]

    def filtered(self, flt: TripFilter, whole: bool = False):
        conditions = trip_conditions(flt)
        return Trip.select(Trip.id).where(*conditions) if conditions else Trip.select(Trip.id)

    def searched(self, query, word: str):
        found = Trip.dest_city.contains(word) | Trip.purpose.contains(word)
        found |= Trip.unit.in_(units_matching(word))
        people = someone_matching(TripParticipant, TripParticipant.trip, Trip.id, word)
        return query.where(found if people is None else found | people)

    def summary(self, query: ListQuery, ids: Sequence[int] | None = None) -> tuple[int, int]:
        """(trips, their days inside the chosen year or month, as the month view counts them)."""
        span = year_span(query.filter.year, query.filter.month)
        pairs = (
            self.counted(query, ids)
            .select(Trip.start_date, Trip.end_date, fn.COUNT(Trip.id))
            .group_by(Trip.start_date, Trip.end_date)
            .tuples()
        )
        trips = days = 0
        for start, end, n in pairs:
            start, end = as_date(start), as_date(end)
            if span is not None:
                start, end = max(start, span[0]), min(end, span[1])
            trips += n
            days += n * max(0, trip_days(start, end))
        return trips, days

    def rows(self, ids: Sequence[int]) -> list[TripRow]:
        people = people_of(TripParticipant, TripParticipant.trip, ids)
        query = Trip.select(
            Trip.id,
            Trip.unit,
            Trip.start_date,
            Trip.end_date,
            Trip.dest_city,
            Trip.region,
            Trip.country,
            Trip.purpose,
            Trip.outcome,
        ).where(Trip.id.in_(list(ids)))
        found = {}
        for tid, unit_id, start, end, *rest in query.tuples():
            start, end = as_date(start), as_date(end)
            found[tid] = TripRow(
                tid,
                unit_id,
                self.units.get(unit_id, ""),
                people.get(tid, ""),
                start,
                end,
                trip_days(start, end),
                *rest,
            )
        return [found[i] for i in ids if i in found]


class VisitListing(Listing):
    """拜访记录, newest first."""

    model = Visit
    pinyin_tables = ("Enterprise", "Person", "Unit")
    indexed_columns = frozenset({0})  # 日期

    def __init__(self) -> None:
        self.units = unit_names()
        enterprise_pinyin = (
            PinyinKey.select(PinyinKey.pinyin)
            .join(Enterprise, on=(Enterprise.name == PinyinKey.text))
            .where(Enterprise.id == Visit.enterprise)
        )
        self.columns = (
            lambda: [(Visit.date, True)],
            lambda: [(unit_by_name(Visit.unit), True)],
            lambda: [(enterprise_pinyin, True), (Visit.enterprise, True)],
            lambda: [
                (first_person_pinyin(VisitParticipant, VisitParticipant.visit, Visit.id), True)
            ],
            lambda: [(ranked(Visit.form, VISIT_FORMS), True)],
            lambda: [(Visit.content, True)],
            lambda: [(Visit.outcome, True)],
            lambda: nulls_first(Visit.follow_up_date),
        )

    def default_order(self):
        return [(Visit.date, False), (Visit.id, False)]

    def filtered(self, flt: VisitFilter, whole: bool = False):
        query = Visit.select(Visit.id)
        if flt.ids is not None:
            query = query.where(Visit.id.in_(list(flt.ids)))
        if flt.unit_id is not None:
            query = query.where(Visit.unit == flt.unit_id)
        if flt.year is not None:
            date = Visit.date
            if whole and flt == VisitFilter(year=flt.year, form=flt.form):
                # A year of every unit is a fifth of all visits: reading the table in order beats
                # following the date index to each row (0.13 s against 0.45 s on a city's data).
                date = fn.COALESCE(Visit.date, Visit.date)
            query = query.where(date.between(dt.date(flt.year, 1, 1), dt.date(flt.year, 12, 31)))
        if flt.enterprise_id is not None:
            query = query.where(Visit.enterprise == flt.enterprise_id)
        if flt.trip_id is not None:
            query = query.where(Visit.trip == flt.trip_id)
        if flt.form is not None:
            query = query.where(Visit.form == flt.form)
        return query

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

    def rows(self, ids: Sequence[int]) -> list[VisitRow]:
        people = people_of(VisitParticipant, VisitParticipant.visit, ids)
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
            .where(Visit.id.in_(list(ids)))
        )
        found = {}
        for (
            vid,
            date,
            unit_id,
            eid,
            ename,
            is_key,
            form,
            content,
            outcome,
            follow,
            trip,
            step,
        ) in query.tuples():
            found[vid] = VisitRow(
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
        return [found[i] for i in ids if i in found]


def trip_list_years() -> list[int]:
    """Years with trips starting in them, newest first (the trips list's year filter)."""
    return years_of(Trip.start_date)


def visit_list_years() -> list[int]:
    """Years with visits, newest first (the visits list's year filter)."""
    return years_of(Visit.date)
