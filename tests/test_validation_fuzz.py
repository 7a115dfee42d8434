"""Random field values into the validation layer of every entity: a valid saved record or a field
error in Chinese — never an uncaught exception, never a stored record that breaks a rule."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from models import Enterprise, Person, Project
from models.store.contracts import ContractInput, FundsInput, add_contract, add_funds
from models.store.enterprises import (
    EnterpriseInput,
    enterprise_input,
    save_enterprise,
    validate_enterprise,
)
from models.store.ledgers import (
    EventInput,
    LeadInput,
    MeetingInput,
    ProblemInput,
    save_event,
    save_lead,
    save_meeting,
    save_problem,
)
from models.store.people import PersonInput, RoleInput, person_input, save_person, validate_person
from models.store.projects import ProjectInput, project_input, save_project, validate_project
from models.store.trips import TripInput, save_trip, trip_input, validate_trip
from models.store.visits import VisitInput, save_visit, validate_visit, visit_input
from models.validation import ValidationFailed
from models.vocab import (
    CONTRACT_KINDS,
    EVENT_KINDS,
    INDUSTRY_CATEGORIES,
    MEETING_KINDS,
    PROOF_TYPES,
    REGIONS,
    ROLES,
    VISIT_FORMS,
)
from tests.helpers import firm, person, project, unit_id

pytestmark = pytest.mark.server  # run a second time on the PostgreSQL server

TODAY = dt.date(2030, 1, 1)
CJK = re.compile(r"[\u4e00-\u9fff]")

ordinary = st.sampled_from(["深圳", "招商洽谈", "签约", "上海浦东", "拜访企业", "测试"])
text = st.one_of(
    ordinary,
    ordinary,
    ordinary,
    ordinary,
    st.just(""),
    st.text(max_size=30),
    st.text(min_size=50, max_size=4100),
    st.sampled_from(["a\x00b", "\x1b[31m", "=1+1", " ", "\t"]),
)
day = st.one_of(
    st.dates(min_value=dt.date(2019, 1, 1), max_value=dt.date(2021, 12, 31)),
    st.dates(min_value=dt.date(2019, 1, 1), max_value=dt.date(2021, 12, 31)),
    st.none(),
    st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2035, 12, 31)),
)
money = st.one_of(
    st.sampled_from(["1", "2.5", "0.0001", "12,345.5"]),
    st.sampled_from(["0", "-1", "1.23456", "1e3", "NaN", "inf", ""]),
    st.decimals(allow_nan=True, allow_infinity=True).map(str),
    st.text(max_size=12),
)


def choice(vocab: dict[str, str]):
    """Mostly a value of the list (as key or Chinese name), sometimes anything."""
    return st.one_of(st.sampled_from(list(vocab)), st.sampled_from(list(vocab.values())), text)


def saved_or_refused(save, *args, **kwargs):
    """The save either returns or refuses with field errors whose messages are Chinese."""
    try:
        return save(*args, **kwargs)
    except ValidationFailed as exc:
        assert exc.errors
        for error in exc.errors:
            assert error.field and CJK.search(error.message), error
        return None


def _valid(check) -> None:
    """A stored record passes its own rules again."""
    errors = check.errors if hasattr(check, "errors") else check[0].errors
    assert errors == [], errors


def _firm(name: str) -> int:
    found = Enterprise.get_or_none(Enterprise.name == name)
    return found.id if found else firm(name)


FUZZ = settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@FUZZ
@given(st.data())
def test_people_trips_and_visits(database, data):
    unit = unit_id()
    roles = data.draw(st.lists(st.builds(RoleInput, choice(ROLES), day, day, text), max_size=2))
    p = saved_or_refused(
        save_person, PersonInput(unit, data.draw(text), data.draw(text), roles=roles)
    )
    if p is not None:
        _valid(validate_person(person_input(p.id), p.id))
    people = [x.id for x in Person.select().limit(2)] or [person("固定人员")]
    trip = TripInput(
        unit,
        people,
        data.draw(day),
        data.draw(day),
        data.draw(text),
        data.draw(choice(REGIONS)),
        data.draw(text),
        data.draw(text),
        data.draw(text),
        data.draw(text),
    )
    t = saved_or_refused(save_trip, trip, today=TODAY)
    if t is not None:
        _valid(validate_trip(trip_input(t.id), t.id, TODAY))
    target = _firm(f"企业{data.draw(st.integers(0, 3))}") if data.draw(st.booleans()) else None
    visit = VisitInput(
        data.draw(day),
        target,
        unit,
        people,
        data.draw(choice(VISIT_FORMS)),
        data.draw(text),
        data.draw(text),
        data.draw(text),
        data.draw(day),
    )
    v = saved_or_refused(save_visit, visit, today=TODAY)
    if v is not None:
        _valid(validate_visit(visit_input(v.id), v.id, TODAY))


@FUZZ
@given(st.data())
def test_enterprises_and_projects(database, data):
    e = saved_or_refused(
        save_enterprise,
        EnterpriseInput(
            data.draw(text),
            data.draw(text),
            {},
            data.draw(choice(REGIONS)),
            data.draw(text),
            data.draw(text),
            data.draw(text),
            data.draw(text),
            data.draw(st.booleans()),
            data.draw(text),
        ),
    )
    if e is not None:
        _valid(validate_enterprise(enterprise_input(e.id), e.id))
    p = saved_or_refused(
        save_project,
        ProjectInput(
            data.draw(text),
            unit_id(),
            data.draw(money),
            data.draw(day),
            None,
            data.draw(text),
            data.draw(choice(INDUSTRY_CATEGORIES)),
            data.draw(text),
            None,
            data.draw(st.booleans()),
            data.draw(choice(REGIONS)),
        ),
    )
    if p is not None:
        _valid(validate_project(project_input(p.id), p.id))


@FUZZ
@given(st.data())
def test_contracts_funds_and_ledgers(database, data):
    found = Project.get_or_none(Project.name == "固定项目")
    target = found.id if found else project("固定项目", dt.date(2020, 1, 5), "10")
    saved_or_refused(
        add_contract,
        target,
        ContractInput(
            data.draw(choice(CONTRACT_KINDS)),
            data.draw(day),
            data.draw(money),
            data.draw(st.booleans()),
            data.draw(text),
        ),
        TODAY,
    )
    saved_or_refused(
        add_funds,
        target,
        FundsInput(
            data.draw(day),
            data.draw(money),
            data.draw(choice(PROOF_TYPES)),
            data.draw(st.booleans()),
            data.draw(text),
        ),
        TODAY,
    )
    saved_or_refused(
        save_lead,
        LeadInput(
            data.draw(day),
            data.draw(text),
            unit_id(),
            data.draw(day),
            data.draw(text),
            None,
            data.draw(day),
            data.draw(text),
        ),
        today=TODAY,
    )
    saved_or_refused(
        save_problem,
        ProblemInput(
            target,
            data.draw(day),
            data.draw(text),
            data.draw(text),
            data.draw(day),
            data.draw(text),
        ),
        today=TODAY,
    )
    saved_or_refused(
        save_meeting,
        MeetingInput(
            unit_id(),
            data.draw(day),
            data.draw(choice(MEETING_KINDS)),
            data.draw(text),
            data.draw(text),
            data.draw(st.one_of(st.none(), st.integers())),
            data.draw(text),
        ),
        today=TODAY,
    )
    saved_or_refused(
        save_event,
        EventInput(
            data.draw(text),
            data.draw(day),
            data.draw(day),
            data.draw(choice(EVENT_KINDS)),
            None,
            data.draw(choice(REGIONS)),
            data.draw(text),
            data.draw(text),
            data.draw(text),
        ),
    )
