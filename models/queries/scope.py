"""口径: which units, which quarter, as seen on which day — the one value a report carries, so every
section of it counts the same periods for the same units."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from functools import cached_property

from models.queries.periods import Period, Progress, progress, quarter, year_to_date


@dataclass(frozen=True)
class Scope:
    """A quarter of one unit (or of every unit: unit_id None), as seen on as_of (default today).

    A quarter not yet over on that day counts through it: its periods stop there and time progress
    is the elapsed share of the year."""

    year: int
    quarter: int
    unit_id: int | None = None
    as_of: dt.date | None = None

    @cached_property
    def seen(self) -> Progress:
        """Where the quarter stands on as_of (computed once, so one report uses one day)."""
        return progress(self.year, self.quarter, self.as_of)

    @property
    def span(self) -> Period:
        """The quarter, up to the day seen when it is not over."""
        whole = quarter(self.year, self.quarter)
        return Period(whole.start, self.seen.end) if self.seen.open else whole

    @property
    def ytd(self) -> Period:
        """累计: 1 January to the quarter's end, or to the day seen when it is not over."""
        whole = year_to_date(self.year, self.quarter)
        return Period(whole.start, self.seen.end) if self.seen.open else whole

    @property
    def last_ytd(self) -> Period:
        """上年同期: the same days a year earlier."""
        return self.ytd.same_period_last_year()

    @property
    def city(self) -> bool:
        return self.unit_id is None

    def of_unit(self, unit_id: int | None) -> Scope:
        """The same quarter and day for another unit (or for every unit)."""
        return replace(self, unit_id=unit_id)
