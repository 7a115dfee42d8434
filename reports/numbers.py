"""Values that know how they are shown: a Percent prints as 12.5% on paper and is a number in Excel."""

from __future__ import annotations

from decimal import Decimal


class Percent(Decimal):
    """A fraction (0.125) that renderers show as a percentage (12.5%)."""

    def __str__(self) -> str:
        return f"{Decimal(self) * 100:.1f}%"


def percent(value) -> Percent | None:
    return None if value is None else Percent(Decimal(str(value)).quantize(Decimal("0.0001")))
