"""Rows of the 合同, 到位资金 and 上年同期 sheets: money attached to a project, and entered baselines."""

from __future__ import annotations

from models.db.base import first_id
from models.db.projects import Contract
from models.ledger import cells
from models.ledger.context import ImportContext, Row
from models.ledger.results import ADDED, CLAIMED, SKIPPED, UPDATED
from models.ledger.rows_projects import yi_text
from models.ledger.rows_registry import choice
from models.store.baselines import set_baseline
from models.store.contracts import (
    ContractInput,
    FundsInput,
    add_contract,
    add_funds,
)
from models.validation import FieldError
from models.vocab import CONTRACT_KINDS, INDICATORS, MONEY_INDICATORS, PROOF_TYPES


def _project(ctx: ImportContext, row: Row) -> tuple[int | None, str]:
    return ctx.project_of(row, ctx.unit_id(row))


def contract_row(ctx: ImportContext, row: Row) -> tuple[str, str]:
    project, label = _project(ctx, row)
    kind = choice(row, "kind", CONTRACT_KINDS)
    if kind is None:
        raise FieldError(row.header("kind"), "不能为空")
    day = row.date("date", required=True)
    amount = row.amount("amount", required=True)
    supplementary = row.yes_no("supplementary")
    if project is None:
        return (SKIPPED if "已裁定" in label else CLAIMED), label
    label = f"{label} {CONTRACT_KINDS[kind]} {day:%Y-%m-%d}"
    if (
        Contract.select()
        .where(
            Contract.project == project,
            Contract.kind == kind,
            Contract.signed_date == day,
            Contract.amount_wan == amount,
            Contract.supplementary == supplementary,
        )
        .exists()
    ):
        return SKIPPED, label
    data = ContractInput(kind, day, yi_text(amount), supplementary, row.text("note", 500))
    warnings: list[str] = []
    add_contract(project, data, ctx.today, warnings)
    for warning in warnings:
        ctx.warn(row, warning)
    return ADDED, label


def funds_row(ctx: ImportContext, row: Row) -> tuple[str, str]:
    project, label = _project(ctx, row)
    day = row.date("date", required=True)
    amount = row.amount("amount", required=True)
    if project is None:
        return (SKIPPED if "已裁定" in label else CLAIMED), label
    label = f"{label} {day:%Y-%m-%d} {yi_text(amount)} 亿元"
    if (
        first_id(
            "SELECT id FROM funds_entry WHERE project_id = ? AND date = ? AND amount_wan = ?",
            project,
            day,
            amount,
        )
        is not None
    ):
        return SKIPPED, label
    data = FundsInput(
        day,
        yi_text(amount),
        choice(row, "proof", PROOF_TYPES, "bank_slip"),
        row.yes_no("verified"),
        row.text("note", 500),
    )
    warnings: list[str] = []
    add_funds(project, data, ctx.today, warnings)
    for warning in warnings:
        ctx.warn(row, warning)
    return ADDED, label


def baseline_row(ctx: ImportContext, row: Row) -> tuple[str, str]:
    unit = ctx.unit_id(row)
    year = cells.whole_number(row.raw("year"), row.header("year"), 1990, 2100)
    quarter = cells.whole_number(row.raw("quarter"), row.header("quarter"), 1, 4)
    indicator = choice(row, "indicator", INDICATORS)
    if indicator is None:
        raise FieldError(row.header("indicator"), "不能为空")
    if indicator in MONEY_INDICATORS:
        value = row.amount("value", required=True)
    else:
        value = cells.whole_number(row.raw("value"), row.header("value"), 0, 1_000_000)
    label = f"{row.text('unit', 40)} {year} 年截至第 {quarter} 季度 {INDICATORS[indicator]}"
    outcome = set_baseline(unit, year, quarter, indicator, value, label)
    return {"added": ADDED, "same": SKIPPED, "updated": UPDATED}[outcome], label
