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


def elapsed_share(day: dt.date) -> Fraction:
    """时序进度 on a day of a period not yet over: the months done plus this month's elapsed days,
    over twelve (so it meets Q/4 at each quarter's end)."""
    days_in_month = calendar.monthrange(day.year, day.month)[1]
    return (day.month - 1 + Fraction(day.day, days_in_month)) / 12


@dataclass(frozen=True)
class Progress:
    """Where a comparison with the annual target stands: counted through `end`, against `share`."""

    end: dt.date  # figures count through this day
    share: Fraction  # 时序进度
    open: bool  # the period is not over yet: the report says 截至 MM-DD
    final: bool  # the whole year is over: 完成 / 未完成 instead of 超进度 / 欠进度


def progress(year: int, q: int | None, today: dt.date | None = None) -> Progress:
    """The progress of quarter q (or of the whole year, q None) as seen on `today` (default: today).

    A finished quarter compares against Q/4; a period not yet over counts through today and
    compares against the elapsed share of the year."""
    today = today or dt.date.today()
    span = quarter(year, q) if q is not None else Period(dt.date(year, 1, 1), dt.date(year, 12, 31))
    if today >= span.end:
        share = time_progress(q) if q is not None else Fraction(1)
        return Progress(span.end, share, False, span.end.month == 12)
    if today.year < year:  # nothing of the year has passed
        return Progress(dt.date(year, 1, 1) - dt.timedelta(days=1), Fraction(0), True, False)
    return Progress(today, elapsed_share(today), True, False)
