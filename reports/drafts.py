"""存在问题 / 下步工作 drafted from the data, so a report is never printed with those left blank and
the user starts from the facts (indicators behind, leaders short, land, leads, old problems)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from models.queries.scope import Scope
from models.store.ledgers import open_problems, overdue_leads
from reports.compliance import QuarterComplianceRow, quarter_compliance
from reports.indicators import Indicator, build_indicators
from reports.land import UnitLand, land_status
from reports.numbers import percent, text

OLD_PROBLEM_DAYS = 90
MOST_NAMED = 5  # names listed before "等 N 个"


@dataclass(frozen=True)
class Drafts:
    problems: str
    next_steps: str


def judged_on(scope: Scope) -> dt.date:
    """The day outing compliance is judged: a finished quarter the day after it (its last month
    is over); an open one on the day the report is made, so its current month reads 进行中."""
    seen = scope.seen
    return seen.end if seen.open else scope.span.end + dt.timedelta(days=1)


def lead_rows(scope: Scope) -> list[tuple[dt.date, str, str, str]]:
    """The year's leads whose feedback was overdue by the period's end (§18)."""
    return [
        (
            lead.feedback_deadline,
            lead.assigned_unit.name,
            lead.description,
            "逾期未反馈" if lead.feedback_date is None else "逾期反馈",
        )
        for lead in overdue_leads(scope.span.end, scope.unit_id)
        if lead.feedback_deadline >= scope.ytd.start
    ]


def problem_rows(scope: Scope) -> list[tuple[dt.date, str, str, str, str]]:
    """Problems open at the period's end: raised, unit, project, problem, owner (§24)."""
    return [
        (p.raised_date, p.project.unit.name, p.project.name, p.description, p.owner)
        for p in open_problems(scope.span.end, scope.unit_id)
    ]


def _share(value) -> str:
    """Time progress (a Fraction) as a percentage in a sentence."""
    return text(percent(Decimal(value.numerator) / value.denominator))


def _names(names: list[str], separator: str = "、") -> str:
    shown = separator.join(names[:MOST_NAMED])
    return f"{shown}等 {len(names)} 个" if len(names) > MOST_NAMED else shown


def draft(
    indicators: dict[str, Indicator],
    compliance: list[QuarterComplianceRow],
    land: list[UnitLand],
    leads: list[tuple],
    problems: list[tuple],
    day: dt.date,
) -> Drafts:
    """Both texts, one numbered line per finding; a quarter with none says so."""
    found: list[str] = []
    steps: list[str] = []
    behind = [i for i in indicators.values() if i.status in ("behind", "not_completed")]
    if behind:
        parts = "；".join(
            f"{i.name}完成 {text(percent(i.completion))}，低于时序进度 {_share(i.time_progress)}"
            for i in behind
        )
        found.append(f"部分指标进度滞后：{parts}。")
        steps.append(
            f"紧盯{_names([i.name for i in behind])}指标，倒排工期、挂图作战，确保全年目标完成。"
        )
    short = [(r, m) for r in compliance for m in r.months if m is not None and m.status == "unmet"]
    if short:
        people = list(dict.fromkeys(f"{r.unit}{r.person}（{r.role}）" for r, _m in short))
        found.append(f"外出招商未达标 {len(short)} 个月次，涉及{_names(people)}。")
        steps.append("督促领导干部落实外出招商天数和次数要求，每月调度、按月通报。")
    late = [(u.unit, c.project) for u in land for c in u.overdue]
    if late:
        found.append(
            f"项目供地滞后：{len(late)} 个项目签约后 6 个月内未取得土地使用权"
            f"（{_names([p for _u, p in late])}）。"
        )
        steps.append("加快逾期项目土地报批和供地，对临期项目提前对接，逾期比例控制在 5% 以内。")
    if leads:
        found.append(
            f"项目信息逾期反馈 {len(leads)} 条（{_names([d for _x, _u, d, _s in leads])}）。"
        )
        steps.append("落实项目信息限时反馈制度，按期反馈对接情况。")
    old = [p for p in problems if (day - p[0]).days > OLD_PROBLEM_DAYS]
    if old:
        found.append(
            f"问题台账中 {len(old)} 个问题提出超过 {OLD_PROBLEM_DAYS} 天仍未解决"
            f"（{_names([f'{p[2]}：{p[3]}' for p in old], '；')}）。"
        )
        steps.append("对久拖未决的问题明确责任单位和时限，逐一销号。")
    if not found:
        found.append("本期各项指标均达到进度要求，外出招商、供地、项目信息反馈未发现突出问题。")
    steps.append("继续抓好重点企业拜访对接和签约项目跟踪服务，推动签约项目早开工、早投产。")
    return Drafts(_numbered(found), _numbered(steps))


def _numbered(lines: list[str]) -> str:
    return "\n".join(f"{n}. {line}" for n, line in enumerate(lines, start=1))


def draft_for(scope: Scope) -> Drafts:
    """The drafts of a quarter for the 报表 page, from the same figures the report prints."""
    return draft(
        build_indicators(scope),
        quarter_compliance(scope.year, scope.quarter, scope.unit_id, as_of=judged_on(scope)),
        land_status(scope.year, scope.span.end, scope.unit_id),
        lead_rows(scope),
        problem_rows(scope),
        scope.span.end,
    )
