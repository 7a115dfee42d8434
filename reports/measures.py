"""The twelve indicators of the work plan, each one SQL aggregation over a date range, grouped by unit.

Money is summed in integer 万元. "Signed in the period" means the project's first formal contract;
the contract amount counts each contract that makes up 合同金额 (models.measures) in the period
it is signed, so a supplement adds its own amount then.
"""

from __future__ import annotations

import datetime as dt
import threading
from contextlib import contextmanager

from models.db.sql import run
from models.queries.measures import counted_contract
from models.vocab import NON_MAJOR_CATEGORIES, TOP_LIST_TAGS

_SQL = {
    "contract_amount": f"""
        SELECT p.unit_id, SUM(c.amount_wan) FROM contract c JOIN project p ON p.id = c.project_id
        WHERE c.signed_date BETWEEN :start AND :end AND {counted_contract("c", "p")} {{filter}}
        GROUP BY p.unit_id""",
    "funds_in_place": """
        SELECT p.unit_id, SUM(f.amount_wan) FROM funds_entry f JOIN project p ON p.id = f.project_id
        WHERE f.date BETWEEN :start AND :end {filter}
        GROUP BY p.unit_id""",
    "strategic_emerging_projects": """
        SELECT p.unit_id, COUNT(*) FROM project p
        WHERE p.signed_date BETWEEN :start AND :end AND p.strategic_emerging IS NOT NULL {filter}
        GROUP BY p.unit_id""",
    "started_in_db": """
        SELECT p.unit_id, COUNT(*) FROM project p
        WHERE p.started_in_db_date BETWEEN :start AND :end {filter}
        GROUP BY p.unit_id""",
    "production_in_db": """
        SELECT p.unit_id, COUNT(*) FROM project p
        WHERE p.production_in_db_date BETWEEN :start AND :end {filter}
        GROUP BY p.unit_id""",
    "big_industrial_projects": """
        SELECT p.unit_id, COUNT(*) FROM project p
        WHERE p.signed_date BETWEEN :start AND :end AND p.industry_category = 'industry'
          AND p.total_investment_wan > :big {filter}
        GROUP BY p.unit_id""",
    "top500_listed_enterprises": f"""
        SELECT {{group}}, COUNT(DISTINCT p.enterprise_id) FROM project p
        WHERE p.signed_date BETWEEN :start AND :end {{filter}}
          AND p.enterprise_id IN (SELECT enterprise_id FROM enterprise_tag
                                  WHERE tag IN ({", ".join(f"'{t}'" for t in TOP_LIST_TAGS)}))
        {{group_by}}""",
    "key_enterprises_visited": """
        SELECT {group}, COUNT(DISTINCT v.enterprise_id) FROM visit v
        JOIN enterprise e ON e.id = v.enterprise_id
        WHERE v.date BETWEEN :start AND :end AND e.is_key {filter}
        {group_by}""",
    "foreign_projects": """
        SELECT p.unit_id, COUNT(*) FROM project p
        WHERE p.signed_date BETWEEN :start AND :end AND p.foreign_funded {filter}
        GROUP BY p.unit_id""",
    "major_project": """
        SELECT p.unit_id, COUNT(*) FROM project p
        WHERE p.signed_date BETWEEN :start AND :end
          AND p.industry_category NOT IN ({non_major})
          AND p.total_investment_wan >= {threshold} {filter}
        GROUP BY p.unit_id""",
}
_INDUSTRIAL = {
    "industrial_contract_amount": "contract_amount",
    "industrial_funds_in_place": "funds_in_place",
}
# Counted over distinct enterprises city-wide (the city's target is 42 distinct firms), so the
# all-units figure is its own query, not a sum of units. Key-enterprise visits stay a sum: each
# unit has its own 100.
DISTINCT = ("top500_listed_enterprises",)


_shared = threading.local()


@contextmanager
def shared_measures():
    """Within one report build, the same measure over the same period is queried once (the
    indicator table and the ranking both need the per-unit year-to-date figures)."""
    _shared.cache = {}
    try:
        yield
    finally:
        _shared.cache = None


def measure(
    key: str,
    start: dt.date,
    end: dt.date,
    unit_id: int | None = None,
    thresholds: dict | None = None,
    by_unit: bool = True,
) -> dict[int | None, int]:
    """One indicator over [start, end]: {unit id: value}, or {None: value} for a distinct all-units count."""
    cache = getattr(_shared, "cache", None)
    if cache is not None:
        signature = (key, start, end, unit_id, by_unit, repr(thresholds))
        if signature not in cache:
            cache[signature] = _measure(key, start, end, unit_id, thresholds, by_unit)
        return cache[signature]
    return _measure(key, start, end, unit_id, thresholds, by_unit)


def _measure(key, start, end, unit_id, thresholds, by_unit) -> dict[int | None, int]:
    thresholds = thresholds or {}
    base = _INDUSTRIAL.get(key, key)
    sql = _SQL[base]
    filters = []
    params: dict = {"start": start.isoformat(), "end": end.isoformat()}
    if key in _INDUSTRIAL:
        filters.append("p.industry_category = 'industry'")
    if unit_id is not None:
        column = "v.unit_id" if base == "key_enterprises_visited" else "p.unit_id"
        filters.append(f"{column} = :unit")
        params["unit"] = unit_id
    if base == "big_industrial_projects":
        params["big"] = thresholds.get("big", 50000)
    unit_column = "v.unit_id" if base == "key_enterprises_visited" else "p.unit_id"
    sql = sql.format(
        filter="".join(f" AND {f}" for f in filters),
        group=unit_column if by_unit else "NULL",
        group_by=f"GROUP BY {unit_column}" if by_unit else "",
        non_major=", ".join(f"'{c}'" for c in NON_MAJOR_CATEGORIES),
        threshold=_major_threshold_sql(thresholds.get("major", {})),
    )
    return {unit: int(value or 0) for unit, value in run(sql, params).fetchall()}


def _major_threshold_sql(per_unit: dict) -> str:
    """CASE over units for the 重大产业项目 size (50亿 for some zones, 30亿 elsewhere); integers only."""
    default = int(per_unit.get(None, 300000))
    cases = " ".join(f"WHEN {int(u)} THEN {int(v)}" for u, v in per_unit.items() if u is not None)
    return f"(CASE p.unit_id {cases} ELSE {default} END)" if cases else str(default)
