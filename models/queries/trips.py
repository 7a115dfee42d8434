"""外出招商 trips as lists read them: the filter, the paged list (sort keys, search, rows), and every
row of a filter for a report or a dialog, read by that same list."""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from peewee import Ordering, fn

from models.db.base import as_date
from models.db.trips import Trip, TripParticipant
from models.queries.list_parts import (
    first_person_pinyin,
    people_of,
    someone_matching,
    unit_by_name,
    unit_names,
    units_matching,
)
from models.queries.lists import (
    Listing,
    ListQuery,
    PythonOrder,
    id_in,
    plain_rows,
    ranked,
    years_of,
)
from models.queries.pinyin import pinyin_of
from models.vocab import REGIONS

# A trip lasts at most a year: saving refuses longer ones, and a filter's index bound relies on it.
MAX_TRIP_DAYS = 366


def trip_days(start: dt.date, end: dt.date) -> int:
    """Calendar days, both ends included (3月30日–4月2日 = 4 days)."""
    return (end - start).days + 1


@dataclass(frozen=True)
class TripRow:
    """A trip as the list shows it; participants already joined into one text."""

    id: int
    unit_id: int
    unit: str
    participants: str
    start_date: dt.date
    end_date: dt.date
    days: int
    dest_city: str
    region: str
    country: str
    purpose: str
    outcome: str


@dataclass(frozen=True)
class TripFilter:
    """What the list is narrowed to; None means any."""

    unit_id: int | None = None
    year: int | None = None
    month: int | None = None
    region: str | None = None
    person_id: int | None = None


def year_span(year: int | None, month: int | None) -> tuple[dt.date, dt.date] | None:
    if year is None:
        return None
    if month is not None:
        first = dt.date(year, month, 1)
        return first, first.replace(day=calendar.monthrange(year, month)[1])
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def trip_conditions(flt: TripFilter) -> list:
    """The WHERE terms of a filter: trips overlapping the chosen year or month (a trip crossing a
    month end is in both)."""
    conditions = []
    if flt.unit_id is not None:
        conditions.append(Trip.unit == flt.unit_id)
    span = year_span(flt.year, flt.month)
    if span is not None:
        first, last = span
        # The lower bound on start_date keeps the scan on the index (trips last at most a year).
        conditions += [
            Trip.start_date <= last,
            Trip.end_date >= first,
            Trip.start_date >= first - dt.timedelta(days=MAX_TRIP_DAYS),
        ]
    if flt.region is not None:
        conditions.append(Trip.region == flt.region)
    if flt.person_id is not None:
        people = TripParticipant.select(TripParticipant.trip)
        conditions.append(Trip.id.in_(people.where(TripParticipant.person == flt.person_id)))
    return conditions


class TripListing(Listing):
    """外出招商 trips, newest first; the 天数 column sorts in Python (no portable date arithmetic)."""

    model = Trip
    pinyin_tables = ("Trip", "Person", "Unit")
    indexed_columns = frozenset({"start_date"})

    def __init__(self) -> None:
        self.units = unit_names()
        self.columns = {
            "unit": lambda: [(unit_by_name(Trip.unit), True)],
            "participants": lambda: [
                (first_person_pinyin(TripParticipant, TripParticipant.trip, Trip.id), True)
            ],
            "start_date": lambda: [(Trip.start_date, True)],
            "end_date": lambda: [(Trip.end_date, True)],
            "days": lambda: PythonOrder(
                (Trip.start_date, Trip.end_date),
                lambda r: trip_days(as_date(r[0]), as_date(r[1])),
            ),
            "dest_city": lambda: [(pinyin_of(Trip.dest_city), True), (Trip.dest_city, True)],
            "region": lambda: [(ranked(Trip.region, REGIONS), True), (Trip.country, True)],
            "purpose": lambda: [(Trip.purpose, True)],
            "outcome": lambda: [(Trip.outcome, True)],
        }

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

    def load(self, owners, order: Sequence[Ordering] = ()) -> list[TripRow]:
        people = people_of(TripParticipant, TripParticipant.trip, owners)
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
        ).where(id_in(Trip.id, owners))
        rows = []
        for tid, unit_id, start, end, *rest in plain_rows(query.order_by(*order)):
            start, end = as_date(start), as_date(end)
            rows.append(
                TripRow(
                    tid,
                    unit_id,
                    self.units.get(unit_id, ""),
                    people.get(tid, ""),
                    start,
                    end,
                    trip_days(start, end),
                    *rest,
                )
            )
        return rows


def trip_rows(flt: TripFilter = TripFilter()) -> list[TripRow]:
    """Every trip of a filter, newest first, as the list shows it (a report's sheet, a dialog's
    choice of trips)."""
    return TripListing().all_rows(flt)


def trip_list_years() -> list[int]:
    """Years with trips starting in them, newest first (the trips list's year filter)."""
    return years_of(Trip.start_date)
