"""合同金额, 实际到位资金 and 资金到位率: one definition each, read by every list, screen and report.

合同金额 (contract amount): a project's first formal contract plus the added amounts of its formal
supplementary contracts (补充合同), each counted on its own signing date; a supplement counts only
while the project has its first formal contract, and 框架协议 / 意向协议 never count. Funds in place
(实际到位资金) are the project's dated funds entries. 资金到位率 = funds in place to date ÷
contract amount to date, supplements included, as a Decimal with four places.

The figures come as SQL fragments for hand-written queries (both engines), as peewee expressions
for peewee queries, and as one lookup per project; all three are the same conditions.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from peewee import fn

from models.db.projects import Contract, FundsEntry, Project

RATE_PLACES = Decimal("0.0001")


def ratio(numerator: int, denominator: int) -> Decimal | None:
    """A share as a fraction with four places (0.7500); None when there is nothing to divide by."""
    if not denominator:
        return None
    return (Decimal(numerator) / Decimal(denominator)).quantize(RATE_PLACES, ROUND_HALF_UP)


def funds_rate(funds_wan: int, contract_wan: int) -> Decimal | None:
    """资金到位率: funds in place to date ÷ contract amount to date (both 万元)."""
    return ratio(funds_wan, contract_wan)


# --- SQL fragments (aliases of their own, so they nest in any query) -------------------------


def counted_contract(contract: str = "c", project: str = "p") -> str:
    """SQL condition: the contract counts toward its project's 合同金额 (the first formal one, or a
    formal supplement of a signed project). `project` is the contract's project row."""
    return f"""({contract}.kind = 'formal' AND (
        ({contract}.supplementary AND {project}.signed_date IS NOT NULL)
        OR {contract}.id = (SELECT m0.id FROM contract m0
                            WHERE m0.project_id = {contract}.project_id AND m0.kind = 'formal'
                              AND NOT m0.supplementary
                            ORDER BY m0.signed_date, m0.id LIMIT 1)))"""


def contract_wan_sql(project: str = "p", since: str | None = None, until: str | None = None) -> str:
    """SQL: a project's 合同金额 in 万元, signed from `since` to `until` (SQL values, such as :end;
    None leaves that side open), so with `until` alone it is the amount to that date."""
    dates = "".join(
        f" AND mc.signed_date {op} {value}"
        for op, value in ((">=", since), ("<=", until))
        if value is not None
    )
    return f"""COALESCE((SELECT SUM(mc.amount_wan) FROM contract mc
        WHERE mc.project_id = {project}.id AND {counted_contract("mc", project)}{dates}), 0)"""


def funds_wan_sql(project: str = "p", until: str | None = None) -> str:
    """SQL: a project's funds in place in 万元, to `until` (an SQL value) or all of them."""
    to_date = "" if until is None else f" AND mf.date <= {until}"
    return f"""COALESCE((SELECT SUM(mf.amount_wan) FROM funds_entry mf
        WHERE mf.project_id = {project}.id{to_date}), 0)"""


def funds_by_project_sql(until: str | None = None) -> str:
    """SQL derived table (project_id, funds_wan): every project's funds in place in one pass.

    The date condition, true of every entry, lets the planner read the (date, project, amount)
    index alone; lists of all units join this instead of a subquery per project."""
    to_date = "" if until is None else f" AND mf.date <= {until}"
    return f"""(SELECT mf.project_id, SUM(mf.amount_wan) AS funds_wan FROM funds_entry mf
        WHERE mf.date >= '0001-01-01'{to_date} GROUP BY mf.project_id)"""


# --- peewee expressions, correlated with Project in the enclosing query --------------------------


def _counted():
    first = Contract.alias("m0")
    first_id = (
        first.select(first.id)
        .where(
            first.project == Contract.project,
            first.kind == "formal",
            first.supplementary == False,
        )
        .order_by(first.signed_date, first.id)
        .limit(1)
    )
    supplement = (Contract.supplementary == True) & Project.signed_date.is_null(False)
    return (Contract.kind == "formal") & (supplement | (Contract.id == first_id))


def contract_wan_expr(until: dt.date | None = None):
    """peewee: the 合同金额 (万元) of the Project row of the enclosing query, to `until`."""
    query = Contract.select(fn.SUM(Contract.amount_wan)).where(
        Contract.project == Project.id, _counted()
    )
    if until is not None:
        query = query.where(Contract.signed_date <= until)
    return fn.COALESCE(query, 0)


def funds_wan_expr(until: dt.date | None = None):
    """peewee: the funds in place (万元) of the Project row of the enclosing query, to `until`."""
    query = FundsEntry.select(fn.SUM(FundsEntry.amount_wan)).where(FundsEntry.project == Project.id)
    if until is not None:
        query = query.where(FundsEntry.date <= until)
    return fn.COALESCE(query, 0)


# --- one project ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class ProjectMoney:
    """A project's money as its page shows it: 合同金额, funds in place and 资金到位率."""

    contract_wan: int
    funds_wan: int

    @property
    def rate(self) -> Decimal | None:
        return funds_rate(self.funds_wan, self.contract_wan)


def project_money(project_id: int, until: dt.date | None = None) -> ProjectMoney:
    """One project's 合同金额 and funds in place to `until` (default: everything recorded)."""
    contract, funds = (
        Project.select(contract_wan_expr(until), funds_wan_expr(until))
        .where(Project.id == project_id)
        .tuples()
        .get()
    )
    return ProjectMoney(int(contract), int(funds))


def contract_amount_wan(project_id: int, until: dt.date | None = None) -> int:
    """合同金额 of one project in 万元, to `until`."""
    return project_money(project_id, until).contract_wan
