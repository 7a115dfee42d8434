"""合同与到位资金: the first formal contract signs a project; funds arrive as dated entries."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from peewee import fn

from models.db.base import db
from models.db.projects import Contract, FundsEntry, Project, StageEvent
from models.store import trash
from models.validation import (
    Check,
    FieldError,
    ValidationFailed,
    clean_choice,
    clean_text,
    visible,
)
from models.vocab import CONTRACT_KINDS, PROOF_TYPES


@dataclass
class ContractInput:
    kind: str
    signed_date: dt.date | None
    amount_yi: str
    supplementary: bool = False
    note: str = ""


@dataclass
class FundsInput:
    date: dt.date | None
    amount_yi: str
    proof_type: str = "bank_slip"
    verified: bool = False
    note: str = ""


def validate_contract(project_id: int, data: ContractInput, today: dt.date | None = None) -> Check:
    """Type, date (not before the project was registered, not in the future) and a positive amount."""
    from models.store.projects import clean_money

    today = today or dt.date.today()
    check = Check()
    project = Project.get_by_id(project_id)
    if project.stage == "terminated" and (
        data.signed_date is None or data.signed_date > project.terminated_date
    ):
        # A contract from before the end is history (an import replays it); a later one is not.
        check.error("合同", f"项目已于 {project.terminated_date:%Y-%m-%d} 终止，不能录入之后的合同")
    kind = check.capture(clean_choice, data.kind, "合同类型", CONTRACT_KINDS)
    check.capture(clean_money, data.amount_yi, "合同金额(亿元)")
    check.capture(clean_text, data.note, "备注", 500)
    signed = check.date(data.signed_date, "签订日期", required=True)  # None: refused, not compared
    if signed is not None and signed < project.lead_date:
        check.error("签订日期", f"早于项目登记为线索的日期（{project.lead_date:%Y-%m-%d}）")
    elif signed is not None and signed > today:
        check.error("签订日期", f"{signed:%Y-%m-%d} 还没到")
    if kind == "formal" and not data.supplementary and project.signed_date is not None:
        check.warnings.append(
            f"项目已有正式合同（{project.signed_date:%Y-%m-%d} 签订），项目只在首份正式合同时计一次；"
            "如为追加投资，请勾选“补充合同”并只填追加金额。仍按正式合同保存吗？"
        )
    if data.supplementary and kind != "formal":
        check.error("补充合同", "只有正式合同才有补充合同")
    if data.supplementary and project.signed_date is None:
        check.error("补充合同", "项目还没有正式合同，补充合同无所依附")
    elif data.supplementary and signed is not None and signed < project.signed_date:
        check.error("签订日期", f"补充合同早于首份正式合同（{project.signed_date:%Y-%m-%d}）")
    return check


def _resync_signing(project: Project) -> None:
    """signed_date is the first formal contract's date; the stage follows when it appears or goes."""
    first = (
        Contract.select(fn.MIN(Contract.signed_date))
        .where(
            Contract.project == project, Contract.kind == "formal", Contract.supplementary == False
        )
        .scalar()
    )
    if isinstance(first, str):
        first = dt.date.fromisoformat(first)
    if first == project.signed_date:
        return
    project.signed_date = first
    if first is not None and project.stage in ("lead", "negotiating"):
        project.stage = "signed"
        StageEvent.create(project=project, stage="signed", date=first)
    elif first is None and project.stage == "signed":
        project.stage = "negotiating" if project.negotiating_date else "lead"
        StageEvent.create(
            project=project,
            stage=project.stage,
            date=dt.date.today(),
            is_correction=True,
            reason="删除了正式合同",
        )
    project.save()


def add_contract(
    project_id: int,
    data: ContractInput,
    today: dt.date | None = None,
    warnings: list[str] | None = None,
) -> Contract:
    """Record a contract; the first formal one sets the signing date and moves the project to 签约.

    Warnings are the caller's to confirm first; an import passes a list to collect them.
    """
    from models.store.projects import clean_money

    check = validate_contract(project_id, data, today)
    check.raise_errors()
    if warnings is not None:
        warnings.extend(check.warnings)
    with db.atomic():
        contract = Contract.create(
            project=project_id,
            kind=clean_choice(data.kind, "合同类型", CONTRACT_KINDS),
            signed_date=data.signed_date,
            amount_wan=clean_money(data.amount_yi, "合同金额(亿元)"),
            supplementary=data.supplementary,
            note=visible(data.note),
        )
        _resync_signing(Project.get_by_id(project_id))
    return contract


def delete_contract(contract_id: int) -> None:
    """Remove a contract entered by mistake; the signing date and stage follow what is left."""
    with db.atomic():
        contract = Contract.get_or_none(Contract.id == contract_id)
        if contract is None:
            raise ValidationFailed([FieldError("合同", "该合同已不存在")])
        project = contract.project
        if (
            contract.kind == "formal"
            and not contract.supplementary
            and Contract.select()
            .where(
                Contract.project == project,
                Contract.kind == "formal",
                Contract.supplementary == False,
            )
            .count()
            == 1
            and project.started_date is not None
        ):
            raise ValidationFailed(
                [FieldError("合同", "项目已开工，不能删除唯一的正式合同；请先更正项目阶段")]
            )
        trash.move_to_trash(Contract, contract_id, "合同")
        _resync_signing(project)


def validate_funds(project_id: int, data: FundsInput, today: dt.date | None = None) -> Check:
    """A positive amount on a date that has come; money before the formal contract is only a warning."""
    from models.store.projects import clean_money

    today = today or dt.date.today()
    check = Check()
    project = Project.get_by_id(project_id)
    check.capture(clean_money, data.amount_yi, "到位金额(亿元)")
    check.capture(clean_choice, data.proof_type, "凭证类型", PROOF_TYPES)
    check.capture(clean_text, data.note, "备注", 500)
    day = check.date(data.date, "到位日期", required=True)  # None: refused, nothing to compare
    if day is not None and day > today:
        check.error("到位日期", f"{day:%Y-%m-%d} 还没到")
    elif day is not None and project.signed_date is None:
        check.warnings.append("项目还没有正式合同，确认这笔资金已经到位吗？")
    elif day is not None and day < project.signed_date:
        check.warnings.append(
            f"到位日期早于正式合同签订日期（{project.signed_date:%Y-%m-%d}），确认无误吗？"
        )
    return check


def add_funds(
    project_id: int,
    data: FundsInput,
    today: dt.date | None = None,
    warnings: list[str] | None = None,
) -> FundsEntry:
    """Record money in place (warnings are the caller's to confirm first, or collected in a list)."""
    from models.store.projects import clean_money

    check = validate_funds(project_id, data, today)
    check.raise_errors()
    if warnings is not None:
        warnings.extend(check.warnings)
    with db.atomic():
        return FundsEntry.create(
            project=project_id,
            date=data.date,
            amount_wan=clean_money(data.amount_yi, "到位金额(亿元)"),
            proof_type=clean_choice(data.proof_type, "凭证类型", PROOF_TYPES),
            verified=data.verified,
            note=visible(data.note),
        )


def delete_funds(entry_id: int) -> None:
    trash.move_to_trash(FundsEntry, entry_id, "到位资金")


def _restored_contract(data: dict) -> None:
    """A formal contract back from the bin signs its project again."""
    _resync_signing(Project.get_by_id(data["project"]))


trash.on_restore("contract", after=_restored_contract)
