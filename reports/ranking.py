"""分单位完成情况 and the §25 reward/penalty lines: a configurable score over the core indicators."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from decimal import Decimal

from models.queries.overview import units
from models.store.settings import DEFAULT_CONFIG, get_setting
from models.vocab import INDICATORS
from reports.indicators import ASSESSED_KINDS, per_unit_ytd, ruling_rules

SCHEME_KEY = "assessment_scheme"


@dataclass(frozen=True)
class Scheme:
    """How units are scored: weights per indicator, the cap on completion, the prize lines."""

    description: str
    cap: Decimal
    weights: dict[str, Decimal]
    rewards: list[tuple[str, str]]


def scheme() -> Scheme:
    """The scheme saved in 设置, else the default of resources/defaults."""
    stored = get_setting(SCHEME_KEY)
    data = (
        json.loads(stored)
        if stored
        else json.loads(DEFAULT_CONFIG.read_text(encoding="utf-8"))["assessment"]
    )
    return Scheme(
        data["description"],
        Decimal(str(data["cap"])),
        {k: Decimal(str(v)) for k, v in data["weights"].items()},
        [tuple(r) for r in data["rewards"]],
    )


@dataclass
class UnitScore:
    unit_id: int
    unit: str
    completions: dict[str, Decimal] = field(default_factory=dict)
    score: Decimal = Decimal(0)
    rank: int = 0
    reward: str = ""


def completion(ytd: int, last: int | None, growth: Decimal | None, cap: Decimal) -> Decimal:
    """YTD against last year × (1 + growth); with no base, any result counts as the cap."""
    target = Decimal(last or 0) * (1 + (growth or 0))
    if target <= 0:
        return cap if ytd > 0 else Decimal(0)
    return (Decimal(ytd) / target).quantize(Decimal("0.0001"))


def ranking(year: int, q: int) -> list[UnitScore]:
    """Counties and zones ranked by score (ties share the better rank), with their reward lines."""
    chosen = scheme()
    rules = ruling_rules(year)
    growth = {
        r.indicator: r.target_growth
        for r in rules
        if r.unit_id is None and r.target_growth is not None
    }
    figures = per_unit_ytd(year, q, tuple(chosen.weights))
    names = {u.id: u.name for u in units() if u.kind in ASSESSED_KINDS}
    scores = []
    for unit_id, values in figures.items():
        row = UnitScore(unit_id, names[unit_id])
        for key, weight in chosen.weights.items():
            ytd, last = values[key]
            row.completions[key] = completion(ytd, last, growth.get(key), chosen.cap)
            row.score += min(row.completions[key], chosen.cap) * weight
        row.score = row.score.quantize(Decimal("0.01"))
        scores.append(row)
    scores.sort(key=lambda s: (-s.score, s.unit))
    for i, row in enumerate(scores):
        row.rank = scores[i - 1].rank if i and row.score == scores[i - 1].score else i + 1
    positions = {"first": 0, "second": 1, "last": len(scores) - 1, "second_last": len(scores) - 2}
    for which, text in chosen.rewards:
        index = positions.get(which)
        if index is not None and 0 <= index < len(scores) and len(scores) >= 4:
            scores[index].reward = text
    return scores


def indicator_names(s: Scheme) -> list[str]:
    return [INDICATORS[k] for k in s.weights]
