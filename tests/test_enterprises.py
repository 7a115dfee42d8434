"""Enterprises and visits: duplicates caught, merges move everything, key enterprises counted once."""

from __future__ import annotations

import json

import pytest

from main import main
from models import Contact, Enterprise, EnterpriseTag, Event, EventEnterprise, Project, Visit
from models.queries.visits import due_follow_ups
from models.store.enterprises import (
    ContactInput,
    EnterpriseInput,
    delete_enterprise,
    find_duplicates,
    merge_enterprises,
    save_enterprise,
    validate_enterprise,
)
from models.store.visits import VisitInput, save_visit, validate_visit
from models.validation import ValidationFailed
from reports.visits import key_enterprises_not_visited, visit_progress
from tests.helpers import D, firm, person, trip, unit_id, visit

pytestmark = pytest.mark.server  # run a second time on the PostgreSQL server


@pytest.fixture
def staff(database):
    return person("张三", ("staff", D(2019, 1, 1)))


def errors(check):
    return {e.field: e.message for e in check.errors}


def test_duplicate_by_credit_code_and_by_normalised_name(database):
    first = firm("襄阳（中国）汽车零部件有限公司", code="91110000600037341L")
    assert [d.id for d in find_duplicates("别的名字", "91110000600037341l")] == [first]
    for variant in (
        "襄阳(中国)汽车 零部件股份有限公司",
        "襄阳【中国】汽车零部件有限责任公司",
        "襄阳（中国）汽车零部件集团",
    ):
        check, dups = validate_enterprise(EnterpriseInput(variant))
        assert [d.id for d in dups] == [first], variant
        assert "重复" in errors(check)["企业名称"]
    with pytest.raises(ValidationFailed):
        save_enterprise(EnterpriseInput("襄阳(中国)汽车零部件股份有限公司"))
    assert Enterprise.select().count() == 1
    # Editing the record itself is not a duplicate of itself.
    check, dups = validate_enterprise(
        EnterpriseInput("襄阳（中国）汽车零部件有限公司", "91110000600037341L"), first
    )
    assert check.ok and dups == []


def test_credit_code_shape_is_an_error_check_character_only_a_warning(database):
    check, _ = validate_enterprise(EnterpriseInput("甲公司", "9111000060003734"))
    assert "18 位" in errors(check)["统一社会信用代码"]
    check, _ = validate_enterprise(EnterpriseInput("乙公司", "91110000600037341M"))
    assert check.ok and "校验位" in check.warnings[0]
    saved = save_enterprise(EnterpriseInput("乙公司", "91110000600037341m"))
    assert saved.credit_code == "91110000600037341M"
    check, _ = validate_enterprise(EnterpriseInput("Siemens AG", "", region="abroad"))
    assert "国家/地区" in errors(check)


def test_tags_keep_the_500_list_year(database):
    saved = save_enterprise(EnterpriseInput("丙集团", tags={"global500": 2020, "listed": 2020}))
    tags = {
        t.tag: t.list_year for t in EnterpriseTag.select().where(EnterpriseTag.enterprise == saved)
    }
    assert tags == {"global500": 2020, "listed": None}


def test_merge_moves_every_related_row_in_one_go(staff):
    keep = save_enterprise(
        EnterpriseInput(
            "华鑫新能源科技有限公司", tags={"leading": None}, contacts=[ContactInput("李总")]
        )
    ).id
    other = save_enterprise(
        EnterpriseInput(
            "华鑫新能源(深圳)公司",
            "91440101MA5CJQ4N59",
            tags={"leading": None, "listed": None},
            city="深圳",
            contacts=[ContactInput("王经理"), ContactInput("赵助理")],
        )
    ).id
    visit(keep, D(2020, 3, 1), [staff])
    visit(other, D(2020, 4, 1), [staff])
    visit(other, D(2020, 5, 1), [staff])
    project = Project.create(
        name="电池项目", unit=unit_id(), enterprise=other, total_investment_wan=10000
    )
    event = Event.create(name="推介会", start_date=D(2020, 5, 1), end_date=D(2020, 5, 1))
    EventEnterprise.create(event=event, enterprise=other)
    result = merge_enterprises(keep, other)
    assert (result.visits, result.contacts, result.projects) == (2, 2, 1)
    assert not Enterprise.select().where(Enterprise.id == other).exists()
    survivor = Enterprise.get_by_id(keep)
    assert survivor.credit_code == "91440101MA5CJQ4N59" and survivor.city == "深圳"
    assert Visit.select().where(Visit.enterprise == keep).count() == 3
    assert {c.name for c in Contact.select().where(Contact.enterprise == keep)} == {
        "李总",
        "王经理",
        "赵助理",
    }
    assert {t.tag for t in survivor.tags} == {"leading", "listed"}
    assert Project.get_by_id(project.id).enterprise_id == keep
    assert EventEnterprise.get().enterprise_id == keep


def test_enterprise_with_visits_cannot_be_deleted(staff):
    used = firm("甲公司")
    visit(used, D(2020, 3, 1), [staff])
    with pytest.raises(ValidationFailed, match="1 条拜访记录"):
        delete_enterprise(used)
    unused = firm("乙公司")
    delete_enterprise(unused)
    assert not Enterprise.select().where(Enterprise.id == unused).exists()


def test_visit_refusals_name_the_field(staff):
    target = firm("甲公司")
    today = D(2020, 4, 20)
    future = validate_visit(VisitInput(D(2020, 4, 21), target, unit_id(), [staff]), today=today)
    assert "还没到" in errors(future)["拜访日期"]
    no_firm = validate_visit(VisitInput(D(2020, 4, 1), None, unit_id(), [staff]), today=today)
    assert "企业" in errors(no_firm)
    early = validate_visit(
        VisitInput(D(2020, 4, 10), target, unit_id(), [staff], follow_up_date=D(2020, 4, 9)),
        today=today,
    )
    assert "早于拜访日期" in errors(early)["跟进日期"]
    on_trip = trip([staff], D(2020, 4, 1), D(2020, 4, 3))
    outside = validate_visit(
        VisitInput(D(2020, 4, 5), target, unit_id(), [staff], trip_id=on_trip), today=today
    )
    assert "不在行程期间" in errors(outside)["所属行程"]
    with pytest.raises(ValidationFailed):
        save_visit(VisitInput(D(2020, 4, 21), target, unit_id(), [staff]), today=today)
    assert Visit.select().count() == 0


def test_key_enterprises_are_counted_once_and_only_when_key(staff):
    key = firm("重点甲公司", key=True)
    other_key = firm("重点乙公司", key=True)
    plain = firm("普通公司", key=False)
    for day in (D(2020, 2, 1), D(2020, 3, 1), D(2020, 5, 1)):
        visit(key, day, [staff])
    visit(plain, D(2020, 2, 1), [staff])
    visit(other_key, D(2019, 12, 31), [staff])
    outsider = person("李四", ("staff", D(2019, 1, 1)), unit="高新区")
    visit(other_key, D(2020, 2, 1), [outsider], unit="高新区")
    rows = {r.unit: r for r in visit_progress(2020, 2)}
    assert rows["襄州区"].key_enterprises_visited == 1
    assert rows["高新区"].key_enterprises_visited == 1
    assert (
        rows["襄州区"].target == 100
        and rows["襄州区"].time_progress == 0.5
        and rows["襄州区"].behind
    )
    q1 = {r.unit: r for r in visit_progress(2020, 1)}
    assert q1["襄州区"].key_enterprises_visited == 1 and q1["襄州区"].time_progress == 0.25
    missing = [e.name for e in key_enterprises_not_visited(2020, unit_id())]
    assert missing == ["重点乙公司"]


def test_not_behind_when_ahead_of_time_progress(staff, monkeypatch):
    from models import IndicatorRule

    IndicatorRule.update(target_count=4).where(
        IndicatorRule.indicator == "key_enterprises_visited"
    ).execute()
    for i in range(2):
        visit(firm(f"重点{i}号公司"), D(2020, 3, 1), [staff])
    row = next(r for r in visit_progress(2020, 2) if r.unit == "襄州区")
    assert (row.key_enterprises_visited, row.target, row.behind) == (2, 4, False)


def test_due_follow_ups_disappear_after_a_later_visit(staff):
    target = firm("甲公司")
    first = visit(target, D(2020, 3, 1), [staff], follow_up_date=D(2020, 3, 15))
    visit(firm("乙公司"), D(2020, 3, 1), [staff], follow_up_date=D(2020, 5, 1))
    due = due_follow_ups(D(2020, 4, 1))
    assert [r.id for r in due] == [first]
    visit(target, D(2020, 3, 20), [staff])
    assert due_follow_ups(D(2020, 4, 1)) == []


def test_due_follow_ups_most_recently_due_first_as_the_visits_list_shows_them(staff):
    early = visit(firm("甲公司"), D(2020, 3, 1), [staff], follow_up_date=D(2020, 3, 10))
    late = visit(firm("乙公司"), D(2020, 3, 2), [staff], follow_up_date=D(2020, 3, 20))
    same_day = visit(firm("丙公司"), D(2020, 3, 3), [staff], follow_up_date=D(2020, 3, 20))
    due = due_follow_ups(D(2020, 4, 1))
    assert [(r.id, r.enterprise, r.people) for r in due] == [
        (same_day, "丙公司", "张三"),
        (late, "乙公司", "张三"),
        (early, "甲公司", "张三"),
    ]
    assert [r.id for r in due_follow_ups(D(2020, 4, 1), limit=1)] == [same_day]


def test_visits_progress_command_json(demo_db, capsys):
    assert main(["--db", str(demo_db.path), "visits-progress", "--year", "2020", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert {"unit", "key_enterprises_visited", "target", "time_progress", "behind"} <= set(rows[0])
    assert len({r["unit"] for r in rows}) >= 12
    assert any(r["behind"] for r in rows) and any(not r["behind"] for r in rows)


def test_merge_refuses_two_firms_with_different_credit_codes(staff):
    first = firm("甲公司", code="91110000600037341L")
    second = firm("乙公司", code="91350200776049653A")
    visit(second, D(2020, 3, 1), [staff])
    with pytest.raises(ValidationFailed, match="不同"):
        merge_enterprises(first, second)
    assert Enterprise.select().count() == 2 and Visit.get().enterprise_id == second


def test_visit_list_names_who_went_in_the_order_entered_and_stops_at_a_day(staff):
    from models.queries.visits import VisitFilter, visit_rows

    first, second = person("乙"), person("甲")
    firm_id = firm("丁公司")
    two = visit(firm_id, D(2020, 3, 2), [second, first])
    visit(firm_id, D(2020, 5, 2), [first])
    rows = visit_rows(VisitFilter(year=2020, until=D(2020, 3, 31)))
    assert [(r.id, r.people) for r in rows] == [(two, "甲、乙")]  # as the visits list shows it
    assert [r.date for r in visit_rows(VisitFilter(year=2020))] == [D(2020, 5, 2), D(2020, 3, 2)]
