"""上年同期基数: last year's figures a unit enters once, which win over what its records give."""

from __future__ import annotations

from models.db.rules import Baseline
from models.store.audit import write_entry


def set_baseline(unit: int, year: int, quarter: int, indicator: str, value: int, label: str) -> str:
    """Store one baseline figure, logged; "added", "updated" or "same" when nothing changed."""
    stored = Baseline.get_or_none(
        Baseline.unit == unit,
        Baseline.year == year,
        Baseline.quarter == quarter,
        Baseline.indicator == indicator,
    )
    if stored is None:
        made = Baseline.create(
            unit=unit, year=year, quarter=quarter, indicator=indicator, value=value
        )
        write_entry("insert", "baseline", made.id, {"value": [None, value]}, label)
        return "added"
    if stored.value == value:
        return "same"
    write_entry("update", "baseline", stored.id, {"value": [stored.value, value]}, label)
    stored.value = value
    stored.save()
    return "updated"
