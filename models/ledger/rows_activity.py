"""Rows of the 外出招商 and 拜访 sheets: a trip is its people and dates; a visit its day, unit and firm."""

from __future__ import annotations

from models.db.base import as_date, first_id, query_rows
from models.db.enterprises import VisitParticipant
from models.ledger.context import ImportContext, Row
from models.ledger.results import ADDED, SKIPPED, UPDATED
from models.ledger.rows_registry import choice
from models.store.trips import TripInput, save_trip, trip_input
from models.store.visits import VisitInput, save_visit, visit_input
from models.validation import FieldError
from models.vocab import REGIONS, VISIT_FORMS


def _merge(stored, given: dict) -> bool:
    """Put the row's non-empty values on the stored input; True when anything differs."""
    changed = False
    for attr, value in given.items():
        if value not in (None, "") and getattr(stored, attr) != value:
            setattr(stored, attr, value)
            changed = True
    return changed


def _same_trip(unit: int, start, end, people: list[int]) -> int | None:
    """The unit's trip on exactly these days with any of these people on it (so a row can add
    someone who was missing; two trips on the same days by different people stay apart)."""
    if (
        first_id(
            "SELECT id FROM trip WHERE unit_id = ? AND start_date = ? AND end_date = ?",
            unit,
            start,
            end,
        )
        is None
    ):
        return None
    marks = ", ".join("?" * len(people))
    return first_id(
        "SELECT t.id FROM trip t JOIN trip_participant tp ON tp.trip_id = t.id"
        " WHERE t.unit_id = ? AND t.start_date = ? AND t.end_date = ?"
        f" AND tp.person_id IN ({marks}) ORDER BY t.id LIMIT 1",
        unit,
        start,
        end,
        *people,
    )


def trip_row(ctx: ImportContext, row: Row) -> tuple[str, str]:
    unit = ctx.unit_id(row)
    start = row.date("start", required=True)
    end = row.date("end", required=True)
    people = ctx.person_ids(row, "people", unit, start)
    if not people:
        raise FieldError(row.header("people"), "不能为空")
    region = choice(row, "region", REGIONS)
    if region is None:
        raise FieldError(row.header("region"), "不能为空")
    given = {
        "dest_city": row.text("dest", 60, required=True),
        "region": region,
        "country": row.text("country", 40),
        "purpose": row.text("purpose", 500),
        "outcome": row.text("outcome", 2000),
        "enterprises_text": row.text("enterprises", 2000),
    }
    label = f"{row.text('unit', 40)} {start:%Y-%m-%d} 至 {end:%Y-%m-%d} {given['dest_city']}"
    existing = _same_trip(unit, start, end, people)
    if existing is not None:
        data = trip_input(existing)
        changed = _merge(data, given)
        missing = [p for p in people if p not in data.person_ids]
        if missing:
            data.person_ids = [*data.person_ids, *missing]
            changed = True
        if not changed:
            return SKIPPED, label
        save_trip(data, existing, today=ctx.today, refs=ctx)
        return UPDATED, label
    warnings: list[str] = []
    save_trip(
        TripInput(unit, people, start, end, **given), today=ctx.today, refs=ctx, warnings=warnings
    )
    for warning in warnings:
        ctx.warn(row, warning)
    return ADDED, label


def _trip_of(ctx: ImportContext, unit: int, day, people: list[int]) -> int | None:
    """The unit's trip under way that day with one of the visitors on it (a visit made on a trip);
    its span is kept for the visit's own check."""
    marks = ", ".join("?" * len(people))
    # Driven by the visitors' trips (a person has a few dozen), not by the unit's trips by date:
    # the unary + (valid SQL, a no-op on the value) keeps SQLite off the (unit, start date) index.
    rows = query_rows(
        "SELECT t.id, t.start_date, t.end_date FROM trip t"
        " JOIN trip_participant tp ON tp.trip_id = t.id"
        " WHERE +t.unit_id = ? AND t.start_date <= ? AND t.end_date >= ?"
        f" AND tp.person_id IN ({marks}) ORDER BY t.start_date LIMIT 1",
        unit,
        day,
        day,
        *people,
    )
    if not rows:
        return None
    trip, start, end = rows[0]
    ctx.trip_spans[trip] = (unit, as_date(start), as_date(end))
    return trip


def visit_row(ctx: ImportContext, row: Row) -> tuple[str, str]:
    day = row.date("date", required=True)
    unit = ctx.unit_id(row)
    firm_name = row.text("enterprise", 120, required=True)
    enterprise = ctx.enterprise_id(firm_name, row.header("enterprise"))
    people = ctx.person_ids(row, "people", unit, day)
    if not people:
        raise FieldError(row.header("people"), "不能为空")
    given = {
        "form": choice(row, "form", VISIT_FORMS),
        "content": row.text("content", 4000),
        "outcome": row.text("outcome", 2000),
        "next_step": row.text("next_step", 2000),
        "follow_up_date": row.date("follow_up"),
    }
    label = f"{row.text('unit', 40)} {day:%Y-%m-%d} {firm_name}"
    # Two visits to one firm on one day are two records: the n-th such row of the file is the
    # n-th such visit in the database, so a re-import matches each and an export loses none.
    key = (day, unit, enterprise)
    nth = ctx.visit_rows.get(key, 0)
    ctx.remember(ctx.visit_rows, key, nth + 1)
    existing = first_id(
        "SELECT id FROM visit WHERE date = ? AND unit_id = ? AND enterprise_id = ?"
        " ORDER BY id LIMIT 1 OFFSET ?",
        day,
        unit,
        enterprise,
        nth,
    )
    if existing is not None:
        data = visit_input(existing)
        changed = _merge(data, given)
        known = {
            p.person_id for p in VisitParticipant.select().where(VisitParticipant.visit == existing)
        }
        if not set(people) <= known:
            data.person_ids = list(dict.fromkeys([*data.person_ids, *people]))
            changed = True
        if not changed:
            return SKIPPED, label
        save_visit(data, existing, today=ctx.today, refs=ctx)
        return UPDATED, label
    data = VisitInput(
        day,
        enterprise,
        unit,
        people,
        trip_id=_trip_of(ctx, unit, day, people),
        **{k: v for k, v in given.items() if k != "form"},
        form=given["form"] or "onsite",
    )
    save_visit(data, today=ctx.today, refs=ctx)
    return ADDED, label
