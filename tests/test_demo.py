"""`zhaoshang demo`: realistic records for 2019 and 2020 that every later feature can show."""

from __future__ import annotations

import datetime as dt

import pytest
from peewee import fn

import models
from main import main
from models import (
    Contract,
    Enterprise,
    EnterpriseTag,
    Meeting,
    Person,
    Project,
    ProjectLead,
    RoleAssignment,
    Trip,
    TripParticipant,
    Unit,
    Visit,
)
from models.db.database import close_database, open_database
from models.db.sql import month_of
from models.vocab import ENTERPRISE_TAGS, ROLES, STAGES

pytestmark = pytest.mark.server  # run a second time on the PostgreSQL server


def test_demo_command_fills_every_table(db_path, capsys):
    assert main(["--db", str(db_path), "demo"]) == 0
    assert "示例数据已写入" in capsys.readouterr().out
    open_database(db_path)
    try:
        empty = [m.__name__ for m in models.RECORD_MODELS if not m.select().exists()]
        assert empty == []
        for year in (2019, 2020):
            start, end = dt.date(year, 1, 1), dt.date(year, 12, 31)
            assert Trip.select().where(Trip.start_date.between(start, end)).count() > 200
            assert Visit.select().where(Visit.date.between(start, end)).count() > 500
            assert Contract.select().where(Contract.signed_date.between(start, end)).count() > 50
    finally:
        close_database()


def test_demo_covers_every_role_stage_tag_and_contract_kind(demo_db):
    assert {r.role for r in RoleAssignment.select()} == set(ROLES)
    assert {p.stage for p in Project.select()} == set(STAGES)
    assert {t.tag for t in EnterpriseTag.select()} == set(ENTERPRISE_TAGS)
    assert {"formal", "framework"} <= {c.kind for c in Contract.select()}
    assert Unit.select().where(Unit.kind == "city_dept").count() >= 2
    # 500强 tags carry the list year.
    assert (
        not EnterpriseTag.select()
        .where(EnterpriseTag.tag.in_(("global500", "china500")), EnterpriseTag.list_year.is_null())
        .exists()
    )
    # Foreign firms may lack a credit code; domestic ones have one.
    assert Enterprise.select().where(Enterprise.credit_code.is_null()).exists()


def test_demo_trips_are_realistic(demo_db):
    # Some trips cross a month end.
    month = month_of(Trip.start_date) != month_of(Trip.end_date)
    assert Trip.select().where(month).exists()
    # No person is on two trips on the same day.
    a, b = TripParticipant.alias(), TripParticipant.alias()
    ta, tb = Trip.alias(), Trip.alias()
    clashes = (
        a.select()
        .join(ta, on=(a.trip == ta.id))
        .switch(a)
        .join(b, on=((b.person == a.person) & (b.trip > a.trip)))
        .join(tb, on=(b.trip == tb.id))
        .where((ta.start_date <= tb.end_date) & (tb.start_date <= ta.end_date))
        .count()
    )
    assert clashes == 0
    # Some leaders fall short of a 10-day month, others reach it.
    deputy_days = [
        sum((t.end_date - t.start_date).days + 1 for t in trips)
        for trips in _deputy_trips_in(dt.date(2020, 4, 1), dt.date(2020, 4, 30))
    ]
    assert min(deputy_days) < 10 <= max(deputy_days)


def _deputy_trips_in(start, end):
    deputies = (
        Person.select()
        .join(RoleAssignment)
        .where(RoleAssignment.role == "deputy", RoleAssignment.valid_from <= start)
        .where(RoleAssignment.valid_to.is_null() | (RoleAssignment.valid_to >= end))
    )
    for person in deputies:
        yield list(
            Trip.select()
            .join(TripParticipant)
            .where(TripParticipant.person == person, Trip.start_date.between(start, end))
        )


def test_demo_has_a_mid_year_role_change_overdue_leads_and_a_missed_meeting(demo_db):
    changed = (
        RoleAssignment.select(RoleAssignment.person)
        .group_by(RoleAssignment.person)
        .having(fn.COUNT(RoleAssignment.id) > 1)
    )
    assert changed.count() >= 1
    assert ProjectLead.select().where(ProjectLead.feedback_date.is_null()).exists()
    baokang = Unit.get(Unit.name == "保康县")
    q2 = Meeting.select().where(
        Meeting.unit == baokang,
        Meeting.kind == "dispatch",
        Meeting.date.between(dt.date(2020, 4, 1), dt.date(2020, 6, 30)),
    )
    assert not q2.exists()


def test_demo_refuses_real_records_without_force(db_path, capsys):
    open_database(db_path)
    Person.create(unit=Unit.get(Unit.name == "襄州区"), name="张三")
    close_database()
    assert main(["--db", str(db_path), "demo"]) == 1
    assert "--force" in capsys.readouterr().err
    open_database(db_path)
    assert [p.name for p in Person.select()] == ["张三"]
    close_database()

    assert main(["--db", str(db_path), "demo", "--force"]) == 0
    out = capsys.readouterr().out
    assert "已备份" in out
    backups = list((db_path.parent / "backups").glob("*before-demo*.db"))
    assert len(backups) == 1
    open_database(backups[0])
    assert [p.name for p in Person.select()] == ["张三"]
    close_database()
    open_database(db_path)
    assert not Person.select().where(Person.name == "张三").exists()
    assert Person.select().count() > 50
    close_database()
