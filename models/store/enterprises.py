"""企业库 records: validation with duplicate detection, saving, merging and listing enterprises."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from peewee import JOIN, fn

from models.creditcode import check_credit_code
from models.db.activities import EventEnterprise
from models.db.base import db
from models.db.enterprises import Contact, Enterprise, EnterpriseTag, Visit
from models.db.projects import Project
from models.db.sql import group_concat
from models.names import normalise_enterprise_name
from models.search import search_key
from models.store import trash
from models.store.references import DATABASE, References
from models.validation import Check, FieldError, clean_choice, clean_text, visible
from models.vocab import ENTERPRISE_TAGS, REGIONS, YEARLY_LIST_TAGS


@dataclass
class ContactInput:
    name: str
    title: str = ""
    phone: str = ""


@dataclass
class EnterpriseInput:
    """An enterprise as the dialog or an import gives it; tags map to their list year (500强) or None."""

    name: str
    credit_code: str = ""
    tags: dict[str, int | None] = field(default_factory=dict)
    region: str = "domestic"
    country: str = ""
    city: str = ""
    industry: str = ""
    chain: str = ""
    is_key: bool = False
    notes: str = ""
    contacts: list[ContactInput] = field(default_factory=list)


@dataclass(frozen=True)
class Duplicate:
    """An existing enterprise the new one seems to be, and why."""

    id: int
    name: str
    credit_code: str | None
    reason: str


def find_duplicates(
    name: str, credit_code: str = "", exclude: int | None = None
) -> list[Duplicate]:
    """Enterprises with the same credit code, or the same name once width, brackets and suffixes are set aside."""
    found: dict[int, Duplicate] = {}
    code = check_credit_code(credit_code).code
    if code:
        query = Enterprise.select().where(Enterprise.credit_code == code)
        if exclude is not None:
            query = query.where(Enterprise.id != exclude)
        for e in query:
            found[e.id] = Duplicate(e.id, e.name, e.credit_code, "统一社会信用代码相同")
    key = normalise_enterprise_name(name)
    if key:
        query = Enterprise.select().where(Enterprise.name_key == key)
        if exclude is not None:
            query = query.where(Enterprise.id != exclude)
        for e in query:
            found.setdefault(
                e.id,
                Duplicate(
                    e.id, e.name, e.credit_code, "企业名称相同（忽略全半角、括号和公司后缀）"
                ),
            )
    return list(found.values())


def validate_enterprise(
    data: EnterpriseInput, enterprise_id: int | None = None
) -> tuple[Check, list[Duplicate]]:
    """Field rules, then duplicates: a duplicate stops the save and is returned so the user can open it."""
    check = Check()
    name = check.capture(clean_text, data.name, "企业名称", 120, required=True)
    code = check_credit_code(data.credit_code)
    if code.error:
        check.error("统一社会信用代码", code.error)
    if code.warning:
        check.warnings.append(code.warning)
    for tag, year in data.tags.items():
        if tag not in ENTERPRISE_TAGS:
            check.error("企业类别", f"未知的企业类别：{tag}")
        elif tag in YEARLY_LIST_TAGS and year is not None and not 1990 <= year <= 2100:
            check.error("企业类别", f"{ENTERPRISE_TAGS[tag]}的榜单年份不正确：{year}")
    region = check.capture(clean_choice, data.region, "所在区域", REGIONS)
    check.capture(clean_text, data.country, "国家/地区", 40)
    if region == "abroad" and not visible(data.country):
        check.error("国家/地区", "境外企业请填写国家或地区")
    check.capture(clean_text, data.city, "所在地", 60)
    check.capture(clean_text, data.industry, "所属行业", 60)
    check.capture(clean_text, data.chain, "所属产业链", 60)
    check.capture(clean_text, data.notes, "备注", 4000)
    for n, contact in enumerate(data.contacts, start=1):
        check.capture(clean_text, contact.name, f"联系人第 {n} 行姓名", 40, required=True)
        check.capture(clean_text, contact.title, f"联系人第 {n} 行职务", 60)
        check.capture(clean_text, contact.phone, f"联系人第 {n} 行电话", 40)
    duplicates = []
    if name and not code.error:
        duplicates = find_duplicates(name, code.code, exclude=enterprise_id)
        for dup in duplicates:
            field_name = "统一社会信用代码" if dup.reason.startswith("统一") else "企业名称"
            check.error(field_name, f"与已有企业“{dup.name}”重复（{dup.reason}）")
    return check, duplicates


def save_enterprise(
    data: EnterpriseInput,
    enterprise_id: int | None = None,
    warnings: list[str] | None = None,
    refs: References = DATABASE,
) -> Enterprise:
    """Validate (duplicates refuse), then write the enterprise, its tags and contacts in one transaction.

    Warnings (a credit code failing its check digit) are the caller's to confirm first; an import
    passes a list to collect them."""
    check, _dups = validate_enterprise(data, enterprise_id)
    check.raise_errors()
    if warnings is not None:
        warnings.extend(check.warnings)
    code = check_credit_code(data.credit_code).code or None
    fields = {
        "name": visible(data.name),
        "name_key": normalise_enterprise_name(data.name),
        "credit_code": code,
        "region": clean_choice(data.region, "所在区域", REGIONS),
        "country": visible(data.country),
        "city": visible(data.city),
        "industry": visible(data.industry),
        "chain": visible(data.chain),
        "is_key": bool(data.is_key),
        "notes": visible(data.notes),
    }
    with refs.transaction():
        enterprise = Enterprise.write(enterprise_id, fields)
        _write_tags(enterprise, data.tags, new=enterprise_id is None)
        if enterprise_id is not None:
            Contact.delete_where(Contact.enterprise == enterprise)
        for contact in data.contacts:
            Contact.create(
                enterprise=enterprise,
                name=visible(contact.name),
                title=visible(contact.title),
                phone=visible(contact.phone),
            )
    return enterprise


def _write_tags(enterprise: Enterprise, tags: dict[str, int | None], new: bool) -> None:
    """Only the tags that changed are written: a tag kept as it was is neither deleted nor made
    again (a 500强 tag counted in a submitted quarter may not be removed, but may stay)."""
    wanted = {tag: year if tag in YEARLY_LIST_TAGS else None for tag, year in tags.items()}
    stored = {} if new else {t.tag: t for t in enterprise.tags}
    for tag, row in stored.items():
        if tag not in wanted:
            row.delete_instance()
        elif row.list_year != wanted[tag]:
            row.list_year = wanted[tag]
            row.save()
    for tag, year in wanted.items():
        if tag not in stored:
            EnterpriseTag.create(enterprise=enterprise, tag=tag, list_year=year)


def enterprise_input(enterprise_id: int) -> EnterpriseInput:
    """A stored enterprise in the shape the dialog edits."""
    e = Enterprise.get_by_id(enterprise_id)
    return EnterpriseInput(
        name=e.name,
        credit_code=e.credit_code or "",
        tags={t.tag: t.list_year for t in e.tags.order_by(EnterpriseTag.id)},
        region=e.region,
        country=e.country,
        city=e.city,
        industry=e.industry,
        chain=e.chain,
        is_key=e.is_key,
        notes=e.notes,
        contacts=[ContactInput(c.name, c.title, c.phone) for c in e.contacts.order_by(Contact.id)],
    )


@dataclass(frozen=True)
class MergeResult:
    visits: int
    contacts: int
    projects: int


def merge_enterprises(survivor_id: int, other_id: int) -> MergeResult:
    """Join two records of one firm: everything of the other moves to the survivor, in one transaction."""
    if survivor_id == other_id:
        raise FieldError("合并", "请选择两个不同的企业")
    with db.atomic():
        survivor = Enterprise.get_by_id(survivor_id)
        other = Enterprise.get_by_id(other_id)
        if survivor.credit_code and other.credit_code and survivor.credit_code != other.credit_code:
            raise FieldError(
                "合并",
                f"两条记录的统一社会信用代码不同（{survivor.credit_code} 与 {other.credit_code}），"
                "不是同一家企业，不能合并",
            )
        visits = Visit.update_where({"enterprise": survivor}, Visit.enterprise == other)
        contacts = Contact.update_where({"enterprise": survivor}, Contact.enterprise == other)
        projects = Project.update_where({"enterprise": survivor}, Project.enterprise == other)
        have_tags = {t.tag for t in survivor.tags}
        EnterpriseTag.update_where(
            {"enterprise": survivor},
            EnterpriseTag.enterprise == other,
            EnterpriseTag.tag.not_in(have_tags or {""}),
        )
        have_events = [e.event_id for e in survivor.events]
        EventEnterprise.update_where(
            {"enterprise": survivor},
            EventEnterprise.enterprise == other,
            EventEnterprise.event.not_in(have_events or [0]),
        )
        # Invitations both records had are kept once, on the survivor.
        EventEnterprise.delete_where(EventEnterprise.enterprise == other)
        code = other.credit_code
        for name in ("country", "city", "industry", "chain", "legal_rep"):
            if not getattr(survivor, name) and getattr(other, name):
                setattr(survivor, name, getattr(other, name))
        survivor.is_key = survivor.is_key or other.is_key
        # The merged record's name and notes stay readable on the survivor.
        merged = f"（已合并“{other.name}”{('，代码 ' + code) if code else ''}）{other.notes}"
        survivor.notes = "\n".join(filter(None, (survivor.notes, merged)))
        other.delete_instance(recursive=False, delete_nullable=False)
        if not survivor.credit_code and code:
            survivor.credit_code = code
        survivor.save()
    return MergeResult(visits, contacts, projects)


@dataclass(frozen=True)
class EnterpriseRow:
    """An enterprise as the list shows it, with its visit count and last visit."""

    id: int
    name: str
    credit_code: str
    tags: tuple[str, ...]
    region: str
    city: str
    industry: str
    chain: str
    is_key: bool
    visits: int
    last_visit: dt.date | None
    search: str = field(repr=False, default="")


@dataclass(frozen=True)
class EnterpriseFilter:
    tag: str | None = None
    region: str | None = None
    industry: str | None = None
    key_only: bool = False


def enterprise_rows(flt: EnterpriseFilter = EnterpriseFilter()) -> list[EnterpriseRow]:
    """Enterprises with tags, visit count and last visit, aggregated in SQL, by name."""
    visit_stats = (
        Visit.select(
            Visit.enterprise, fn.COUNT(Visit.id).alias("n"), fn.MAX(Visit.date).alias("last")
        )
        .group_by(Visit.enterprise)
        .alias("vs")
    )
    tag_list = (
        EnterpriseTag.select(
            EnterpriseTag.enterprise, group_concat(EnterpriseTag.tag, ",").alias("tags")
        )
        .group_by(EnterpriseTag.enterprise)
        .alias("tl")
    )
    query = (
        Enterprise.select(
            Enterprise.id,
            Enterprise.name,
            Enterprise.credit_code,
            tag_list.c.tags,
            Enterprise.region,
            Enterprise.city,
            Enterprise.industry,
            Enterprise.chain,
            Enterprise.is_key,
            visit_stats.c.n,
            visit_stats.c.last,
        )
        .join(visit_stats, JOIN.LEFT_OUTER, on=(visit_stats.c.enterprise_id == Enterprise.id))
        .switch(Enterprise)
        .join(tag_list, JOIN.LEFT_OUTER, on=(tag_list.c.enterprise_id == Enterprise.id))
        .order_by(Enterprise.name)
    )
    if flt.tag is not None:
        query = query.where(
            Enterprise.id.in_(
                EnterpriseTag.select(EnterpriseTag.enterprise).where(EnterpriseTag.tag == flt.tag)
            )
        )
    if flt.region is not None:
        query = query.where(Enterprise.region == flt.region)
    if flt.industry:
        query = query.where(Enterprise.industry == flt.industry)
    if flt.key_only:
        query = query.where(Enterprise.is_key == True)
    rows = []
    for eid, name, code, tags, region, city, industry, chain, is_key, n, last in query.tuples():
        tag_keys = (
            tuple(sorted((tags or "").split(","), key=list(ENTERPRISE_TAGS).index)) if tags else ()
        )
        rows.append(
            EnterpriseRow(
                eid,
                name,
                code or "",
                tag_keys,
                region,
                city,
                industry,
                chain,
                bool(is_key),
                n or 0,
                dt.date.fromisoformat(last) if isinstance(last, str) else last,
                search_key(code or "", city, industry, names=(name,)),
            )
        )
    return rows


def industries() -> list[str]:
    """Industries in use, for the filter."""
    query = Enterprise.select(Enterprise.industry).where(Enterprise.industry != "").distinct()
    return sorted(i for (i,) in query.tuples())


def enterprise_choices() -> list[tuple[int, str]]:
    """(id, name) of every enterprise by name, for pickers."""
    return list(
        Enterprise.select(Enterprise.id, Enterprise.name).order_by(Enterprise.name).tuples()
    )


def enterprise_projects(enterprise_id: int) -> list[tuple[str, str, str, int]]:
    """(project, unit, stage, total investment in 万元) of an enterprise, for its detail view."""
    from models.db.org import Unit

    query = (
        Project.select(Project.name, Unit.name, Project.stage, Project.total_investment_wan)
        .join(Unit)
        .where(Project.enterprise == enterprise_id)
        .order_by(Project.lead_date.desc(), Project.id.desc())
    )
    return list(query.tuples())


def deletion_blocker(enterprise_id: int) -> str:
    """Why an enterprise cannot be deleted (its visits and projects must keep their firm), or ""."""
    visits = Visit.select().where(Visit.enterprise == enterprise_id).count()
    projects = Project.select().where(Project.enterprise == enterprise_id).count()
    if visits or projects:
        return f"有 {visits} 条拜访记录、{projects} 个项目，不能删除；重复的企业请用“合并重复”"
    return ""


def delete_enterprise(enterprise_id: int) -> None:
    """Delete an enterprise that nothing refers to; otherwise refuse and say why."""
    blocker = deletion_blocker(enterprise_id)
    if blocker:
        raise FieldError("企业", blocker)
    trash.move_to_trash(
        Enterprise,
        enterprise_id,
        "企业",
        also=((EventEnterprise, EventEnterprise.enterprise == enterprise_id),),
    )


def _restore_problem(enterprise_id: int) -> str:
    """An enterprise back from the bin must not duplicate one entered while it was away."""
    e = Enterprise.get_by_id(enterprise_id)
    found = find_duplicates(e.name, e.credit_code or "", exclude=e.id)
    return f"已有企业“{found[0].name}”（{found[0].reason}）" if found else ""


trash.on_restore("enterprise", check=_restore_problem)
