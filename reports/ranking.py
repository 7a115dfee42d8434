"""分单位完成情况 and the §25 reward/penalty lines: a configurable score over the core indicators.

Counties and zones are ranked together; 市直部门 have a ranking of their own (§25: the top five get
20万 each). Places follow reports/places.py; before the year is over every line is a 测算.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from decimal import Decimal

from models.queries.overview import units
from models.queries.scope import Scope
from models.store.settings import DEFAULT_CONFIG, get_setting
from reports.indicators import ASSESSED_KINDS, per_unit_ytd, ruling_rules
from reports.places import Place, places

SCHEME_KEY = "assessment_scheme"
DEPARTMENT_KINDS = ("city_dept",)
ESTIMATE = "测算"
# Reward lines by place from the top; penalty lines by place from the bottom.
TOP_PLACES = {"first": 1, "second": 2, "third": 3}
BOTTOM_PLACES = {"last": 1, "second_last": 2}


@dataclass(frozen=True)
class Scheme:
    """How units are scored: weights per indicator, the cap on completion, the prize lines."""

    description: str
    cap: Decimal
    weights: dict[str, Decimal]
    rewards: list[tuple[str, str]]
    department_rewards: list[tuple[str, str]] = field(default_factory=list)


def scheme() -> Scheme:
    """The scheme saved in 设置, else the default of resources/defaults."""
    default = json.loads(DEFAULT_CONFIG.read_text(encoding="utf-8"))["assessment"]
    stored = get_setting(SCHEME_KEY)
    data = json.loads(stored) if stored else default
    return Scheme(
        data["description"],
        Decimal(str(data["cap"])),
        {k: Decimal(str(v)) for k, v in data["weights"].items()},
        [tuple(r) for r in data["rewards"]],
        [tuple(r) for r in data.get("department_rewards", default["department_rewards"])],
    )


@dataclass
class UnitScore:
    unit_id: int
    unit: str
    completions: dict[str, Decimal] = field(default_factory=dict)
    score: Decimal = Decimal(0)
    place: Place = field(default_factory=lambda: Place(0, 0, False))  # set once all are scored
    lines: list[str] = field(default_factory=list)  # the scheme's reward and penalty lines
    estimate: bool = True  # before the year is over the lines are 测算, not decisions

    @property
    def rank(self) -> int:
        return self.place.rank

    @property
    def reward(self) -> str:
        """The lines as printed: '第一名奖励 500 万元（测算）' before the year is over."""
        mark = f"（{ESTIMATE}）" if self.estimate else ""
        return "，".join(f"{line}{mark}" for line in self.lines)

    def to_json(self) -> dict:
        return {
            **self.place.to_json(),
            "unit": self.unit,
            "score": float(self.score),
            "reward": self.reward,
            "lines": list(self.lines),
            "estimate": self.estimate,
        }


def completion(ytd: int, last: int | None, growth: Decimal | None, cap: Decimal) -> Decimal:
    """YTD against last year × (1 + growth); with no base, any result counts as the cap."""
    target = Decimal(last or 0) * (1 + (growth or 0))
    if target <= 0:
        return cap if ytd > 0 else Decimal(0)
    return (Decimal(ytd) / target).quantize(Decimal("0.0001"))


def decided(year: int, q: int, as_of: dt.date | None = None, today: dt.date | None = None) -> bool:
    """Rewards and penalties are decisions only for the whole year, counted after it is over."""
    yesterday = (today or dt.date.today()) - dt.timedelta(days=1)
    covered = min(as_of, yesterday) if as_of else yesterday
    return q == 4 and covered >= dt.date(year, 12, 31)


def at_place(which: str, place: Place, score: Decimal) -> bool:
    """Whether a line of the scheme ('first', 'top5', 'last'…) falls on this place.

    Every unit at the place gets it; a unit with 0 is never on a podium."""
    if which in BOTTOM_PLACES:
        return place.from_bottom == BOTTOM_PLACES[which]
    if score <= 0:
        return False
    if which in TOP_PLACES:
        return place.rank == TOP_PLACES[which]
    if which.startswith("top") and which[3:].isdigit():
        return place.rank <= int(which[3:])
    return False


def ranking(scope: Scope, kinds: tuple[str, ...] = ASSESSED_KINDS) -> list[UnitScore]:
    """Units of the kinds ranked by score (ties share a place), with their reward lines.

    Counties and zones by default; DEPARTMENT_KINDS for the 市直部门 ranking and its own lines."""
    year, q, as_of = scope.year, scope.quarter, scope.as_of
    chosen = scheme()
    rules = ruling_rules(year)
    growth = {
        r.indicator: r.target_growth
        for r in rules
        if r.unit_id is None and r.target_growth is not None
    }
    figures = per_unit_ytd(scope, tuple(chosen.weights), kinds)
    ranked = [u for u in units() if u.kind in kinds]
    names = {u.id: u.name for u in ranked}
    order = {u.id: n for n, u in enumerate(ranked)}
    scores = []
    for unit_id, values in figures.items():
        row = UnitScore(unit_id, names[unit_id])
        for key, weight in chosen.weights.items():
            ytd, last = values[key]
            row.completions[key] = completion(ytd, last, growth.get(key), chosen.cap)
            row.score += min(row.completions[key], chosen.cap) * weight
        row.score = row.score.quantize(Decimal("0.01"))
        scores.append(row)
    scores.sort(key=lambda s: (-s.score, order[s.unit_id]))  # a tie in the units' order
    lines = chosen.department_rewards if kinds == DEPARTMENT_KINDS else chosen.rewards
    estimate = not decided(year, q, as_of)
    # With every unit on one score nobody is ahead of or behind anyone: no line applies.
    differ = len({s.score for s in scores}) > 1
    for row, place in zip(scores, places([s.score for s in scores]), strict=True):
        row.place = place
        row.estimate = estimate
        if differ:
            row.lines = [text for which, text in lines if at_place(which, place, row.score)]
    return scores


def department_ranking(scope: Scope) -> list[UnitScore]:
    """市直部门 ranked among themselves (§25), never with counties and zones."""
    return ranking(scope, DEPARTMENT_KINDS)
