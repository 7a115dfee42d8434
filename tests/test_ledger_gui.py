"""The import wizard and 设置 → 导入导出 as a clerk uses them: preview, refuse, import, decide claims."""

from __future__ import annotations

from openpyxl import load_workbook
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from models import Project, Trip
from models.db.location import is_server
from models.store.claims import claim_rows
from tests.helpers import D
from tests.ledger_files import TRIP_HEADER, workbook
from ui.import_dialog import ImportDialog
from ui.ledger_panel import LedgerPanel


def _file(tmp_path, end="2020-04-02"):
    return workbook(
        tmp_path / "襄州区台账.xlsx",
        {
            "外出招商": [
                TRIP_HEADER,
                ["襄州区", "张三、李四", "2020-04-01", end, "深圳", "粤港澳大湾区", "洽谈"],
            ]
        },
    )


def test_preview_then_import_writes_once_after_a_backup(qtbot, database, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: shown.append(a[2]))
    dialog = ImportDialog(database.path, today=D(2020, 12, 1))
    qtbot.addWidget(dialog)
    imported = []
    dialog.imported.connect(lambda: imported.append(True))
    dialog.set_files([_file(tmp_path)])
    dialog.preview()
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=30_000)
    assert [o.action for o in dialog.outcomes.rows()] == ["新增"]
    assert "预览" in dialog.summary.text() and Trip.select().count() == 0
    assert dialog.import_button.isEnabled() and not dialog.error_button.isEnabled()
    dialog.import_button.click()
    qtbot.waitUntil(lambda: bool(imported), timeout=30_000)
    assert Trip.select().count() == 1
    if is_server(database.path):  # the server's own backups (pg_dump) cover it
        assert shown[0] == "导入完成。"
    else:
        assert "已备份" in shown[0]
        assert list((database.path.parent / "backups").glob("*before-import*.db"))
    assert not dialog.import_button.isEnabled()


def test_errors_block_the_import_and_can_be_saved_marked(qtbot, database, tmp_path, monkeypatch):
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    target = tmp_path / "错误清单.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    dialog = ImportDialog(database.path, today=D(2020, 12, 1))
    qtbot.addWidget(dialog)
    dialog.set_files([_file(tmp_path, end="2020-02-30")])
    dialog.preview()
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=30_000)
    assert not dialog.import_button.isEnabled() and dialog.tabs.currentIndex() == 1
    [error] = dialog.errors.rows()
    assert (error.row, error.column) == (2, "结束日期")
    dialog.export_errors()
    assert load_workbook(target)["错误清单"]["E2"].value == "不存在的日期：2020-02-30"
    assert Trip.select().count() == 0


def test_unreadable_file_is_a_message_not_a_crash(qtbot, database, tmp_path, monkeypatch):
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warnings.append(a[2]))
    fake = tmp_path / "台账.xlsx"
    fake.write_text("单位,姓名\n", encoding="utf-8")
    dialog = ImportDialog(database.path)
    qtbot.addWidget(dialog)
    dialog.set_files([fake])
    dialog.preview()
    qtbot.waitUntil(lambda: bool(warnings), timeout=30_000)
    assert "不是 Excel 工作簿" in warnings[0] and dialog.preview_button.isEnabled()


def test_bureau_moves_a_claimed_project(qtbot, demo_db, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Yes)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("市局裁定", True))
    panel = LedgerPanel(demo_db.path)
    qtbot.addWidget(panel)
    panel.refresh()
    [claim] = claim_rows()
    assert panel.claims.rowCount() == 1 and panel.move_button.isEnabled()
    panel.move_button.click()
    assert Project.get_by_id(claim.project_id).unit.name == claim.claimant
    assert panel.claims.rowCount() == 0 and not panel.move_button.isEnabled()
