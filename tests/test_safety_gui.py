"""Data safety as a clerk meets it: a damaged file at start-up, backups, the trash, the audit log."""

from __future__ import annotations

import sqlite3

from openpyxl import load_workbook
from PySide6.QtWidgets import QFileDialog, QMessageBox

import ui.app as app_module
from models import Trip
from models.db.backup import list_backups, timestamped_backup
from models.db.database import close_database
from models.store.trips import delete_trip
from tests.helpers import D, person, trip
from ui.audit_panel import AuditPanel, TrashPanel
from ui.backup_panel import BackupPanel
from ui.trip_dialog import TripDialog


def test_damaged_database_at_start_up_is_restored_from_the_latest_backup(
    qtbot, database, monkeypatch
):
    zhang = person("张三", ("deputy", D(2020, 1, 1)))
    trip([zhang], D(2020, 4, 1), D(2020, 4, 2))
    good = timestamped_backup(database.path, "manual")
    close_database()
    size = database.path.stat().st_size
    sqlite3.connect(database.path).close()
    with database.path.open("r+b") as fh:
        fh.truncate(size // 2)
    asked = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.Yes
    )
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(a[2]))
    window = app_module.open_main_window(database.path, "1")
    qtbot.addWidget(window)
    assert str(good) in asked[0]
    assert Trip.select().count() == 1
    kept = list(database.path.parent.glob("zhaoshang-已损坏-*.db"))
    assert len(kept) == 1 and kept[0].stat().st_size == size // 2
    assert str(kept[0]) in told[0]
    window.close()


def test_start_up_makes_one_backup_a_day(qtbot, database, monkeypatch):
    person("张三")
    close_database()
    from PySide6.QtCore import QThreadPool

    for _ in range(2):
        window = app_module.open_main_window(database.path, "1")
        qtbot.addWidget(window)
        QThreadPool.globalInstance().waitForDone(30_000)  # the backup runs after the window shows
        qtbot.wait(50)
        window.close()
    assert [b.reason for b in list_backups(database.path)] == ["daily"]


def test_backup_panel_backs_up_and_restores(qtbot, database, monkeypatch, tmp_path):
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Yes)
    zhang = person("张三", ("deputy", D(2020, 1, 1)))
    panel = BackupPanel(database.path)
    qtbot.addWidget(panel)
    panel.backup_now()
    trip([zhang], D(2020, 4, 1), D(2020, 4, 2))
    panel.refresh()
    assert panel.table.rowCount() == 1
    panel.restore_selected()
    assert Trip.select().count() == 0  # back to the state of the backup
    assert [b.reason for b in list_backups(database.path)][:1] == ["before-restore"]
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path / "u"))
    (tmp_path / "u").mkdir()
    panel.backup_elsewhere()
    assert len(list((tmp_path / "u").glob("*.db"))) == 1


def test_trash_panel_restores_and_history_shows_changes(qtbot, database, tmp_path, monkeypatch):
    zhang = person("张三", ("deputy", D(2020, 1, 1)))
    trip_id = trip([zhang], D(2020, 4, 1), D(2020, 4, 2))
    delete_trip(trip_id)
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(a[2]))
    trash = TrashPanel()
    qtbot.addWidget(trash)
    trash.refresh()
    assert trash.model.rowCount() == 1
    trash.restore_selected()
    assert "已恢复" in told[0]
    assert Trip.select().count() == 1 and trash.model.rowCount() == 0
    dialog = TripDialog(trip_id=trip_id, today=D(2030, 1, 1))
    qtbot.addWidget(dialog)
    assert not dialog.history_button.isHidden()
    audit = AuditPanel(D(2030, 1, 1))
    qtbot.addWidget(audit)
    audit.start_edit.setDate(audit.start_edit.minimumDate())
    audit.refresh()
    actions = {r.action for r in audit.model.rows()}
    assert {"insert", "delete", "restore"} <= actions
    target = tmp_path / "log.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    audit.export()
    sheet = load_workbook(target)["审计日志"]
    assert sheet["A2"].value == "时间" and sheet.max_row >= 2 + len(audit.model.rows())


def test_reports_page_submits_and_unlocks_a_quarter(qtbot, demo_db, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    from models.store.locks import submission, submitted_snapshot
    from ui.pages.reports import ReportsPage

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Yes)
    page = ReportsPage(today=D(2020, 7, 10))
    qtbot.addWidget(page)
    page.refresh()
    assert "尚未报送" in page.lock_label.text() and not page.unlock_button.isEnabled()
    page.submit()
    scope = page.scope()
    assert submission(scope, 2020, 2) is not None and "已于" in page.lock_label.text()
    assert "indicators" in submitted_snapshot(scope, 2020, 2)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("补录漏报的合同", True))
    page.unlock()
    assert submission(scope, 2020, 2) is None and page.submit_button.isEnabled()


def test_an_edit_made_elsewhere_is_not_overwritten(qtbot, database):
    from models.store.trips import save_trip, trip_input

    zhang = person("张三", ("deputy", D(2020, 1, 1)))
    trip_id = trip([zhang], D(2020, 4, 1), D(2020, 4, 2), city="深圳")
    dialog = TripDialog(trip_id=trip_id, today=D(2030, 1, 1))
    qtbot.addWidget(dialog)
    other = trip_input(trip_id)
    other.outcome = "另一台电脑填写的成效"
    save_trip(other, trip_id, today=D(2030, 1, 1))
    dialog.save()
    assert "已被修改" in dialog.error_label.text()
    assert Trip.get_by_id(trip_id).outcome == "另一台电脑填写的成效"


def test_damage_inside_the_file_is_found_after_start_up(qtbot, database, monkeypatch):
    from PySide6.QtCore import QThreadPool

    from models.db.backup import quick_check

    for n in range(300):  # enough rows that the damage lands in a table no page reads at start
        person(f"人员{n:03d}")
    close_database()
    pages = database.path.stat().st_size // 4096
    with database.path.open("r+b") as fh:  # the last page overwritten, the header intact
        fh.seek(4096 * (pages - 1))
        fh.write(b"\xff" * 4096)
    assert quick_check(database.path) != "ok"
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: shown.append(a[2]))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.No)
    window = app_module.open_main_window(database.path, "1")
    qtbot.addWidget(window)
    QThreadPool.globalInstance().waitForDone(30_000)
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert "已损坏" in shown[0]
    assert window.settings.tabs.currentWidget() is window.settings.backups
