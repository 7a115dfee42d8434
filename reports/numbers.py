"""Values that know how they are shown: on paper as text, in Excel as numbers with a format."""

from __future__ import annotations

from decimal import Decimal


class Percent(Decimal):
    """A fraction (0.125) shown as a percentage (12.5%)."""

    excel_format = "0.0%"

    def __str__(self) -> str:
        return f"{Decimal(self) * 100:.1f}%"


class Points(Decimal):
    """A score shown with two decimals (96.00)."""

    excel_format = "0.00"

    def __str__(self) -> str:
        return f"{Decimal(self):.2f}"


def percent(value) -> Percent | None:
    return None if value is None else Percent(Decimal(str(value)).quantize(Decimal("0.0001")))
