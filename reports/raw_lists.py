"""The year-to-date records behind a report's figures (原始记录), as the Excel sheets list them.

These are lists, not aggregates: every record of the period is a row. Trips and visits are the
rows their lists in the window show (models/queries/trips.py, visits.py); projects and funds read
only the columns the sheets show.
"""

from __future__ import annotations

import datetime as dt

from models.db.base import as_date, query_rows
from models.queries.measures import contract_wan_sql, funds_by_project_sql, funds_wan_sql
from models.queries.projects import funds_rows
from models.queries.trips import TripFilter, trip_rows
from models.queries.visits import VisitFilter, visit_rows
from models.vocab import PROOF_TYPES, REGIONS, STAGES, VISIT_FORMS
from reports.numbers import wan, yi

TRIP_HEADERS = [
    "单位",
    "参加人员",
    "开始日期",
    "结束日期",
    "天数",
    "目的地",
    "区域",
    "事由",
    "成效",
]
VISIT_HEADERS = ["日期", "单位", "企业", "重点企业", "拜访人员", "方式", "成效"]
PROJECT_HEADERS = [
    "项目名称",
    "责任单位",
    "投资方",
    "总投资(亿元)",
    "阶段",
    "登记日期",
    "签约日期",
    "合同金额(亿元)",
    "到位资金(亿元)",
    "包保领导",
]
# Single funds entries are often tens of 万元: that list counts in 万元, not 亿元 with two decimals.
FUNDS_HEADERS = ["到位日期", "单位", "项目", "金额(万元)", "凭证", "已核实"]


def trip_cells(year: int, until: dt.date, unit_id: int | None) -> list[list]:
    """Trips of the year that started by `until`, newest first."""
    return [
        [
            t.unit,
            t.participants,
            t.start_date,
            t.end_date,
            t.days,
            t.dest_city,
            REGIONS.get(t.region, t.region),
            t.purpose,
            t.outcome,
        ]
        for t in trip_rows(TripFilter(unit_id=unit_id, year=year))
        if t.start_date <= until
    ]


def visit_cells(year: int, until: dt.date, unit_id: int | None) -> list[list]:
    """Visits of the year up to `until`, newest first, with who went."""
    return [
        [
            v.date,
            v.unit,
            v.enterprise,
            "是" if v.is_key else "",
            v.people,
            VISIT_FORMS.get(v.form, v.form),
            v.outcome,
        ]
        for v in visit_rows(VisitFilter(unit_id=unit_id, year=year, until=until))
    ]


_PROJECTS = f"""
SELECT p.name, u.name, COALESCE(e.name, ''), p.total_investment_wan, p.stage, p.lead_date,
       p.signed_date, {contract_wan_sql("p")}, {{funds}}, COALESCE(l.name, '')
FROM project p
JOIN unit u ON u.id = p.unit_id
LEFT JOIN enterprise e ON e.id = p.enterprise_id
LEFT JOIN person l ON l.id = p.lead_leader_id
{{join}}
WHERE p.lead_date <= ? {{unit}}
ORDER BY u.sort_order, u.id, p.lead_date DESC, p.id DESC
"""
# Every unit: the funds summed in one pass over the (date, project, amount) index. One unit: per
# project.
_ALL_FUNDS = f"LEFT JOIN {funds_by_project_sql()} f ON f.project_id = p.id"


def project_cells(until: dt.date, unit_id: int | None) -> list[list]:
    """Projects registered by `until`, with 合同金额 and funds in place as they stand today (the
    project list's figures)."""
    if unit_id is None:
        sql = _PROJECTS.format(funds="COALESCE(f.funds_wan, 0)", join=_ALL_FUNDS, unit="")
        params = (until,)
    else:
        sql = _PROJECTS.format(funds=funds_wan_sql("p"), join="", unit="AND p.unit_id = ?")
        params = (until, unit_id)
    return [
        [
            name,
            unit,
            investor,
            yi(total),
            STAGES.get(stage, stage),
            as_date(lead),
            as_date(signed) if signed else None,
            yi(contract),
            yi(funds),
            leader,
        ]
        for name, unit, investor, total, stage, lead, signed, contract, funds, leader in query_rows(
            sql, *params
        )
    ]


def funds_cells(start: dt.date, end: dt.date, unit_id: int | None) -> list[list]:
    """Funds entries of the period, in date order."""
    return [
        [d, u, p, wan(a), PROOF_TYPES.get(t, t), "是" if v else ""]
        for d, u, p, a, t, v in funds_rows(start, end, unit_id)
    ]
