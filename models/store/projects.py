"""项目库 records: validating and saving projects, and stage changes kept as history."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from models.db.base import db
from models.db.projects import Project, StageEvent
from models.money import yi_to_wan
from models.store.references import DATABASE, References
from models.validation import (
    Check,
    FieldError,
    ValidationFailed,
    clean_choice,
    clean_date,
    clean_text,
    shown,
    visible,
)
from models.vocab import INDUSTRY_CATEGORIES, REGIONS, STAGE_ORDER, STAGES, STRATEGIC_EMERGING

# The date column each stage (and statistical event) keeps on the project row.
STAGE_DATE = {
    "lead": "lead_date",
    "negotiating": "negotiating_date",
    "signed": "signed_date",
    "started": "started_date",
    "production": "production_date",
    "started_in_db": "started_in_db_date",
    "production_in_db": "production_in_db_date",
    "terminated": "terminated_date",
}


@dataclass
class ProjectInput:
    """A project as the dialog or an import gives it; money as 亿元 text (exact to 1 万元)."""

    name: str
    unit_id: int | None
    total_investment_yi: str
    lead_date: dt.date | None
    enterprise_id: int | None = None
    content: str = ""
    industry_category: str = "industry"
    chain: str = ""
    strategic_emerging: str | None = None
    foreign_funded: bool = False
    source_region: str = "domestic"
    source_city: str = ""
    returnee: bool = False
    alumni: bool = False
    commissioned: bool = False
    event_id: int | None = None
    lead_leader_id: int | None = None
    team: str = ""
    plan: str = ""
    is_key: bool = False
    needs_land: bool = False
    land_date: dt.date | None = None
    site: str = ""
    land_area_mu: str = ""
    note: str = ""


def clean_money(text: str, field_name: str, allow_zero: bool = False) -> int:
    """亿元 text → integer 万元; refuses negatives, zero (unless allowed) and precision finer than 1 万元."""
    raw = (text or "").strip().replace(",", "").replace("，", "")
    if not raw:
        raise FieldError(field_name, "不能为空")
    try:
        wan = yi_to_wan(raw)
    except ValueError as exc:
        if "精度" in str(exc):
            raise FieldError(field_name, "精确到 1 万元即可（亿元最多 4 位小数）") from exc
        raise FieldError(field_name, f"不是有效的金额：{shown(raw)}") from exc
    if wan < 0 or (wan == 0 and not allow_zero):
        raise FieldError(field_name, "应大于 0")
    if wan >= 10**15:  # beyond any project, and beyond what the database column holds
        raise FieldError(field_name, f"金额过大，请核对：{shown(raw)}")
    return wan


def _clean_area(text: str) -> Decimal | None:
    raw = (text or "").strip()
    if not raw:
        return None
    try:
        area = Decimal(raw) if re.fullmatch(r"\d+(\.\d+)?", raw) else None
    except InvalidOperation:
        area = None
    if area is None:
        raise FieldError("用地面积", f"不是有效的数字：{shown(raw)}")
    if area <= 0:
        raise FieldError("用地面积", "应大于 0")
    if area > 1_000_000:
        raise FieldError("用地面积", f"{shown(raw)} 亩超过 100 万亩，请核对")
    return area


def validate_project(
    data: ProjectInput, project_id: int | None = None, refs: References = DATABASE
) -> Check:
    """Every field rule of a project; stage dates are checked by the stage actions."""
    check = Check()
    name = check.capture(clean_text, data.name, "项目名称", 120, required=True)
    if not refs.unit_exists(data.unit_id):
        check.error("责任单位", "请选择责任单位")
    elif name:
        same_name = refs.project_named(data.unit_id, name)
        if same_name is not None and same_name != project_id:
            check.error("项目名称", f"本单位已有同名项目“{name}”")
    check.capture(clean_money, data.total_investment_yi, "总投资(亿元)")
    today = dt.date.today()
    lead = check.date(data.lead_date, "登记日期", required=True)
    if lead is not None and lead > today:
        check.error("登记日期", f"{lead:%Y-%m-%d} 还没到")
    check.capture(clean_choice, data.industry_category, "产业类别", INDUSTRY_CATEGORIES)
    if data.strategic_emerging:
        check.capture(clean_choice, data.strategic_emerging, "战略性新兴产业", STRATEGIC_EMERGING)
    check.capture(clean_choice, data.source_region, "来源区域", REGIONS)
    for value, label, size in (
        (data.content, "建设内容", 2000),
        (data.chain, "所属产业链", 60),
        (data.source_city, "来源城市", 60),
        (data.team, "工作专班", 500),
        (data.plan, "推进方案", 2000),
        (data.site, "建设地点", 120),
        (data.note, "备注", 2000),
    ):
        check.capture(clean_text, value, label, size)
    check.capture(_clean_area, data.land_area_mu)
    if data.enterprise_id is not None and not refs.enterprise_exists(data.enterprise_id):
        check.error("投资方", "所选企业已不存在")
    if data.event_id is not None and not refs.event_exists(data.event_id):
        check.error("来源活动", "所选活动已不存在")
    if data.lead_leader_id is not None and not refs.person_exists(data.lead_leader_id):
        check.error("包保领导", "所选人员已不存在")
    if check.date(data.land_date, "取得土地日期") is not None:
        if data.land_date > today:
            check.error("取得土地日期", f"{data.land_date:%Y-%m-%d} 还没到")
        if not data.needs_land:
            check.error("取得土地日期", "项目不需要供地时不应填写")
        signed = Project.get_by_id(project_id).signed_date if project_id else None
        if signed is not None and data.land_date < signed:
            check.error("取得土地日期", f"早于签约日期（{signed:%Y-%m-%d}）")
    if project_id is not None and data.lead_date is not None:
        project = Project.get_by_id(project_id)
        later = [d for d in (project.negotiating_date, project.signed_date) if d is not None]
        if later and data.lead_date > min(later):
            check.error("登记日期", f"晚于后续阶段日期（{min(later):%Y-%m-%d}）")
    return check


def save_project(
    data: ProjectInput, project_id: int | None = None, refs: References = DATABASE
) -> Project:
    """Validate, then write the project; a new one starts as a 线索 dated its registration."""
    validate_project(data, project_id, refs).raise_errors()
    fields = {
        "name": visible(data.name),
        "unit": data.unit_id,
        "enterprise": data.enterprise_id,
        "content": visible(data.content),
        "total_investment_wan": clean_money(data.total_investment_yi, "总投资(亿元)"),
        "industry_category": clean_choice(data.industry_category, "产业类别", INDUSTRY_CATEGORIES),
        "chain": visible(data.chain),
        "strategic_emerging": data.strategic_emerging or None,
        "foreign_funded": data.foreign_funded,
        "source_region": clean_choice(data.source_region, "来源区域", REGIONS),
        "source_city": visible(data.source_city),
        "returnee": data.returnee,
        "alumni": data.alumni,
        "commissioned": data.commissioned,
        "event": data.event_id,
        "lead_leader": data.lead_leader_id,
        "team": visible(data.team),
        "plan": visible(data.plan),
        "is_key": data.is_key,
        "needs_land": data.needs_land,
        "land_date": data.land_date if data.needs_land else None,
        "site": visible(data.site),
        "land_area_mu": _clean_area(data.land_area_mu),
        "note": visible(data.note),
        "lead_date": data.lead_date,
    }
    with refs.transaction():
        project = Project.write(project_id, fields)
        if project_id is None:
            StageEvent.create(project=project, stage="lead", date=data.lead_date)
    return project


def project_input(project_id: int) -> ProjectInput:
    """A stored project in the shape the dialog edits."""
    from models.money import wan_to_yi

    p = Project.get_by_id(project_id)
    return ProjectInput(
        name=p.name,
        unit_id=p.unit_id,
        total_investment_yi=f"{wan_to_yi(p.total_investment_wan):f}",
        lead_date=p.lead_date,
        enterprise_id=p.enterprise_id,
        content=p.content,
        industry_category=p.industry_category,
        chain=p.chain,
        strategic_emerging=p.strategic_emerging,
        foreign_funded=p.foreign_funded,
        source_region=p.source_region,
        source_city=p.source_city,
        returnee=p.returnee,
        alumni=p.alumni,
        commissioned=p.commissioned,
        event_id=p.event_id,
        lead_leader_id=p.lead_leader_id,
        team=p.team,
        plan=p.plan,
        is_key=p.is_key,
        needs_land=p.needs_land,
        land_date=p.land_date,
        site=p.site,
        land_area_mu="" if p.land_area_mu is None else f"{p.land_area_mu:f}",
        note=p.note,
    )


# -- stage actions -----------------------------------------------------------------------------


def _refuse(field_name: str, message: str):
    raise ValidationFailed([FieldError(field_name, message)])


def advance(
    project_id: int, stage: str, day: dt.date, reason: str = "", correction: bool = False
) -> Project:
    """Move a project to a later stage (or record 开工入库 / 投产入库) on a date, kept as history.

    签约 comes only from a formal contract (see contracts). 开工 before 签约 and 投产 before 开工 are
    refused unless entered as a correction with a reason.
    """
    reason = clean_text(reason, "原因", 500)
    clean_date(day, "日期", required=True)
    with db.atomic():
        project = Project.get_by_id(project_id)
        if project.stage == "terminated":
            _refuse("阶段", "项目已终止，不能再变更阶段（如需恢复，请先撤销终止）")
        if stage == "signed":
            _refuse("阶段", "签约以正式合同为准：请在“合同”中录入正式合同")
        if stage not in STAGE_DATE or stage in ("lead", "terminated"):
            _refuse("阶段", f"不能执行的阶段：{stage}")
        if correction and not reason:
            _refuse("原因", "更正须写明原因")
        if day > dt.date.today():
            _refuse("日期", f"{day:%Y-%m-%d} 还没到")
        prerequisite = {
            "negotiating": ("lead_date", "登记"),
            "started": ("signed_date", "签约"),
            "production": ("started_date", "开工"),
            "started_in_db": ("started_date", "开工"),
            "production_in_db": ("production_date", "投产"),
        }[stage]
        before = getattr(project, prerequisite[0])
        if before is None and not correction:
            _refuse(
                "阶段",
                f"项目尚未{prerequisite[1]}，不能{STAGE_NAMES[stage]}（如确需如此，请作为更正并写明原因）",
            )
        if before is not None and day < before and not correction:
            _refuse("日期", f"早于{prerequisite[1]}日期（{before:%Y-%m-%d}）")
        if not correction:
            _check_order(project, stage, day)
        setattr(project, STAGE_DATE[stage], day)
        if stage in STAGE_ORDER and STAGE_ORDER.index(stage) > STAGE_ORDER.index(project.stage):
            project.stage = stage
        project.save()
        StageEvent.create(
            project=project, stage=stage, date=day, is_correction=correction, reason=reason
        )
    return project


def _check_order(project: Project, stage: str, day: dt.date) -> None:
    """Without a correction, a stage happens once, after the stages before it and before those after."""
    current = getattr(project, STAGE_DATE[stage])
    if current is not None:
        _refuse(
            "阶段",
            f"项目已于 {current:%Y-%m-%d} {STAGE_NAMES[stage]}；如需改日期，请作为更正并写明原因",
        )
    if stage in STAGE_ORDER:
        position = STAGE_ORDER.index(stage)
        for later in STAGE_ORDER[position + 1 :]:
            date = getattr(project, STAGE_DATE[later])
            if date is not None and day > date:
                _refuse("日期", f"晚于{STAGES[later]}日期（{date:%Y-%m-%d}），阶段顺序不对")


def reached_stage(project: Project) -> str:
    """The furthest pipeline stage the project has a date for."""
    reached = "lead"
    for stage in STAGE_ORDER:
        if getattr(project, STAGE_DATE[stage]) is not None:
            reached = stage
    return reached


def terminate(project_id: int, day: dt.date, reason: str, rival: str = "") -> Project:
    """终止: the project is lost or abandoned; the reason is required, the rival location if known."""
    reason = clean_text(reason, "终止原因", 500, required=True)
    rival = clean_text(rival, "落户地", 60)
    clean_date(day, "日期", required=True)
    with db.atomic():
        project = Project.get_by_id(project_id)
        if project.stage == "terminated":
            _refuse("阶段", "项目已经终止")
        if day < project.lead_date:
            _refuse("日期", f"早于项目登记日期（{project.lead_date:%Y-%m-%d}）")
        if day > dt.date.today():
            _refuse("日期", f"{day:%Y-%m-%d} 还没到")
        project.stage = "terminated"
        project.terminated_date = day
        project.terminated_reason = reason
        project.rival_location = rival
        project.save()
        StageEvent.create(project=project, stage="terminated", date=day, reason=reason)
    return project


def step_back(project_id: int, to_stage: str, reason: str) -> Project:
    """更正: return to an earlier stage (or undo 终止); later stage dates are cleared, the reason kept."""
    reason = clean_text(reason, "更正原因", 500, required=True)
    with db.atomic():
        project = Project.get_by_id(project_id)
        if to_stage not in STAGE_ORDER:
            _refuse("阶段", f"不能回到：{to_stage}")
        if project.stage != "terminated" and STAGE_ORDER.index(to_stage) >= STAGE_ORDER.index(
            project.stage
        ):
            _refuse("阶段", "只能回到更早的阶段")
        if STAGE_ORDER.index(to_stage) > STAGE_ORDER.index(reached_stage(project)):
            _refuse("阶段", f"项目从未到达“{STAGES[to_stage]}”阶段，不能恢复到该阶段")
        if to_stage in ("lead", "negotiating") and project.signed_date is not None:
            _refuse("阶段", "项目已有正式合同：请先在“合同”中删除正式合同")
        keep = STAGE_ORDER[: STAGE_ORDER.index(to_stage) + 1]
        for stage in STAGE_ORDER:
            if stage not in keep and stage != "signed":
                setattr(project, STAGE_DATE[stage], None)
        if "started" not in keep:
            project.started_in_db_date = None
        if "production" not in keep:
            project.production_in_db_date = None
        project.terminated_date = None
        project.terminated_reason = ""
        project.stage = to_stage
        project.save()
        StageEvent.create(
            project=project, stage=to_stage, date=dt.date.today(), is_correction=True, reason=reason
        )
    return project


STAGE_NAMES = {
    **STAGES,
    "negotiating": "转为在谈",
    "started": "开工",
    "production": "投产",
    "started_in_db": "开工入库",
    "production_in_db": "投产入库",
}
