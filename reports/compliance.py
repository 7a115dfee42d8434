"""外出招商达标: monthly outing days and trips per leader (or pooled role group) against the quota rules.

Days are calendar days inclusive, counted in each month a trip touches and under the role the person
held on each day. A person who holds a role for part of a month owes that share of the quota
(rounded up). Aggregation runs in SQL over the month's trips only.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable
from dataclasses import asdict, dataclass

from models import QuotaRule
from models.db.base import as_date
from models.db.sql import days_between, greatest, least, run
from models.queries.overview import rules_year
from models.queries.periods import Period, month, quarter
from models.queries.trips import MAX_TRIP_DAYS
from models.vocab import ROLES
from reports.status import OUTING_STATUS, SHORTFALL

# Per-person rows: each holding of a quota role that overlaps the month, with its days and trips.
_PERSON_SQL = """
WITH holding AS (
    SELECT ra.person_id, p.name AS person, p.unit_id, u.name AS unit, u.sort_order, ra.role,
           {held_from} AS hs,
           {held_to} AS he
    FROM role_assignment ra
    JOIN person p ON p.id = ra.person_id
    JOIN unit u ON u.id = p.unit_id
    WHERE ra.role IN ({roles}) AND ra.valid_from <= :me
      AND (ra.valid_to IS NULL OR ra.valid_to >= :ms) {unit_filter}
),
spans AS (
    SELECT h.person_id, h.role, h.hs, t.id AS trip_id, t.start_date,
           {days} AS days,
           {planned} AS planned
    FROM holding h
    JOIN trip_participant tp ON tp.person_id = h.person_id
    JOIN trip t ON t.id = tp.trip_id
    WHERE t.start_date <= h.he AND t.end_date >= h.hs AND t.start_date >= :bound
)
SELECT h.unit_id, h.unit, h.sort_order, h.role, h.person_id, h.person, h.hs, h.he,
       COALESCE(SUM(s.days), 0) AS days,
       COUNT(DISTINCT CASE WHEN s.start_date <= :asof THEN s.trip_id END) AS trips,
       COALESCE(SUM(s.planned), 0) AS planned
FROM holding h
LEFT JOIN spans s ON s.person_id = h.person_id AND s.role = h.role AND s.hs = h.hs
GROUP BY h.person_id, h.role, h.hs, h.unit_id, h.unit, h.sort_order, h.person, h.he
"""

# Pooled groups: one trip with both leaders on it counts once; days are person-days.
_POOLED_TRIPS_SQL = """
SELECT p.unit_id, ra.role, COUNT(DISTINCT t.id)
FROM role_assignment ra
JOIN person p ON p.id = ra.person_id
JOIN trip_participant tp ON tp.person_id = ra.person_id
JOIN trip t ON t.id = tp.trip_id
WHERE ra.role IN ({roles}) AND ra.valid_from <= :me AND (ra.valid_to IS NULL OR ra.valid_to >= :ms)
  AND t.start_date <= {held_to}
  AND t.end_date >= {held_from}
  AND t.start_date >= :bound AND t.start_date <= :asof {unit_filter}
GROUP BY p.unit_id, ra.role
"""


def _spans() -> dict[str, str]:
    """The held span of a role in the month and a trip's days within it, in the engine's SQL."""
    last_day = least("t.end_date", "h.he", ":asof")
    return {
        "held_from": greatest("ra.valid_from", ":ms"),
        "held_to": least("COALESCE(ra.valid_to, :me)", ":me"),
        "days": greatest("0", days_between(greatest("t.start_date", "h.hs"), last_day) + " + 1"),
        "planned": greatest(
            "0",
            days_between(greatest("t.start_date", "h.hs", ":after"), least("t.end_date", "h.he"))
            + " + 1",
        ),
    }


@dataclass(frozen=True)
class ComplianceRow:
    """One leader (or pooled role group) in one month: what was done, what was owed, the verdict."""

    unit_id: int
    unit: str
    person: str  # the person, or the group's members for a pooled role
    person_ids: tuple[int, ...]
    role_key: str
    role: str
    month: str  # "2020-04"
    days: int
    trips: int
    required_days: int
    required_trips: int
    status: str  # met / unmet / at_risk / on_track
    need_days: int
    need_trips: int
    pooled: bool
    partial: bool  # held the role for only part of the month: quota prorated
    planned_days: int = 0  # days of trips logged ahead, after the as-of day (not yet counted)

    @property
    def status_name(self) -> str:
        return OUTING_STATUS[self.status]

    @property
    def open(self) -> bool:
        """The month is not over for this leader: 进行中 (on track or at risk), never 未达标."""
        return self.status in ("at_risk", "on_track")

    def shortfall(self, translate: Callable[[str], str] = str) -> str:
        """What the month still asks ("还需 3 天，还需 1 次"), empty once the quota is met; a screen
        passes its translation of the phrases."""
        if self.status == "met":
            return ""
        parts = [(SHORTFALL["days"], self.need_days), (SHORTFALL["trips"], self.need_trips)]
        return "，".join(translate(phrase).format(n) for phrase, n in parts if n)

    def to_json(self) -> dict:
        data = asdict(self)
        data["person_ids"] = list(self.person_ids)
        data["status_name"] = self.status_name
        return data


@dataclass
class _Tally:
    unit_id: int
    unit: str
    order: int
    role: str
    names: list[str]
    person_ids: list[int]
    days: int
    trips: int
    held_from: dt.date
    held_to: dt.date
    holders_left: int  # holders still in post on the as-of day (for the remaining capacity)
    planned: int = 0  # days of trips logged ahead, after the as-of day


def _status(
    tally: _Tally, rule: QuotaRule, span: Period, as_of: dt.date
) -> tuple[str, int, int, int, int]:
    """Verdict, required days and trips (prorated), and what is still missing."""
    held = (tally.held_to - tally.held_from).days + 1
    share = held / span.days
    required_days = math.ceil(rule.min_days * share - 1e-9)
    required_trips = math.ceil(rule.min_trips * share - 1e-9)
    need_days = max(0, required_days - tally.days)
    need_trips = max(0, required_trips - tally.trips)
    if need_days == 0 and need_trips == 0:
        return "met", required_days, required_trips, 0, 0
    if as_of > tally.held_to:
        return "unmet", required_days, required_trips, need_days, need_trips
    remaining = (tally.held_to - max(as_of, tally.held_from)).days + 1
    capacity = remaining * max(tally.holders_left, 1)
    # At risk when closing the gap (less the trips already planned) needs more than half the days
    # left, or more trips than fit in them.
    unplanned = max(0, need_days - tally.planned)
    at_risk = unplanned * 2 > capacity or need_trips * 3 > remaining
    return (
        ("at_risk" if at_risk else "on_track"),
        required_days,
        required_trips,
        need_days,
        need_trips,
    )


def month_compliance(
    year: int, month_no: int, unit_id: int | None = None, as_of: dt.date | None = None
) -> list[ComplianceRow]:
    """Every quota-role holder (pooled roles as one group per unit) for one month, in unit order."""
    as_of = as_of or dt.date.today()
    span = month(year, month_no)
    ruling = rules_year(year)
    rules = (
        {r.role: r for r in QuotaRule.select().where(QuotaRule.year == ruling)} if ruling else {}
    )
    if not rules:
        return []
    params = {
        "ms": span.start.isoformat(),
        "me": span.end.isoformat(),
        "bound": (span.start - dt.timedelta(days=MAX_TRIP_DAYS)).isoformat(),
        # Only days up to the as-of day count as done; later days of trips logged ahead are planned.
        "asof": min(as_of, span.end).isoformat(),
        "after": (min(as_of, span.end) + dt.timedelta(days=1)).isoformat(),
    }
    roles = ", ".join(f":r{i}" for i in range(len(rules)))
    params.update({f"r{i}": role for i, role in enumerate(rules)})
    unit_filter = ""
    if unit_id is not None:
        unit_filter = "AND p.unit_id = :unit"
        params["unit"] = unit_id
    rows = run(
        _PERSON_SQL.format(roles=roles, unit_filter=unit_filter, **_spans()), params
    ).fetchall()

    tallies: dict[tuple, _Tally] = {}
    for unit, unit_name, order, role, person_id, person, hs, he, days, trips, planned in rows:
        held_from, held_to = as_date(hs), as_date(he)
        in_post = 1 if held_to >= as_of else 0
        key = (unit, role) if rules[role].pooled else (unit, role, person_id, hs)
        tally = tallies.get(key)
        if tally is None:
            tallies[key] = _Tally(
                unit,
                unit_name,
                order,
                role,
                [person],
                [person_id],
                days,
                trips,
                held_from,
                held_to,
                in_post,
                planned,
            )
            continue
        if person not in tally.names:
            tally.names.append(person)
            tally.person_ids.append(person_id)
        tally.days += days
        tally.trips += trips
        tally.planned += planned
        tally.held_from = min(tally.held_from, held_from)
        tally.held_to = max(tally.held_to, held_to)
        tally.holders_left += in_post
    pooled_roles = [r for r, rule in rules.items() if rule.pooled]
    if pooled_roles:
        proles = ", ".join(f":r{i}" for i, r in enumerate(rules) if r in pooled_roles)
        pooled_sql = _POOLED_TRIPS_SQL.format(roles=proles, unit_filter=unit_filter, **_spans())
        for unit, role, trips in run(pooled_sql, params).fetchall():
            tallies[(unit, role)].trips = trips

    role_order = list(ROLES)
    result = []
    for tally in sorted(
        tallies.values(), key=lambda t: (t.order, t.unit_id, role_order.index(t.role), t.names)
    ):
        rule = rules[tally.role]
        status, req_days, req_trips, need_days, need_trips = _status(tally, rule, span, as_of)
        result.append(
            ComplianceRow(
                unit_id=tally.unit_id,
                unit=tally.unit,
                person="、".join(tally.names),
                person_ids=tuple(tally.person_ids),
                role_key=tally.role,
                role=ROLES[tally.role],
                month=f"{year:04d}-{month_no:02d}",
                days=tally.days,
                trips=tally.trips,
                required_days=req_days,
                required_trips=req_trips,
                status=status,
                need_days=need_days,
                need_trips=need_trips,
                pooled=rule.pooled,
                partial=(tally.held_from, tally.held_to) != (span.start, span.end),
                planned_days=tally.planned,
            )
        )
    return result


@dataclass(frozen=True)
class QuarterComplianceRow:
    """One leader or group across the three months of a quarter (None where not in post)."""

    unit: str
    person: str
    role: str
    months: tuple[ComplianceRow | None, ComplianceRow | None, ComplianceRow | None]


def quarter_compliance(
    year: int, q: int, unit_id: int | None = None, as_of: dt.date | None = None
) -> list[QuarterComplianceRow]:
    """The month view for each month of a quarter, side by side."""
    first = quarter(year, q).start.month
    by_month = [month_compliance(year, first + i, unit_id, as_of) for i in range(3)]
    keys: dict[tuple, list[ComplianceRow | None]] = {}
    for i, rows in enumerate(by_month):
        for row in rows:
            key = (row.unit_id, row.role_key, row.person if not row.pooled else "")
            keys.setdefault(key, [None, None, None])[i] = row
    result = []
    for slots in keys.values():
        sample = next(r for r in slots if r is not None)
        result.append(QuarterComplianceRow(sample.unit, sample.person, sample.role, tuple(slots)))
    return result


def alerts(as_of: dt.date | None = None, unit_id: int | None = None) -> list[ComplianceRow]:
    """For the dashboard: this month's at-risk leaders, then last month's failures."""
    as_of = as_of or dt.date.today()
    this = [
        r
        for r in month_compliance(as_of.year, as_of.month, unit_id, as_of)
        if r.status == "at_risk"
    ]
    previous = as_of.replace(day=1) - dt.timedelta(days=1)
    last = [
        r
        for r in month_compliance(previous.year, previous.month, unit_id, as_of)
        if r.status == "unmet"
    ]
    return this + last
