"""企业与拜访 as a clerk meets it: dialogs that refuse duplicates and future visits, merge, follow-ups."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from models import Enterprise, Visit
from models.queries.visits import VisitFilter, visit_rows
from models.store.enterprises import enterprise_rows
from models.store.settings import HOME_UNIT_KEY, set_setting
from tests.helpers import D, firm, person, trip, unit_id, visit
from ui.dates import to_qdate
from ui.enterprise_dialog import EnterpriseDialog
from ui.enterprise_tables import EnterpriseTableModel, VisitTableModel
from ui.main_window import MainWindow
from ui.pages.enterprises import EnterprisesPage
from ui.trip_dialog import TripDialog
from ui.visit_dialog import VisitDialog

TODAY = D(2020, 4, 20)


@pytest.fixture
def staff(database):
    set_setting(HOME_UNIT_KEY, "襄州区")
    return person("张三", ("staff", D(2019, 1, 1)))


def save_button(dialog):
    return dialog.buttons.button(QDialogButtonBox.Save)


def test_new_enterprise_is_saved_and_shown(qtbot, staff):
    page = EnterprisesPage(TODAY)
    qtbot.addWidget(page)
    page.refresh()
    dialog = page.registry.open_dialog(None)
    qtbot.addWidget(dialog)
    assert not save_button(dialog).isEnabled()
    dialog.name_edit.insert("襄阳华鑫新能源科技有限公司")
    qtbot.keyClicks(dialog.code_edit, "91440101MA5CJQ4N59")
    assert "校验通过" in dialog.code_hint.text()
    dialog.tag_boxes["global500"].setChecked(True)
    dialog.list_years["global500"].setValue(2020)
    dialog.key_box.setChecked(True)
    qtbot.mouseClick(save_button(dialog), Qt.LeftButton)
    saved = Enterprise.get()
    assert (saved.name, saved.is_key) == ("襄阳华鑫新能源科技有限公司", True)
    assert [t.list_year for t in saved.tags] == [2020]
    assert page.registry.list.selected_row().id == saved.id


def test_duplicate_stops_the_dialog_and_offers_the_existing_one(qtbot, staff):
    existing = firm("襄阳（中国）汽车零部件有限公司")
    dialog = EnterpriseDialog()
    qtbot.addWidget(dialog)
    dialog.name_edit.insert("襄阳(中国)汽车零部件股份有限公司")
    assert not save_button(dialog).isEnabled()
    assert "重复" in dialog.error_label.text()
    assert not dialog.open_button.isHidden() and "襄阳（中国）" in dialog.open_button.text()
    with qtbot.waitSignal(dialog.open_existing) as signal:
        dialog.open_button.click()
    assert signal.args == [existing]


def test_bad_check_character_needs_a_confirmation(qtbot, staff, monkeypatch):
    dialog = EnterpriseDialog()
    qtbot.addWidget(dialog)
    dialog.name_edit.insert("早期代码公司")
    qtbot.keyClicks(dialog.code_edit, "91110000600037341M")
    assert save_button(dialog).isEnabled() and "校验位不符" in dialog.code_hint.text()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.No)
    dialog.save()
    assert Enterprise.select().count() == 0
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Yes)
    dialog.save()
    assert Enterprise.get().credit_code == "91110000600037341M"


def test_visit_dialog_saves_and_refuses_the_future(qtbot, staff):
    target = firm("甲公司")
    dialog = VisitDialog(None, None, TODAY)
    qtbot.addWidget(dialog)
    dialog.unit_combo.setCurrentIndex(dialog.unit_combo.findData(unit_id()))
    dialog.enterprise_combo.setCurrentIndex(dialog.enterprise_combo.findData(target))
    dialog.people.check("张三")
    dialog.date_edit.setDate(to_qdate(D(2020, 4, 21)))
    assert not save_button(dialog).isEnabled() and "还没到" in dialog.error_label.text()
    dialog.date_edit.setDate(to_qdate(D(2020, 4, 18)))
    dialog.follow_box.setChecked(True)
    dialog.follow_edit.setDate(to_qdate(D(2020, 4, 10)))
    assert "跟进日期" in dialog.error_label.text()
    dialog.follow_edit.setDate(to_qdate(D(2020, 5, 10)))
    assert save_button(dialog).isEnabled(), dialog.error_label.text()
    dialog.save()
    saved = Visit.get()
    assert (saved.date, saved.follow_up_date, saved.enterprise_id) == (
        D(2020, 4, 18),
        D(2020, 5, 10),
        target,
    )


def test_typing_the_enterprise_name_selects_it(qtbot, staff):
    target = firm("汉江精密机械有限公司")
    dialog = VisitDialog(None, None, TODAY)
    qtbot.addWidget(dialog)
    dialog.enterprise_combo.setEditText("汉江精密机械有限公司")
    assert dialog.enterprise_id() == target


def test_visit_added_from_a_trip_is_linked_to_it(qtbot, staff):
    target = firm("甲公司")
    trip_id = trip([staff], D(2020, 4, 1), D(2020, 4, 3))
    trip_dialog = TripDialog(trip_id, None, TODAY)
    qtbot.addWidget(trip_dialog)
    assert not trip_dialog.visit_button.isHidden()
    assert TripDialog(None, unit_id(), TODAY).visit_button.isHidden()
    dialog = trip_dialog.add_visit()
    qtbot.addWidget(dialog)
    assert dialog.trip_combo.currentData() == trip_id and dialog.people.person_ids() == [staff]
    dialog.enterprise_combo.setCurrentIndex(dialog.enterprise_combo.findData(target))
    dialog.save()
    assert Visit.get().trip_id == trip_id


def test_merge_from_the_registry(qtbot, staff, monkeypatch):
    keep = firm("华鑫科技有限公司", code="91110000600037341L")
    other = firm("华鑫(北京)科技公司")
    visit(other, D(2020, 3, 1), [staff])
    page = EnterprisesPage(TODAY)
    qtbot.addWidget(page)
    page.refresh()
    view = page.registry.list.table
    view.selectAll()
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    dialog = page.registry.merge_selected()
    assert dialog.survivor().id == keep
    dialog.merge()
    assert [r.id for r in enterprise_rows()] == [keep]
    assert visit_rows(VisitFilter(enterprise_id=keep))[0].enterprise == "华鑫科技有限公司"


def test_table_models_pass_the_model_tester(qtmodeltester, demo_db):
    enterprises = EnterpriseTableModel()
    enterprises.set_rows(enterprise_rows())
    qtmodeltester.check(enterprises)
    visits = VisitTableModel()
    visits.set_rows(visit_rows(VisitFilter(year=2020, unit_id=1)))
    qtmodeltester.check(visits)


def test_dashboard_follow_up_opens_a_visit_for_that_enterprise(qtbot, staff, tmp_path):
    target = firm("甲公司")
    visit(target, D(2020, 3, 1), [staff], follow_up_date=D(2020, 3, 20))
    window = MainWindow(tmp_path / "x.db", "1", today=TODAY)
    qtbot.addWidget(window)
    window.show()
    window.nav.setCurrentRow(0)
    assert window.dashboard.follow_table.rowCount() == 1
    window.dashboard.follow_table.cellActivated.emit(0, 0)
    assert window.stack.currentWidget() is window.enterprises
    dialog = window.enterprises.visits.findChild(VisitDialog)
    assert dialog is not None and dialog.enterprise_id() == target


def test_ctrl_n_opens_the_new_record_dialog_of_the_current_tab(qtbot, staff):
    page = EnterprisesPage(TODAY)
    qtbot.addWidget(page)
    page.refresh()
    page._new()
    assert page.registry.findChild(EnterpriseDialog) is not None
    page.tabs.setCurrentWidget(page.visits)
    page._new()
    assert page.visits.findChild(VisitDialog) is not None
