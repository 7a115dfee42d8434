"""导入台账: every row of every sheet through the dialogs' validation, in one transaction.

The whole file lands or nothing does: a preview (dry run) and a failed import roll back; each bad
row is reported with its sheet, row, column and reason. Rows are matched to existing records by
natural keys, so importing the same file twice adds nothing.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from peewee import IntegrityError, OperationalError

from models.audit import audit_batched
from models.base import DatabaseWriteError, db, explain_db_error
from models.ledger.columns import SheetSpec
from models.ledger.context import ImportContext, Row
from models.validation import FieldError, ValidationFailed

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


ProgressFn = Callable[[int, int], bool]


def run_import(
    sheets: list[SheetData],
    *,
    commit: bool,
    progress: ProgressFn | None = None,
    today: dt.date | None = None,
) -> ImportResult:
    """Import the sheets in template order in one transaction; roll back on preview, error or cancel.

    progress(done, total) is called every few hundred rows; returning False cancels.
    """
    from models.users import require_write

    require_write()
    result = ImportResult()
    total = sum(len(s.rows) for s in sheets)
    try:
        return _run(sheets, commit, progress, today, result, total)
    except OperationalError as exc:
        raise DatabaseWriteError(explain_db_error(exc)) from exc


def _run(sheets, commit, progress, today, result, total) -> ImportResult:
    from models.ledger.handlers import HANDLERS

    done = 0
    order = {name: n for n, name in enumerate(HANDLERS)}
    ordered = sorted(sheets, key=lambda s: order[s.spec.name])
    with db.atomic() as transaction:
        with audit_batched() as audit:
            ctx = ImportContext(today or dt.date.today(), result)
            for sheet in ordered:
                handler = HANDLERS[sheet.spec.name]
                for number, cells in sheet.rows:
                    row = Row(sheet, number, cells)
                    _one_row(ctx, handler, row, result)
                    done += 1
                    if progress is not None and done % 200 == 0 and progress(done, total) is False:
                        transaction.rollback()
                        raise ImportCancelled("已取消导入，没有导入任何数据")
            ctx.finish()
            if progress is not None:
                progress(total, total)
            keep = commit and not result.errors  # one bad row: nothing is kept
            if not keep:
                audit.clear()  # rolled back below: nothing to log
        if keep:
            result.committed = True
        else:
            transaction.rollback()
    return result


def _one_row(ctx: ImportContext, handler, row: Row, result: ImportResult) -> None:
    """One row in its own savepoint: a bad row leaves nothing behind and the next row goes on."""
    try:
        with db.atomic():
            action, summary = handler(ctx, row)
    except ValidationFailed as exc:
        ctx.forget_row()
        for error in exc.errors:
            result.errors.append(_row_error(row, error))
    except IntegrityError as exc:
        ctx.forget_row()
        result.errors.append(
            RowError(row.source, row.sheet, row.number, "", f"与已有记录冲突（{exc}）")
        )
    else:
        ctx.keep_row()
        result.outcomes.append(RowOutcome(row.source, row.sheet, row.number, action, summary))


def _row_error(row: Row, error: FieldError) -> RowError:
    column, index = row.locate(error.field)
    reason = error.message if column else f"{error.field}：{error.message}"
    return RowError(row.source, row.sheet, row.number, column, reason, index)
