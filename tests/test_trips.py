"""Trip records: every refusal names the field, nothing half-saved, lists and search behave."""

from __future__ import annotations

import pytest

from models import Person, Trip, TripParticipant, Visit
from models.queries.lists import ListQuery
from models.queries.trips import TripFilter, TripListing, trip_rows
from models.store.people import (
    PersonInput,
    RoleInput,
    delete_person,
    person_input,
    save_person,
    validate_person,
)
from models.store.trips import (
    TripInput,
    delete_trip,
    describe_deletion,
    save_trip,
    trip_input,
    validate_trip,
)
from models.validation import ValidationFailed
from tests.helpers import D, person, trip, unit_id

pytestmark = pytest.mark.server  # run a second time on the PostgreSQL server

TODAY = D(2020, 4, 20)


@pytest.fixture
def zhang(database):
    return person("张三", ("deputy", D(2019, 1, 1)))


def errors(check):
    return {e.field: e.message for e in check.errors}


def make(people, start, end, **extra):
    values = {"dest_city": "深圳", "region": "gba"} | extra
    return TripInput(unit_id(), people, start, end, **values)


def test_end_before_start_is_refused_naming_the_field(zhang):
    check = validate_trip(make([zhang], D(2020, 4, 2), D(2020, 3, 30)), today=TODAY)
    assert "结束日期" in errors(check) and "早于开始日期" in errors(check)["结束日期"]
    with pytest.raises(ValidationFailed):
        save_trip(make([zhang], D(2020, 4, 2), D(2020, 3, 30)), today=TODAY)
    assert Trip.select().count() == 0


def test_trip_needs_a_participant_a_destination_and_a_region(database):
    check = validate_trip(
        make([], D(2020, 4, 1), D(2020, 4, 2), dest_city="", region=""), today=TODAY
    )
    assert set(errors(check)) >= {"参加人员", "目的地", "区域"}


def test_overlapping_trip_names_the_other_trip_and_days(zhang):
    trip([zhang], D(2020, 3, 30), D(2020, 4, 2), city="上海", region="yrd")
    check = validate_trip(make([zhang], D(2020, 4, 1), D(2020, 4, 5)), today=TODAY)
    message = errors(check)["参加人员"]
    assert "张三" in message and "2020-03-30 至 2020-04-02" in message and "上海" in message
    assert "重叠 2 天" in message
    with pytest.raises(ValidationFailed):
        save_trip(make([zhang], D(2020, 4, 1), D(2020, 4, 5)), today=TODAY)
    assert Trip.select().count() == 1
    # Touching end to start is a clash too (both days are counted), the day after is not.
    assert not validate_trip(make([zhang], D(2020, 4, 2), D(2020, 4, 2)), today=TODAY).ok
    assert validate_trip(make([zhang], D(2020, 4, 3), D(2020, 4, 3)), today=TODAY).ok


def test_editing_a_trip_does_not_clash_with_itself_and_replaces_participants(zhang):
    li = person("李四", ("staff", D(2019, 1, 1)))
    trip_id = trip([zhang, li], D(2020, 4, 1), D(2020, 4, 3))
    data = trip_input(trip_id)
    data.person_ids = [li]
    data.end_date = D(2020, 4, 4)
    save_trip(data, trip_id, today=TODAY)
    assert [p.person_id for p in TripParticipant.select()] == [li]
    assert Trip.get_by_id(trip_id).end_date == D(2020, 4, 4)


def test_more_than_a_year_is_refused_and_future_is_only_a_warning(zhang):
    long = validate_trip(make([zhang], D(2019, 1, 1), D(2020, 1, 2)), today=TODAY)
    assert "超过一年" in errors(long)["结束日期"]
    ahead = validate_trip(make([zhang], D(2020, 5, 3), D(2020, 5, 5)), today=TODAY)
    assert ahead.ok and "本月之后" in ahead.warnings[0]
    this_month = validate_trip(make([zhang], D(2020, 4, 28), D(2020, 4, 30)), today=TODAY)
    assert this_month.ok and not this_month.warnings


def test_abroad_needs_a_country_and_participants_come_from_the_unit(zhang):
    check = validate_trip(make([zhang], D(2020, 4, 1), D(2020, 4, 2), region="abroad"), today=TODAY)
    assert "国家/地区" in errors(check)
    outsider = person("王五", ("deputy", D(2019, 1, 1)), unit="高新区")
    check = validate_trip(make([zhang, outsider], D(2020, 4, 1), D(2020, 4, 2)), today=TODAY)
    assert "王五不是本单位人员" in errors(check)["参加人员"]


def test_text_fields_refuse_control_characters_and_overlong_text(zhang):
    check = validate_trip(
        make([zhang], D(2020, 4, 1), D(2020, 4, 2), purpose="a\x07b"), today=TODAY
    )
    assert "控制字符" in errors(check)["事由"]
    check = validate_trip(
        make([zhang], D(2020, 4, 1), D(2020, 4, 2), dest_city="深" * 61), today=TODAY
    )
    assert "不能超过 60 个字" in errors(check)["目的地"]


def test_delete_removes_participants_and_keeps_visits(zhang):
    from models import Enterprise

    trip_id = trip([zhang], D(2020, 4, 1), D(2020, 4, 3))
    firm = Enterprise.create(name="华鑫科技有限公司", name_key="华鑫科技")
    Visit.create(date=D(2020, 4, 2), enterprise=firm, unit=unit_id(), trip=trip_id, form="onsite")
    text = describe_deletion(trip_id)
    assert "张三" in text and "1 条拜访记录会保留" in text
    delete_trip(trip_id)
    assert Trip.select().count() == 0 and TripParticipant.select().count() == 0
    assert Visit.get().trip_id is None


def test_list_filters_by_month_including_trips_across_the_month_end(zhang):
    trip([zhang], D(2020, 3, 30), D(2020, 4, 2))
    trip([zhang], D(2020, 5, 6), D(2020, 5, 6), city="上海", region="yrd")
    march = trip_rows(TripFilter(year=2020, month=3))
    april = trip_rows(TripFilter(year=2020, month=4))
    assert [r.days for r in march] == [4] and [r.days for r in april] == [4]
    assert [r.dest_city for r in trip_rows(TripFilter(year=2020, region="yrd"))] == ["上海"]
    assert trip_rows(TripFilter(unit_id=unit_id("高新区"))) == []
    listing = TripListing()
    listing.prepare()  # names get their pinyin keys, as when the list is shown
    found = listing.ids(ListQuery(TripFilter(year=2020, month=3), "zs"))
    assert [i for (i,) in found.tuples()] == [march[0].id]  # 张三 by pinyin initials


def test_role_periods_may_not_overlap_and_names_are_unique_in_a_unit(database):
    data = PersonInput(
        unit_id(),
        "钱七",
        roles=[
            RoleInput("deputy", D(2020, 1, 1), D(2020, 6, 30)),
            RoleInput("principal", D(2020, 6, 1)),
        ],
    )
    assert "重叠" in errors(validate_person(data))["任职"]
    person("钱七", ("staff", D(2020, 1, 1)))
    clash = validate_person(PersonInput(unit_id(), "钱七"))
    assert "同名" in errors(clash)["姓名"]
    bad_end = validate_person(
        PersonInput(unit_id(), "孙八", roles=[RoleInput("deputy", D(2020, 5, 1), D(2020, 4, 1))])
    )
    assert "早于起始日期" in errors(bad_end)["任职第 1 行结束日期"]


def test_person_with_trips_cannot_be_deleted(zhang):
    trip([zhang], D(2020, 4, 1), D(2020, 4, 1))
    with pytest.raises(ValidationFailed, match="1 条外出记录"):
        delete_person(zhang)
    other = save_person(PersonInput(unit_id(), "新人")).id
    delete_person(other)


def test_a_person_with_trips_stays_in_their_unit(zhang):
    """A trip lists its own unit's people: a person moved away would vanish from it on re-save."""
    trip([zhang], D(2020, 4, 1), D(2020, 4, 1))
    moved = person_input(zhang)
    moved.unit_id = unit_id("樊城区")
    with pytest.raises(
        ValidationFailed, match=r"1 条外出记录.*调动的，请在新单位新建人员；录错单位的"
    ):
        save_person(moved, zhang)
    assert Person.get_by_id(zhang).unit_id == unit_id()
    renamed = person_input(zhang)
    renamed.title = "副县长"  # anything else may still change
    save_person(renamed, zhang)
    newcomer = save_person(PersonInput(unit_id(), "新人")).id
    elsewhere = person_input(newcomer)
    elsewhere.unit_id = unit_id("樊城区")
    assert save_person(elsewhere, newcomer).unit_id == unit_id("樊城区")


def test_a_trip_abroad_keeps_its_country_when_the_region_is_given_by_its_chinese_name(zhang):
    data = TripInput(unit_id(), [zhang], D(2020, 5, 4), D(2020, 5, 8), "东京", "境外", "日本")
    saved = save_trip(data, today=D(2020, 5, 1))
    assert (saved.region, saved.country) == ("abroad", "日本")
    assert validate_trip(trip_input(saved.id), saved.id, D(2020, 5, 1)).ok
