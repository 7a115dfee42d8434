"""One save for every form (FormDialog's template) and one progress dialog for background work
(ui/tasks.run_with_progress): what a clerk sees when a save is refused, conflicts or waits."""

from __future__ import annotations

import threading
import time
from types import SimpleNamespace

import pytest
from peewee import OperationalError
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models import Trip
from models.store.settings import HOME_UNIT_KEY, set_setting
from models.validation import Check
from tests.helpers import D, person, trip
from ui.changes import LEADS, TRIPS, Changes
from ui.dates import to_qdate
from ui.form_dialog import FormDialog
from ui.pages.reports import ReportsPage
from ui.project_ledgers import MeetingsTab
from ui.tasks import run_with_progress
from ui.trip_dialog import TripDialog

TODAY = D(2020, 4, 20)


def fill_trip(dialog: TripDialog, start, end, city: str, region: str, purpose: str) -> None:
    """A valid trip for the first person listed."""
    dialog.people_list.item(0).setCheckState(Qt.Checked)
    dialog.start_edit.setDate(to_qdate(start))
    dialog.end_edit.setDate(to_qdate(end))
    dialog.city_edit.setText(city)
    dialog.region_combo.setCurrentIndex(dialog.region_combo.findData(region))
    dialog.purpose_edit.setText(purpose)


class Listener(QWidget):
    """Stands in for the main window: hears what the dialogs opened from it announce."""

    def __init__(self):
        super().__init__()
        self.heard: list[tuple[Changes, object]] = []

    def announce(self, changes, origin=None):
        self.heard.append((changes, origin))


class NoteDialog(FormDialog):
    """A form that gives only its input, its check and its store call."""

    changes = Changes.of(LEADS)

    def __init__(self, stored: list, parent=None):
        super().__init__(parent)
        self.stored = stored
        self.edit = QLineEdit()
        form = QFormLayout()
        form.addRow("内容(&C)：", self.edit)
        self.other = QLineEdit()
        form.addRow("备注：", self.other)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        self.finish(layout)

    def current_input(self):
        return self.edit.text()

    def check_input(self, text):
        check = Check()
        if not text:
            check.error("内容", "必填")
        return check

    def store(self, text):
        self.stored.append(text)
        return SimpleNamespace(id=7)


@pytest.fixture
def listener(qtbot):
    window = Listener()
    qtbot.addWidget(window)
    return window


@pytest.fixture
def staff(database):
    set_setting(HOME_UNIT_KEY, "襄州区")
    return person("张三", ("deputy", D(2019, 1, 1)))


# -- one save for every form -------------------------------------------------------------------
def test_a_form_giving_only_its_store_call_saves_announces_and_closes(qtbot, listener):
    stored = []
    dialog = NoteDialog(stored, listener)
    ids = []
    dialog.saved.connect(ids.append)
    dialog.edit.setText("参加推介会")
    dialog.save()
    assert stored == ["参加推介会"] and ids == [7]
    assert dialog.result() == QDialog.Accepted
    assert listener.heard == [(Changes.of(LEADS), dialog)]


def test_invalid_input_is_refused_on_the_form_with_the_field_focused(qtbot, listener):
    stored = []
    dialog = NoteDialog(stored, listener)
    dialog.show()
    dialog.activateWindow()
    dialog.other.setFocus()
    dialog.save()  # Ctrl+S works even when the Save button is off
    assert stored == [] and listener.heard == []
    assert dialog.error_label.text() == "内容：必填" and dialog.error_label.isVisibleTo(dialog)
    assert dialog.result() != QDialog.Accepted
    qtbot.waitUntil(lambda: dialog.focusWidget() is dialog.edit)


def test_a_record_changed_meanwhile_is_refused_and_the_other_save_kept(qtbot, staff, listener):
    trip_id = trip([staff], D(2020, 3, 2), D(2020, 3, 4), purpose="原来的事由")
    dialog = TripDialog(trip_id, None, TODAY, listener)
    qtbot.addWidget(dialog)
    dialog.purpose_edit.setText("我改的事由")
    check_input = dialog.check_input

    def another_pc_saves_meanwhile(data):
        Trip.update(purpose="别人改的事由").where(Trip.id == trip_id).execute()
        return check_input(data)

    dialog.check_input = another_pc_saves_meanwhile  # between the form's check and the write
    saved = []
    dialog.saved.connect(saved.append)
    dialog.save()
    assert "这条记录在您打开后已被修改或删除" in dialog.error_label.text()
    assert not dialog.save_button().isEnabled()
    assert Trip.get_by_id(trip_id).purpose == "别人改的事由"
    assert saved == [] and listener.heard == [] and dialog.result() != QDialog.Accepted


def test_a_busy_database_is_said_on_the_form_and_the_save_can_be_tried_again(
    qtbot, staff, listener, monkeypatch
):
    dialog = TripDialog(None, None, TODAY, listener)
    qtbot.addWidget(dialog)
    fill_trip(dialog, D(2020, 4, 1), D(2020, 4, 2), "深圳", "gba", "推介会")
    assert dialog.save_button().isEnabled(), dialog.error_label.text()
    real_store = dialog.store
    dialog.store = lambda data: (_ for _ in ()).throw(OperationalError("database is locked"))
    dialog.save()  # no box: the autouse fixture fails the test on one
    assert dialog.error_label.text() == "数据库正被另一个程序写入，本次改动没有保存，请稍后再试。"
    assert dialog.save_button().isEnabled() and dialog.result() != QDialog.Accepted
    assert Trip.select().count() == 0 and listener.heard == []

    boxes = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: boxes.append(a[2]))
    dialog.store = lambda data: (_ for _ in ()).throw(OperationalError("database or disk is full"))
    dialog.save()
    assert (
        boxes
        and boxes[0].startswith("磁盘空间已满")
        and "磁盘空间已满" in dialog.error_label.text()
    )

    dialog.store = real_store
    dialog.save()
    assert Trip.select().count() == 1 and dialog.result() == QDialog.Accepted
    assert listener.heard == [(Changes.of(TRIPS), dialog)]


def test_a_quick_form_shows_its_store_refusal_on_the_field(qtbot, database):
    tab = MeetingsTab(TODAY)
    qtbot.addWidget(tab)
    form = tab.add_meeting()
    qtbot.addWidget(form)
    form.widgets["count"].setText("十来个")
    form.save()
    assert form.error_label.text() == "参会人数：应为整数"
    assert form.result() != QDialog.Accepted
    qtbot.waitUntil(lambda: form.focusWidget() is form.widgets["count"])


# -- progress and cancel from the task helper ------------------------------------------------
def cancel_button(dialog) -> QPushButton:
    return next(b for b in dialog.findChildren(QPushButton) if b.text() == "取消")


def test_a_progress_dialog_from_the_helper_cancels(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    running, outcome = threading.Event(), []

    def work(report, cancelled):
        report(1, 10)
        running.set()
        deadline = time.monotonic() + 30
        while not cancelled.wait(0.01):
            if time.monotonic() > deadline:
                return "never cancelled"
        raise RuntimeError("stopped")

    progress = run_with_progress(
        parent, "正在处理……", work, outcome.append, outcome.append, "取消", show_after=0
    )
    assert progress.dialog.isVisible() and progress.dialog.labelText() == "正在处理……"
    qtbot.waitUntil(running.is_set)
    qtbot.waitUntil(lambda: progress.dialog.value() == 1)
    cancel_button(progress.dialog).click()
    qtbot.waitUntil(lambda: bool(outcome), timeout=10_000)
    assert isinstance(outcome[0], RuntimeError) and progress.cancelled.is_set()
    assert QGuiApplication.overrideCursor() is None


def test_cancelling_a_report_leaves_no_file(qtbot, demo_db, tmp_path):
    page = ReportsPage(D(2020, 7, 10))
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    out = tmp_path / "报告"
    page.folder_edit.setText(str(out))
    page.generate()
    assert page.progress.dialog.isVisible()
    assert page.progress.dialog.labelText() == "正在生成报告……"
    cancel_button(page.progress.dialog).click()
    qtbot.waitUntil(lambda: page.generate_button.isEnabled(), timeout=60_000)
    assert page.status.text() == "已取消。"
    assert page.pdf_path is None and list(out.iterdir()) == []
