"""Rows of the 项目 sheet: a project by unit + name, its stages replayed through the stage actions.

A new project is registered, then moved along by the same actions as the dialog (a formal contract
signs it, then 开工, 入库, 投产 …), so every order rule holds. For a project already in the database
a date the row gives and the record lacks is added; a date that differs is an error, never an
overwrite.
"""

from __future__ import annotations

import datetime as dt
import unicodedata

from models.db.claims import project_key
from models.db.projects import Contract, Project
from models.ledger.context import ImportContext, Row
from models.ledger.results import ADDED, CLAIMED, SKIPPED, UPDATED
from models.ledger.rows_registry import choice
from models.money import wan_to_yi
from models.store.claims import claim_for
from models.store.contracts import ContractInput, add_contract
from models.store.projects import ProjectInput, advance, project_input, save_project, terminate
from models.validation import FieldError
from models.vocab import (
    CONTRACT_KINDS,
    INDUSTRY_CATEGORIES,
    REGIONS,
    STAGE_ORDER,
    STAGES,
    STRATEGIC_EMERGING,
)

# Row column → (stage action, project date field), in the order they happen.
STAGE_COLUMNS = (
    ("started", "started", "started_date"),
    ("started_db", "started_in_db", "started_in_db_date"),
    ("production", "production", "production_date"),
    ("production_db", "production_in_db", "production_in_db_date"),
)


def yi_text(wan: int | None) -> str:
    return "" if wan is None else f"{wan_to_yi(wan):f}"


def strategic(row: Row) -> str | None:
    """战略性新兴产业 by its category name, with or without 产业 (是 alone does not say which)."""
    if row.blank("strategic"):
        return None
    value = unicodedata.normalize("NFKC", row.text("strategic", 40))
    if value in ("否", "无", "N", "n"):
        return None
    for key, name in STRATEGIC_EMERGING.items():
        if value in (key, name, name.removesuffix("产业")):
            return key
    raise FieldError(
        row.header("strategic"),
        f"请写明战略性新兴产业类别（可选：{'、'.join(STRATEGIC_EMERGING.values())}），“{value}”不在其中",
    )


def _fields(ctx: ImportContext, row: Row, unit: int) -> dict:
    """The project's descriptive fields the row gives (None / "" when not given)."""
    investor = row.text("investor", 120)
    leader = row.text("leader", 40)
    land_date = row.date("land_date")
    needs_land = row.yes_no("needs_land") if row.has("needs_land") else land_date is not None
    event = row.text("event", 120)
    if event and event not in ctx.events:
        raise FieldError(
            row.header("event"), f"没有名为“{event}”的招商活动（请先在“招商活动”表中列出）"
        )
    return {
        "event_id": ctx.events.get(event) if event else None,
        "enterprise_id": ctx.enterprise_id(investor, row.header("investor")) if investor else None,
        "industry_category": choice(row, "category", INDUSTRY_CATEGORIES),
        "strategic_emerging": strategic(row),
        "foreign_funded": row.yes_no("foreign") if not row.blank("foreign") else None,
        "source_region": choice(row, "source_region", REGIONS),
        "lead_leader_id": ctx.person_ids(row, "leader", unit, None)[0] if leader else None,
        "needs_land": needs_land if not row.blank("needs_land") or land_date else None,
        "land_date": land_date,
        "content": row.text("content", 2000),
        "chain": row.text("chain", 60),
        "source_city": row.text("source_city", 60),
        "site": row.text("site", 120),
        "land_area_mu": row.text("land_area", 20),
        "is_key": row.yes_no("is_key") if not row.blank("is_key") else None,
        "note": row.text("note", 2000),
    }


def _claim(ctx: ImportContext, row: Row, unit: int, name: str, enterprise: int | None):
    """Another unit's project with the same investor and name, if there is one."""
    if enterprise is None:
        return None
    key = project_key(name)
    for other in Project.select(Project.id, Project.unit, Project.name).where(
        Project.enterprise == enterprise, Project.unit != unit
    ):
        if project_key(other.name) == key:
            return other
    return None


def project_row(ctx: ImportContext, row: Row) -> tuple[str, str]:
    unit = ctx.unit_id(row)
    name = row.text("name", 120, required=True)
    label = f"{row.text('unit', 40)} {name}"
    total = row.amount("total", required=True)
    fields = _fields(ctx, row, unit)
    dates = {key: row.date(key) for key in ("lead_date", "negotiating", "signed", "terminated")}
    dates.update({column: row.date(column) for column, _a, _f in STAGE_COLUMNS})
    existing = ctx.projects.get((unit, name))
    if existing is None:
        held = _claim(ctx, row, unit, name, fields["enterprise_id"])
        if held is not None:
            return _record_claim(ctx, row, unit, name, held, label)
    changed = False
    if existing is None:
        given = [d for d in dates.values() if d is not None] + [fields["land_date"]]
        lead = dates["lead_date"] or min((d for d in given if d), default=ctx.today)
        data = ProjectInput(
            name=name, unit_id=unit, total_investment_yi=yi_text(total), lead_date=lead
        )
        for attr, value in fields.items():
            if value not in (None, "") and attr != "land_date":
                setattr(data, attr, value)
        project = save_project(data, refs=ctx)
        ctx.remember(ctx.projects, (unit, name), project.id)
        action = ADDED
    else:
        project = Project.get_by_id(existing)
        data = project_input(existing)
        wanted = {k: v for k, v in fields.items() if k != "land_date"}
        wanted["total_investment_yi"] = yi_text(total)
        if dates["lead_date"] is not None:
            wanted["lead_date"] = dates["lead_date"]
        for attr, value in wanted.items():
            if value in (None, ""):
                continue
            same = (
                value == getattr(data, attr)
                if attr != "total_investment_yi"
                else total == project.total_investment_wan
            )
            if not same:
                setattr(data, attr, value)
                changed = True
        if changed:
            project = save_project(data, existing, refs=ctx)
        action = UPDATED
    added, project = _stages(ctx, row, project, dates, fields["land_date"], action == ADDED)
    changed |= added
    _check_stage(row, project)
    if action == UPDATED and not changed:
        return SKIPPED, label
    return action, label


def _record_claim(ctx, row, unit, name, held, label) -> tuple[str, str]:
    claim = claim_for(held.id, unit, name, row.source)
    ctx.remember(ctx.claimed, (unit, name), held.id)
    if claim.decision:
        ctx.remember(ctx.settled, (unit, name), True)
        return SKIPPED, f"{label}（已裁定：由{held.unit.name}负责）"
    ctx.result.claims.append(f"{label}：{held.unit.name}已登记同一投资方的同名项目，暂按一个项目计")
    return CLAIMED, f"{label}（{held.unit.name}已有同一项目，请裁定归属）"


def _differs(row: Row, column: str, stored: dt.date, given: dt.date) -> FieldError:
    return FieldError(
        row.header(column),
        f"与库中记录不一致（库中为 {stored:%Y-%m-%d}，本行为 {given:%Y-%m-%d}）；如需更正请在项目中操作",
    )


def _stages(
    ctx: ImportContext, row: Row, project: Project, dates: dict, land_date, new: bool
) -> tuple[bool, Project]:
    """Replay what the row says happened, in order; whether anything was added, and the project now.

    `new`: the row has just created the project, so it has no contracts yet."""
    changed = False
    project_id = project.id
    negotiating = dates["negotiating"]
    stage = choice(row, "stage", STAGES)
    if negotiating is None and stage == "negotiating" and project.negotiating_date is None:
        negotiating = project.lead_date
    if negotiating is not None:
        if project.negotiating_date is None:
            project = advance(project_id, "negotiating", negotiating)
            changed = True
        elif project.negotiating_date != negotiating:
            raise _differs(row, "negotiating", project.negotiating_date, negotiating)
    if _contract(ctx, row, project, dates["signed"], new):
        project = Project.get_by_id(project_id)
        changed = True
    if land_date is not None:
        if project.land_date is None:
            data = project_input(project_id)
            data.needs_land, data.land_date = True, land_date
            project = save_project(data, project_id, refs=ctx)
            changed = True
        elif project.land_date != land_date:
            raise _differs(row, "land_date", project.land_date, land_date)
    for column, action, attr in STAGE_COLUMNS:
        day = dates[column]
        if day is None:
            continue
        stored = getattr(project, attr)
        if stored is None:
            project = advance(project_id, action, day)
            changed = True
        elif stored != day:
            raise _differs(row, column, stored, day)
    if dates["terminated"] is not None or stage == "terminated":
        ended = _terminate(row, project, dates["terminated"])
        if ended is not None:
            project, changed = ended, True
    return changed, project


def _contract(
    ctx: ImportContext, row: Row, project: Project, signed: dt.date | None, new: bool
) -> bool:
    amount = row.amount("contract_amount")
    kind = choice(row, "contract_kind", CONTRACT_KINDS)
    if signed is None and amount is None:
        return False
    if signed is None:
        raise FieldError(
            row.header("signed") if row.has("signed") else "签约日期", "填写了合同金额时不能为空"
        )
    if amount is None:
        column = row.header("contract_amount") if row.has("contract_amount") else "合同金额"
        raise FieldError(column, "填写了签约日期时不能为空")
    kind = kind or "formal"
    # A project the row has just created has no contracts to compare with.
    if not new and _recorded(row, project.id, kind, signed, amount):
        return False
    add_contract(project.id, ContractInput(kind, signed, yi_text(amount)), today=ctx.today)
    return True


def _recorded(row: Row, project_id: int, kind: str, signed: dt.date, amount: int) -> bool:
    """Whether the project already has this contract (a formal one must then match the row)."""
    if kind == "formal":
        first = (
            Contract.select()
            .where(
                Contract.project == project_id,
                Contract.kind == "formal",
                Contract.supplementary == False,
            )
            .order_by(Contract.signed_date, Contract.id)
            .first()
        )
        if first is None:
            return False
        if first.signed_date != signed:
            raise _differs(row, "signed", first.signed_date, signed)
        if first.amount_wan != amount:
            raise FieldError(
                row.header("contract_amount"),
                f"与库中正式合同金额不一致（库中为 {yi_text(first.amount_wan)} 亿元）",
            )
        return True
    return (
        Contract.select()
        .where(
            Contract.project == project_id,
            Contract.kind == kind,
            Contract.signed_date == signed,
            Contract.amount_wan == amount,
        )
        .exists()
    )


def _terminate(row: Row, project: Project, day: dt.date | None) -> Project | None:
    """The project after 终止, or None when it had already ended on that day."""
    if project.stage == "terminated":
        if day is not None and project.terminated_date != day:
            raise _differs(row, "terminated", project.terminated_date, day)
        return None
    if day is None:
        column = row.header("terminated") if row.has("terminated") else "终止日期"
        raise FieldError(column, "阶段为终止时不能为空")
    reason = row.text("terminated_reason", 500)
    if not reason:
        column = row.header("terminated_reason") if row.has("terminated_reason") else "终止原因"
        raise FieldError(column, "项目终止时不能为空")
    return terminate(project.id, day, reason, row.text("rival", 60))


def _check_stage(row: Row, project: Project) -> None:
    """The 阶段 a row states must be one its dates reach (签约 needs a formal contract, and so on)."""
    stage = choice(row, "stage", STAGES)
    if stage is None or stage == project.stage:
        return
    if stage == "terminated" or project.stage == "terminated":
        raise FieldError(
            row.header("stage"), f"为“{STAGES[stage]}”，但项目为“{STAGES[project.stage]}”"
        )
    if STAGE_ORDER.index(stage) > STAGE_ORDER.index(project.stage):
        raise FieldError(
            row.header("stage"),
            f"为“{STAGES[stage]}”，但所填日期只到“{STAGES[project.stage]}”（请填写相应日期或合同）",
        )
