"""指标完成情况: each indicator for a quarter, year to date and last year's same period, with its target.

Last year's figure comes from last year's records when the unit has data that far back; an entered
baseline (上年同期) wins. Growth is YTD against last year's YTD. Annual count targets are judged
against time progress (时序进度 = Q/4, or the elapsed share of the year in a period not yet over);
growth targets against the YoY target. The words are reports.status's.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from peewee import SQL, fn

from models import Baseline, IndicatorRule, Project, Trip, Unit, Visit
from models.queries.overview import indicator_rules, units
from models.queries.periods import Period
from models.queries.scope import Scope
from models.vocab import INDICATORS, MONEY_INDICATORS, UNIT_KINDS
from reports.measures import DISTINCT, measure
from reports.numbers import yi
from reports.status import growth_status, status_word, target_status

UNIT_OF = {
    key: "亿元"
    if key in MONEY_INDICATORS
    else "家"
    if key.endswith("enterprises_visited") or key in DISTINCT
    else "个"
    for key in INDICATORS
}
ASSESSED_KINDS = ("county", "zone")
# Indicators whose target belongs to some kinds of unit only: the 100 key enterprises are a county's
# or a zone's (§7); a 市直部门's visits are a count without a target, and the city figure is the sum
# of the county and zone units' own counts (DOMAIN.md, Rulings).
TARGET_KINDS = {"key_enterprises_visited": ASSESSED_KINDS}


def carries_target(key: str, kind: str) -> bool:
    """Whether a unit of this kind has a target for the indicator (and counts toward the city's)."""
    return kind in TARGET_KINDS.get(key, tuple(UNIT_KINDS))


@dataclass
class Target:
    growth: Decimal | None = None  # 0.08 = +8% on last year's same period
    count: int | None = None  # an annual number


@dataclass
class Indicator:
    """One row of the indicator table; money in 万元 here, 亿元 in JSON and on paper."""

    key: str
    name: str
    unit: str
    quarter: int
    ytd: int
    last_ytd: int | None
    target: Target
    time_progress: Fraction
    final: bool = False  # the whole year is over: 完成 / 未完成

    @property
    def money(self) -> bool:
        return self.key in MONEY_INDICATORS

    @property
    def yoy(self) -> Decimal | None:
        if not self.last_ytd:
            return None
        return ((Decimal(self.ytd) - self.last_ytd) / self.last_ytd).quantize(Decimal("0.0001"))

    @property
    def target_value(self) -> Decimal | None:
        """This year's number to reach: last year × (1 + growth), or the annual count."""
        if self.target.count is not None:
            return Decimal(self.target.count)
        if self.target.growth is not None and self.last_ytd is not None:
            return Decimal(self.last_ytd) * (1 + self.target.growth)
        return None

    @property
    def completion(self) -> Decimal | None:
        target = self.target_value
        if target is None or target <= 0:
            return None
        return (Decimal(self.ytd) / target).quantize(Decimal("0.0001"))

    @property
    def compared_progress(self) -> Fraction | None:
        """Time progress where this indicator is compared with it: a count target only (a growth
        target is measured against last year's same period)."""
        return self.time_progress if self.target.count is not None else None

    @property
    def status(self) -> str | None:
        """The key of reports.status.TARGET_STATUS; None where there is no target to judge."""
        if self.target.count is not None:
            return target_status(self.ytd, self.target.count, self.time_progress, self.final)
        if self.target.growth is not None:
            return growth_status(self.yoy, self.target.growth)
        return None

    @property
    def status_name(self) -> str:
        return status_word(self.status)

    def shown(self, wan_or_count: int | None):
        """亿元 (reports.numbers.Yi, exact) for money, the count otherwise."""
        if wan_or_count is None:
            return None
        return yi(wan_or_count) if self.money else wan_or_count

    def to_json(self) -> dict:
        def number(value):
            value = self.shown(value)
            return float(value) if isinstance(value, Decimal) else value

        return {
            "name": self.name,
            "unit": self.unit,
            "quarter": number(self.quarter),
            "ytd": number(self.ytd),
            "last_ytd": number(self.last_ytd),
            "yoy": float(self.yoy) if self.yoy is not None else None,
            "target_growth": float(self.target.growth) if self.target.growth is not None else None,
            "target_count": self.target.count,
            "completion": float(self.completion) if self.completion is not None else None,
            "time_progress": (
                float(self.compared_progress) if self.compared_progress is not None else None
            ),
            "status": self.status,
            "status_name": self.status_name if self.status is not None else None,
        }


def _counted(key: str, by_unit: dict, kinds: dict[int, str] | None) -> dict:
    """A per-unit figure without the units whose kind carries no target for it (the city's
    key-enterprise count is the county and zone units' own); kinds None keeps every unit."""
    if kinds is None or key not in TARGET_KINDS:
        return by_unit
    return {u: v for u, v in by_unit.items() if carries_target(key, kinds.get(u, ""))}


def ruling_rules(year: int) -> list[IndicatorRule]:
    """Indicator rules in force for a year (the latest rule year not after it, else the first)."""
    return indicator_rules(year)


def thresholds(rules: list[IndicatorRule]) -> dict:
    """Size limits: 5亿 for big industrial projects, per-unit 50亿 / 30亿 for major projects."""
    result: dict = {"major": {}}
    for rule in rules:
        if rule.indicator == "big_industrial_projects" and rule.threshold_wan:
            result["big"] = rule.threshold_wan
        if rule.indicator == "major_project" and rule.threshold_wan:
            result["major"][rule.unit_id] = rule.threshold_wan
    return result


def target_for(
    rules: list[IndicatorRule],
    key: str,
    unit_id: int | None,
    assessed: list[int],
    kind: str | None = None,
) -> Target:
    """A unit's target (its own rule, else the default; none where its kind carries none); all
    units: the city total, else the sum over the assessed units."""
    mine = [r for r in rules if r.indicator == key]
    default = next((r for r in mine if r.unit_id is None and not r.city_total), None)
    growth = default.target_growth if default else None
    if unit_id is not None and kind is not None and not carries_target(key, kind):
        return Target()
    if unit_id is not None:
        own = next((r for r in mine if r.unit_id == unit_id), None) or default
        return Target(own.target_growth if own else None, own.target_count if own else None)
    city = next((r for r in mine if r.city_total), None)
    if city is not None:
        return Target(city.target_growth, city.target_count)
    counts = [target_for(rules, key, u, assessed).count for u in assessed]
    total = sum(c for c in counts if c is not None) if any(c is not None for c in counts) else None
    return Target(growth, total)


def _last_year(
    key: str, values: dict, baselines: dict, unit_ids: list[int], year: int, q: int, known: dict
):
    """Per-unit last-YTD figures: an entered baseline wins, else records when the unit had data then."""
    result = {}
    for unit_id in unit_ids:
        if (unit_id, key) in baselines:
            result[unit_id] = baselines[(unit_id, key)]
        elif known.get(unit_id):
            result[unit_id] = values.get(unit_id, 0)
    return result


def has_records_by(day: dt.date, unit_ids: list[int]) -> dict[int, bool]:
    """Whether each unit has any record (project, visit or trip) on or before `day`: before its
    first record, last year's figures are unknown. One query; each EXISTS stops at its first row."""

    def exists(model, unit, date):
        return fn.EXISTS(model.select(SQL("1")).where(unit == Unit.id, date <= day))

    query = Unit.select(
        Unit.id,
        exists(Visit, Visit.unit, Visit.date)
        | exists(Trip, Trip.unit, Trip.start_date)
        | exists(Project, Project.unit, Project.lead_date),
    ).where(Unit.id.in_(unit_ids))
    found = {uid: bool(has) for uid, has in query.tuples()}
    return {uid: found.get(uid, False) for uid in unit_ids}


def build_indicators(scope: Scope) -> dict[str, Indicator]:
    """All twelve indicators for one unit, or for all units together (unit_id None).

    As seen on the scope's day (default today): in a quarter not yet over, every period stops that
    day, last year's is the same days a year earlier, and time progress is the elapsed share of
    the year.
    """
    year, q, unit_id = scope.year, scope.quarter, scope.unit_id
    seen, span, ytd, last = scope.seen, scope.span, scope.ytd, scope.last_ytd
    rules = ruling_rules(year)
    limits = thresholds(rules)
    every_unit = units(active_only=False)
    all_units = [u for u in every_unit if u.active]
    kinds = {u.id: u.kind for u in every_unit}
    scope_ids = [unit_id] if unit_id is not None else [u.id for u in all_units]
    assessed = [u.id for u in all_units if u.kind in ASSESSED_KINDS]
    known = has_records_by(last.end, scope_ids)
    baselines = {
        (b.unit_id, b.indicator): b.value
        for b in Baseline.select().where(
            Baseline.year == year - 1, Baseline.quarter == q, Baseline.unit.in_(scope_ids)
        )
    }
    result = {}
    for key, name in INDICATORS.items():
        # All units: the sum over the units that carry the target (one unit: its own count).
        kept = kinds if unit_id is None else None
        values = {
            period: _counted(key, measure(key, p.start, p.end, unit_id, limits), kept)
            for period, p in (("q", span), ("ytd", ytd), ("last", last))
        }
        counted = list(_counted(key, dict.fromkeys(scope_ids), kept))
        last_by_unit = _last_year(key, values["last"], baselines, counted, year, q, known)
        if unit_id is not None or key not in DISTINCT:
            quarter_value = sum(values["q"].values())
            ytd_value = sum(values["ytd"].values())
            last_value = sum(last_by_unit.values()) if last_by_unit else None
        else:
            # Distinct enterprises across all units: one firm courted by two units counts once.
            quarter_value = sum(
                measure(key, span.start, span.end, None, limits, by_unit=False).values()
            )
            ytd_value = sum(measure(key, ytd.start, ytd.end, None, limits, by_unit=False).values())
            if any((u, key) in baselines for u in scope_ids):
                last_value = sum(last_by_unit.values())
            elif any(known.values()):
                last_value = sum(
                    measure(key, last.start, last.end, None, limits, by_unit=False).values()
                )
            else:
                last_value = None
        result[key] = Indicator(
            key,
            name,
            UNIT_OF[key],
            quarter_value,
            ytd_value,
            last_value,
            target_for(rules, key, unit_id, assessed, kinds.get(unit_id)),
            seen.share,
            seen.final,
        )
    return result


def per_unit_ytd(
    scope: Scope, keys: tuple[str, ...], kinds: tuple[str, ...] = ASSESSED_KINDS
) -> dict[int, dict[str, tuple[int, int | None]]]:
    """{unit: {indicator: (ytd, last ytd or None)}} for the units of the kinds (by default the
    assessed counties and zones), in one query per figure, over the scope's year to date."""
    year, q, ytd, last = scope.year, scope.quarter, scope.ytd, scope.last_ytd
    limits = thresholds(ruling_rules(year))
    ids = [u.id for u in units() if u.kind in kinds]
    known = has_records_by(last.end, ids)
    baselines = {
        (b.unit_id, b.indicator): b.value
        for b in Baseline.select().where(Baseline.year == year - 1, Baseline.quarter == q)
    }
    result: dict[int, dict] = {uid: {} for uid in ids}
    for key in keys:
        now = measure(key, ytd.start, ytd.end, None, limits)
        before = _last_year(
            key, measure(key, last.start, last.end, None, limits), baselines, ids, year, q, known
        )
        for uid in ids:
            result[uid][key] = (now.get(uid, 0), before.get(uid))
    return result


def unit_label(unit_id: int | None) -> str:
    return "全部" if unit_id is None else Unit.get_by_id(unit_id).name


def period_json(period: Period) -> dict:
    return {"start": period.start.isoformat(), "end": period.end.isoformat()}
