"""The window as a user meets it: first run, every page on demo data, About, remembered size, errors."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, QSize
from PySide6.QtWidgets import QLabel, QMessageBox

from models import Trip
from models.queries.overview import has_records, needs_first_run
from models.queries.scope import Scope
from models.store.settings import home_unit
from ui import app as app_module
from ui.first_run import FirstRunDialog
from ui.main_window import MainWindow
from ui.pages.dashboard import DashboardPage
from ui.pages.settings import SettingsPage

PAGES = ["工作台", "外出招商", "企业与拜访", "项目与合同", "报表", "设置"]


def test_settings_tabs_all_open(window):
    window.show_page("设置")
    page = window.findChild(SettingsPage)
    for i in range(page.tabs.count()):
        page.tabs.setCurrentIndex(i)
    page.tabs.setCurrentWidget(page.people)
    assert page.people.table.rowCount() > 50


@pytest.fixture
def window(qtbot, demo_db):
    win = MainWindow(demo_db.path, "9.9.9")
    qtbot.addWidget(win)
    win.show()
    return win


def label_texts(widget) -> str:
    return "\n".join(label.text() for label in widget.findChildren(QLabel))


def test_main_window_visits_every_page_on_demo_data(window, qtbot):
    assert window.windowTitle() == "招商引资工作台"
    assert [window.nav.item(i).text() for i in range(window.nav.count())] == PAGES
    for row, title in enumerate(PAGES):
        window.nav.setCurrentRow(row)
        page = window.stack.currentWidget()
        assert page is window.pages[row][1]
        assert page.isVisible()
        assert title in label_texts(page)
    assert str(window.db_path) in label_texts(window.statusBar())


def test_dashboard_shows_the_real_counts(window):
    page = window.findChild(DashboardPage)
    page.refresh()
    trips = page.cards["外出招商"].number.text()
    assert trips == f"{Trip.select().count():,}"
    assert "本单位：襄州区" in page.unit_label.text()


def test_keyboard_switches_pages(window, qtbot):
    window.activateWindow()
    for action in window.menuBar().actions()[1].menu().actions():
        if action.shortcut().toString() == "Ctrl+6":
            action.trigger()
    assert window.stack.currentWidget() is window.findChild(SettingsPage)


def test_settings_page_lists_units_rules_and_saves_the_home_unit(window):
    window.show_page("设置")
    page = window.findChild(SettingsPage)
    names = [page.units_table.item(r, 1).text() for r in range(page.units_table.rowCount())]
    assert names[:3] == ["襄州区", "襄城区", "樊城区"] and "市经信局" in names
    page.tabs.setCurrentWidget(page.quotas)
    days = {role: widgets[0].value() for role, widgets in page.quotas.widgets.items()}
    assert days["principal"] == 7 and days["deputy"] == 10
    page.tabs.setCurrentIndex(0)
    combo = page.home_combo
    combo.setCurrentIndex(combo.findData("高新区"))
    combo.activated.emit(combo.currentIndex())
    assert home_unit().name == "高新区"


def test_window_size_and_page_are_remembered(qtbot, demo_db):
    first = MainWindow(demo_db.path, "1")
    qtbot.addWidget(first)
    first.show()
    first.nav.setCurrentRow(3)  # built now: the page's minimum size applies from here
    first.layout().activate()
    first.resize(QSize(790, 530))
    size = first.size()
    assert size != QSize(1200, 780)
    first.close()
    assert QSettings().value("main/page", type=int) == 3
    second = MainWindow(demo_db.path, "1")
    qtbot.addWidget(second)
    second.show()
    assert second.size() == size
    assert second.nav.currentRow() == 3


def test_about_shows_version_and_database_path(window, monkeypatch):
    shown = {}
    monkeypatch.setattr(
        QMessageBox, "about", lambda parent, title, text: shown.update(title=title, text=text)
    )
    about = next(a for a in window.menuBar().actions()[2].menu().actions() if "关于" in a.text())
    about.trigger()
    assert "9.9.9" in shown["text"] and str(window.db_path) in shown["text"]


def test_first_run_choosing_the_home_unit(qtbot, database):
    assert needs_first_run()
    dialog = FirstRunDialog(database.path)
    qtbot.addWidget(dialog)
    dialog.unit_combo.setCurrentText("宜城市")
    dialog.start_button.click()
    assert dialog.result() == FirstRunDialog.Accepted
    assert home_unit().name == "宜城市"
    assert not needs_first_run()


def test_first_run_loading_demo_data_in_the_background(qtbot, database):
    dialog = FirstRunDialog(database.path)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.accepted, timeout=60_000):
        dialog.demo_button.click()
        assert not dialog.demo_button.isEnabled()
    assert dialog.choice == "demo"
    assert has_records() and home_unit() is not None


def test_open_main_window_on_a_bad_file_shows_the_path(qtbot, tmp_path, monkeypatch):
    bad = tmp_path / "坏文件.db"
    bad.write_bytes(b"this is not sqlite" * 10)
    errors = []
    monkeypatch.setattr(
        QMessageBox, "critical", lambda parent, title, text: errors.append((title, text))
    )
    assert app_module.open_main_window(bad, "1") is None
    assert errors and errors[0][0] == "无法打开数据库" and str(bad) in errors[0][1]
    assert bad.read_bytes() == b"this is not sqlite" * 10


def test_open_main_window_offers_first_run_on_an_empty_database(qtbot, tmp_path, monkeypatch):
    seen = []
    monkeypatch.setattr(FirstRunDialog, "exec", lambda self: seen.append(self) or 0)
    window = app_module.open_main_window(tmp_path / "new.db", "1")
    qtbot.addWidget(window)
    assert len(seen) == 1 and window.isVisible()


def test_bundled_chinese_font_is_used_when_no_system_face_exists(qapp):
    from PySide6.QtGui import QFontDatabase

    from ui.fonts import BUNDLED_FAMILY, PREFERRED, install_cjk_font

    family = install_cjk_font(qapp)
    assert BUNDLED_FAMILY in QFontDatabase.families()
    assert family in (BUNDLED_FAMILY, *PREFERRED)
    assert QFontDatabase.writingSystems(family).count(QFontDatabase.SimplifiedChinese) == 1


def test_dashboard_indicator_tab_reads_the_report_builder(qtbot, demo_db):
    import datetime as dt

    from reports.indicators import build_indicators

    page = DashboardPage(dt.date(2020, 5, 10))
    qtbot.addWidget(page)
    page.refresh()
    assert page.indicator_table.rowCount() == 0  # worked out when the tab is opened
    page.reminders.setCurrentIndex(page.INDICATOR_TAB)
    indicators = build_indicators(Scope(2020, 2, home_unit().id, as_of=dt.date(2020, 5, 10)))
    funds = indicators["funds_in_place"]
    row = next(
        r
        for r in range(page.indicator_table.rowCount())
        if page.indicator_table.item(r, 0).text() == funds.name
    )
    assert page.indicator_table.item(row, 3).text() == f"{funds.shown(funds.ytd):,.2f}"  # 亿元
    assert "2020年第2季度" in page.reminders.tabText(4)
