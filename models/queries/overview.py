"""Small read queries the shell and the command line share (counts, units, rules)."""

from __future__ import annotations

from peewee import JOIN, fn

from models import (
    RECORD_MODELS,
    Contract,
    Enterprise,
    Event,
    FundsEntry,
    IndicatorRule,
    Meeting,
    Person,
    Problem,
    Project,
    ProjectLead,
    QuotaRule,
    Trip,
    Unit,
    Visit,
)
from models.db.base import on_server
from models.db.tally import tallies
from models.store.settings import home_unit

# The kinds of record counted for the dashboard, in the order screens list them.
COUNTED = (
    Person,
    Trip,
    Enterprise,
    Visit,
    Project,
    Contract,
    FundsEntry,
    ProjectLead,
    Problem,
    Event,
    Meeting,
)


def record_counts() -> dict[str, int]:
    """How many records of each kind the database holds, by the kind's Chinese name (its table's
    verbose_name): on a file from the triggers' tally (one read), on a server counted (see
    migration 0011)."""
    if on_server():
        return {model._meta.verbose_name: model.select().count() for model in COUNTED}
    kept = tallies()
    return {model._meta.verbose_name: kept[model._meta.table_name] for model in COUNTED}


def has_records() -> bool:
    """Whether users (or the demo) have entered anything yet; configuration does not count."""
    return any(model.select().limit(1).exists() for model in RECORD_MODELS)


def needs_first_run() -> bool:
    """A database with no records and no home unit has never been used (首次使用 is offered)."""
    return home_unit() is None and not has_records()


def units(active_only: bool = True) -> list[Unit]:
    """Units in their configured order."""
    query = Unit.select().order_by(Unit.sort_order, Unit.id)
    if active_only:
        query = query.where(Unit.active == True)
    return list(query)


def rules_year(year: int) -> int | None:
    """The rule year in force for a year: the latest rule year not after it, else the earliest one."""
    before = QuotaRule.select(fn.MAX(QuotaRule.year)).where(QuotaRule.year <= year).scalar()
    if before is not None:
        return before
    return QuotaRule.select(fn.MIN(QuotaRule.year)).scalar()


def quota_rules(year: int) -> list[QuotaRule]:
    """The quota rules in force for a year (see rules_year)."""
    ruling = rules_year(year)
    if ruling is None:
        return []
    return list(QuotaRule.select().where(QuotaRule.year == ruling).order_by(QuotaRule.id))


def indicator_rules(year: int) -> list[IndicatorRule]:
    """Targets in force for a year (same fallback as quotas), defaults before per-unit values."""
    ruling = (
        IndicatorRule.select(fn.MAX(IndicatorRule.year)).where(IndicatorRule.year <= year).scalar()
        or IndicatorRule.select(fn.MIN(IndicatorRule.year)).scalar()
    )
    if ruling is None:
        return []
    return list(
        IndicatorRule.select(IndicatorRule, Unit)
        .join(Unit, join_type=JOIN.LEFT_OUTER)
        .where(IndicatorRule.year == ruling)
        .order_by(IndicatorRule.id)
    )
