"""指标完成情况: each indicator for a quarter, year to date and last year's same period, with its target.

Last year's figure comes from last year's records when the unit has data that far back; an entered
baseline (上年同期) wins. Growth is YTD against last year's YTD. Annual count targets are judged
against time progress (时序进度 = Q/4); growth targets against the YoY target.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from peewee import SQL, fn

from models import Baseline, IndicatorRule, Project, Trip, Unit, Visit
from models.queries.overview import indicator_rules, units
from models.vocab import INDICATORS, MONEY_INDICATORS
from reports.measures import DISTINCT, measure
from reports.numbers import yi
from reports.periods import Period, quarter, time_progress, year_to_date

UNIT_OF = {
    key: "亿元"
    if key in MONEY_INDICATORS
    else "家"
    if key.endswith("enterprises_visited") or key in DISTINCT
    else "个"
    for key in INDICATORS
}
STATUS_NAMES = {
    "met": "已完成",
    "not_met": "未完成",
    "ahead": "超进度",
    "behind": "欠进度",
    "no_base": "无上年数据",
    "no_target": "—",
}
ASSESSED_KINDS = ("county", "zone")


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
    def status(self) -> str:
        if self.target.count is not None:
            if self.ytd >= self.target.count:
                return "met"
            ratio = Fraction(self.ytd, self.target.count) if self.target.count else Fraction(1)
            return "ahead" if ratio >= self.time_progress else "behind"
        if self.target.growth is not None:
            if self.yoy is None:
                return "no_base"
            return "met" if self.yoy >= self.target.growth else "not_met"
        return "no_target"

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
            "status": self.status,
            "status_name": STATUS_NAMES[self.status],
        }


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
    rules: list[IndicatorRule], key: str, unit_id: int | None, assessed: list[int]
) -> Target:
    """A unit's target (its own rule, else the default); all units: the city total, else the sum."""
    mine = [r for r in rules if r.indicator == key]
    default = next((r for r in mine if r.unit_id is None and not r.city_total), None)
    growth = default.target_growth if default else None
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


def build_indicators(
    year: int, q: int, unit_id: int | None = None, until: dt.date | None = None
) -> dict[str, Indicator]:
    """All twelve indicators for one unit, or for all units together (unit_id None).

    With `until` inside the quarter (the dashboard mid-quarter), every period stops that day, last
    year's is the same days a year earlier, and time progress counts only finished quarters.
    """
    span, ytd = quarter(year, q), year_to_date(year, q)
    progress = time_progress(q)
    if until is not None and until < span.end:
        span, ytd = (
            Period(span.start, max(until, span.start)),
            Period(ytd.start, max(until, span.start)),
        )
        progress = time_progress(q - 1) if q > 1 else Fraction(0)
    last = ytd.same_period_last_year()
    rules = ruling_rules(year)
    limits = thresholds(rules)
    all_units = units()
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
        values = {
            period: measure(key, p.start, p.end, unit_id, limits)
            for period, p in (("q", span), ("ytd", ytd), ("last", last))
        }
        last_by_unit = _last_year(key, values["last"], baselines, scope_ids, year, q, known)
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
            target_for(rules, key, unit_id, assessed),
            progress,
        )
    return result


def per_unit_ytd(
    year: int, q: int, keys: tuple[str, ...]
) -> dict[int, dict[str, tuple[int, int | None]]]:
    """{unit: {indicator: (ytd, last ytd or None)}} for the assessed units, in one query per figure."""
    ytd = year_to_date(year, q)
    last = ytd.same_period_last_year()
    limits = thresholds(ruling_rules(year))
    ids = [u.id for u in units() if u.kind in ASSESSED_KINDS]
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
