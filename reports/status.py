"""The words a verdict is printed in, decided once (DOMAIN.md, Rulings) for every screen, the JSON,
the PDF and the Excel: the status of an annual target, of a growth target, and of a month's outing
quota (外出招商达标, its own vocabulary with keys of its own)."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

# 指标状态: an annual count target before the year is over (已完成 / 超进度 / 欠进度, against time
# progress), once it is over (完成 / 未完成); a growth target against last year (达到 / 未达到).
TARGET_STATUS = {
    "achieved": "已完成",
    "ahead": "超进度",
    "behind": "欠进度",
    "completed": "完成",
    "not_completed": "未完成",
    "reached": "达到",
    "not_reached": "未达到",
    "no_base": "无上年数据",
}
LAGGING = ("behind", "not_completed")  # shown in red: behind time progress, or short at year end

# 外出招商达标: one leader (or pooled group) in one month.
OUTING_STATUS = {
    "met": "达标",
    "unmet": "未达标",
    "at_risk": "进行中-有风险",
    "on_track": "进行中",
}

# What a month still asks of a leader, as the CLI, the month view and the dashboard word it.
SHORTFALL = {
    "days": "还需 {0} 天",
    "trips": "还需 {0} 次",
}

NO_STATUS = "—"


def target_status(done: int, target: int | None, progress: Fraction, final: bool) -> str | None:
    """An annual count target: None without a target; at the year's end 完成 or 未完成; before it
    已完成 when met, else 超进度 or 欠进度 against time progress."""
    if target is None:
        return None
    if final:
        return "completed" if done >= target else "not_completed"
    if done >= target:
        return "achieved"
    return "ahead" if Fraction(done, target) >= progress else "behind"


def growth_status(yoy: Decimal | None, growth: Decimal) -> str:
    """A growth target (YoY ≥ 8%): measured against last year's same period, never time progress."""
    if yoy is None:
        return "no_base"
    return "reached" if yoy >= growth else "not_reached"


def status_word(key: str | None) -> str:
    """The printed word of an indicator status ("—" where nothing is judged)."""
    return NO_STATUS if key is None else TARGET_STATUS[key]
