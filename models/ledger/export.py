"""导出台账: the database as rows of the template's sheets, so another copy of the program can import it.

Exporting and importing into an empty database gives the same indicators: every stage date, the
first formal contract on the project row, every other contract in 合同, funds, enterprise types and
entered baselines travel.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from models.db.activities import Event, Meeting
from models.db.enterprises import Contact, Enterprise, EnterpriseTag, Visit, VisitParticipant
from models.db.org import Person, RoleAssignment, Unit
from models.db.projects import Contract, FundsEntry, Problem, Project, ProjectLead
from models.db.rules import Baseline
from models.db.trips import Trip, TripParticipant
from models.ledger.columns import (
    BASELINES,
    CONTRACTS,
    ENTERPRISES,
    EVENTS,
    FUNDS,
    LEADS,
    MEETINGS,
    PEOPLE,
    PROBLEMS,
    PROJECTS,
    TRIPS,
    UNITS,
    VISITS,
)
from models.money import wan_to_yi
from models.vocab import (
    CONTRACT_KINDS,
    ENTERPRISE_TAGS,
    EVENT_KINDS,
    INDICATORS,
    INDUSTRY_CATEGORIES,
    MEETING_KINDS,
    MONEY_INDICATORS,
    PROOF_TYPES,
    REGIONS,
    ROLES,
    STAGES,
    STRATEGIC_EMERGING,
    UNIT_KINDS,
    VISIT_FORMS,
)


def _yes(flag: bool) -> str:
    return "是" if flag else "否"


def _names(vocab: dict[str, str], key: str | None) -> str:
    return vocab.get(key, key or "") if key else ""


def _row(spec, values: dict) -> list:
    """Values by column key, in the sheet's column order."""
    return [values.get(c.key) for c in spec.columns]


def ledger_tables(unit_id: int | None = None, year: int | None = None) -> dict[str, list[list]]:
    """Every sheet's rows for one unit (or all) and one year (or all years)."""
    first, last = (dt.date(year, 1, 1), dt.date(year, 12, 31)) if year else (None, None)
    units = {u.id: u.name for u in Unit.select(Unit.id, Unit.name)}
    people = {p.id: p.name for p in Person.select(Person.id, Person.name)}
    tables: dict[str, list[list]] = {}

    trips = Trip.select().order_by(Trip.start_date, Trip.id)
    visits = Visit.select().order_by(Visit.date, Visit.id)
    projects = Project.select().order_by(Project.unit, Project.lead_date, Project.id)
    if unit_id is not None:
        trips = trips.where(Trip.unit == unit_id)
        visits = visits.where(Visit.unit == unit_id)
        projects = projects.where(Project.unit == unit_id)
    if year is not None:
        trips = trips.where(Trip.start_date <= last, Trip.end_date >= first)
        visits = visits.where(Visit.date.between(first, last))
        projects = projects.where(
            Project.lead_date <= last,
            Project.terminated_date.is_null() | (Project.terminated_date >= first),
        )
    trips, visits, projects = list(trips), list(visits), list(projects)

    # Every unit, even in one unit's export: its rows may name others (推荐单位, 主办单位).
    listed = Unit.select().order_by(Unit.sort_order, Unit.id)
    tables[UNITS.name] = [
        _row(UNITS, {"name": u.name, "kind": UNIT_KINDS.get(u.kind, u.kind), "order": u.sort_order})
        for u in listed
    ]
    tables[PEOPLE.name] = _people(unit_id, units)
    on_trip = _linked(TripParticipant, "trip", [t.id for t in trips], people)
    tables[TRIPS.name] = [
        _row(
            TRIPS,
            {
                "unit": units[t.unit_id],
                "people": "、".join(on_trip[t.id]),
                "start": t.start_date,
                "end": t.end_date,
                "dest": t.dest_city,
                "region": _names(REGIONS, t.region),
                "purpose": t.purpose,
                "outcome": t.outcome,
                "country": t.country,
                "enterprises": t.enterprises_text,
            },
        )
        for t in trips
    ]
    firms = {e.id: e for e in Enterprise.select()}
    used = {v.enterprise_id for v in visits} | {p.enterprise_id for p in projects}
    wanted = (
        sorted(used - {None}, key=lambda i: firms[i].name)
        if unit_id is not None or year is not None
        else sorted(firms, key=lambda i: firms[i].name)
    )
    tables[ENTERPRISES.name] = _enterprises([firms[i] for i in wanted])
    visitors = _linked(VisitParticipant, "visit", [v.id for v in visits], people)
    tables[VISITS.name] = [
        _row(
            VISITS,
            {
                "date": v.date,
                "unit": units[v.unit_id],
                "enterprise": firms[v.enterprise_id].name,
                "people": "、".join(visitors[v.id]),
                "form": _names(VISIT_FORMS, v.form),
                "content": v.content,
                "outcome": v.outcome,
                "follow_up": v.follow_up_date,
                "next_step": v.next_step,
            },
        )
        for v in visits
    ]
    tables[PROJECTS.name], tables[CONTRACTS.name] = _projects(projects, units, people, firms)
    tables[FUNDS.name] = _funds(projects, units, first, last)
    tables.update(_ledgers(projects, units, unit_id, first, last))
    tables[BASELINES.name] = _baselines(unit_id, year, units)
    return tables


def _linked(link, owner: str, owner_ids: list[int], people: dict[int, str]) -> dict[int, list[str]]:
    """Participant names per trip or visit, in the order they were entered."""
    found: dict[int, list[str]] = defaultdict(list)
    column = getattr(link, owner)
    for start in range(0, len(owner_ids), 500):
        chunk = owner_ids[start : start + 500]
        for owner_id, person in (
            link.select(column, link.person).where(column.in_(chunk)).order_by(link.id).tuples()
        ):
            found[owner_id].append(people[person])
    return found


def _people(unit_id: int | None, units: dict[int, str]) -> list[list]:
    query = Person.select().order_by(Person.unit, Person.id)
    if unit_id is not None:
        query = query.where(Person.unit == unit_id)
    roles: dict[int, list] = defaultdict(list)
    for r in RoleAssignment.select().order_by(RoleAssignment.valid_from, RoleAssignment.id):
        roles[r.person_id].append(r)
    rows = []
    for p in query:
        base = {"unit": units[p.unit_id], "name": p.name, "title": p.title, "phone": p.phone}
        for r in roles.get(p.id) or [None]:
            extra = (
                {
                    "role": ROLES.get(r.role, r.role),
                    "role_from": r.valid_from,
                    "role_to": r.valid_to,
                    "title": r.title or p.title,
                }
                if r
                else {}
            )
            rows.append(_row(PEOPLE, {**base, **extra}))
    return rows


def _enterprises(firms: list[Enterprise]) -> list[list]:
    ids = [e.id for e in firms]
    tags: dict[int, list[str]] = defaultdict(list)
    contacts: dict[int, list[Contact]] = defaultdict(list)
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        for t in EnterpriseTag.select().where(EnterpriseTag.enterprise.in_(chunk)):
            tags[t.enterprise_id].append(ENTERPRISE_TAGS.get(t.tag, t.tag))
        for c in Contact.select().where(Contact.enterprise.in_(chunk)).order_by(Contact.id):
            contacts[c.enterprise_id].append(c)
    rows = []
    for e in firms:
        base = {
            "name": e.name,
            "code": e.credit_code or "",
            "tags": "、".join(tags[e.id]),
            "region": _names(REGIONS, e.region),
            "city": e.city,
            "industry": e.industry,
            "is_key": _yes(e.is_key),
            "country": e.country,
            "chain": e.chain,
            "notes": e.notes,
        }
        for c in contacts[e.id] or [None]:
            extra = (
                {"contact": c.name, "contact_title": c.title, "contact_phone": c.phone} if c else {}
            )
            rows.append(_row(ENTERPRISES, {**base, **extra}))
    return rows


def _projects(projects, units, people, firms) -> tuple[list[list], list[list]]:
    ids = [p.id for p in projects]
    contracts: dict[int, list[Contract]] = defaultdict(list)
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        for c in (
            Contract.select()
            .where(Contract.project.in_(chunk))
            .order_by(Contract.signed_date, Contract.id)
        ):
            contracts[c.project_id].append(c)
    events = {e.id: e.name for e in Event.select(Event.id, Event.name)}
    rows, others = [], []
    for p in projects:
        formal = next(
            (c for c in contracts[p.id] if c.kind == "formal" and not c.supplementary), None
        )
        rows.append(
            _row(
                PROJECTS,
                {
                    "name": p.name,
                    "unit": units[p.unit_id],
                    "investor": firms[p.enterprise_id].name if p.enterprise_id else "",
                    "category": _names(INDUSTRY_CATEGORIES, p.industry_category),
                    "strategic": _names(STRATEGIC_EMERGING, p.strategic_emerging),
                    "foreign": _yes(p.foreign_funded),
                    "total": wan_to_yi(p.total_investment_wan),
                    "stage": _names(STAGES, p.stage),
                    "contract_kind": CONTRACT_KINDS["formal"] if formal else "",
                    "signed": formal.signed_date if formal else None,
                    "contract_amount": wan_to_yi(formal.amount_wan) if formal else None,
                    "started": p.started_date,
                    "started_db": p.started_in_db_date,
                    "production": p.production_date,
                    "production_db": p.production_in_db_date,
                    "needs_land": _yes(p.needs_land),
                    "land_date": p.land_date,
                    "leader": people.get(p.lead_leader_id, ""),
                    "source_region": _names(REGIONS, p.source_region),
                    "lead_date": p.lead_date,
                    "negotiating": p.negotiating_date,
                    "content": p.content,
                    "chain": p.chain,
                    "source_city": p.source_city,
                    "site": p.site,
                    "land_area": "" if p.land_area_mu is None else f"{p.land_area_mu:f}",
                    "is_key": _yes(p.is_key),
                    "terminated": p.terminated_date,
                    "terminated_reason": p.terminated_reason,
                    "rival": p.rival_location,
                    "event": events.get(p.event_id, ""),
                    "note": p.note,
                },
            )
        )
        for c in contracts[p.id]:
            if c is formal:
                continue
            others.append(
                _row(
                    CONTRACTS,
                    {
                        "project": p.name,
                        "unit": units[p.unit_id],
                        "kind": CONTRACT_KINDS.get(c.kind, c.kind),
                        "date": c.signed_date,
                        "amount": wan_to_yi(c.amount_wan),
                        "supplementary": _yes(c.supplementary),
                        "note": c.note,
                    },
                )
            )
    return rows, others


def _funds(projects, units, first, last) -> list[list]:
    by_id = {p.id: p for p in projects}
    ids = list(by_id)
    rows = []
    for start in range(0, len(ids), 500):
        query = FundsEntry.select().where(FundsEntry.project.in_(ids[start : start + 500]))
        if first is not None:
            query = query.where(FundsEntry.date.between(first, last))
        for f in query.order_by(FundsEntry.date, FundsEntry.id):
            p = by_id[f.project_id]
            rows.append(
                _row(
                    FUNDS,
                    {
                        "project": p.name,
                        "unit": units[p.unit_id],
                        "date": f.date,
                        "amount": wan_to_yi(f.amount_wan),
                        "proof": _names(PROOF_TYPES, f.proof_type),
                        "verified": _yes(f.verified),
                        "note": f.note,
                    },
                )
            )
    rows.sort(key=lambda r: (r[1], r[2]))
    return rows


def _baselines(unit_id: int | None, year: int | None, units: dict[int, str]) -> list[list]:
    query = Baseline.select().order_by(Baseline.unit, Baseline.year, Baseline.quarter)
    if unit_id is not None:
        query = query.where(Baseline.unit == unit_id)
    if year is not None:
        query = query.where(Baseline.year.between(year - 1, year))
    return [
        _row(
            BASELINES,
            {
                "unit": units[b.unit_id],
                "year": b.year,
                "quarter": b.quarter,
                "indicator": INDICATORS.get(b.indicator, b.indicator),
                "value": wan_to_yi(b.value) if b.indicator in MONEY_INDICATORS else b.value,
            },
        )
        for b in query
    ]


def _ledgers(projects, units, unit_id, first, last) -> dict[str, list[list]]:
    """招商活动, 项目信息, 问题台账 and 会议 for the chosen unit and year."""
    names = {p.id: p.name for p in projects}
    used_events = {p.event_id for p in projects if p.event_id}
    events = Event.select().order_by(Event.start_date, Event.id)
    if unit_id is not None or first is not None:
        wanted = Event.id.in_(list(used_events)) if used_events else (Event.id < 0)
        if unit_id is not None:
            mine = Event.unit == unit_id
        else:
            mine = Event.id > 0
        if first is not None:
            mine &= Event.start_date.between(first, last)
        events = events.where(wanted | mine)
    leads = ProjectLead.select().order_by(ProjectLead.received_date, ProjectLead.id)
    meetings = Meeting.select().order_by(Meeting.date, Meeting.id)
    if unit_id is not None:
        leads = leads.where(ProjectLead.assigned_unit == unit_id)
        meetings = meetings.where(Meeting.unit == unit_id)
    if first is not None:
        leads = leads.where(ProjectLead.received_date.between(first, last))
        meetings = meetings.where(Meeting.date.between(first, last))
    problems = [
        pr
        for pr in Problem.select().order_by(Problem.raised_date, Problem.id)
        if pr.project_id in names
    ]
    by_id = {p.id: p for p in projects}
    lead_projects = {p.id: p.name for p in Project.select(Project.id, Project.name)}
    return {
        EVENTS.name: [
            _row(
                EVENTS,
                {
                    "name": e.name,
                    "kind": _names(EVENT_KINDS, e.kind),
                    "start": e.start_date,
                    "end": e.end_date,
                    "unit": units.get(e.unit_id, ""),
                    "region": _names(REGIONS, e.region),
                    "city": e.city,
                    "attendees": e.attendees,
                    "note": e.note,
                },
            )
            for e in events
        ],
        LEADS.name: [
            _row(
                LEADS,
                {
                    "received": lead.received_date,
                    "description": lead.description,
                    "unit": units[lead.assigned_unit_id],
                    "deadline": lead.feedback_deadline,
                    "source": lead.source,
                    "shared_by": units.get(lead.shared_by_unit_id, ""),
                    "feedback_date": lead.feedback_date,
                    "feedback": lead.feedback,
                    "project": lead_projects.get(lead.project_id, ""),
                },
            )
            for lead in leads
        ],
        PROBLEMS.name: [
            _row(
                PROBLEMS,
                {
                    "project": names[pr.project_id],
                    "unit": units[by_id[pr.project_id].unit_id],
                    "raised": pr.raised_date,
                    "description": pr.description,
                    "owner": pr.owner,
                    "resolved": pr.resolved_date,
                    "resolution": pr.resolution,
                },
            )
            for pr in problems
        ],
        MEETINGS.name: [
            _row(
                MEETINGS,
                {
                    "unit": units[m.unit_id],
                    "date": m.date,
                    "kind": _names(MEETING_KINDS, m.kind),
                    "task_force": m.task_force,
                    "chair": m.chair,
                    "count": m.attendee_count,
                    "note": m.note,
                },
            )
            for m in meetings
        ],
    }
