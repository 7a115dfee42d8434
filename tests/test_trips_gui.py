"""The 外出招商 page as a clerk uses it: fill the dialog, see the trip, be stopped by bad input."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from models import Trip
from models.store.quotas import QuotaInput
from models.store.settings import HOME_UNIT_KEY, set_setting
from reports.compliance import month_compliance
from tests.helpers import D, person, trip, unit_id
from ui.dates import to_qdate
from ui.main_window import MainWindow
from ui.pages.dashboard import DashboardPage
from ui.pages.trips import TripsPage
from ui.person_dialog import PersonDialog
from ui.quota_panel import QuotaPanel
from ui.trip_dialog import TripDialog
from ui.trip_table import TripTableModel

TODAY = D(2020, 4, 20)


@pytest.fixture
def people(database):
    set_setting(HOME_UNIT_KEY, "襄州区")
    return {
        "张三": person("张三", ("deputy", D(2019, 1, 1))),
        "李四": person("李四", ("staff", D(2019, 1, 1))),
    }


def check_person(dialog: TripDialog, name: str) -> None:
    for i in range(dialog.people_list.count()):
        item = dialog.people_list.item(i)
        if item.text().startswith(name):
            item.setCheckState(Qt.Checked)
            return
    raise AssertionError(name)


def save_button(dialog):
    return dialog.buttons.button(QDialogButtonBox.Save)


def test_fill_the_dialog_save_and_see_it_in_the_table(qtbot, people):
    page = TripsPage(TODAY)
    qtbot.addWidget(page)
    page.refresh()
    dialog = page.open_dialog(None)
    qtbot.addWidget(dialog)
    assert not save_button(dialog).isEnabled()
    assert "参加人员" in dialog.error_label.text()
    check_person(dialog, "张三")
    dialog.start_edit.setDate(to_qdate(D(2020, 3, 30)))
    dialog.end_edit.setDate(to_qdate(D(2020, 4, 2)))
    # QTest types ASCII only; Chinese arrives through the input method, i.e. as inserted text.
    dialog.city_edit.insert("深圳")
    dialog.region_combo.setCurrentIndex(dialog.region_combo.findData("gba"))
    dialog.purpose_edit.insert("参加粤港澳大湾区招商推介会")
    assert dialog.days_label.text() == "共 4 天"
    assert save_button(dialog).isEnabled(), dialog.error_label.text()
    qtbot.mouseClick(save_button(dialog), Qt.LeftButton)
    assert Trip.select().count() == 1
    page.year_filter.setCurrentIndex(page.year_filter.findData(2020))
    rows = page.model.rows()
    assert [(r.participants, r.days, r.dest_city) for r in rows] == [("张三", 4, "深圳")]
    assert page.selected_trip_id() == rows[0].id


def test_bad_dates_keep_save_disabled_and_show_the_reason(qtbot, people):
    dialog = TripDialog(None, unit_id(), TODAY)
    qtbot.addWidget(dialog)
    check_person(dialog, "张三")
    dialog.city_edit.setText("上海")
    dialog.end_edit.setFocus()
    dialog.start_edit.setDate(to_qdate(D(2020, 4, 5)))
    dialog.end_edit.setDate(to_qdate(D(2020, 4, 1)))
    assert not save_button(dialog).isEnabled()
    assert "结束日期：早于开始日期" in dialog.error_label.text()
    dialog.save()
    assert Trip.select().count() == 0


def test_overlap_is_shown_in_the_dialog(qtbot, people):
    trip([people["张三"]], D(2020, 4, 1), D(2020, 4, 3), city="北京", region="jjj")
    dialog = TripDialog(None, unit_id(), TODAY)
    qtbot.addWidget(dialog)
    check_person(dialog, "张三")
    dialog.city_edit.setText("上海")
    dialog.start_edit.setDate(to_qdate(D(2020, 4, 3)))
    dialog.end_edit.setDate(to_qdate(D(2020, 4, 4)))
    assert not save_button(dialog).isEnabled()
    assert "北京" in dialog.error_label.text() and "重叠 1 天" in dialog.error_label.text()


def test_people_filter_accepts_pinyin_initials(qtbot, people):
    dialog = TripDialog(None, unit_id(), TODAY)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.people_filter, "zs")
    visible = [
        dialog.people_list.item(i).text()
        for i in range(dialog.people_list.count())
        if not dialog.people_list.item(i).isHidden()
    ]
    assert len(visible) == 1 and visible[0].startswith("张三")


def test_editing_loads_the_trip_and_saves_changes(qtbot, people):
    trip_id = trip([people["张三"]], D(2020, 4, 1), D(2020, 4, 3), purpose="旧事由")
    dialog = TripDialog(trip_id, None, TODAY)
    qtbot.addWidget(dialog)
    assert dialog.purpose_edit.text() == "旧事由" and dialog.person_ids() == [people["张三"]]
    dialog.purpose_edit.setText("新事由")
    dialog.save()
    assert Trip.get_by_id(trip_id).purpose == "新事由"


def test_delete_asks_first(qtbot, people, monkeypatch):
    trip([people["张三"]], D(2020, 4, 1), D(2020, 4, 3))
    page = TripsPage(TODAY)
    qtbot.addWidget(page)
    page.refresh()
    page.table.selectRow(0)
    asked = []

    def answer(reply):
        def question(parent, title, text, *args):
            asked.append(text)
            return reply

        return question

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.No))
    page.delete_selected()
    assert Trip.select().count() == 1 and "张三" in asked[0]
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.Yes))
    page.delete_selected()
    assert Trip.select().count() == 0 and page.model.rowCount() == 0


def test_search_box_finds_by_pinyin_initials(qtbot, people):
    trip([people["张三"]], D(2020, 4, 1), D(2020, 4, 3))
    trip([people["李四"]], D(2020, 4, 1), D(2020, 4, 3), city="上海", region="yrd")
    page = TripsPage(TODAY)
    qtbot.addWidget(page)
    page.refresh()
    assert page.model.rowCount() == 2
    qtbot.keyClicks(page.search, "zs")
    assert page.model.rowCount() == 2  # typing: the query waits for a pause
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=2000)
    assert "1 次行程" in page.count_label.text()


def test_trip_table_model_passes_the_model_tester(qtmodeltester, demo_db):
    from models.queries.trips import TripFilter, trip_rows

    model = TripTableModel()
    model.set_rows(trip_rows(TripFilter(year=2020, month=4)))
    assert model.rowCount() > 10
    qtmodeltester.check(model)


def test_month_view_shows_the_same_numbers_as_the_report(qtbot, people):
    trip([people["张三"]], D(2020, 4, 1), D(2020, 4, 3))
    page = TripsPage(TODAY)
    qtbot.addWidget(page)
    page.refresh()
    page.show_month(2020, 4)
    view = page.compliance
    expected = month_compliance(2020, 4, as_of=TODAY)
    assert view.table.rowCount() == len(expected) == 1
    cells = [view.table.item(0, c).text() for c in range(view.table.columnCount())]
    assert (
        cells[1] == "张三"
        and cells[3] == "3"
        and cells[6] == "进行中-有风险"
        and "还需 7 天" in cells[7]
    )


def test_dashboard_alert_opens_the_month_view(qtbot, people, tmp_path):
    trip([people["张三"]], D(2020, 4, 1), D(2020, 4, 3))
    window = MainWindow(tmp_path / "x.db", "1", today=TODAY)
    qtbot.addWidget(window)
    window.show()
    window.nav.setCurrentRow(0)
    dashboard = window.findChild(DashboardPage)
    assert dashboard.alert_table.rowCount() >= 1
    assert dashboard.alert_table.item(0, 2).text() == "张三"
    dashboard.alert_table.cellActivated.emit(0, 0)
    assert window.stack.currentWidget() is window.trips
    assert window.trips.tabs.currentWidget() is window.trips.compliance
    assert window.trips.compliance.month_combo.currentData() == 4


def test_person_dialog_refuses_overlapping_roles(qtbot, people):
    dialog = PersonDialog(people["张三"])
    qtbot.addWidget(dialog)
    assert save_button(dialog).isEnabled()
    from models.store.people import RoleInput

    dialog._add_role_row(RoleInput("principal", D(2020, 1, 1)))
    assert not save_button(dialog).isEnabled()
    assert "重叠" in dialog.error_label.text()


def test_quota_panel_saves_the_rules_of_a_year(qtbot, database, monkeypatch):
    asked = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.Yes
    )
    panel = QuotaPanel(D(2021, 5, 1))
    qtbot.addWidget(panel)
    panel.year_spin.setValue(2021)
    panel.refresh()
    assert "沿用 2020" in panel.source_label.text()
    days, _trips, _pooled = panel.widgets["principal"]
    assert days.value() == 7
    days.setValue(8)
    panel.save()
    assert "重新计算" in asked[0]
    from models.queries.overview import quota_rules

    rules = {r.role: r for r in quota_rules(2021)}
    assert rules["principal"].min_days == 8 and rules["principal"].year == 2021
    assert {r.role: r.min_days for r in quota_rules(2020)}["principal"] == 7
    assert QuotaInput  # the panel writes through models.store.quotas
