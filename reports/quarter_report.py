"""季度调度报告: one builder gathers every figure of the quarter into a plain dataclass.

The PDF, the Excel workbook and `zhaoshang indicators --json` read this one object; the dashboard
builds only its indicators (build_indicators), from the same functions, so they cannot disagree.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from fractions import Fraction

from models import Meeting, Unit
from models.db.sql import run
from models.db.submissions import ALL_UNITS
from models.queries.activities import quarters_without_dispatch_meeting
from models.queries.measures import contract_wan_sql, funds_rate, funds_wan_sql, ratio
from models.queries.periods import Period, quarter
from models.queries.scope import Scope
from models.store.report_notes import report_note
from models.vocab import INDUSTRY_CATEGORIES, NON_MAJOR_CATEGORIES
from reports import report_sections as sections
from reports.compliance import QuarterComplianceRow, quarter_compliance
from reports.drafts import draft, judged_on, lead_rows, problem_rows
from reports.horse_race import RaceRow, horse_race
from reports.indicators import Indicator, build_indicators, period_json, ruling_rules, thresholds
from reports.land import LandCase, UnitLand, land_due_soon, land_status
from reports.measures import shared_measures
from reports.project_lists import ListRow, project_list
from reports.ranking import Scheme, UnitScore, department_ranking, ranking, scheme
from reports.visits import VisitProgress, visit_progress

LIST_KINDS = ("签约", "开工", "投产", "开工入库", "投产入库")


@dataclass
class Ratios:
    """履约率, 开工率, 投产率, 资金到位率 as fractions (None when there is nothing to divide by)."""

    fulfilment: Decimal | None  # 履约率: projects signed this year that have started
    start_rate: Decimal | None  # 开工率: all signed projects started by the period end
    production_rate: Decimal | None  # 投产率: started projects in production by the period end
    # 资金到位率 of the projects signed this year: their funds in place to the period's end ÷ their
    # 合同金额 to that day (models.measures.funds_rate)
    funds_rate: Decimal | None

    def to_json(self) -> dict:
        return {k: (float(v) if v is not None else None) for k, v in self.__dict__.items()}


@dataclass
class QuarterReport:
    """Everything the scheduling meeting reads for one unit (or all units) and quarter."""

    unit: str
    unit_id: int | None
    year: int
    quarter: int
    period: Period
    ytd: Period
    time_progress: Fraction
    indicators: dict[str, Indicator]
    ratios: Ratios
    compliance: list[QuarterComplianceRow]
    visits: list[VisitProgress]
    lists: dict[str, list[ListRow]]
    major_projects: list[ListRow]
    land: list[UnitLand]
    land_soon: list[LandCase]
    overdue_leads: list[tuple[dt.date, str, str, str]]
    open_problems: list[tuple[dt.date, str, str, str, str]]
    meetings: dict[str, int]
    missing_meetings: dict[str, list[int]]
    problems_text: str = ""
    next_steps_text: str = ""
    ranking: list[UnitScore] = field(default_factory=list)  # counties and zones, all units only
    department_ranking: list[UnitScore] = field(default_factory=list)  # 市直部门, ranked apart
    races: dict[str, list[RaceRow]] = field(default_factory=dict)  # 赛马榜, all units only
    scheme: Scheme | None = None
    as_of: dt.date | None = None  # a quarter not yet over: counted through this day
    overdue_land: list[sections.OverdueLand] = field(default_factory=list)
    events: sections.Events | None = None  # 招商活动 of the year so far
    meeting_rows: list[sections.UnitMeetings] = field(default_factory=list)
    standing: sections.Standing | None = None  # a unit's place among the units
    halfway: list[sections.Halfway] = field(default_factory=list)  # 双过半, at Q2 only
    problems_draft: str = ""  # drafted from the data, printed when nothing is saved
    next_steps_draft: str = ""

    @property
    def problems_printed(self) -> str:
        """存在问题 as saved, else as drafted: the paper never leaves it blank."""
        return self.problems_text if self.problems_text.strip() else self.problems_draft

    @property
    def next_steps_printed(self) -> str:
        return self.next_steps_text if self.next_steps_text.strip() else self.next_steps_draft

    @property
    def title(self) -> str:
        return report_title(self.unit_id and self.unit, self.year, self.quarter, self.as_of)

    @property
    def has_data(self) -> bool:
        return (
            any(i.ytd for i in self.indicators.values())
            or any(self.lists.values())
            or bool(self.compliance)
        )

    def to_json(self) -> dict:
        """The fixed JSON contract of `zhaoshang indicators --json` (extra keys are additions)."""
        return {
            "unit": self.unit,
            "year": self.year,
            "quarter": self.quarter,
            "title": self.title,
            "as_of": self.as_of.isoformat() if self.as_of else None,
            "period": period_json(self.period),
            "ytd": period_json(self.ytd),
            "time_progress": float(self.time_progress),
            "indicators": {key: ind.to_json() for key, ind in self.indicators.items()},
            "ratios": self.ratios.to_json(),
            "lists": {kind: [_list_json(r) for r in rows] for kind, rows in self.lists.items()},
            "major_projects": [_list_json(r) for r in self.major_projects],
            "land": [u.to_json() for u in self.land],
            "overdue_leads": [
                {"deadline": d.isoformat(), "unit": u, "description": t, "state": s}
                for d, u, t, s in self.overdue_leads
            ],
            "open_problems": len(self.open_problems),
            "meetings": self.meetings,
            "missing_meetings": self.missing_meetings,
            "ranking": [s.to_json() for s in self.ranking],
            "department_ranking": [s.to_json() for s in self.department_ranking],
            "races": {k: [r.to_json(k) for r in rows] for k, rows in self.races.items()},
            "overdue_land": [c.to_json() for c in self.overdue_land],
            "events": self.events.to_json() if self.events else None,
            "meeting_rows": [m.to_json() for m in self.meeting_rows],
            "standing": self.standing.to_json() if self.standing else None,
            "halfway": [h.to_json() for h in self.halfway],
            "problems_text": self.problems_text,
            "next_steps_text": self.next_steps_text,
            "problems_draft": self.problems_draft,
            "next_steps_draft": self.next_steps_draft,
        }


def report_title(unit: str | None, year: int, q: int, as_of: dt.date | None = None) -> str:
    """襄州区2020年第二季度招商引资工作调度报告; 全市 for all units; a quarter not yet over on
    `as_of` says so: …调度报告（截至 12月6日）."""
    title = f"{unit or '全市'}{year}年第{'一二三四'[q - 1]}季度招商引资工作调度报告"
    if as_of is not None and as_of < quarter(year, q).end:
        title += f"（截至 {as_of.month}月{as_of.day}日）"
    return title


def _list_json(row: ListRow) -> dict:
    return {
        "project": row.name,
        "unit": row.unit,
        "date": row.date.isoformat(),
        "total": float(Decimal(row.total_wan) / 10000),
        "contract": float(Decimal(row.contract_wan) / 10000),
    }


def ratios(ytd: Period, unit_id: int | None) -> Ratios:
    """The four ratios in SQL over the project table."""
    unit = "" if unit_id is None else "AND p.unit_id = :unit"
    params = {"start": ytd.start.isoformat(), "end": ytd.end.isoformat(), "unit": unit_id}
    row = run(
        f"""
        SELECT
          SUM(CASE WHEN p.signed_date BETWEEN :start AND :end THEN 1 ELSE 0 END),
          SUM(CASE WHEN p.signed_date BETWEEN :start AND :end AND p.started_date <= :end THEN 1 ELSE 0 END),
          SUM(CASE WHEN p.signed_date <= :end AND p.stage != 'terminated' THEN 1 ELSE 0 END),
          SUM(CASE WHEN p.signed_date <= :end AND p.stage != 'terminated' AND p.started_date <= :end THEN 1 ELSE 0 END),
          SUM(CASE WHEN p.started_date <= :end THEN 1 ELSE 0 END),
          SUM(CASE WHEN p.started_date <= :end AND p.production_date <= :end THEN 1 ELSE 0 END),
          COALESCE(SUM(CASE WHEN p.signed_date BETWEEN :start AND :end THEN
              {funds_wan_sql("p", until=":end")} END), 0),
          COALESCE(SUM(CASE WHEN p.signed_date BETWEEN :start AND :end THEN
              {contract_wan_sql("p", until=":end")} END), 0)
        FROM project p WHERE 1 = 1 {unit}""",
        params,
    ).fetchone()
    signed, signed_started, live, live_started, started, producing, funds, contract = (
        v or 0 for v in row
    )
    return Ratios(
        ratio(signed_started, signed),
        ratio(live_started, live),
        ratio(producing, started),
        funds_rate(funds, contract),
    )


def _meetings_held(span: Period, unit_id: int | None) -> dict[str, int]:
    query = (
        Meeting.select(Unit.name, Meeting.id)
        .join(Unit)
        .where(Meeting.kind == "dispatch", Meeting.date.between(span.start, span.end))
    )
    if unit_id is not None:
        query = query.where(Meeting.unit == unit_id)
    held: dict[str, int] = {}
    for name, _id in query.tuples():
        held[name] = held.get(name, 0) + 1
    return held


def build_report(scope: Scope) -> QuarterReport:
    """The whole quarterly report as made on the scope's day (default today): a quarter not yet
    over counts through that day and judges its open month as 进行中."""
    with shared_measures():
        return _build_report(scope)


def _build_report(scope: Scope) -> QuarterReport:
    """Gathers every section; build_report wraps it so the measures are queried once."""
    year, q, unit_id = scope.year, scope.quarter, scope.unit_id
    seen, span, ytd = scope.seen, scope.span, scope.ytd
    unit_name = ALL_UNITS if unit_id is None else Unit.get_by_id(unit_id).name
    limits = thresholds(ruling_rules(year))
    major_default = limits["major"].get(None, 300000)
    signed_ytd = project_list("签约", ytd.start, ytd.end, unit_id)
    major = [
        r
        for r in signed_ytd
        if r.total_wan >= limits["major"].get(r.unit_id, major_default)
        and r.industry not in (INDUSTRY_CATEGORIES[c] for c in NON_MAJOR_CATEGORIES)
    ]
    lists = {}
    for kind in LIST_KINDS:
        if kind == "签约" and ytd.end == span.end:
            # The year's signings so far, from the quarter's first day: same end, so the same
            # money as of that end and the same order; no second query.
            lists[kind] = [r for r in signed_ytd if r.date >= span.start]
        else:
            lists[kind] = project_list(kind, span.start, span.end, unit_id)
    leads = lead_rows(scope)
    problems = problem_rows(scope)
    problems_text, next_steps = report_note(unit_name, year, q)
    report = QuarterReport(
        unit=unit_name,
        unit_id=unit_id,
        year=year,
        quarter=q,
        period=span,
        ytd=ytd,
        time_progress=seen.share,
        indicators=build_indicators(scope),
        ratios=ratios(ytd, unit_id),
        compliance=quarter_compliance(year, q, unit_id, as_of=judged_on(scope)),
        visits=visit_progress(year, q, unit_id, seen.end),
        lists=lists,
        major_projects=major,
        land=land_status(year, span.end, unit_id),
        land_soon=land_due_soon(span.end, unit_id),
        overdue_leads=leads,
        open_problems=problems,
        meetings=_meetings_held(span, unit_id),
        # Only finished quarters can lack their 调度会.
        missing_meetings=quarters_without_dispatch_meeting(
            year, q - 1 if seen.open else q, unit_id
        ),
        problems_text=problems_text,
        next_steps_text=next_steps,
        as_of=seen.end if seen.open else None,
    )
    _add_sections(report, scope)
    if unit_id is None:
        report.ranking = ranking(scope)
        report.department_ranking = department_ranking(scope)
        report.races = horse_race(scope)
        report.scheme = scheme()
    return report


def _add_sections(report: QuarterReport, scope: Scope) -> None:
    """The sections beyond the indicators (reports.report_sections) and the drafted texts."""
    seen = scope.seen
    report.overdue_land = sections.overdue_land(report.land, report.period.end)
    report.events = sections.events(report.ytd, report.unit_id, seen.share, seen.final)
    report.meeting_rows = sections.meetings(report.period, report.unit_id, report.missing_meetings)
    if report.unit_id is not None:
        report.standing = sections.standing(scope, Unit.get_by_id(report.unit_id).kind)
    report.halfway = sections.halfway(report.indicators, report.quarter)
    drafted = draft(
        report.indicators,
        report.compliance,
        report.land,
        report.overdue_leads,
        report.open_problems,
        report.period.end,
    )
    report.problems_draft, report.next_steps_draft = drafted.problems, drafted.next_steps
