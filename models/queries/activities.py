"""招商活动 and 调度会 as the report counts them: events by region, meetings by unit and kind, and
the quarters a unit went without a 调度会 since it began to use the program (§1, §12, §24)."""

from __future__ import annotations

import datetime as dt

from models.db.base import as_date
from models.db.sql import run
from models.queries.periods import Period, quarter


def _unit_filter(column: str, unit_id: int | None, params: dict) -> str:
    if unit_id is None:
        return ""
    params["unit"] = unit_id
    return f"AND {column} = :unit"


def events_by_region(span: Period, unit_id: int | None = None) -> dict[str, int]:
    """Region key → events begun in the span (a unit's own events when a unit is given)."""
    params = {"start": span.start.isoformat(), "end": span.end.isoformat()}
    where = _unit_filter("e.unit_id", unit_id, params)
    rows = run(
        f"""SELECT e.region, COUNT(*) FROM event e
        WHERE e.start_date BETWEEN :start AND :end {where} GROUP BY e.region""",
        params,
    ).fetchall()
    return {region: count for region, count in rows}


def events_held(
    span: Period, unit_id: int | None = None
) -> list[tuple[dt.date, str, str, str, str]]:
    """(start date, name, kind key, region key, organiser or '') of the events begun in the span."""
    params = {"start": span.start.isoformat(), "end": span.end.isoformat()}
    where = _unit_filter("e.unit_id", unit_id, params)
    rows = run(
        f"""SELECT e.start_date, e.name, e.kind, e.region, COALESCE(u.name, '')
        FROM event e LEFT JOIN unit u ON u.id = e.unit_id
        WHERE e.start_date BETWEEN :start AND :end {where}
        ORDER BY e.start_date, e.id""",
        params,
    ).fetchall()
    return [(as_date(day), name, kind, region, unit) for day, name, kind, region, unit in rows]


def meeting_counts(span: Period, unit_id: int | None = None) -> dict[int, dict[str, int]]:
    """Unit id → {meeting kind: meetings held in the span}, counted in SQL."""
    params = {"start": span.start.isoformat(), "end": span.end.isoformat()}
    where = _unit_filter("m.unit_id", unit_id, params)
    rows = run(
        f"""SELECT m.unit_id, m.kind, COUNT(*) FROM meeting m
        WHERE m.date BETWEEN :start AND :end {where} GROUP BY m.unit_id, m.kind""",
        params,
    ).fetchall()
    counts: dict[int, dict[str, int]] = {}
    for unit, kind, n in rows:
        counts.setdefault(unit, {})[kind] = n
    return counts


def first_record_dates(unit_id: int | None = None) -> dict[int, dt.date]:
    """Unit id → the day of its earliest dated record (a meeting, a trip, a visit, a
    project registered or signed):
    from then on the unit uses the program, and before it nothing can be asked of its ledgers."""
    params: dict = {}
    parts = []
    for table, column in (
        ("meeting", "date"),
        ("trip", "start_date"),
        ("visit", "date"),
        ("project", "lead_date"),
        ("project", "signed_date"),
    ):
        where = _unit_filter("unit_id", unit_id, params)
        parts.append(
            f"SELECT unit_id, MIN({column}) AS first_day FROM {table} "
            f"WHERE {column} IS NOT NULL {where} GROUP BY unit_id"
        )
    rows = run(
        f"SELECT unit_id, MIN(first_day) FROM ({' UNION ALL '.join(parts)}) f GROUP BY unit_id",
        params,
    ).fetchall()
    return {unit: as_date(day) for unit, day in rows if day is not None}


def quarters_without_dispatch_meeting(
    year: int, through_quarter: int, unit_id: int | None = None
) -> dict[str, list[int]]:
    """Unit name → the year's quarters, up to through_quarter, with no 调度会, counting only the
    quarters that end on or after the unit's first record (a unit is not flagged for the months
    before it used the program)."""
    from models.queries.overview import units

    if through_quarter < 1:
        return {}
    span = Period(dt.date(year, 1, 1), quarter(year, through_quarter).end)
    params = {"start": span.start.isoformat(), "end": span.end.isoformat()}
    where = _unit_filter("m.unit_id", unit_id, params)
    held: dict[int, set[int]] = {}
    for unit, day in run(
        f"""SELECT m.unit_id, m.date FROM meeting m
        WHERE m.kind = 'dispatch' AND m.date BETWEEN :start AND :end {where}""",
        params,
    ).fetchall():
        held.setdefault(unit, set()).add((as_date(day).month - 1) // 3 + 1)
    first = first_record_dates(unit_id)
    result: dict[str, list[int]] = {}
    for unit in units():
        if (unit_id is not None and unit.id != unit_id) or unit.id not in first:
            continue
        missing = [
            q
            for q in range(1, through_quarter + 1)
            if q not in held.get(unit.id, ()) and quarter(year, q).end >= first[unit.id]
        ]
        if missing:
            result[unit.name] = missing
    return result
