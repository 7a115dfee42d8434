"""Pages reload when data they show changed (announced by the window), not every time they are
shown: counted with the queries they make."""

from __future__ import annotations

import pytest

import ui.pages.dashboard as dashboard_module
from models import Trip
from models.store.settings import HOME_UNIT_KEY, set_setting
from tests.helpers import D, person
from tests.test_ui_forms import fill_trip
from ui.changes import EVERYTHING, LEADS, TRIPS, USERS, VISITS, Changes, announce
from ui.main_window import DASHBOARD, ENTERPRISES, SETTINGS, MainWindow
from ui.main_window import TRIPS as TRIPS_ROW
from ui.pages.projects import ProjectsPage
from ui.pages.trips import TripsPage

TODAY = D(2020, 4, 20)


@pytest.fixture
def staff(database):
    set_setting(HOME_UNIT_KEY, "襄州区")
    return person("张三", ("deputy", D(2019, 1, 1)))


@pytest.fixture
def window(qtbot, staff, database):
    win = MainWindow(database.path, "1", today=TODAY)
    qtbot.addWidget(win)
    win.show()
    return win


def counting(monkeypatch, owner, name: str) -> list:
    calls = []
    real = getattr(owner, name)

    def counted(*args, **kwargs):
        calls.append(args)
        return real(*args, **kwargs)

    monkeypatch.setattr(owner, name, counted)
    return calls


def test_a_hidden_page_requeries_on_show_only_after_a_change_it_shows(
    qtbot, staff, database, monkeypatch
):
    counts = counting(monkeypatch, dashboard_module, "record_counts")
    window = MainWindow(database.path, "1", today=TODAY)
    qtbot.addWidget(window)
    window.show()
    assert window.nav.currentRow() == DASHBOARD and len(counts) == 1
    window.nav.setCurrentRow(TRIPS_ROW)
    window.nav.setCurrentRow(DASHBOARD)
    assert len(counts) == 1  # shown again, nothing changed: no query

    window.nav.setCurrentRow(TRIPS_ROW)
    dialog = window.trips.open_dialog(None)
    fill_trip(dialog, D(2020, 4, 1), D(2020, 4, 3), "上海", "yrd", "长三角推介会")
    seen = []
    window.data_changed.connect(lambda changes, origin: seen.append((changes, origin)))
    dialog.save()
    assert seen == [(Changes.of(TRIPS), dialog)]
    assert len(counts) == 1  # the dashboard is hidden: marked, not queried
    window.nav.setCurrentRow(DASHBOARD)
    assert len(counts) == 2
    assert window.dashboard.cards["外出招商"].number.text() == "1"

    window.nav.setCurrentRow(TRIPS_ROW)
    window.announce(Changes.of(USERS))  # a kind the dashboard does not show
    window.nav.setCurrentRow(DASHBOARD)
    assert len(counts) == 2


def test_the_page_on_screen_reloads_at_once_and_its_own_list_only_once(window, monkeypatch):
    counts = counting(monkeypatch, dashboard_module, "record_counts")
    announce(window.settings.ledgers, EVERYTHING)  # as an import does
    assert len(counts) == 1

    reloads = counting(monkeypatch, TripsPage, "reload")
    window.nav.setCurrentRow(TRIPS_ROW)
    assert len(reloads) == 1
    dialog = window.trips.open_dialog(None)
    fill_trip(dialog, D(2020, 4, 1), D(2020, 4, 1), "深圳", "gba", "洽谈")
    dialog.save()
    assert len(reloads) == 2  # the list shows its new trip once, selected
    assert window.trips.selected_trip_id() == Trip.get().id
    window.refresh_current()  # 视图 → 刷新 always reads again
    assert len(reloads) == 3


def test_a_tab_reloads_when_shown_after_a_change_it_shows(qtbot, database, monkeypatch):
    page = ProjectsPage(TODAY)
    qtbot.addWidget(page)
    page.show()
    leads = counting(monkeypatch, page.leads, "refresh")
    meetings = counting(monkeypatch, page.meetings, "refresh")
    page.tabs.setCurrentWidget(page.leads)
    page.tabs.setCurrentWidget(page.meetings)
    page.tabs.setCurrentWidget(page.leads)
    assert (len(leads), len(meetings)) == (1, 1)
    page.on_data_changed(Changes.of(VISITS))  # shown nowhere on this page
    page.tabs.setCurrentWidget(page.meetings)
    assert len(meetings) == 1
    page.on_data_changed(Changes.of(LEADS))  # shown on a tab out of sight: marked
    assert len(leads) == 1
    page.tabs.setCurrentWidget(page.leads)
    assert len(leads) == 2
    page.on_data_changed(EVERYTHING)  # shown on the tab on screen: read now
    assert len(leads) == 3 and len(meetings) == 1
    page.tabs.setCurrentWidget(page.meetings)
    assert len(meetings) == 2


def test_settings_tabs_follow_the_same_rule(window, monkeypatch):
    window.nav.setCurrentRow(SETTINGS)
    page = window.settings
    people = counting(monkeypatch, page.people, "refresh")
    page.tabs.setCurrentWidget(page.people)
    page.tabs.setCurrentWidget(page.quotas)
    page.tabs.setCurrentWidget(page.people)
    assert len(people) == 1
    window.nav.setCurrentRow(ENTERPRISES)
    window.announce(Changes.of(USERS))
    window.nav.setCurrentRow(SETTINGS)
    assert len(people) == 1
    window.announce(EVERYTHING)  # a restore while the tab is on screen
    assert len(people) == 2
