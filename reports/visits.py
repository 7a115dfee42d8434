"""重点企业拜访进度: distinct key enterprises visited in the year per unit, against the yearly target."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from models import Enterprise, Visit
from models.queries.overview import indicator_rules, units
from models.queries.periods import progress
from reports.indicators import carries_target, ruling_rules, thresholds
from reports.measures import measure
from reports.status import LAGGING, status_word, target_status

INDICATOR = "key_enterprises_visited"


@dataclass(frozen=True)
class VisitProgress:
    """One unit's count of distinct key enterprises visited and, for a county or zone, its target
    and status; a 市直部门's count stands alone (no target, no time progress, no status)."""

    unit_id: int
    unit: str
    key_enterprises_visited: int
    target: int | None
    time_progress: float | None  # None where nothing is compared with it
    completion: float | None
    status: str | None  # a key of reports.status.TARGET_STATUS
    as_of: dt.date
    assessed: bool = True  # a county or zone: the 100 target is its own

    @property
    def behind(self) -> bool:
        return self.status in LAGGING

    @property
    def status_name(self) -> str:
        return status_word(self.status)

    def to_json(self) -> dict:
        return {
            "unit_id": self.unit_id,
            "unit": self.unit,
            "key_enterprises_visited": self.key_enterprises_visited,
            "assessed": self.assessed,
            "target": self.target,
            "time_progress": self.time_progress,
            "completion": self.completion,
            "status": self.status,
            "status_name": self.status_name if self.status is not None else None,
            "behind": self.behind,
            "as_of": self.as_of.isoformat(),
        }


def _targets(year: int) -> dict[int | None, int]:
    """The key-enterprise target per unit for a year (None: the default for every unit)."""
    return {
        r.unit_id: r.target_count
        for r in indicator_rules(year)
        if r.indicator == INDICATOR and not r.city_total and r.target_count is not None
    }


def visit_progress(
    year: int, q: int | None = None, unit_id: int | None = None, today: dt.date | None = None
) -> list[VisitProgress]:
    """Per unit: distinct key enterprises visited from 1 January to the end of quarter q, or of the
    year (COUNT DISTINCT in SQL); a period not yet over counts through today, against the elapsed
    share of the year.

    The count is the indicator's own measure, so within a report build it is the year-to-date
    figure the indicator table already queried."""
    seen = progress(year, q, today)
    limits = thresholds(ruling_rules(year))  # as the indicators ask, so the measure is shared
    counts = measure(INDICATOR, dt.date(year, 1, 1), seen.end, unit_id, limits)
    targets = _targets(year)
    result = []
    for unit in units():
        if unit_id is not None and unit.id != unit_id:
            continue
        assessed = carries_target(INDICATOR, unit.kind)
        if not assessed and unit.id not in counts:  # a 市直部门 is listed once it has visits
            continue
        target = targets.get(unit.id, targets.get(None)) if assessed else None
        count = counts.get(unit.id, 0)
        result.append(
            VisitProgress(
                unit.id,
                unit.name,
                count,
                target,
                float(seen.share) if target is not None else None,
                count / target if target else None,
                target_status(count, target, seen.share, seen.final),
                seen.end,
                assessed,
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
