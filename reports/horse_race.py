"""赛马榜: every unit ranked on each single indicator (year to date), beside the combined ranking."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from models.queries.overview import units
from models.queries.scope import Scope
from models.vocab import INDICATORS, MONEY_INDICATORS
from reports.indicators import ASSESSED_KINDS, per_unit_ytd
from reports.numbers import yi
from reports.places import Place, places

PODIUM = 3  # places shown as 第一名, 第二名, 第三名


@dataclass(frozen=True)
class RaceRow:
    """One unit's place on one indicator; value and last year in 万元 or as a count."""

    place: Place
    unit: str
    value: int
    last: int | None
    growth: Decimal | None

    @property
    def rank(self) -> int:
        return self.place.rank

    @property
    def on_podium(self) -> bool:
        """Among the first three places, and never with nothing to show."""
        return self.rank <= PODIUM and self.value > 0

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
            **self.place.to_json(),
            "unit": self.unit,
            "value": number(self.value),
            "last": number(self.last),
            "growth": None if self.growth is None else float(self.growth),
        }


def horse_race(scope: Scope, kinds: tuple[str, ...] = ASSESSED_KINDS) -> dict[str, list[RaceRow]]:
    """Per indicator, the units of the kinds (by default the assessed counties and zones) by
    year-to-date value, highest first (ties share a place)."""
    names = {u.id: (u.sort_order, u.name) for u in units() if u.kind in kinds}
    figures = per_unit_ytd(scope, tuple(INDICATORS), kinds)
    races: dict[str, list[RaceRow]] = {}
    for key in INDICATORS:
        ordered = sorted(figures, key=lambda uid, k=key: (-figures[uid][k][0], names[uid]))
        values = [figures[uid][key][0] for uid in ordered]
        rows: list[RaceRow] = []
        for uid, place in zip(ordered, places(values), strict=True):
            value, last = figures[uid][key]
            growth = ((Decimal(value) - last) / last).quantize(Decimal("0.0001")) if last else None
            rows.append(RaceRow(place, names[uid][1], value, last, growth))
        races[key] = rows
    return races


def podium(race: list[RaceRow]) -> list[list[RaceRow]]:
    """The units at 第一名, 第二名, 第三名: a place shared by a tie holds several units, a place
    a tie skipped holds none, and a unit with 0 stands on none."""
    return [[r for r in race if r.rank == n and r.on_podium] for n in range(1, PODIUM + 1)]


def last_place(race: list[RaceRow]) -> list[RaceRow]:
    """The units nobody is behind (末位), unless they already stand on the podium."""
    return [r for r in race if r.place.from_bottom == 1 and not r.on_podium]
