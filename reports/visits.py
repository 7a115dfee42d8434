"""重点企业拜访进度: distinct key enterprises visited in the year per unit, against the yearly target."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass
from fractions import Fraction

from models import Enterprise, Visit
from models.queries.overview import indicator_rules, units
from reports.indicators import ruling_rules, thresholds
from reports.measures import measure
from reports.periods import quarter, quarter_of, time_progress

INDICATOR = "key_enterprises_visited"


@dataclass(frozen=True)
class VisitProgress:
    """One unit's count of distinct key enterprises visited, its target and whether it lags time progress."""

    unit_id: int
    unit: str
    key_enterprises_visited: int
    target: int | None
    time_progress: float
    completion: float | None
    behind: bool
    as_of: dt.date

    def to_json(self) -> dict:
        data = asdict(self)
        data["as_of"] = self.as_of.isoformat()
        return data


def _targets(year: int) -> dict[int | None, int]:
    """The key-enterprise target per unit for a year (None: the default for every unit)."""
    return {
        r.unit_id: r.target_count
        for r in indicator_rules(year)
        if r.indicator == INDICATOR and not r.city_total and r.target_count is not None
    }


def progress_period(
    year: int, q: int | None, today: dt.date | None = None
) -> tuple[dt.date, Fraction]:
    """Count through the end of quarter q (or today in the current year) and the time progress that applies.

    Without a quarter: a past year is judged as of its end; the current year as of today, against the
    quarters already completed (so the first days of a quarter do not look behind).
    """
    today = today or dt.date.today()
    if q is not None:
        return quarter(year, q).end, time_progress(q)
    if year < today.year:
        return dt.date(year, 12, 31), Fraction(1)
    if year > today.year:
        return dt.date(year, 1, 1) - dt.timedelta(days=1), Fraction(0)
    done = quarter_of(today) - (0 if today == quarter(year, quarter_of(today)).end else 1)
    return today, time_progress(done) if done else Fraction(0)


def visit_progress(
    year: int, q: int | None = None, unit_id: int | None = None, today: dt.date | None = None
) -> list[VisitProgress]:
    """Per unit: distinct key enterprises visited from 1 January to the as-of day (COUNT DISTINCT in SQL).

    The count is the indicator's own measure, so within a report build it is the year-to-date
    figure the indicator table already queried."""
    as_of, progress = progress_period(year, q, today)
    limits = thresholds(ruling_rules(year))  # as the indicators ask, so the measure is shared
    counts = measure(INDICATOR, dt.date(year, 1, 1), as_of, unit_id, limits)
    targets = _targets(year)
    result = []
    for unit in units():
        if unit_id is not None and unit.id != unit_id:
            continue
        if unit.kind not in ("county", "zone") and unit.id not in counts:
            continue
        target = targets.get(unit.id, targets.get(None))
        count = counts.get(unit.id, 0)
        completion = count / target if target else None
        behind = bool(target) and Fraction(count, target) < progress
        result.append(
            VisitProgress(
                unit.id, unit.name, count, target, float(progress), completion, behind, as_of
            )
        )
    return result


def key_enterprises_not_visited(
    year: int, unit_id: int, as_of: dt.date | None = None
) -> list[Enterprise]:
    """Key enterprises the unit has not visited this year (to plan the next trips)."""
    end = as_of or dt.date(year, 12, 31)
    visited = Visit.select(Visit.enterprise).where(
        Visit.unit == unit_id, Visit.date.between(dt.date(year, 1, 1), end)
    )
    return list(
        Enterprise.select()
        .where(Enterprise.is_key == True, Enterprise.id.not_in(visited))
        .order_by(Enterprise.name)
    )
