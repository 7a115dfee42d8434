"""Report periods: months, quarters, year to date, and time progress (时序进度)."""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from fractions import Fraction


@dataclass(frozen=True)
class Period:
    """An inclusive date range, as reports and SQL BETWEEN use it."""

    start: dt.date
    end: dt.date

    def __contains__(self, day: dt.date) -> bool:
        return self.start <= day <= self.end

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def same_period_last_year(self) -> Period:
        """上年同期 (29 February maps to 28 February)."""
        return Period(_year_earlier(self.start), _year_earlier(self.end))


def _year_earlier(day: dt.date) -> dt.date:
    last = calendar.monthrange(day.year - 1, day.month)[1]
    return dt.date(day.year - 1, day.month, min(day.day, last))


def month(year: int, month_no: int) -> Period:
    return Period(
        dt.date(year, month_no, 1), dt.date(year, month_no, calendar.monthrange(year, month_no)[1])
    )


def quarter(year: int, q: int) -> Period:
    if not 1 <= q <= 4:
        raise ValueError(f"季度应为 1–4：{q}")
    return Period(month(year, 3 * q - 2).start, month(year, 3 * q).end)


def year_to_date(year: int, q: int) -> Period:
    """From 1 January to the end of quarter q (累计)."""
    return Period(dt.date(year, 1, 1), quarter(year, q).end)


def quarter_of(day: dt.date) -> int:
    return (day.month - 1) // 3 + 1


def time_progress(q: int) -> Fraction:
    """时序进度 at the end of quarter q: q/4 of the year's target should be done."""
    return Fraction(quarter(2000, q).end.month, 12)
