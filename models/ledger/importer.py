"""导入台账: every row of every sheet through the dialogs' validation, in one transaction.

The whole file lands or nothing does: a preview (dry run) and a failed import roll back; each bad
row is reported with its sheet, row, column and reason. Rows are matched to existing records by
natural keys, so importing the same file twice adds nothing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from peewee import IntegrityError, OperationalError

from models.db.base import DatabaseWriteError, db, explain_db_error
from models.ledger.context import ImportContext, Row
from models.ledger.results import ImportCancelled, ImportResult, RowError, RowOutcome, SheetData
from models.store.audit import audit_batched
from models.validation import FieldError, ValidationFailed

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
    from models.store.users import require_write

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
