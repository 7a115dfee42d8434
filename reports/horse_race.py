"""赛马榜: every unit ranked on each single indicator (year to date), beside the combined ranking."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from models.queries.overview import units
from models.vocab import INDICATORS, MONEY_INDICATORS
from reports.indicators import ASSESSED_KINDS, per_unit_ytd
from reports.numbers import yi


@dataclass(frozen=True)
class RaceRow:
    """One unit's place on one indicator; value and last year in 万元 or as a count."""

    rank: int
    unit: str
    value: int
    last: int | None
    growth: Decimal | None

    def shown(self, key: str, value: int | None):
        """亿元 for money indicators, the count otherwise."""
        if value is None:
            return None
        return yi(value) if key in MONEY_INDICATORS else value

    def to_json(self, key: str) -> dict:
        def number(v):
            v = self.shown(key, v)
            return float(v) if isinstance(v, Decimal) else v

        return {
            "rank": self.rank,
            "unit": self.unit,
            "value": number(self.value),
            "last": number(self.last),
            "growth": None if self.growth is None else float(self.growth),
        }


def horse_race(year: int, q: int) -> dict[str, list[RaceRow]]:
    """Per indicator, the assessed units by year-to-date value, highest first (ties share a place)."""
    names = {u.id: (u.sort_order, u.name) for u in units() if u.kind in ASSESSED_KINDS}
    figures = per_unit_ytd(year, q, tuple(INDICATORS))
    races: dict[str, list[RaceRow]] = {}
    for key in INDICATORS:
        ordered = sorted(figures, key=lambda uid, k=key: (-figures[uid][k][0], names[uid]))
        rows: list[RaceRow] = []
        for uid in ordered:
            value, last = figures[uid][key]
            growth = ((Decimal(value) - last) / last).quantize(Decimal("0.0001")) if last else None
            rank = rows[-1].rank if rows and rows[-1].value == value else len(rows) + 1
            rows.append(RaceRow(rank, names[uid][1], value, last, growth))
        races[key] = rows
    return races
