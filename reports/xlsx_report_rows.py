"""The report's tables as the Excel workbook holds them: numbers in their own columns, to filter,
sort and add up, where the paper prints a phrase ("9/7 天 达标", "增长 8.0%")."""

from __future__ import annotations

import datetime as dt

from reports import report_tables as rt
from reports.numbers import percent
from reports.quarter_report import QuarterReport

QUARTER_NAMES = "一二三四"

INDICATOR_TARGETS = ["增长目标", "数量目标"]  # in place of the paper's one 目标 column


def period_label(report: QuarterReport) -> str:
    """襄州区 2020年第二季度, 全市 2020年第四季度（截至12月6日）: who and when, atop every sheet."""
    unit = "全市" if report.unit_id is None else report.unit
    label = f"{unit} {report.year}年第{QUARTER_NAMES[report.quarter - 1]}季度"
    if report.as_of is not None:
        label += f"（截至{report.as_of.month}月{report.as_of.day}日）"
    return label


def indicator_headers() -> list[str]:
    at = rt.INDICATOR_HEADERS.index("目标")
    return rt.INDICATOR_HEADERS[:at] + INDICATOR_TARGETS + rt.INDICATOR_HEADERS[at + 1 :]


def indicator_rows(report: QuarterReport) -> list[list]:
    """The indicator table with its target as numbers: a growth target as a percentage, an annual
    count as a whole number in the row's 单位."""
    at = rt.INDICATOR_HEADERS.index("目标")
    rows = []
    for ind, row in zip(
        report.indicators.values(), rt.indicator_rows(report.indicators), strict=True
    ):
        targets = [percent(ind.target.growth), ind.target.count]
        rows.append(row[:at] + targets + row[at + 1 :])
    return rows


OUTING_HEADERS = [
    "单位",
    "人员",
    "角色",
    "月份",
    "天数",
    "要求天数",
    "次数",
    "要求次数",
    "状态",
    "还需",
]


def outing_rows(report: QuarterReport) -> list[list]:
    """外出招商 one leader-month a row, days and trips against their quotas as numbers (要求次数
    empty where the role owes no trips); a month out of post reads 未任职."""
    first = report.period.start.month
    rows = []
    for r in report.compliance:
        for i, m in enumerate(r.months):
            month = f"{first + i}月"
            if m is None:
                rows.append([r.unit, r.person, r.role, month, None, None, None, None, "未任职", ""])
                continue
            rows.append(
                [
                    r.unit,
                    r.person,
                    r.role,
                    month,
                    m.days,
                    m.required_days,
                    m.trips,
                    m.required_trips or None,
                    m.status_name,
                    m.shortfall(),
                ]
            )
    return rows


def visit_rows(report: QuarterReport) -> list[list]:
    """Key-enterprise visits; a unit without a target (a 市直部门) has an empty target cell."""
    at = rt.VISIT_HEADERS.index("目标(家)")
    rows = rt.visit_rows(report)
    for row in rows:
        if row[at] == "—":
            row[at] = None
    return rows


LAND_CASE_HEADERS = [
    "序号",
    "项目名称",
    "责任单位",
    "签约日期",
    "应取得土地日期",
    "取得土地日期",
    "逾期天数",
]


def report_day(report: QuarterReport) -> dt.date:
    """The day the report counts to: the period's end, or the day it was made if not yet over."""
    return report.as_of or report.period.end


def land_case_rows(report: QuarterReport) -> list[list]:
    """The overdue projects by name (report.overdue_land), the earliest due first; days overdue
    count to the land's day, or to the report's day while still without land."""
    day = report_day(report)
    cases = sorted(report.overdue_land, key=lambda c: (c.due, c.project))
    return [
        [
            n,
            c.project,
            c.unit,
            c.signed,
            c.due,
            c.land if c.land and c.land <= day else None,
            c.days,
        ]
        for n, c in enumerate(cases, start=1)
    ]


PROBLEM_HEADERS = ["序号", "提出日期", "责任单位", "项目名称", "问题", "责任人", "已持续天数"]


def problem_rows(report: QuarterReport) -> list[list]:
    """问题台账: each problem still open at the report's day, with how long it has been open."""
    day = report_day(report)
    return [
        [n, raised, unit, project, text, owner, (day - raised).days]
        for n, (raised, unit, project, text, owner) in enumerate(report.open_problems, start=1)
    ]


LEAD_HEADERS = ["序号", "反馈期限", "责任单位", "线索", "状态"]


def lead_rows(report: QuarterReport) -> list[list]:
    """Leads whose feedback came late or not at all, by their deadline."""
    return [
        [n, deadline, unit, text, state]
        for n, (deadline, unit, text, state) in enumerate(report.overdue_leads, start=1)
    ]
