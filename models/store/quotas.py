"""外出考核规则: editing the yearly quota rules (the only place 7 / 10 / 1 / 2 / 5 are changed)."""

from __future__ import annotations

from dataclasses import dataclass

from models.db.base import db
from models.db.rules import QuotaRule
from models.validation import Check, clean_choice, clean_count
from models.vocab import ROLES


@dataclass
class QuotaInput:
    """One role's monthly minimum as entered."""

    role: str
    min_days: int
    min_trips: int
    pooled: bool = False


def validate_quotas(year: int, rows: list[QuotaInput]) -> Check:
    check = Check()
    check.capture(clean_count, year, "年度", 2000, 2100)
    seen = set()
    for row in rows:
        role = check.capture(clean_choice, row.role, "角色", ROLES)
        name = ROLES.get(role, row.role)
        check.capture(clean_count, row.min_days, f"{name}每月最少天数", 0, 31)
        check.capture(clean_count, row.min_trips, f"{name}每月最少次数", 0, 31)
        if role in seen:
            check.error("角色", f"{name}重复出现")
        seen.add(role)
    return check


def save_quotas(year: int, rows: list[QuotaInput]) -> None:
    """Replace a year's quota rules in one transaction (other years are untouched)."""
    from models.store.audit import write_entry

    validate_quotas(year, rows).raise_errors()
    with db.atomic():
        before = {
            r.role: [r.min_days, r.min_trips, r.pooled]
            for r in QuotaRule.select().where(QuotaRule.year == year)
        }
        after = {
            clean_choice(r.role, "角色", ROLES): [int(r.min_days), int(r.min_trips), bool(r.pooled)]
            for r in rows
        }
        changes = {
            ROLES.get(role, role): [before.get(role), after.get(role)]
            for role in set(before) | set(after)
            if before.get(role) != after.get(role)
        }
        if changes:  # [每月天数, 每月次数, 合并计算] per role
            write_entry("update", "quota_rule", year, changes, f"{year}年外出考核规则")
        QuotaRule.delete().where(QuotaRule.year == year).execute()
        for row in rows:
            QuotaRule.create(
                year=year,
                role=clean_choice(row.role, "角色", ROLES),
                min_days=int(row.min_days),
                min_trips=int(row.min_trips),
                pooled=bool(row.pooled),
            )
