"""Default configuration (units and the 2020 rules), seeded once into a new database."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

from models.db.base import db
from models.db.org import Unit
from models.db.rules import IndicatorRule, QuotaRule, Setting
from resources import DEFAULTS_DIR

DEFAULT_CONFIG = DEFAULTS_DIR / "xiangyang-2020.json"
SEEDED_KEY = "config_seeded"
HOME_UNIT_KEY = "home_unit"


def get_setting(key: str, default: str = "") -> str:
    """A stored setting, or default when unset."""
    row = Setting.get_or_none(Setting.key == key)
    return row.value if row is not None else default


def set_setting(key: str, value: str) -> None:
    """Store a setting (insert or replace), logged when it changes."""
    from models.store.audit import write_entry

    before = get_setting(key, None)
    if before == value:
        return
    Setting.insert(key=key, value=value).on_conflict(
        conflict_target=[Setting.key], update={Setting.value: value}
    ).execute()
    if key != SEEDED_KEY:
        write_entry("update", "setting", None, {key: [before, value]}, f"设置：{key}")


def seed_default_configuration(path: Path = DEFAULT_CONFIG) -> bool:
    """Write the default units and rules once; later edits by users are never overwritten."""
    if get_setting(SEEDED_KEY):
        return False
    config = json.loads(path.read_text(encoding="utf-8"))
    with db.atomic():
        for order, spec in enumerate(config["units"], start=1):
            Unit.get_or_create(
                name=spec["name"], defaults={"kind": spec["kind"], "sort_order": order}
            )
        year = config["year"]
        for spec in config["quotas"]:
            QuotaRule.get_or_create(
                year=year,
                role=spec["role"],
                defaults={
                    "min_days": spec["min_days"],
                    "min_trips": spec["min_trips"],
                    "pooled": spec["pooled"],
                },
            )
        for spec in config["indicators"]:
            unit = Unit.get(Unit.name == spec["unit"]) if "unit" in spec else None
            growth = spec.get("target_growth")
            IndicatorRule.create(
                year=year,
                indicator=spec["indicator"],
                unit=unit,
                city_total=spec.get("city_total", False),
                target_growth=Decimal(growth) if growth is not None else None,
                target_count=spec.get("target_count"),
                threshold_wan=spec.get("threshold_wan"),
            )
        set_setting(SEEDED_KEY, str(config["year"]))
    return True


def home_unit() -> Unit | None:
    """The unit this copy of the program works for (set on first run), if chosen."""
    name = get_setting(HOME_UNIT_KEY)
    return Unit.get_or_none(Unit.name == name) if name else None


def add_unit(name: str, kind: str, order: int) -> Unit:
    """A unit the city adds (a department with investment tasks, say), logged."""
    from models.store.audit import field_changes, write_entry

    unit = Unit.create(name=name, kind=kind, sort_order=order)
    values = {"name": name, "kind": kind, "sort_order": order}
    write_entry("insert", "unit", unit.id, field_changes(None, values), name)
    return unit
