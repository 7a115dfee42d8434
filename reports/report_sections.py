"""What the 调度会 asks beyond the indicators: the overdue land by name, 招商活动 by region, the
meetings each unit held, a unit's place among the units and 双过半 at mid-year."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from decimal import Decimal
from fractions import Fraction

from models.queries.activities import events_by_region, events_held, meeting_counts
from models.queries.overview import units
from models.queries.periods import Period
from models.queries.scope import Scope
from models.store.settings import DEFAULT_CONFIG
from models.vocab import EVENT_KINDS, REGIONS
from reports.horse_race import horse_race
from reports.indicators import ASSESSED_KINDS, Indicator
from reports.land import UnitLand
from reports.places import TIED, Place
from reports.ranking import DEPARTMENT_KINDS, ranking
from reports.status import status_word, target_status

HALF = Decimal("0.5")
TOTAL = "合计"


@dataclass(frozen=True)
class OverdueLand:
    """A project that turned overdue for land this year: whose, when signed, when due, how late."""

    unit: str
    project: str
    signed: dt.date
    due: dt.date
    land: dt.date | None
    days: int  # days overdue on the report's day (or until the land came)

    def to_json(self) -> dict:
        return {
            "unit": self.unit,
            "project": self.project,
            "signed": self.signed.isoformat(),
            "due": self.due.isoformat(),
            "land": self.land.isoformat() if self.land else None,
            "days_overdue": self.days,
        }


def overdue_land(land: list[UnitLand], day: dt.date) -> list[OverdueLand]:
    """Every overdue project of the units, in unit order then by due date."""
    rows = []
    for unit in land:
        for case in sorted(unit.overdue, key=lambda c: (c.due, c.project)):
            until = case.land if case.land is not None and case.land <= day else day
            rows.append(
                OverdueLand(
                    unit.unit,
                    case.project,
                    case.signed,
                    case.due,
                    case.land,
                    (until - case.due).days,
                )
            )
    return rows


@dataclass(frozen=True)
class EventRegion:
    """招商活动 held in one region this year, against the plan's count where it sets one."""

    region: str
    held: int
    target: int | None
    status: str | None  # reports.status key

    @property
    def status_name(self) -> str:
        return status_word(self.status)

    def to_json(self) -> dict:
        return {
            "region": self.region,
            "held": self.held,
            "target": self.target,
            "status": self.status,
            "status_name": self.status_name if self.status else None,
        }


@dataclass
class Events:
    """招商活动 (§12) of the year so far: by region (the city's against its targets) and each one."""

    regions: list[EventRegion]
    held: list[tuple[dt.date, str, str, str, str]]  # date, name, kind, region, organiser
    rule: str = ""

    @property
    def total(self) -> int:
        return len(self.held)

    def to_json(self) -> dict:
        return {
            "regions": [r.to_json() for r in self.regions],
            "events": [
                {
                    "date": day.isoformat(),
                    "name": name,
                    "kind": EVENT_KINDS.get(kind, kind),
                    "region": REGIONS.get(region, region),
                    "unit": unit,
                }
                for day, name, kind, region, unit in self.held
            ],
        }


def event_targets() -> dict:
    """§12's counts from the default configuration (batches city-wide, per named region)."""
    data = json.loads(DEFAULT_CONFIG.read_text(encoding="utf-8"))
    return data.get(
        "events",
        {"description": "", "batches": 15, "per_region": 2, "regions": ["gba", "yrd", "jjj"]},
    )


def events(ytd: Period, unit_id: int | None, progress: Fraction, final: bool) -> Events:
    """The city's events against §12 (≥ 15 batches, ≥ 2 in each named region); a unit's own
    events without a target, since §12's counts are the city's."""
    counts = events_by_region(ytd, unit_id)
    targets = event_targets()
    named = list(targets.get("regions", []))
    per_region = targets.get("per_region") if unit_id is None else None
    batches = targets.get("batches") if unit_id is None else None

    def row(name: str, held: int, target: int | None) -> EventRegion:
        return EventRegion(name, held, target, target_status(held, target, progress, final))

    rows = [row(REGIONS[key], counts.get(key, 0), per_region) for key in named]
    rows += [
        row(REGIONS[key], counts[key], None)
        for key in REGIONS
        if key not in named and key in counts
    ]
    rows.append(row(TOTAL, sum(counts.values()), batches))
    return Events(rows, events_held(ytd, unit_id), targets.get("description", ""))


@dataclass(frozen=True)
class UnitMeetings:
    """One unit's meetings: 调度会 and 产业专班 meetings in the quarter, quarters without a 调度会."""

    unit: str
    dispatch: int
    task_force: int
    missing: list[int] = field(default_factory=list)

    def to_json(self) -> dict:
        return {
            "unit": self.unit,
            "dispatch": self.dispatch,
            "task_force": self.task_force,
            "quarters_without_dispatch": self.missing,
        }


def meetings(
    span: Period, unit_id: int | None, missing: dict[str, list[int]]
) -> list[UnitMeetings]:
    """Every unit in the report's scope, in the configured order, with what it held."""
    counts = meeting_counts(span, unit_id)
    return [
        UnitMeetings(
            u.name,
            counts.get(u.id, {}).get("dispatch", 0),
            counts.get(u.id, {}).get("task_force", 0),
            missing.get(u.name, []),
        )
        for u in units()
        if unit_id is None or u.id == unit_id
    ]


def place_words(place: Place) -> str:
    """第 3 名, or 第 3 名（并列） when another unit shares it (reports.places)."""
    return f"第 {place.rank} 名" + (f"（{TIED}）" if place.tied else "")


@dataclass
class Standing:
    """A unit's place among the units it is ranked with: overall and on each indicator."""

    among: str  # 全市 (counties and zones) or 市直部门
    overall: Place | None
    count: int  # how many units are ranked
    by_indicator: dict[str, Place] = field(default_factory=dict)

    @property
    def sentence(self) -> str:
        if self.overall is None:
            return ""
        return f"综合得分{self.among}{place_words(self.overall)}（共 {self.count} 个单位）。"

    def to_json(self) -> dict:
        return {
            "among": self.among,
            "overall": self.overall.to_json() if self.overall else None,
            "units": self.count,
            "by_indicator": {k: p.to_json() for k, p in self.by_indicator.items()},
        }


def standing(scope: Scope, kind: str) -> Standing | None:
    """The unit's place: counties and zones in 全市, 市直部门 among themselves; None otherwise."""
    if kind in ASSESSED_KINDS:
        kinds, among = ASSESSED_KINDS, "全市"
    elif kind in DEPARTMENT_KINDS:
        kinds, among = DEPARTMENT_KINDS, "市直部门"
    else:
        return None
    whole = scope.of_unit(None)
    scores = ranking(whole, kinds)
    mine = next((s for s in scores if s.unit_id == scope.unit_id), None)
    name = mine.unit if mine else None
    by_indicator = {}
    for key, race in horse_race(whole, kinds).items():
        row = next((r for r in race if r.unit == name), None)
        if row is not None:
            by_indicator[key] = row.place
    return Standing(among, mine.place if mine else None, len(scores), by_indicator)


@dataclass(frozen=True)
class Halfway:
    """双过半 at mid-year: an annual target's completion against half of it."""

    key: str
    name: str
    unit: str
    done: int
    target: int
    completion: Decimal

    @property
    def past(self) -> bool:
        return self.completion >= HALF

    def to_json(self) -> dict:
        return {
            "indicator": self.key,
            "done": self.done,
            "target": self.target,
            "completion": float(self.completion),
            "past_half": self.past,
        }


def halfway(indicators: dict[str, Indicator], q: int) -> list[Halfway]:
    """At Q2, every indicator with an annual target (DOMAIN.md: 双过半 at mid-year); else none."""
    if q != 2:
        return []
    return [
        Halfway(key, ind.name, ind.unit, ind.ytd, ind.target.count, ind.completion)
        for key, ind in indicators.items()
        if ind.target.count and ind.completion is not None
    ]
