"""供地期限 (§23): land-use right due six months after the formal contract; overdue share per unit, 5% limit.

Due date: the same day number six months after signing, or that month's last day when it has none
(民法典 第二百零三条). Overdue from the day after the due date when no land was obtained by then —
an event of that day, so later land does not undo it and a submitted quarter's figure never changes.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from dateutil.relativedelta import relativedelta
from peewee import fn

from models import Project, Unit
from models.queries.overview import units

LIMIT = Decimal("0.05")
WARN_DAYS = 30
# Fewer days than any six calendar months hold (the shortest: 31 August to 28 February, 181),
# so "signed at least this many days ago" is a safe, slightly wide bound for "due by now".
_SOONEST_DUE = 150


def land_due(signed: dt.date) -> dt.date:
    """Six calendar months after signing, clamped to the month's last day (2019-08-31 → 2020-02-29)."""
    months = signed.year * 12 + signed.month - 1 + 6
    year, month = divmod(months, 12)
    month += 1
    return dt.date(year, month, min(signed.day, calendar.monthrange(year, month)[1]))


def overdue_since(signed: dt.date, land: dt.date | None) -> dt.date | None:
    """The day a project turned overdue, or None if land came in time."""
    due = land_due(signed)
    if land is not None and land <= due:
        return None
    return due + dt.timedelta(days=1)


@dataclass(frozen=True)
class LandCase:
    """One project under the land rule."""

    project_id: int
    project: str
    unit_id: int
    unit: str
    signed: dt.date
    due: dt.date
    land: dt.date | None

    def to_json(self) -> dict:
        return {
            "project": self.project,
            "signed": self.signed.isoformat(),
            "due": self.due.isoformat(),
        }


@dataclass(frozen=True)
class UnitLand:
    """A unit's year: formal signings so far, projects turned overdue so far, the ratio and the verdict."""

    unit_id: int
    unit: str
    signed_ytd: int
    overdue: list[LandCase] = field(default_factory=list)
    limit: Decimal = LIMIT

    @property
    def ratio(self) -> Decimal | None:
        if not self.signed_ytd:
            return None
        return (Decimal(len(self.overdue)) / self.signed_ytd).quantize(Decimal("0.0001"))

    @property
    def advanced_eligible(self) -> bool:
        """Above 5% the unit cannot be rated advanced; no signings with an overdue project cannot either."""
        if not self.signed_ytd:
            return not self.overdue
        return Decimal(len(self.overdue)) / self.signed_ytd <= self.limit

    def to_json(self) -> dict:
        return {
            "unit": self.unit,
            "signed_ytd": self.signed_ytd,
            "overdue": [c.to_json() for c in self.overdue],
            "ratio": float(self.ratio) if self.ratio is not None else None,
            "limit": float(self.limit),
            "advanced_eligible": self.advanced_eligible,
        }


def _cases(
    signed_from: dt.date, signed_to: dt.date, unit_id: int | None = None, without_land: bool = False
) -> list[LandCase]:
    """Projects needing land whose formal contract falls in the range (bounded by the signing index)."""
    query = (
        Project.select(
            Project.id,
            Project.name,
            Project.unit,
            Unit.name,
            Project.signed_date,
            Project.land_date,
        )
        .join(Unit)
        .where(Project.needs_land == True, Project.signed_date.between(signed_from, signed_to))
        .order_by(Project.signed_date, Project.name, Project.id)
    )
    if unit_id is not None:
        query = query.where(Project.unit == unit_id)
    if without_land:
        query = query.where(Project.land_date.is_null())
    return [
        LandCase(pid, name, uid, unit, signed, land_due(signed), land)
        for pid, name, uid, unit, signed, land in query.tuples()
    ]


def land_status(year: int, as_of: dt.date, unit_id: int | None = None) -> list[UnitLand]:
    """Per unit, as of a date in the year: signings in the year so far and projects turned overdue so far."""
    start = dt.date(year, 1, 1)
    signed = dict(
        Project.select(Project.unit, fn.COUNT(Project.id))
        .where(Project.signed_date.between(start, as_of))
        .group_by(Project.unit)
        .tuples()
    )
    # A project turning overdue in the year was signed at most six months (and a day) before it,
    # and at least 182 days before as_of (six months are never fewer than 181 days): the range
    # read is a little wider than that, and the exact test is below.
    overdue: dict[int, list[LandCase]] = {}
    latest = as_of - dt.timedelta(days=_SOONEST_DUE)
    for case in _cases(start - relativedelta(months=7), latest, unit_id):
        since = overdue_since(case.signed, case.land)
        if since is not None and start <= since <= as_of:
            overdue.setdefault(case.unit_id, []).append(case)
    result = []
    for unit in units():
        if unit_id is not None and unit.id != unit_id:
            continue
        if unit.kind == "city_dept" and unit.id not in signed and unit.id not in overdue:
            continue
        result.append(
            UnitLand(unit.id, unit.name, signed.get(unit.id, 0), overdue.get(unit.id, []))
        )
    return result


def land_due_soon(
    as_of: dt.date, unit_id: int | None = None, days: int = WARN_DAYS
) -> list[LandCase]:
    """Projects without land whose due date is within the next `days` days (the 30-day warning)."""
    # Due within `days` means signed at least 181 − days days ago (read a little wider).
    latest = as_of + dt.timedelta(days=days - _SOONEST_DUE)
    cases = _cases(as_of - relativedelta(months=6), latest, unit_id, without_land=True)
    return [
        c for c in cases if c.land is None and as_of <= c.due <= as_of + dt.timedelta(days=days)
    ]


def land_overdue_now(as_of: dt.date, unit_id: int | None = None) -> list[LandCase]:
    """Projects past their due date that still have no land (what the dashboard chases)."""
    cases = _cases(dt.date(2000, 1, 1), as_of - relativedelta(months=6), unit_id, without_land=True)
    return [c for c in cases if c.land is None and c.due < as_of]


def _first_signing_due_by(day: dt.date) -> dt.date:
    """The earliest signing date whose land is due on or after day (due dates never go back as the
    signing date advances, so every earlier signing is due before day)."""
    signed = day - relativedelta(months=6) - dt.timedelta(days=4)
    while land_due(signed) < day:
        signed += dt.timedelta(days=1)
    return signed


def land_counts(as_of: dt.date, unit_id: int | None = None) -> tuple[int, int]:
    """How many land_overdue_now and land_due_soon would list, counted in SQL (the dashboard's tab
    title; the 15,000 cases of a city are only listed when the tab is opened)."""
    without_land = Project.select(fn.COUNT(Project.id)).where(
        Project.needs_land == True, Project.land_date.is_null()
    )
    if unit_id is not None:
        without_land = without_land.where(Project.unit == unit_id)
    overdue = without_land.where(
        Project.signed_date.between(dt.date(2000, 1, 1), as_of - relativedelta(months=6)),
        Project.signed_date < _first_signing_due_by(as_of),
    ).scalar()
    soon = without_land.where(
        Project.signed_date.between(as_of - relativedelta(months=6), as_of),
        Project.signed_date >= _first_signing_due_by(as_of),
        Project.signed_date < _first_signing_due_by(as_of + dt.timedelta(days=WARN_DAYS + 1)),
    ).scalar()
    return overdue or 0, soon or 0
