"""四张清单 (§7): 推介, 跟踪, 签约, 开工 — views of the project stages for a period, with their money."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from models.db.base import as_date
from models.db.sql import run
from models.queries.measures import contract_wan_sql, funds_rate, funds_wan_sql
from models.vocab import INDUSTRY_CATEGORIES, STAGES, TOP_LIST_TAGS

KINDS = {
    "推介": "推介清单",
    "跟踪": "跟踪清单",
    "签约": "签约清单",
    "开工": "开工清单",
}
# Further views the quarterly report prints beside the four lists.
REPORT_KINDS = {"投产": "投产项目", "开工入库": "开工入库项目", "投产入库": "投产入库项目"}

# Each list: which projects belong (as of the period end) and which date it shows.
_WHERE = {
    # Still a lead at the end of the period (registered, not yet negotiating, signed or terminated).
    "推介": "p.lead_date <= :end AND COALESCE(p.negotiating_date, p.signed_date, p.terminated_date, '9999-12-31') > :end",
    # Negotiating at the end of the period.
    "跟踪": "p.negotiating_date <= :end AND COALESCE(p.signed_date, p.terminated_date, '9999-12-31') > :end",
    # First formal contract signed within the period.
    "签约": "p.signed_date BETWEEN :start AND :end",
    # Construction started within the period.
    "开工": "p.started_date BETWEEN :start AND :end",
    "投产": "p.production_date BETWEEN :start AND :end",
    "开工入库": "p.started_in_db_date BETWEEN :start AND :end",
    "投产入库": "p.production_in_db_date BETWEEN :start AND :end",
}
_DATE = {
    "推介": "p.lead_date",
    "跟踪": "p.negotiating_date",
    "签约": "p.signed_date",
    "开工": "p.started_date",
    "投产": "p.production_date",
    "开工入库": "p.started_in_db_date",
    "投产入库": "p.production_in_db_date",
}

# Money as it stood at the period's end (合同金额 and funds in place to date, models.measures).
_SQL = f"""
SELECT p.id, p.name, u.name, COALESCE(e.name, ''), p.industry_category, p.total_investment_wan, p.content,
       {{date}} AS list_date,
       {contract_wan_sql("p", until=":end")} AS contract_wan,
       {funds_wan_sql("p", until=":end")} AS funds_wan,
       COALESCE(l.name, ''), p.site, p.stage, p.strategic_emerging, p.foreign_funded, p.unit_id,
       CASE WHEN EXISTS (SELECT 1 FROM enterprise_tag t WHERE t.enterprise_id = p.enterprise_id
                         AND t.tag IN ({", ".join(f"'{t}'" for t in TOP_LIST_TAGS)}))
            THEN 1 ELSE 0 END AS top_listed
FROM project p
JOIN unit u ON u.id = p.unit_id
LEFT JOIN enterprise e ON e.id = p.enterprise_id
LEFT JOIN person l ON l.id = p.lead_leader_id
WHERE {{where}} {{unit_filter}}
ORDER BY u.sort_order, u.id, list_date, p.name, p.id
"""


@dataclass(frozen=True)
class ListRow:
    """One project on a list, in the columns a scheduling meeting reads."""

    id: int
    name: str
    unit: str
    investor: str
    industry: str
    total_wan: int
    content: str
    date: dt.date
    contract_wan: int
    funds_wan: int
    leader: str
    site: str
    stage: str
    strategic_emerging: bool
    foreign_funded: bool
    unit_id: int = 0
    # The investor is 世界500强, 中国500强 or 上市公司 (the indicator top500_listed_enterprises)
    top_listed: bool = False

    @property
    def funds_rate(self) -> Decimal | None:
        """资金到位率 at the period's end."""
        return funds_rate(self.funds_wan, self.contract_wan)


def project_list(
    kind: str, start: dt.date, end: dt.date, unit_id: int | None = None
) -> list[ListRow]:
    """The projects of one list for the period [start, end] (推介 / 跟踪 as they stood at its end)."""
    if kind not in _WHERE:
        raise ValueError(f"清单类型应为 {'、'.join(KINDS)}：{kind}")
    params = {"start": start.isoformat(), "end": end.isoformat()}
    unit_filter = ""
    if unit_id is not None:
        unit_filter = "AND p.unit_id = :unit"
        params["unit"] = unit_id
    sql = _SQL.format(date=_DATE[kind], where=_WHERE[kind], unit_filter=unit_filter)
    rows = []
    for r in run(sql, params).fetchall():
        (
            pid,
            name,
            unit,
            investor,
            industry,
            total,
            content,
            day,
            contract,
            funds,
            leader,
            site,
            stage,
            sei,
            foreign,
            unit_id,
            top_listed,
        ) = r
        rows.append(
            ListRow(
                pid,
                name,
                unit,
                investor,
                INDUSTRY_CATEGORIES.get(industry, industry),
                total,
                content,
                as_date(day),
                contract,
                funds,
                leader,
                site,
                STAGES.get(stage, stage),
                bool(sei),
                bool(foreign),
                unit_id,
                bool(top_listed),
            )
        )
    return rows
