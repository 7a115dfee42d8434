"""The long lists, paged: the count shown, every row reachable in the right order, sorting by a
header in pinyin order, the search box, the selection kept — with pages made tiny, so a small
database spans many of them."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

import models.queries.lists
import ui.paged_table
from models.queries.projects import ProjectFilter
from models.queries.registry_lists import EnterpriseListing, ProjectListing
from models.queries.trips import TripFilter, TripListing, trip_rows
from models.queries.visits import VisitFilter, VisitListing, visit_rows
from models.search import sort_key
from models.store.enterprises import EnterpriseFilter
from models.store.settings import HOME_UNIT_KEY, set_setting
from tests.helpers import D, contract, firm, person, project, trip, visit
from ui.enterprise_tables import EnterpriseTableModel, VisitTableModel
from ui.paged_table import PagedTableModel
from ui.pages.enterprises import EnterprisesPage
from ui.pages.trips import TripsPage
from ui.project_tables import ProjectTableModel
from ui.trip_table import TripTableModel

pytestmark = pytest.mark.server  # run a second time on the PostgreSQL server

TODAY = D(2020, 12, 31)
FIRMS = [
    "张家港物流有限公司",
    "阿里云计算有限公司",
    "北京华鑫科技有限公司",
    "王府井百货",
    "中国建材",
]


@pytest.fixture(autouse=True)
def tiny_pages(monkeypatch):
    """Pages of 7 rows, 3 kept, and searches of up to 4 rows read at once: the paths a city's data
    takes, on a few dozen records."""
    monkeypatch.setattr(ui.paged_table, "PAGE_ROWS", 7)
    monkeypatch.setattr(ui.paged_table, "PAGES_KEPT", 3)
    monkeypatch.setattr(ui.paged_table, "FIND_CHUNK", 5)
    monkeypatch.setattr(models.queries.lists, "SHORT", 4)


@pytest.fixture
def people(database):
    set_setting(HOME_UNIT_KEY, "襄州区")
    return {
        name: person(name, ("staff", D(2019, 1, 1))) for name in ("张三", "李四", "王五", "赵六")
    }


def written_trips() -> list[tuple[str, dt.date, dt.date]]:
    """(who went, first day, last day) of the 40 trips the fixture writes, in writing order."""
    names = ("张三", "李四", "王五", "赵六")
    out = []
    for i in range(40):
        start = D(2020, 1, 1) + dt.timedelta(days=9 * (i // 4) + i % 4)
        out.append((names[i % 4], start, start + dt.timedelta(days=i % 3)))
    return out


@pytest.fixture
def trips(people):
    """40 one- to three-day trips in 2020, each person in turn, never two at once."""
    return [trip([people[name]], start, end, city="深圳") for name, start, end in written_trips()]


def paged(columns, listing, flt) -> PagedTableModel:
    model = PagedTableModel(columns, listing)
    model.set_query(flt)
    return model


def newest_first(trips) -> list[tuple[int, str, dt.date, dt.date, int]]:
    """The written trips as the list orders them: latest start first, then the later entry."""
    rows = [(tid, *written) for tid, written in zip(trips, written_trips(), strict=True)]
    ordered = sorted(rows, key=lambda r: (r[2], r[0]), reverse=True)
    return [(tid, who, start, end, (end - start).days + 1) for tid, who, start, end in ordered]


def test_trip_pages_show_every_row_in_the_lists_order(trips):
    model = paged(TripTableModel.COLUMNS, TripListing, TripFilter(year=2020))
    expected = newest_first(trips)
    assert model.rowCount() == len(expected) == 40
    assert [(r.id, r.participants, r.start_date, r.end_date, r.days) for r in model.rows()] == (
        expected
    )
    last = model.index(39, model.position("start_date")).data()
    assert last == "2020-01-01"  # the last row, read from the end
    assert model.index(40, 0).data() is None
    assert [model.row_at(i).participants for i in (0, 39)] == ["赵六", "张三"]


def test_every_row_of_a_filter_is_the_lists_row_in_its_order(trips, people):
    """Reports and dialogs read a filter's rows through the list: the same rows, the same order."""
    rows = trip_rows(TripFilter(year=2020))
    assert [(r.id, r.participants, r.start_date, r.end_date, r.days) for r in rows] == (
        newest_first(trips)
    )
    assert {r.unit for r in rows} == {"襄州区"} and {r.dest_city for r in rows} == {"深圳"}
    march = trip_rows(TripFilter(year=2020, month=3, person_id=people["李四"]))
    assert [(r.participants, r.start_date) for r in march] == [
        ("李四", D(2020, 3, 23)),
        ("李四", D(2020, 3, 14)),
        ("李四", D(2020, 3, 5)),
    ]


def test_trip_model_passes_the_model_tester(qtmodeltester, trips):
    model = paged(TripTableModel.COLUMNS, TripListing, TripFilter(year=2020))
    qtmodeltester.check(model)


@pytest.mark.parametrize("column", [c.key for c in TripTableModel.COLUMNS])
def test_every_trip_column_sorts_both_ways(trips, column):
    model = paged(TripTableModel.COLUMNS, TripListing, TripFilter(year=2020))
    model.sort(model.position(column), Qt.AscendingOrder)
    up = model.rows()
    model.sort(model.position(column), Qt.DescendingOrder)
    down = model.rows()
    assert len(up) == len(down) == 40 and {r.id for r in up} == set(trips)
    key = {
        "start_date": lambda r: r.start_date,
        "end_date": lambda r: r.end_date,
        "days": lambda r: r.days,
        "participants": lambda r: sort_key(r.participants),
    }.get(column)
    if key is not None:
        assert [key(r) for r in up] == sorted(key(r) for r in up)
        assert [key(r) for r in down] == sorted((key(r) for r in down), reverse=True)


def test_a_column_sorts_by_its_name_wherever_the_window_puts_it(trips):
    """The table model names each column; moving 天数 and 开始日期 to the front still sorts by
    them (a place-based key sorted the first column by 单位, the second by 参加人员)."""
    by_key = {c.key: c for c in TripTableModel.COLUMNS}
    front = ("days", "start_date")
    moved = (
        *(by_key[k] for k in front),
        *(c for c in TripTableModel.COLUMNS if c.key not in front),
    )
    model = paged(moved, TripListing, TripFilter(year=2020))
    assert [model.headerData(i, Qt.Horizontal) for i in (0, 1, 2)] == ["天数", "开始日期", "单位"]
    model.sort(0, Qt.DescendingOrder)
    longest = sorted(newest_first(trips), key=lambda r: (r[4], r[0]), reverse=True)
    assert [(r.id, r.days) for r in model.rows()] == [(r[0], r[4]) for r in longest]
    model.sort(1, Qt.AscendingOrder)
    assert [r.id for r in model.rows()] == [r[0] for r in reversed(newest_first(trips))]


def test_enterprise_columns_reversed_still_sort_by_their_names(firms):
    reversed_columns = tuple(reversed(EnterpriseTableModel.COLUMNS))
    model = paged(reversed_columns, EnterpriseListing, EnterpriseFilter())
    model.sort(model.position("visits"), Qt.DescendingOrder)  # 拜访次数, now second
    assert model.position("visits") == 1
    assert [(r.name, r.visits) for r in model.rows()] == [
        (name, n) for n, name in sorted(enumerate(FIRMS, 1), reverse=True)
    ]
    model.sort(len(reversed_columns) - 1, Qt.AscendingOrder)  # 企业名称, now last
    assert [r.name for r in model.rows()] == sorted(FIRMS, key=sort_key)


@pytest.mark.parametrize(
    "columns, listing",
    [
        (TripTableModel.COLUMNS, TripListing),
        (VisitTableModel.COLUMNS, VisitListing),
        (EnterpriseTableModel.COLUMNS, EnterpriseListing),
        (ProjectTableModel.COLUMNS, ProjectListing),
    ],
)
def test_every_column_of_a_paged_table_names_a_sort_key_of_its_list(database, columns, listing):
    assert [c.key for c in columns] == list(listing().columns)


def test_a_paged_table_refuses_a_column_without_a_key():
    from ui.record_table import Column

    with pytest.raises(ValueError, match="备注"):
        PagedTableModel((*TripTableModel.COLUMNS, Column("备注", str)), TripListing)


def test_every_row_of_a_year_is_read_without_a_list_of_ids(trips, monkeypatch):
    """A year of a big county is thousands of trips: no query carries their ids as parameters
    (SQLite refuses more than its variable limit)."""
    from models.db.base import db

    seen = []
    execute = db.obj.execute_sql

    def counted(sql, params=None, *args, **kwargs):
        seen.append(len(params or ()))
        return execute(sql, params, *args, **kwargs)

    monkeypatch.setattr(db.obj, "execute_sql", counted)
    assert len(trip_rows(TripFilter(year=2020))) == 40
    assert seen and max(seen) < 10


def test_every_visit_of_a_filter_in_the_lists_order(firms, people):
    """Newest first, the later entry first on a day; who went; a filter that ends at a day."""
    written = [
        (name, D(2020, 3, 1 + n), f"洽谈第{n}轮")
        for i, name in enumerate(FIRMS)
        for n in range(i + 1)
    ]
    newest = sorted(enumerate(written), key=lambda w: (w[1][1], w[0]), reverse=True)
    rows = visit_rows(VisitFilter(year=2020))
    assert [(r.enterprise, r.date, r.content, r.people) for r in rows] == [
        (*w, "张三") for _i, w in newest
    ]
    early = visit_rows(VisitFilter(year=2020, until=D(2020, 3, 2)))
    assert [(r.enterprise, r.date) for r in early] == [
        (w[0], w[1]) for _i, w in newest if w[1] <= D(2020, 3, 2)
    ]
    assert visit_rows(VisitFilter(ids=frozenset())) == []


def test_a_sort_worked_out_for_every_row_shows_the_wait_cursor(qapp, trips, monkeypatch):
    """A column without an index orders all matching ids at once: seconds on a city's visits."""
    model = paged(TripTableModel.COLUMNS, TripListing, TripFilter(year=2020))
    seen = []
    in_order = TripListing.in_order

    def watched(self, query, ids=None):
        cursor = QGuiApplication.overrideCursor()
        seen.append(cursor.shape() if cursor else None)
        return in_order(self, query, ids)

    monkeypatch.setattr(TripListing, "in_order", watched)
    model.sort(model.position("participants"), Qt.AscendingOrder)
    assert seen == [Qt.WaitCursor] and QGuiApplication.overrideCursor() is None
    assert model.rowCount() == 40


def test_trips_page_counts_searches_and_keeps_the_selection(qtbot, trips, people):
    page = TripsPage(TODAY)
    qtbot.addWidget(page)
    page.refresh()
    assert page.model.rowCount() == 40
    assert "共 40 次行程" in page.count_label.text()
    days = sum(days for *_trip, days in newest_first(trips))
    assert days == 79 and "期间内 79 天" in page.count_label.text()
    far = page.model.row_at(33).id
    assert page.select_trip(far) and page.selected_trip_id() == far
    page.table.sortByColumn(page.model.position("days"), Qt.AscendingOrder)
    assert page.selected_trip_id() == far  # the same trip, wherever the new order puts it
    page.table.sortByColumn(page.model.position("start_date"), Qt.DescendingOrder)
    qtbot.keyClicks(page.search, "zs")  # 张三 by pinyin initials
    qtbot.waitUntil(lambda: page.model.rowCount() == 10, timeout=2000)  # after a typing pause
    assert {r.participants for r in page.model.rows()} == {"张三"}
    assert "共 10 次行程" in page.count_label.text()
    page.search.setText("李四")
    assert page.model.rowCount() == 10
    page.search.setText("没有这个人")
    assert page.model.rowCount() == 0 and "共 0 次行程" in page.count_label.text()
    page.search.clear()
    assert page.model.rowCount() == 40


def test_a_new_trip_after_the_page_was_filled_is_found_and_selected(qtbot, trips, people):
    page = TripsPage(TODAY)
    qtbot.addWidget(page)
    page.refresh()
    newcomer = person("欧阳娜娜", ("staff", D(2019, 1, 1)))
    new = trip([newcomer], D(2020, 12, 20), D(2020, 12, 22), city="成都")
    page._saved(new)
    assert page.selected_trip_id() == new and page.model.rowCount() == 41
    page.search.setText("oyn")
    assert [r.id for r in page.model.rows()] == [new]


def test_a_trip_saved_with_ctrl_s_stays_the_one_selected_row(qtbot, trips, people):
    from PySide6.QtTest import QTest

    page = TripsPage(TODAY)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    edited = page.model.row_at(5).id
    page.select_trip(edited)
    QTest.keyPress(page.table, Qt.Key_Control, Qt.ControlModifier)  # held as Ctrl+S saves
    try:
        page._saved(edited)
    finally:
        QTest.keyRelease(page.table, Qt.Key_Control)
    assert page.selected_trip_id() == edited
    assert len(page.table.selectionModel().selectedRows()) == 1


@pytest.fixture
def firms(people):
    ids = {name: firm(name, key=i % 2 == 0) for i, name in enumerate(FIRMS)}
    for i, name in enumerate(FIRMS):
        for n in range(i + 1):
            visit(ids[name], D(2020, 3, 1 + n), [people["张三"]], content=f"洽谈第{n}轮")
    return ids


def test_enterprises_sort_by_pinyin_and_count_key_enterprises(firms):
    model = paged(EnterpriseTableModel.COLUMNS, EnterpriseListing, EnterpriseFilter())
    model.sort(0, Qt.AscendingOrder)
    assert [r.name for r in model.rows()] == sorted(FIRMS, key=sort_key)
    assert model.summary() == (5, 3)
    model.sort(0, Qt.DescendingOrder)
    assert [r.name for r in model.rows()] == sorted(FIRMS, key=sort_key, reverse=True)
    model.sort(7, Qt.DescendingOrder)  # 拜访次数
    assert [r.visits for r in model.rows()] == [5, 4, 3, 2, 1]
    model.set_search("hx")  # 华鑫 by initials
    assert [r.name for r in model.rows()] == ["北京华鑫科技有限公司"]


def test_enterprise_page_search_and_the_selected_firms_visits(qtbot, firms):
    page = EnterprisesPage(TODAY)
    qtbot.addWidget(page)
    page.refresh()
    registry = page.registry
    assert registry.list.count_label.text() == "共 5 家，重点企业 3 家"
    assert registry.list.select_id(firms["中国建材"])
    assert registry.detail_visits.rowCount() == 5
    assert "拜访 5 次" in registry.detail_title.text()
    qtbot.keyClicks(registry.list.search, "wfj")
    qtbot.waitUntil(lambda: registry.list.model.rowCount() == 1, timeout=2000)
    assert [r.name for r in registry.list.shown_rows()] == ["王府井百货"]


def test_visits_list_searches_firm_person_and_content(qtbot, firms):
    page = EnterprisesPage(TODAY)
    qtbot.addWidget(page)
    page.tabs.setCurrentWidget(page.visits)
    visits = page.visits.list
    assert visits.model.rowCount() == 15
    assert visits.count_label.text() == "共 15 次拜访，5 家企业"
    dates = [r.date for r in visits.shown_rows()]
    assert dates == sorted(dates, reverse=True)
    visits.search.setText("第4轮")
    assert [r.enterprise for r in visits.shown_rows()] == ["中国建材"]
    visits.search.setText("zgjc")
    assert visits.model.rowCount() == 5 and visits.count_label.text() == "共 5 次拜访，1 家企业"
    visits.search.setText("zs 阿里")  # every word must match
    assert [r.enterprise for r in visits.shown_rows()] == ["阿里云计算有限公司"] * 2


def test_visit_model_passes_the_model_tester(qtmodeltester, firms):
    model = paged(VisitTableModel.COLUMNS, VisitListing, VisitFilter(year=2020))
    model.sort(2, Qt.AscendingOrder)
    qtmodeltester.check(model)


def test_projects_show_contract_and_funds_and_sort_by_them(database):
    set_setting(HOME_UNIT_KEY, "襄州区")
    small = project("小项目", D(2020, 1, 5), "1")
    big = project("大项目", D(2020, 2, 5), "9")
    contract(big, "formal", D(2020, 3, 1), "8")
    contract(big, "formal", D(2020, 4, 1), "1", supplementary=True)
    contract(small, "intent", D(2020, 3, 1), "5")
    for i in range(10):
        project(f"储备项目{i}", D(2019, 1, 1 + i), "2")
    model = paged(ProjectTableModel.COLUMNS, ProjectListing, ProjectFilter())
    assert model.rowCount() == 12 and model.summary() == (12, 300000)
    assert [r.name for r in model.rows()][:2] == ["大项目", "小项目"]  # newest lead first
    model.sort(8, Qt.DescendingOrder)  # 合同金额: the formal contract plus its supplement
    top = model.row_at(0)
    assert (top.name, top.contract_wan) == ("大项目", 90000)
    assert model.row_at(1).contract_wan == 0  # an intent agreement does not count
    model.sort(0, Qt.AscendingOrder)
    names = [r.name for r in model.rows()]
    assert names == sorted(names, key=lambda n: (sort_key(n), n))
