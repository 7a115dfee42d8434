"""Working without a mouse: standard shortcuts on every page, Tab through each dialog in reading
order, and every button reachable by Tab."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from tests.helpers import person, unit_id
from ui.main_window import PROJECTS, REPORTS, MainWindow

TODAY = dt.date(2020, 11, 20)


def shortcuts(widget: QWidget) -> set[str]:
    return {
        s.key().toString(QKeySequence.PortableText)
        for s in widget.findChildren(QShortcut)
        if s.isEnabled()
    }


@pytest.fixture
def window(qtbot, database):
    win = MainWindow(database.path, "1", today=TODAY)
    qtbot.addWidget(win)
    win.show()
    return win


def test_list_pages_have_new_and_find_and_the_reports_print(window):
    for row in range(1, 4):  # 外出招商, 企业与拜访, 项目与合同
        assert {"Ctrl+N", "Ctrl+F"} <= shortcuts(window.page(row)), window.page_titles[row]
    assert "Ctrl+P" in shortcuts(window.page(REPORTS))
    assert "Ctrl+P" in shortcuts(window.page(PROJECTS).lists)


def test_the_window_menus_refresh_with_f5_and_switch_pages_with_ctrl_digits(window):
    keys = {
        action.shortcut().toString(QKeySequence.PortableText): action.text()
        for menu in window.menuBar().actions()
        for action in menu.menu().actions()
    }
    assert "F5" in keys and keys["Ctrl+Q"]
    assert [keys[f"Ctrl+{i}"] for i in range(1, 7)] == window.page_titles


def test_ctrl_n_opens_a_new_trip_and_the_search_takes_ctrl_f(window, qtbot):
    from ui.trip_dialog import TripDialog

    window.nav.setCurrentRow(1)
    trips = window.page(1)
    next(s for s in trips.findChildren(QShortcut) if s.key() == QKeySequence.New).activated.emit()
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, TripDialog)]
    assert len(dialogs) == 1 and dialogs[0].isVisible() and dialogs[0].trip_id is None
    dialogs[0].reject()
    find = next(s for s in trips.findChildren(QShortcut) if s.key() == QKeySequence.Find)
    find.activated.emit()
    assert QApplication.focusWidget() is trips.list.search or trips.list.search.hasFocus()


def _tab_chain(dialog: QDialog) -> list[QWidget]:
    """The widgets Tab visits, starting from the first, until it comes round again."""
    start = dialog.focusWidget() or dialog.nextInFocusChain()
    seen, widget = [], start
    for _ in range(500):
        if widget.isVisible() and widget.isEnabled() and widget.focusPolicy() & Qt.TabFocus:
            if widget in seen:
                break
            seen.append(widget)
        widget = widget.nextInFocusChain()
    return seen


def _reading_order_breaks(dialog: QDialog) -> list[str]:
    """Fields that Tab reaches after a field lower down the form (buttons at the bottom excepted)."""
    fields = [
        w
        for w in _tab_chain(dialog)
        if isinstance(w, (QLineEdit, QPlainTextEdit)) and w.window() is dialog
    ]
    tops = [w.mapTo(dialog, w.rect().topLeft()).y() for w in fields]
    return [
        f"{fields[i - 1].objectName() or type(fields[i - 1]).__name__} → "
        f"{fields[i].objectName() or type(fields[i]).__name__}"
        for i in range(1, len(fields))
        if tops[i] < tops[i - 1] - 5
    ]


def _dialogs(database):
    from ui.enterprise_dialog import EnterpriseDialog
    from ui.person_dialog import PersonDialog
    from ui.project_dialog import ProjectDialog
    from ui.trip_dialog import TripDialog
    from ui.visit_dialog import VisitDialog

    person("张三", ("principal", dt.date(2020, 1, 1)))
    return [
        TripDialog(None, unit_id(), TODAY),
        VisitDialog(None, None, TODAY),
        EnterpriseDialog(),
        ProjectDialog(None),
        PersonDialog(None),
    ]


def test_tab_goes_through_every_dialog_in_reading_order(qtbot, database):
    for dialog in _dialogs(database):
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        assert _reading_order_breaks(dialog) == [], type(dialog).__name__
        buttons = [b for b in dialog.findChildren(QAbstractButton) if b.isVisible()]
        unreachable = [b.text() for b in buttons if not b.focusPolicy() & Qt.TabFocus]
        assert unreachable == [], type(dialog).__name__
        dialog.reject()


def test_every_button_on_every_page_can_be_reached_with_tab(window):
    for row, title in enumerate(window.page_titles):
        window.nav.setCurrentRow(row)
        page = window.page(row)
        unreachable = [
            b.text()
            for b in page.findChildren(QAbstractButton)
            if b.isVisible() and not b.focusPolicy() & Qt.TabFocus
        ]
        assert unreachable == [], title


def test_ctrl_n_on_the_meetings_tab_opens_a_new_meeting(window, monkeypatch):
    projects = window.page(PROJECTS)
    window.nav.setCurrentRow(PROJECTS)
    projects.tabs.setCurrentWidget(projects.meetings)
    opened = []
    projects.meetings.add_button.clicked.disconnect()
    projects.meetings.add_button.clicked.connect(lambda: opened.append(True))
    new = next(s for s in projects.findChildren(QShortcut) if s.key() == QKeySequence.New)
    new.activated.emit()
    assert opened == [True]
