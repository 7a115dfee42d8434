"""How PostgreSQL values read back, so the program sees the same Python types as on SQLite."""

from __future__ import annotations

from decimal import Decimal

from psycopg.types.numeric import NumericLoader


class WholeNumericLoader(NumericLoader):
    """A NUMERIC without a fraction (what SUM over 万元 integers gives) reads as int, as on SQLite;
    one with decimals (a growth rate) stays Decimal."""

    def load(self, data) -> int | Decimal:
        text = bytes(data)
        if text.lstrip(b"-").isdigit():
            return int(text)
        return Decimal(text.decode())
