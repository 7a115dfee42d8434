"""Values that know how they are shown: on paper as text, in Excel as numbers with a format.

The money ruling lives here, once, for the PDF, the Excel report, the dashboard's indicator table
and the command line: amounts in 亿元 with two decimals (万元 in lists of small amounts), growth
above +100% as "是上年同期的 N.N 倍", and a small last-year base marked 基数小. The values stay
exact inside (Excel cells hold them whole; the JSON never sees these types' text).
"""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal

WAN_PER_YI = 10_000
SMALL_BASE_WAN = 10_000  # a last-year amount under 1 亿元 is 基数小
SMALL_BASE_COUNT = 3  # a last-year count under 3 is 基数小
_CENTS = Decimal("0.01")
_TENTH = Decimal("0.1")


class _Shown:
    """Inside an f-string too, the value prints as it shows (an explicit format spec still wins)."""

    def __format__(self, spec: str) -> str:
        return str(self) if not spec else super().__format__(spec)


class Percent(_Shown, Decimal):
    """A fraction (0.125) shown as a percentage (12.5%)."""

    excel_format = "0.0%"

    def __str__(self) -> str:
        return f"{Decimal(self) * 100:.1f}%"


class Points(_Shown, Decimal):
    """A score shown with two decimals (96.00)."""

    excel_format = "0.00"

    def __str__(self) -> str:
        return f"{Decimal(self):.2f}"


class Yi(_Shown, Decimal):
    """An amount in 亿元, exact to 1 万元 inside, shown with two decimals (1,234.50)."""

    excel_format = "#,##0.00"

    def __str__(self) -> str:
        return f"{Decimal(self).quantize(_CENTS, ROUND_HALF_UP):,f}"


class Wan(_Shown, int):
    """An amount in 万元, for lists whose amounts are too small for 亿元 with two decimals."""

    excel_format = "#,##0"

    def __str__(self) -> str:
        return f"{int(self):,}"


def percent(value) -> Percent | None:
    return None if value is None else Percent(Decimal(str(value)).quantize(Decimal("0.0001")))


def yi(wan: int | None) -> Yi | None:
    """万元 → 亿元 as a report shows it."""
    return None if wan is None else Yi(Decimal(wan) / WAN_PER_YI)


def wan(amount: int | None) -> Wan | None:
    return None if amount is None else Wan(amount)


def small_base(last: int, money: bool) -> bool:
    """基数小: last year's figure under 1 亿元 (money, in 万元) or under 3 (counts)."""
    return last < (SMALL_BASE_WAN if money else SMALL_BASE_COUNT)


def _times(now: int, last: int) -> str:
    return f"是上年同期的 {(Decimal(now) / last).quantize(_TENTH, ROUND_HALF_UP)} 倍"


def growth(now: int, last: int | None, money: bool) -> Percent | str | None:
    """同比 in a table: a percentage, or 是上年同期的 N.N 倍 above +100%, followed by （基数小）
    on a small base (then a text, in Excel too); None without last year's figure."""
    if not last:
        return None
    if now > 2 * last:
        shown = _times(now, last)
    else:
        change = percent((Decimal(now) - last) / last)
        if not small_base(last, money):
            return change
        shown = str(change)
    return f"{shown}（基数小）" if small_base(last, money) else shown


def growth_phrase(now: int, last: int | None, money: bool) -> str:
    """同比 in a sentence: 同比增长 12.5% / 同比下降 3.0% / 是上年同期的 2.5 倍, with （基数小）."""
    if not last:
        return ""
    if now > 2 * last:
        shown = _times(now, last)
    else:
        change = (Decimal(now) - last) / last
        shown = f"同比{'增长' if change >= 0 else '下降'} {percent(abs(change))}"
    return f"{shown}（基数小）" if small_base(last, money) else shown


def text(value) -> str:
    """Any value of a report as it prints: the one formatting every renderer uses."""
    if value is None:
        return "—"
    if hasattr(value, "excel_format") or isinstance(value, str):
        return str(value)
    if isinstance(value, Decimal):  # an amount in 亿元 that did not come through yi()
        return str(Yi(value))
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)
