"""Small builders for hand-made test data, going through the same save paths as the dialogs."""

from __future__ import annotations

import datetime as dt

from models import Unit
from models.store.people import PersonInput, RoleInput, save_person
from models.store.trips import TripInput, save_trip

D = dt.date


def unit_id(name: str = "襄州区") -> int:
    return Unit.get(Unit.name == name).id


def person(name: str, *roles: tuple, unit: str = "襄州区", title: str = "") -> int:
    """A person with role periods given as (role, from, to) tuples; default: the role all of 2020."""
    periods = [RoleInput(r[0], r[1], r[2] if len(r) > 2 else None) for r in roles]
    return save_person(PersonInput(unit_id(unit), name, title, roles=periods)).id


def trip(
    people: list[int],
    start: dt.date,
    end: dt.date,
    unit: str = "襄州区",
    city: str = "深圳",
    **extra,
) -> int:
    data = TripInput(unit_id(unit), people, start, end, city, extra.pop("region", "gba"), **extra)
    return save_trip(data, today=D(2030, 1, 1)).id


def firm(name: str, key: bool = True, code: str = "", **extra) -> int:
    from models.store.enterprises import EnterpriseInput, save_enterprise

    return save_enterprise(EnterpriseInput(name, code, is_key=key, **extra)).id


def visit(enterprise: int, day: dt.date, people: list[int], unit: str = "襄州区", **extra) -> int:
    from models.store.visits import VisitInput, save_visit

    data = VisitInput(day, enterprise, unit_id(unit), people, **extra)
    return save_visit(data, today=D(2030, 1, 1)).id


def project(name: str, lead: dt.date, total: str = "1", unit: str = "襄州区", **extra) -> int:
    from models.store.projects import ProjectInput, save_project

    return save_project(ProjectInput(name, unit_id(unit), total, lead, **extra)).id


def contract(
    project_id: int, kind: str, day: dt.date, amount: str, supplementary: bool = False
) -> int:
    from models.store.contracts import ContractInput, add_contract

    return add_contract(
        project_id, ContractInput(kind, day, amount, supplementary), today=D(2030, 1, 1)
    ).id
