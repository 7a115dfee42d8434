"""示例数据: realistic 2019–2020 records for the Xiangyang units, so every page and figure has content.

Deterministic (a fixed random seed), so tests and screenshots see the same data every time.
"""

from __future__ import annotations

import calendar
import datetime as dt
import random
from dataclasses import dataclass, field
from pathlib import Path

from models import (
    RECORD_MODELS,
    Contact,
    Enterprise,
    EnterpriseTag,
    Event,
    EventEnterprise,
    Meeting,
    Person,
    RoleAssignment,
    Trip,
    TripParticipant,
    Unit,
    Visit,
    VisitParticipant,
)
from models.creditcode import check_char
from models.db.backup import timestamped_backup
from models.db.base import db, on_server
from models.names import normalise_enterprise_name
from models.queries.overview import has_records, record_counts
from models.store.demo_names import (
    CITY_DEPARTMENTS,
    DESTINATIONS,
    ENTERPRISE_STEMS,
    INDUSTRIES,
    PROJECT_WORDS,
    person_names,
)
from models.store.demo_projects import LAST_DAY, YEARS, ProjectDemo
from models.store.settings import HOME_UNIT_KEY, get_setting, set_setting
from models.vocab import ENTERPRISE_TAGS

FIRST_DAY = dt.date(2019, 1, 1)
SEED = 2020


class DemoRefused(Exception):
    """Real records without --force, or a submitted quarter whose records the demo would replace."""


@dataclass
class DemoResult:
    counts: dict[str, int]
    backup: Path | None = None


@dataclass
class _Leader:
    person: Person
    role: str
    staff: Person | None = None
    busy_until: dt.date = field(default=FIRST_DAY)


def load_demo(force: bool = False) -> DemoResult:
    """Fill the database with demo records; refuse over real records unless forced (then back up first)."""
    backup = None
    records = has_records()
    if records and not force:
        raise DemoRefused(
            "数据库中已有记录，未写入示例数据。如确需以示例数据替换全部记录，请加 --force（会先自动备份）。"
        )
    _refuse_submitted_quarters()
    if records and not on_server():  # a server is backed up by its administrator (pg_dump)
        backup = timestamped_backup(Path(db.obj.database), "before-demo")
    from models.store.audit import audit_paused, write_entry

    with db.atomic():
        # Synthetic data is logged as one entry, not row by row.
        with audit_paused():
            for model in reversed(RECORD_MODELS):
                model.delete().execute()
            _Builder(random.Random(SEED)).build()
        write_entry("demo", "", None, {}, "写入襄阳各单位 2019–2020 年示例数据（替换全部记录）")
        if not get_setting(HOME_UNIT_KEY):
            set_setting(HOME_UNIT_KEY, "襄州区")
    return DemoResult(counts=record_counts(), backup=backup)


def _refuse_submitted_quarters() -> None:
    """The demo replaces every record, and a submitted quarter's are read-only: say so before the
    backup, instead of failing halfway through the write."""
    from models.store.locks import active_locks

    locked = sorted(
        (year, quarter, scope)
        for (year, quarter), scopes in active_locks(fresh=True).items()
        for scope in scopes
    )
    if locked:
        names = "、".join(f"{scope}{year}年第{quarter}季度" for year, quarter, scope in locked)
        raise DemoRefused(
            f"有已报送的季度：{names}。示例数据会替换全部记录，而已报送季度的记录只读，"
            "因此未做任何改动。如确需写入，请先在“报表”页解锁这些季度"
            "（或用 zhaoshang unlock 命令，写明原因）。"
        )


def _month_range(year: int, month: int) -> tuple[dt.date, dt.date]:
    last = calendar.monthrange(year, month)[1]
    return dt.date(year, month, 1), dt.date(year, month, last)


def _months():
    for year in YEARS:
        for month in range(1, 13):
            yield year, month


class _Builder(ProjectDemo):
    """Writes the demo records in dependency order; each step keeps what later steps link to."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self.names = person_names(rng)
        self.units: list[Unit] = []
        self.leaders: dict[int, list[_Leader]] = {}
        self.people: dict[int, list[Person]] = {}
        self.enterprises: list[Enterprise] = []
        self.tags: dict[int, set[str]] = {}
        self.events: list[Event] = []
        self.project_names: set[str] = set()  # unique city-wide: two units never share a project

    def build(self) -> None:
        self._units()
        self._people()
        self._enterprises()
        self._trips()
        self._visits()
        self._events()
        self._meetings()
        self._projects()
        self._claim()

    def _claim(self) -> None:
        """One project two units reported (as a city consolidation finds it), for the bureau to decide."""
        from models.db.claims import ProjectClaim
        from models.db.projects import Project

        held = (
            Project.select()
            .where(Project.signed_date.is_null(False), Project.enterprise.is_null(False))
            .order_by(Project.id)
            .first()
        )
        claimant = next(u for u in self.units if u.id != held.unit_id and u.kind != "city_dept")
        ProjectClaim.create(
            project=held,
            unit=claimant,
            project_name=held.name,
            source=f"{claimant.name}2020年台账.xlsx",
        )

    # -- organisation ---------------------------------------------------------------------------
    def _units(self) -> None:
        top = max((u.sort_order for u in Unit.select()), default=0)
        for i, name in enumerate(CITY_DEPARTMENTS, start=1):
            Unit.get_or_create(name=name, defaults={"kind": "city_dept", "sort_order": top + i})
        units = Unit.select().where(Unit.kind.in_(("county", "zone", "city_dept")))
        self.units = list(units.order_by(Unit.sort_order, Unit.id))  # the same demo on any engine

    def _person(self, unit: Unit, title: str, role: str, start=FIRST_DAY, end=None) -> Person:
        person = Person.create(unit=unit, name=next(self.names), title=title)
        RoleAssignment.create(person=person, role=role, title=title, valid_from=start, valid_to=end)
        self.people.setdefault(unit.id, []).append(person)
        return person

    def _people(self) -> None:
        for unit in self.units:
            leaders = self.leaders.setdefault(unit.id, [])
            if unit.kind == "city_dept":
                head = self._person(unit, "局长", "dept_head")
                deputy = self._person(unit, "副局长", "dept_deputy")
                staff = self._person(unit, "科长", "staff")
                leaders += [_Leader(head, "dept_head"), _Leader(deputy, "dept_deputy", staff)]
                continue
            zone = unit.kind == "zone"
            secretary = self._person(unit, "党工委书记" if zone else "书记", "principal")
            head = self._person(unit, "管委会主任" if zone else "区(县、市)长", "principal")
            staff = [self._person(unit, t, "staff") for t in ("招商局局长", "招商局干部")]
            leaders += [_Leader(secretary, "principal", staff[0]), _Leader(head, "principal")]
            if unit.name in ("枣阳市", "高新区"):
                # The deputy in charge changed mid-2020: the first served until June, the second after.
                first = self._person(unit, "副县(市)长", "deputy", end=dt.date(2020, 6, 30))
                second = Person.create(unit=unit, name=next(self.names), title="招商局局长")
                RoleAssignment.create(
                    person=second,
                    role="staff",
                    title="招商局局长",
                    valid_from=FIRST_DAY,
                    valid_to=dt.date(2020, 6, 30),
                )
                RoleAssignment.create(
                    person=second, role="deputy", title="副县(市)长", valid_from=dt.date(2020, 7, 1)
                )
                self.people[unit.id].append(second)
                leaders += [_Leader(first, "deputy", staff[1]), _Leader(second, "deputy")]
            else:
                deputy = self._person(unit, "副区(县、市)长", "deputy")
                leaders.append(_Leader(deputy, "deputy", staff[1]))

    # -- trips ----------------------------------------------------------------------------------
    # Planned person-days a month by role: some months short of quota, most met or exceeded.
    PLAN = {"principal": (2, 6), "deputy": (5, 14), "dept_head": (0, 4), "dept_deputy": (2, 8)}

    def _trips(self) -> None:
        for unit in self.units:
            for leader in self.leaders[unit.id]:
                for year, month in _months():
                    if not self._serving(leader, dt.date(year, month, 15)):
                        continue
                    low, high = self.PLAN[leader.role]
                    self._month_trips(unit, leader, year, month, self.rng.randint(low, high))

    def _serving(self, leader: _Leader, day: dt.date) -> bool:
        return any(
            r.role == leader.role
            and r.valid_from <= day
            and (r.valid_to is None or day <= r.valid_to)
            for r in leader.person.roles
        )

    def _month_trips(self, unit: Unit, leader: _Leader, year: int, month: int, days: int) -> None:
        first, last = _month_range(year, month)
        done = 0
        while done < days:
            start = max(leader.busy_until, first + dt.timedelta(days=self.rng.randint(0, 6)))
            if start > last:
                break
            length = min(self.rng.randint(1, 5), days - done + self.rng.randint(0, 2))
            end = min(start + dt.timedelta(days=max(length, 1) - 1), LAST_DAY)
            done += (min(end, last) - start).days + 1
            leader.busy_until = end + dt.timedelta(days=self.rng.randint(2, 5))
            region, city, country = self.rng.choice(DESTINATIONS)
            trip = Trip.create(
                unit=unit,
                start_date=start,
                end_date=end,
                dest_city=city,
                region=region,
                country=country if region == "abroad" else "",
                purpose=f"赴{city}{self.rng.choice(PROJECT_WORDS['purpose'])}",
                outcome=self.rng.choice(PROJECT_WORDS["outcome"]),
            )
            TripParticipant.create(trip=trip, person=leader.person)
            if leader.staff is not None and self.rng.random() < 0.6:
                TripParticipant.create(trip=trip, person=leader.staff)

    # -- enterprises and visits -----------------------------------------------------------------
    def _credit_code(self) -> str:
        area = self.rng.choice(("110000", "310000", "440300", "320500", "420600", "330100"))
        body = (
            "91"
            + area
            + "".join(self.rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(9))
        )
        return body + check_char(body)

    def _enterprises(self) -> None:
        tag_keys = list(ENTERPRISE_TAGS)
        for i, (stem, suffix) in enumerate(ENTERPRISE_STEMS):
            region, city, country = DESTINATIONS[i % len(DESTINATIONS)]
            name = f"{city}{stem}{suffix}" if region != "abroad" else f"{stem}({country}){suffix}"
            industry, chain = INDUSTRIES[i % len(INDUSTRIES)]
            enterprise = Enterprise.create(
                name=name,
                name_key=normalise_enterprise_name(name),
                credit_code=None if region == "abroad" else self._credit_code(),
                region=region,
                country=country,
                city=city,
                industry=industry,
                chain=chain,
                is_key=i % 5 != 4,
                registered_capital_wan=self.rng.choice((1000, 5000, 20000, 100000, 500000)),
                legal_rep=next(self.names),
            )
            # Every tag appears; 500强 tags carry their list year.
            tags = {tag_keys[i % len(tag_keys)]}
            if self.rng.random() < 0.3:
                tags.add(self.rng.choice(tag_keys))
            for tag in tags:
                year = 2019 if tag in ("global500", "china500") else None
                EnterpriseTag.create(enterprise=enterprise, tag=tag, list_year=year)
            self.tags[enterprise.id] = tags
            for title in self.rng.sample(("董事长", "总经理", "投资总监", "战略发展部经理"), 2):
                Contact.create(
                    enterprise=enterprise,
                    name=next(self.names),
                    title=title,
                    phone=f"1{self.rng.randint(3, 9)}{self.rng.randint(100000000, 999999999)}",
                )
            self.enterprises.append(enterprise)

    def _visits(self) -> None:
        forms = ("onsite", "onsite", "inspection", "meeting", "video")
        for n, unit in enumerate(self.units):
            people = self.people[unit.id]
            trips = list(Trip.select().where(Trip.unit == unit).order_by(Trip.start_date, Trip.id))
            for year in YEARS:
                # Units differ: the strongest visit well over 100 key enterprises a year, others fall short.
                count = 40 + (n * 17) % 110 + (10 if year == 2020 else 0)
                pool = self.rng.sample(self.enterprises, min(count, len(self.enterprises)))
                year_trips = [t for t in trips if t.start_date.year == year]
                for enterprise in pool:
                    for _ in range(self.rng.choice((1, 1, 1, 2, 3))):
                        self._visit(unit, enterprise, year, year_trips, people, forms)

    def _visit(self, unit, enterprise, year, trips, people, forms) -> None:
        trip = self.rng.choice(trips) if trips and self.rng.random() < 0.4 else None
        if trip is not None:
            span = (trip.end_date - trip.start_date).days
            date = trip.start_date + dt.timedelta(days=self.rng.randint(0, span))
            who = [p.person for p in trip.participants]
            form = "onsite"
        else:
            date = dt.date(year, 1, 1) + dt.timedelta(days=self.rng.randint(0, 364))
            who = self.rng.sample(people, min(2, len(people)))
            form = self.rng.choice(forms)
        follow = (
            date + dt.timedelta(days=self.rng.choice((14, 30, 45, 60)))
            if self.rng.random() < 0.5
            else None
        )
        visit = Visit.create(
            date=date,
            enterprise=enterprise,
            unit=unit,
            trip=trip,
            form=form,
            content=self.rng.choice(PROJECT_WORDS["visit"]),
            outcome=self.rng.choice(PROJECT_WORDS["outcome"]),
            next_step="进一步对接项目选址与投资协议文本" if follow else "",
            follow_up_date=follow,
        )
        for person in who:
            VisitParticipant.create(visit=visit, person=person)

    # -- events and meetings --------------------------------------------------------------------
    def _events(self) -> None:
        leading = [e for e in self.enterprises if self.tags[e.id] & {"leading", "chain_leader"}]
        themed = (("gba", "深圳"), ("yrd", "上海"), ("jjj", "北京"))
        for year in YEARS:
            for i, (region, city) in enumerate(themed * 2):
                start = dt.date(year, 3 + i * 1, 10 + i)
                name = f"{year}襄阳（{city}）{'产业链' if i >= 3 else ''}招商推介会"
                self.events.append(
                    Event.create(
                        name=name,
                        kind="themed",
                        start_date=start,
                        end_date=start,
                        region=region,
                        city=city,
                    )
                )
            summer = Event.create(
                name=f"{year}年襄阳夏季招商推介活动",
                kind="summer",
                start_date=dt.date(year, 7, 16),
                end_date=dt.date(year, 7, 17),
                region="province",
                city="襄阳",
                attendees="市领导、各县(市、区)和开发区主要负责人",
            )
            self.events.append(summer)
            for enterprise in self.rng.sample(leading, min(6, len(leading))):
                EventEnterprise.create(event=summer, enterprise=enterprise)
            for unit in self.rng.sample(self.units, 3):
                start = dt.date(year, self.rng.randint(4, 11), self.rng.randint(1, 25))
                self.events.append(
                    Event.create(
                        name=f"{unit.name}{year}年专题招商活动",
                        kind="promotion",
                        start_date=start,
                        end_date=start + dt.timedelta(days=1),
                        unit=unit,
                        region=self.rng.choice(("gba", "yrd", "jjj")),
                    )
                )

    def _meetings(self) -> None:
        for unit in self.units:
            for year in YEARS:
                for quarter in range(1, 5):
                    # One unit in the demo misses a quarter's 调度会, so the flag has something to show.
                    if unit.name == "保康县" and (year, quarter) == (2020, 2):
                        continue
                    month = quarter * 3 - self.rng.randint(0, 2)
                    Meeting.create(
                        unit=unit,
                        date=dt.date(year, month, self.rng.randint(5, 28)),
                        kind="dispatch",
                        chair=self.leaders[unit.id][0].person.name,
                        attendee_count=self.rng.randint(12, 40),
                        note=f"{year}年第{quarter}季度招商引资调度会",
                    )
                if unit.kind != "city_dept":
                    Meeting.create(
                        unit=unit,
                        date=dt.date(year, 6, self.rng.randint(1, 28)),
                        kind="task_force",
                        task_force="新能源汽车产业专班",
                    )
