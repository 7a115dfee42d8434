"""外出招商 records: validation, saving and deleting trips (the demo data writes its own in bulk)."""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

from models.db.base import as_date, query_rows
from models.db.trips import Trip, TripParticipant
from models.queries.trips import MAX_TRIP_DAYS, trip_days
from models.store import trash
from models.store.participants import replace_people
from models.store.references import DATABASE, References
from models.validation import Check, clean_choice, clean_text, visible
from models.vocab import REGIONS


@dataclass
class TripInput:
    """A trip as the dialog or an import gives it."""

    unit_id: int | None
    person_ids: list[int]
    start_date: dt.date | None
    end_date: dt.date | None
    dest_city: str = ""
    region: str = ""
    country: str = ""
    purpose: str = ""
    outcome: str = ""
    enterprises_text: str = ""


@dataclass(frozen=True)
class Clash:
    """Another trip of the same person on overlapping days."""

    person: str
    trip_id: int
    start: dt.date
    end: dt.date
    dest_city: str
    overlap_start: dt.date
    overlap_end: dt.date

    def describe(self) -> str:
        days = (self.overlap_end - self.overlap_start).days + 1
        return (
            f"{self.person}已在 {self.start:%Y-%m-%d} 至 {self.end:%Y-%m-%d} 外出"
            f"（{self.dest_city or '未填目的地'}），与本次行程重叠 {days} 天"
            f"（{self.overlap_start:%m-%d} 至 {self.overlap_end:%m-%d}）"
        )


def clashes(
    person_ids: list[int], start: dt.date, end: dt.date, exclude: int | None = None
) -> list[Clash]:
    """Other trips of these people that share a day with [start, end] (indexed by person and date)."""
    if not person_ids:
        return []
    # Hand-written: it runs for every trip a ledger import adds.
    marks = ", ".join("?" * len(person_ids))
    sql = (
        "SELECT p.name, t.id, t.start_date, t.end_date, t.dest_city FROM trip t"
        " JOIN trip_participant tp ON tp.trip_id = t.id JOIN person p ON p.id = tp.person_id"
        f" WHERE tp.person_id IN ({marks}) AND t.start_date <= ? AND t.end_date >= ?"
        " AND t.id <> ? ORDER BY t.start_date"
    )
    found = []
    for name, tid, s, e, city in query_rows(
        sql, *person_ids, end, start, -1 if exclude is None else exclude
    ):
        s, e = as_date(s), as_date(e)
        found.append(Clash(name, tid, s, e, city, max(s, start), min(e, end)))
    return found


def validate_trip(
    data: TripInput,
    trip_id: int | None = None,
    today: dt.date | None = None,
    refs: References = DATABASE,
) -> Check:
    """Every rule a trip must meet; a date past this month is only a warning (trips are logged ahead)."""
    today = today or dt.date.today()
    check = Check()
    if not refs.unit_exists(data.unit_id):
        check.error("单位", "请选择单位")
    if not data.person_ids:
        check.error("参加人员", "至少选择一名参加人员")
    elif data.unit_id is not None:
        outsiders = refs.outsiders(data.person_ids, data.unit_id)
        if outsiders:
            names = "、".join(outsiders)
            check.error("参加人员", f"{names}不是本单位人员")
    start = check.date(data.start_date, "开始日期", required=True)
    end = check.date(data.end_date, "结束日期", required=True)
    dates_ok = start is not None and end is not None  # else refused: nothing to compare
    if dates_ok:
        if data.end_date < data.start_date:
            check.error("结束日期", f"早于开始日期（{data.start_date:%Y-%m-%d}）")
            dates_ok = False
        elif trip_days(data.start_date, data.end_date) > MAX_TRIP_DAYS:
            check.error(
                "结束日期",
                f"行程长达 {trip_days(data.start_date, data.end_date)} 天，超过一年，请核对",
            )
            dates_ok = False
    if dates_ok:
        month_end = today.replace(day=calendar.monthrange(today.year, today.month)[1])
        if data.start_date > month_end:
            check.warnings.append(
                f"开始日期 {data.start_date:%Y-%m-%d} 在本月之后，确认要提前登记这次行程吗？"
            )
        for clash in clashes(data.person_ids, data.start_date, data.end_date, exclude=trip_id):
            check.error("参加人员", clash.describe())
    check.capture(clean_text, data.dest_city, "目的地", 60, required=True)
    region = check.capture(clean_choice, data.region, "区域", REGIONS)
    country = check.capture(clean_text, data.country, "国家/地区", 40)
    if region == "abroad" and country == "":
        check.error("国家/地区", "境外行程请填写国家或地区")
    check.capture(clean_text, data.purpose, "事由", 500)
    check.capture(clean_text, data.outcome, "成效", 2000)
    check.capture(clean_text, data.enterprises_text, "拜访企业", 2000)
    return check


def save_trip(
    data: TripInput,
    trip_id: int | None = None,
    today: dt.date | None = None,
    refs: References = DATABASE,
    warnings: list[str] | None = None,
) -> Trip:
    """Validate, then write the trip and its participants in one transaction; returns the trip.

    Warnings (a trip logged ahead) are the caller's to confirm first; an import collects them.
    """
    check = validate_trip(data, trip_id, today, refs)
    check.raise_errors()
    if warnings is not None:
        warnings.extend(check.warnings)
    region = clean_choice(data.region, "区域", REGIONS)  # the key, also when given as 境外
    fields = {
        "unit": data.unit_id,
        "start_date": data.start_date,
        "end_date": data.end_date,
        "dest_city": visible(data.dest_city),
        "region": region,
        "country": visible(data.country) if region == "abroad" else "",
        "purpose": visible(data.purpose),
        "outcome": visible(data.outcome),
        "enterprises_text": visible(data.enterprises_text),
    }
    with refs.transaction():
        trip = Trip.write(trip_id, fields)
        replace_people(TripParticipant, "trip", trip, data.person_ids, new=trip_id is None)
    return trip


def trip_input(trip_id: int) -> TripInput:
    """A stored trip in the shape the dialog edits."""
    trip = Trip.get_by_id(trip_id)
    people = [p.person_id for p in trip.participants.order_by(TripParticipant.id)]
    return TripInput(
        trip.unit_id,
        people,
        trip.start_date,
        trip.end_date,
        trip.dest_city,
        trip.region,
        trip.country,
        trip.purpose,
        trip.outcome,
        trip.enterprises_text,
    )


def describe_deletion(trip_id: int) -> str:
    """What deleting a trip removes, in the words of the confirmation dialog."""
    from models.db.enterprises import Visit

    trip = Trip.get_by_id(trip_id)
    names = "、".join(p.person.name for p in trip.participants)
    visits = Visit.select().where(Visit.trip == trip).count()
    text = (
        f"{trip.unit.name} {trip.start_date:%Y-%m-%d} 至 {trip.end_date:%Y-%m-%d} "
        f"赴{trip.dest_city}（{trip_days(trip.start_date, trip.end_date)} 天，参加人员：{names}）"
    )
    if visits:
        text += f"\n其中的 {visits} 条拜访记录会保留，但不再关联这次行程。"
    return text


def delete_trip(trip_id: int) -> None:
    """Delete a trip and its participant links in one transaction (linked visits are kept)."""
    trash.move_to_trash(Trip, trip_id, "外出招商")


def _restore_problem(trip_id: int) -> str:
    """A trip back from the bin must not overlap a trip entered while it was away."""
    data = trip_input(trip_id)
    found = clashes(data.person_ids, data.start_date, data.end_date, exclude=trip_id)
    return found[0].describe() if found else ""


trash.on_restore("trip", check=_restore_problem)
