"""The 企业库 and 项目库 lists, paged: their filters, search, sort keys and rows in SQL."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence

from peewee import Case, Ordering, fn

from models.db.base import as_date
from models.db.enterprises import Enterprise, EnterpriseTag, Visit
from models.db.org import Person, Unit
from models.db.pinyin_keys import PinyinKey
from models.db.projects import Project
from models.queries.list_parts import (
    people_matching,
    person_names,
    ranked_ids,
    unit_by_name,
    unit_names,
)
from models.queries.lists import Listing, ListQuery, id_in, nulls_first, ranked
from models.queries.measures import contract_wan_expr, funds_wan_expr
from models.queries.pinyin import pinyin_of, texts_matching
from models.queries.projects import FLAGS, ProjectFilter, ProjectRow
from models.store.enterprises import EnterpriseFilter, EnterpriseRow
from models.vocab import ENTERPRISE_TAGS, INDUSTRY_CATEGORIES, REGIONS, STAGES

_TAG_ORDER = list(ENTERPRISE_TAGS)


def _first_tag_rank():
    """The pinyin place of an enterprise's first shown tag (tags show in the vocabulary's order)."""
    first = EnterpriseTag.select(
        fn.MIN(Case(EnterpriseTag.tag, [(k, i) for i, k in enumerate(_TAG_ORDER)], len(_TAG_ORDER)))
    ).where(EnterpriseTag.enterprise == Enterprise.id)
    from models.search import sort_key

    by_pinyin = sorted(
        range(len(_TAG_ORDER)), key=lambda i: sort_key(ENTERPRISE_TAGS[_TAG_ORDER[i]])
    )
    return Case(first, [(i, n) for n, i in enumerate(by_pinyin)], -1)


class EnterpriseListing(Listing):
    """企业库, by name in pinyin order."""

    model = Enterprise
    pinyin_tables = ("Enterprise",)

    def __init__(self) -> None:
        visits = Visit.select(fn.COUNT(Visit.id)).where(Visit.enterprise == Enterprise.id)
        last = Visit.select(fn.MAX(Visit.date)).where(Visit.enterprise == Enterprise.id)
        self.columns = {
            "name": lambda: [(pinyin_of(Enterprise.name), True), (Enterprise.name, True)],
            "credit_code": lambda: nulls_first(Enterprise.credit_code),
            "tags": lambda: [(_first_tag_rank(), True)],
            "is_key": lambda: [(Enterprise.is_key, True)],
            "region": lambda: [(ranked(Enterprise.region, REGIONS), True)],
            "city": lambda: [(pinyin_of(Enterprise.city), True), (Enterprise.city, True)],
            "industry": lambda: [
                (pinyin_of(Enterprise.industry), True),
                (Enterprise.industry, True),
            ],
            "visits": lambda: [(visits, True)],
            "last_visit": lambda: nulls_first(last),
        }

    def default_order(self):
        return [*self.columns["name"](), (Enterprise.id, True)]

    def filtered(self, flt: EnterpriseFilter, whole: bool = False):
        query = Enterprise.select(Enterprise.id)
        if flt.tag is not None:
            query = query.where(
                Enterprise.id.in_(
                    EnterpriseTag.select(EnterpriseTag.enterprise).where(
                        EnterpriseTag.tag == flt.tag
                    )
                )
            )
        if flt.region is not None:
            query = query.where(Enterprise.region == flt.region)
        if flt.industry:
            query = query.where(Enterprise.industry == flt.industry)
        if flt.key_only:
            query = query.where(Enterprise.is_key == True)
        return query

    def searched(self, query, word: str):
        return query.where(
            Enterprise.name.contains(word)
            | Enterprise.name.in_(texts_matching(word))
            | Enterprise.credit_code.contains(word)
            | Enterprise.city.contains(word)
            | Enterprise.industry.contains(word)
        )

    def summary(self, query: ListQuery, ids: Sequence[int] | None = None) -> tuple[int, int]:
        """(enterprises, key enterprises among them)."""
        key = fn.SUM(Case(None, [(Enterprise.is_key == True, 1)], 0))
        count, keys = self.counted(query, ids).select(fn.COUNT(Enterprise.id), key).tuples().get()
        return count, keys or 0

    def load(self, owners, order: Sequence[Ordering] = ()) -> list[EnterpriseRow]:
        tags: dict[int, list[str]] = defaultdict(list)
        for eid, tag in (
            EnterpriseTag.select(EnterpriseTag.enterprise, EnterpriseTag.tag)
            .where(id_in(EnterpriseTag.enterprise, owners))
            .tuples()
        ):
            tags[eid].append(tag)
        stats = {
            eid: (n, last)
            for eid, n, last in Visit.select(
                Visit.enterprise, fn.COUNT(Visit.id), fn.MAX(Visit.date)
            )
            .where(id_in(Visit.enterprise, owners))
            .group_by(Visit.enterprise)
            .tuples()
        }
        query = (
            Enterprise.select(
                Enterprise.id,
                Enterprise.name,
                Enterprise.credit_code,
                Enterprise.region,
                Enterprise.city,
                Enterprise.industry,
                Enterprise.chain,
                Enterprise.is_key,
            )
            .where(id_in(Enterprise.id, owners))
            .order_by(*order)
        )
        rows = []
        for eid, name, code, region, city, industry, chain, is_key in query.tuples():
            n, last = stats.get(eid, (0, None))
            rows.append(
                EnterpriseRow(
                    eid,
                    name,
                    code or "",
                    tuple(sorted(tags.get(eid, ()), key=_TAG_ORDER.index)),
                    region,
                    city,
                    industry,
                    chain,
                    bool(is_key),
                    n,
                    as_date(last) if last else None,
                )
            )
        return rows


class ProjectListing(Listing):
    """项目库, by unit in its configured order, then the newest lead first."""

    model = Project
    pinyin_tables = ("Project", "Enterprise", "Person", "Unit")

    def __init__(self) -> None:
        units, people = unit_names(), person_names()
        self.units, self.people = units, people
        self.unit_order = [
            i for (i,) in Unit.select(Unit.id).order_by(Unit.sort_order, Unit.id).tuples()
        ]
        investor = (
            PinyinKey.select(PinyinKey.pinyin)
            .join(Enterprise, on=(Enterprise.name == PinyinKey.text))
            .where(Enterprise.id == Project.enterprise)
        )
        leader = (
            PinyinKey.select(PinyinKey.pinyin)
            .join(Person, on=(Person.name == PinyinKey.text))
            .where(Person.id == Project.lead_leader)
        )
        self.columns = {
            "name": lambda: [(pinyin_of(Project.name), True), (Project.name, True)],
            "unit": lambda: [(unit_by_name(Project.unit), True)],
            "investor": lambda: nulls_first(investor),
            "industry": lambda: [(ranked(Project.industry_category, INDUSTRY_CATEGORIES), True)],
            "total_wan": lambda: [(Project.total_investment_wan, True)],
            "stage": lambda: [(ranked(Project.stage, STAGES), True)],
            "lead_date": lambda: [(Project.lead_date, True)],
            "signed_date": lambda: nulls_first(Project.signed_date),
            "contract_wan": lambda: [(contract_wan_expr(), True)],
            "funds_wan": lambda: [(funds_wan_expr(), True)],
            "leader": lambda: nulls_first(leader),
        }

    def default_order(self):
        return [
            (ranked_ids(Project.unit, self.unit_order), True),
            (Project.lead_date, False),
            (Project.id, False),
        ]

    def filtered(self, flt: ProjectFilter, whole: bool = False):
        query = Project.select(Project.id)
        if flt.unit_id is not None:
            query = query.where(Project.unit == flt.unit_id)
        if flt.stage is not None:
            query = query.where(Project.stage == flt.stage)
        if flt.industry is not None:
            query = query.where(Project.industry_category == flt.industry)
        if flt.flag is not None:
            if flt.flag not in FLAGS:
                raise ValueError(flt.flag)
            field = getattr(Project, flt.flag)
            query = query.where(
                field.is_null(False) if flt.flag == "strategic_emerging" else field == True
            )
        if flt.signed_year is not None:
            query = query.where(
                Project.signed_date.between(
                    dt.date(flt.signed_year, 1, 1), dt.date(flt.signed_year, 12, 31)
                )
            )
        return query

    def searched(self, query, word: str):
        firms = Enterprise.select(Enterprise.id).where(
            Enterprise.name.contains(word) | Enterprise.name.in_(texts_matching(word))
        )
        found = (
            Project.name.contains(word)
            | Project.name.in_(texts_matching(word))
            | Project.enterprise.in_(firms)
        )
        found |= Project.lead_leader.in_(people_matching(word))
        return query.where(found)

    def summary(self, query: ListQuery, ids: Sequence[int] | None = None) -> tuple[int, int]:
        """(projects, their total investment in 万元)."""
        count, total = (
            self.counted(query, ids)
            .select(fn.COUNT(Project.id), fn.SUM(Project.total_investment_wan))
            .tuples()
            .get()
        )
        return count, int(total or 0)

    def load(self, owners, order: Sequence[Ordering] = ()) -> list[ProjectRow]:
        query = (
            Project.select(
                Project.id,
                Project.name,
                Project.unit,
                fn.COALESCE(Enterprise.name, ""),
                Project.industry_category,
                Project.total_investment_wan,
                Project.stage,
                Project.lead_date,
                Project.signed_date,
                Project.started_date,
                contract_wan_expr(),
                funds_wan_expr(),
                Project.lead_leader,
            )
            .join(Enterprise, join_type="LEFT OUTER JOIN", on=(Enterprise.id == Project.enterprise))
            .where(id_in(Project.id, owners))
            .order_by(*order)
        )
        rows = []
        for pid, name, unit_id, investor, industry, total, stage, *rest in query.tuples():
            lead, signed, started, contract, funds, leader = rest
            rows.append(
                ProjectRow(
                    pid,
                    name,
                    unit_id,
                    self.units.get(unit_id, ""),
                    investor,
                    industry,
                    total,
                    stage,
                    as_date(lead),
                    as_date(signed) if signed else None,
                    as_date(started) if started else None,
                    int(contract or 0),
                    int(funds or 0),
                    self.people.get(leader, "") if leader else "",
                )
            )
        return rows
