"""Lists of projects and their ledgers as screens show them (aggregated in SQL)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from peewee import JOIN

from models.db.projects import Contract, FundsEntry, Problem, Project, ProjectLead, StageEvent
from models.db.sql import run
from models.queries.measures import contract_wan_sql, funds_wan_sql
from models.search import search_key

# The project list's filters by a yes/no mark (战略性新兴产业: any of its industries), by field name.
FLAGS = {
    name: Project._meta.fields[name].verbose_name
    for name in (
        "is_key",
        "strategic_emerging",
        "foreign_funded",
        "returnee",
        "alumni",
        "commissioned",
        "needs_land",
    )
}


@dataclass(frozen=True)
class ProjectRow:
    id: int
    name: str
    unit_id: int
    unit: str
    investor: str
    industry: str
    total_wan: int
    stage: str
    lead_date: dt.date
    signed_date: dt.date | None
    started_date: dt.date | None
    contract_wan: int
    funds_wan: int
    leader: str
    search: str = field(repr=False, default="")


@dataclass(frozen=True)
class ProjectFilter:
    unit_id: int | None = None
    stage: str | None = None
    industry: str | None = None
    flag: str | None = None
    signed_year: int | None = None


_SQL = f"""
SELECT p.id, p.name, p.unit_id, u.name, COALESCE(e.name, ''), p.industry_category, p.total_investment_wan,
       p.stage, p.lead_date, p.signed_date, p.started_date,
       {contract_wan_sql("p")},
       {funds_wan_sql("p")},
       COALESCE(l.name, '')
FROM project p
JOIN unit u ON u.id = p.unit_id
LEFT JOIN enterprise e ON e.id = p.enterprise_id
LEFT JOIN person l ON l.id = p.lead_leader_id
WHERE 1 = 1 {{where}}
ORDER BY u.sort_order, u.id, p.lead_date DESC, p.id DESC
"""


def project_rows(flt: ProjectFilter = ProjectFilter(), searchable: bool = True) -> list[ProjectRow]:
    """Projects with their 合同金额 and funds in place to date (models.measures)."""
    where, params = [], {}
    if flt.unit_id is not None:
        where.append("p.unit_id = :unit")
        params["unit"] = flt.unit_id
    if flt.stage is not None:
        where.append("p.stage = :stage")
        params["stage"] = flt.stage
    if flt.industry is not None:
        where.append("p.industry_category = :industry")
        params["industry"] = flt.industry
    if flt.flag is not None:
        if flt.flag not in FLAGS:
            raise ValueError(flt.flag)
        where.append(
            "p.strategic_emerging IS NOT NULL"
            if flt.flag == "strategic_emerging"
            else f"p.{flt.flag}"
        )
    if flt.signed_year is not None:
        where.append("p.signed_date BETWEEN :ys AND :ye")
        params.update(ys=f"{flt.signed_year}-01-01", ye=f"{flt.signed_year}-12-31")
    sql = _SQL.format(where="".join(f" AND {w}" for w in where))
    rows = []
    for r in run(sql, params).fetchall():
        # id … stage as selected; the three dates; contract, funds, leader.
        name, investor, leader = r[1], r[4], r[13]
        search = search_key(names=(name, investor, leader)) if searchable else ""
        rows.append(ProjectRow(*r[:8], *(_date(d) for d in r[8:11]), *r[11:14], search))
    return rows


def _date(value):
    return dt.date.fromisoformat(value) if isinstance(value, str) else value


def _of_project(model, project_id: int, date_field) -> list:
    """A project's rows of one ledger, in date order."""
    return list(model.select().where(model.project == project_id).order_by(date_field, model.id))


def stage_history(project_id: int) -> list[StageEvent]:
    return _of_project(StageEvent, project_id, StageEvent.date)


def contracts_of(project_id: int) -> list[Contract]:
    return _of_project(Contract, project_id, Contract.signed_date)


def funds_of(project_id: int) -> list[FundsEntry]:
    return _of_project(FundsEntry, project_id, FundsEntry.date)


def problems_of(project_id: int) -> list[Problem]:
    return _of_project(Problem, project_id, Problem.raised_date)


@dataclass(frozen=True)
class LeadRow:
    """A project lead (项目信息) with its feedback state on a given day."""

    id: int
    received_date: dt.date
    source: str
    description: str
    unit: str
    shared_by: str
    deadline: dt.date
    feedback_date: dt.date | None
    feedback: str
    state: str  # 已反馈 / 逾期反馈 / 逾期未反馈 / 待反馈
    search: str = field(repr=False, default="")


def lead_state(deadline: dt.date, feedback: dt.date | None, as_of: dt.date) -> str:
    if feedback is not None:
        return "逾期反馈" if feedback > deadline else "已反馈"
    return "逾期未反馈" if deadline < as_of else "待反馈"


def lead_rows(as_of: dt.date, unit_id: int | None = None, year: int | None = None) -> list[LeadRow]:
    """Project leads, newest first, with whether feedback came in time."""
    from models.db.org import Unit

    shared = Unit.alias()
    query = (
        ProjectLead.select(
            ProjectLead, Unit.name.alias("unit_name"), shared.name.alias("shared_name")
        )
        .join(Unit, on=(ProjectLead.assigned_unit == Unit.id))
        .switch(ProjectLead)
        .join(shared, JOIN.LEFT_OUTER, on=(ProjectLead.shared_by_unit == shared.id))
    )
    if unit_id is not None:
        query = query.where(ProjectLead.assigned_unit == unit_id)
    if year is not None:
        query = query.where(
            ProjectLead.received_date.between(dt.date(year, 1, 1), dt.date(year, 12, 31))
        )
    rows = []
    for lead in query.order_by(ProjectLead.received_date.desc(), ProjectLead.id.desc()).objects():
        rows.append(
            LeadRow(
                lead.id,
                lead.received_date,
                lead.source,
                lead.description,
                lead.unit_name,
                lead.shared_name or "",
                lead.feedback_deadline,
                lead.feedback_date,
                lead.feedback,
                lead_state(lead.feedback_deadline, lead.feedback_date, as_of),
                search_key(lead.description, lead.source, names=(lead.unit_name,)),
            )
        )
    return rows


def get_project(project_id: int) -> Project:
    """One project with its unit, for detail views."""
    return Project.get_by_id(project_id)


def funds_rows(start: dt.date, end: dt.date, unit_id: int | None = None) -> list[tuple]:
    """(date, unit, project, amount 万元, proof, verified) of funds entries in a period, for recounting."""
    from models.db.org import Unit

    query = (
        FundsEntry.select(
            FundsEntry.date,
            Unit.name,
            Project.name,
            FundsEntry.amount_wan,
            FundsEntry.proof_type,
            FundsEntry.verified,
        )
        .join(Project)
        .join(Unit)
        .where(FundsEntry.date.between(start, end))
        .order_by(FundsEntry.date, FundsEntry.id)
    )
    if unit_id is not None:
        query = query.where(Project.unit == unit_id)
    return list(query.tuples())
