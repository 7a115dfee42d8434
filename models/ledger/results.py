"""What an import found: the sheets read, each row's outcome and error, the totals."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from models.ledger.columns import SheetSpec

ADDED, UPDATED, SKIPPED, CLAIMED = "新增", "更新", "跳过（已存在）", "待裁定"


class ImportCancelled(Exception):
    """The user stopped the import; nothing was written."""


@dataclass
class SheetData:
    """One sheet of one file, already located: its header and the data rows under it."""

    spec: SheetSpec
    title: str
    columns: dict[str, int]
    units: dict[str, str]
    headers: dict[str, str]
    rows: list[tuple[int, list]]  # (row number in the file, cells)
    source: str = ""


@dataclass(frozen=True)
class RowError:
    source: str
    sheet: str
    row: int
    column: str
    reason: str
    column_index: int | None = None  # 0-based, to mark the cell in the error list

    def describe(self) -> str:
        where = " ".join(p for p in (self.source, self.sheet) if p)
        if self.row:
            where += f" 第 {self.row} 行"
        if self.column:
            where += f" “{self.column}”列"
        return f"{where}：{self.reason}" if where else self.reason


@dataclass(frozen=True)
class RowOutcome:
    source: str
    sheet: str
    row: int
    action: str
    summary: str


@dataclass
class ImportResult:
    """What an import did (or, in a preview, would do)."""

    outcomes: list[RowOutcome] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    created_people: list[str] = field(default_factory=list)
    created_enterprises: list[str] = field(default_factory=list)
    claims: list[str] = field(default_factory=list)
    committed: bool = False

    def counts(self) -> dict[str, Counter]:
        """Per sheet: how many rows were added, updated, skipped or left for the bureau to decide."""
        per_sheet: dict[str, Counter] = {}
        for outcome in self.outcomes:
            per_sheet.setdefault(outcome.sheet, Counter())[outcome.action] += 1
        for error in self.errors:
            if error.row:
                per_sheet.setdefault(error.sheet, Counter())["错误"] += 1
        return per_sheet

    def summary(self) -> str:
        """A few lines for the command line and the wizard's last page."""
        lines = []
        for sheet, counter in self.counts().items():
            parts = "，".join(f"{k} {v}" for k, v in counter.items())
            lines.append(f"{sheet}：{parts}")
        new = "新建" if self.committed else "将新建"
        if self.created_people:
            lines.append(
                f"{new}人员 {len(self.created_people)} 名（角色为工作人员）："
                + "、".join(self.created_people[:20])
                + ("等" if len(self.created_people) > 20 else "")
            )
        if self.created_enterprises:
            lines.append(
                f"{new}企业 {len(self.created_enterprises)} 家："
                + "、".join(self.created_enterprises[:20])
                + ("等" if len(self.created_enterprises) > 20 else "")
            )
        lines.extend(self.notes)
        lines.extend(f"待裁定：{c}" for c in self.claims)
        return "\n".join(lines)
