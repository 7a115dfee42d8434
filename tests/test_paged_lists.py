"""The long lists, paged: the count shown, every row reachable in the right order, sorting by a
header in pinyin order, the search box, the selection kept — with pages made tiny, so a small
database spans many of them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

import models.queries.lists
import ui.paged_table
from models.queries.activity_lists import TripListing, VisitListing
from models.queries.projects import ProjectFilter
from models.queries.registry_lists import EnterpriseListing, ProjectListing
from models.search import sort_key
from models.store.enterprises import EnterpriseFilter
from models.store.settings import HOME_UNIT_KEY, set_setting
from models.store.trips import TripFilter, trip_rows
from models.store.visits import VisitFilter
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


@pytest.fixture
def trips(people):
    """40 one- to three-day trips in 2020, each person in turn, never two at once."""
    ids = []
    names = list(people)
    day = D(2020, 1, 2) - D(2020, 1, 1)
    for i in range(40):
        start = D(2020, 1, 1) + day * (9 * (i // 4) + i % 4)
        ids.append(trip([people[names[i % 4]]], start, start + day * (i % 3), city="深圳"))
    return ids


def paged(columns, listing, flt) -> PagedTableModel:
    model = PagedTableModel(columns, listing)
    model.set_query(flt)
    return model


def test_trip_pages_show_every_row_in_the_lists_order(trips):
    model = paged(TripTableModel.COLUMNS, TripListing, TripFilter(year=2020))
    expected = trip_rows(TripFilter(year=2020), searchable=False)  # newest first, the old order
    assert model.rowCount() == len(expected) == 40
    assert [r.id for r in model.rows()] == [r.id for r in expected]
    last = model.index(39, TripTableModel.START).data()
    assert last == expected[-1].start_date.isoformat()  # the last row, read from the end
    assert model.index(40, 0).data() is None
    assert [model.row_at(i).participants for i in (0, 39)] == [
        expected[0].participants,
        expected[-1].participants,
    ]


def test_trip_model_passes_the_model_tester(qtmodeltester, trips):
    model = paged(TripTableModel.COLUMNS, TripListing, TripFilter(year=2020))
    qtmodeltester.check(model)


@pytest.mark.parametrize("column", range(len(TripTableModel.COLUMNS)))
def test_every_trip_column_sorts_both_ways(trips, column):
    model = paged(TripTableModel.COLUMNS, TripListing, TripFilter(year=2020))
    model.sort(column, Qt.AscendingOrder)
    up = model.rows()
    model.sort(column, Qt.DescendingOrder)
    down = model.rows()
    assert len(up) == len(down) == 40 and {r.id for r in up} == set(trips)
    key = {
        TripTableModel.START: lambda r: r.start_date,
        TripTableModel.END: lambda r: r.end_date,
        TripTableModel.DAYS: lambda r: r.days,
        TripTableModel.PEOPLE: lambda r: sort_key(r.participants),
    }.get(column)
    if key is not None:
        assert [key(r) for r in up] == sorted(key(r) for r in up)
        assert [key(r) for r in down] == sorted((key(r) for r in down), reverse=True)


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
    model.sort(TripTableModel.PEOPLE, Qt.AscendingOrder)
    assert seen == [Qt.WaitCursor] and QGuiApplication.overrideCursor() is None
    assert model.rowCount() == 40


def test_trips_page_counts_searches_and_keeps_the_selection(qtbot, trips, people):
    page = TripsPage(TODAY)
    qtbot.addWidget(page)
    page.refresh()
    assert page.model.rowCount() == 40
    assert "共 40 次行程" in page.count_label.text()
    days = sum(r.days for r in trip_rows(TripFilter(year=2020), searchable=False))
    assert f"期间内 {days} 天" in page.count_label.text()
    far = page.model.row_at(33).id
    assert page.select_trip(far) and page.selected_trip_id() == far
    page.table.sortByColumn(TripTableModel.DAYS, Qt.AscendingOrder)
    assert page.selected_trip_id() == far  # the same trip, wherever the new order puts it
    page.table.sortByColumn(TripTableModel.START, Qt.DescendingOrder)
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
