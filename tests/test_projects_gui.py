"""项目与合同 as a clerk uses it: a new project, a formal contract, funds, a stage action, the lists."""

from __future__ import annotations

import openpyxl
import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from models import Contract, FundsEntry, Project
from models.queries.projects import ProjectFilter, project_rows
from models.store.settings import HOME_UNIT_KEY, set_setting
from tests.helpers import D, contract, project, unit_id
from ui.dates import to_qdate
from ui.pages.projects import ProjectsPage
from ui.project_dialog import ProjectDialog
from ui.project_tables import ProjectTableModel

TODAY = D(2020, 6, 30)


@pytest.fixture
def page(qtbot, database):
    set_setting(HOME_UNIT_KEY, "襄州区")
    widget = ProjectsPage(TODAY)
    qtbot.addWidget(widget)
    widget.refresh()
    return widget


def test_new_project_dialog_saves_and_refuses_bad_money(qtbot, page):
    dialog = page.library.open_dialog(None)
    qtbot.addWidget(dialog)
    dialog.name_edit.insert("新能源电池项目")
    dialog.total_edit.insert("5.00001")
    assert not dialog.save_button().isEnabled() and "1 万元" in dialog.error_label.text()
    dialog.total_edit.setText("5.5")
    dialog.lead_date.setDate(to_qdate(D(2020, 2, 1)))
    dialog.needs_land.setChecked(True)
    assert dialog.save_button().isEnabled(), dialog.error_label.text()
    dialog.save()
    saved = Project.get()
    assert (saved.total_investment_wan, saved.stage, saved.needs_land) == (55000, "lead", True)
    assert page.library.list.selected_row().id == saved.id


def test_contract_funds_and_stage_from_the_detail_pane(qtbot, page, monkeypatch):
    p = project("电池项目", D(2020, 1, 5), "10", needs_land=True)
    page.library.reload()
    page.library.list.select_id(p)
    detail = page.library.detail
    form = detail.add_contract()
    qtbot.addWidget(form)
    form.widgets["date"].setDate(to_qdate(D(2020, 3, 1)))
    form.widgets["amount"].setText("8")
    form.save()
    assert Project.get_by_id(p).signed_date == D(2020, 3, 1)
    assert "应于 2020-09-01 前取得土地使用权" in detail.summary.text()
    funds = detail.add_funds()
    qtbot.addWidget(funds)
    funds.widgets["date"].setDate(to_qdate(D(2020, 4, 1)))
    funds.widgets["amount"].setText("2")
    funds.save()
    assert FundsEntry.get().amount_wan == 20000
    assert "资金到位率 25.0%" in detail.summary.text()
    started = detail.stage_action("started")
    qtbot.addWidget(started)
    started.widgets["date"].setDate(to_qdate(D(2020, 2, 1)))
    started.save()
    assert "早于签约日期" in started.error_label.text() and Project.get_by_id(p).stage == "signed"
    started.widgets["date"].setDate(to_qdate(D(2020, 5, 1)))
    started.save()
    assert Project.get_by_id(p).stage == "started"
    row = next(r for r in page.library.list.model.rows() if r.id == p)
    assert (row.contract_wan, row.funds_wan, row.stage) == (80000, 20000, "started")


def test_early_funds_need_a_confirmation(qtbot, page, monkeypatch):
    p = project("电池项目", D(2020, 1, 5), "10")
    page.library.reload()
    page.library.list.select_id(p)
    form = page.library.detail.add_funds()
    qtbot.addWidget(form)
    form.widgets["amount"].setText("1")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.No)
    form.save()
    assert FundsEntry.select().count() == 0
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Yes)
    form.save()
    assert FundsEntry.select().count() == 1


def test_signed_list_exports_to_excel(qtbot, page, tmp_path, monkeypatch):
    p = project("电池项目", D(2020, 1, 5), "10")
    contract(p, "formal", D(2020, 3, 1), "8")
    page.tabs.setCurrentWidget(page.lists)
    page.lists.year_spin.setValue(2020)
    page.lists.show_kind("签约")
    assert [r.name for r in page.lists.rows] == ["电池项目"]
    target = tmp_path / "清单.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    assert page.lists.export() == target
    sheet = openpyxl.load_workbook(target).active
    assert sheet["A1"].value == "2020年签约清单" and sheet["B3"].value == "电池项目"
    assert "<td>电池项目</td>" in page.lists.html()
    assert Contract.select().count() == 1


def test_project_table_model_passes_the_model_tester(qtmodeltester, demo_db):
    model = ProjectTableModel()
    model.set_rows(project_rows(ProjectFilter(unit_id=unit_id())))
    assert model.rowCount() > 5
    qtmodeltester.check(model)


def test_every_projects_tab_opens_on_demo_data(qtbot, demo_db):
    widget = ProjectsPage(D(2020, 7, 10))
    qtbot.addWidget(widget)
    for i in range(widget.tabs.count()):
        widget.tabs.setCurrentIndex(i)
    widget.tabs.setCurrentWidget(widget.meetings)
    widget.meetings.year_spin.setValue(2020)
    assert "保康县" in widget.meetings.flags.text()
    widget.tabs.setCurrentWidget(widget.leads)
    assert widget.leads.list.model.rowCount() > 20


def test_project_dialog_edits_an_existing_project(qtbot, page):
    p = project("电池项目", D(2020, 1, 5), "10")
    dialog = ProjectDialog(p)
    qtbot.addWidget(dialog)
    assert dialog.total_edit.text() == "10.0000"
    dialog.total_edit.setText("12")
    dialog.save()
    assert Project.get_by_id(p).total_investment_wan == 120000


def test_a_meeting_entered_by_mistake_can_be_deleted(qtbot, demo_db, monkeypatch):
    from models import Meeting

    widget = ProjectsPage(D(2020, 7, 10))
    qtbot.addWidget(widget)
    widget.tabs.setCurrentWidget(widget.meetings)
    widget.meetings.year_spin.setValue(2020)
    before = Meeting.select().count()
    widget.meetings.table.selectRow(0)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.No)
    widget.meetings.delete_selected()
    assert Meeting.select().count() == before
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Yes)
    widget.meetings.delete_selected()
    assert Meeting.select().count() == before - 1


def test_dashboard_land_tab_counts_at_once_and_lists_when_opened(qtbot, database):
    from ui.pages.dashboard import DashboardPage

    set_setting(HOME_UNIT_KEY, "襄州区")
    late = project("逾期项目", D(2019, 1, 5), "10", needs_land=True)
    contract(late, "formal", D(2019, 3, 1), "8")
    soon = project("将到期项目", D(2020, 1, 5), "10", needs_land=True)
    contract(soon, "formal", D(2020, 1, 20), "8")
    dashboard = DashboardPage(D(2020, 7, 10))
    qtbot.addWidget(dashboard)
    dashboard.refresh()
    assert dashboard.reminders.tabText(dashboard.LAND_TAB) == "供地期限（2）"
    assert dashboard.land_table.rowCount() == 0  # listed when the tab is opened
    dashboard.reminders.setCurrentIndex(dashboard.LAND_TAB)
    cells = [
        [dashboard.land_table.item(r, c).text() for c in (0, 2)]
        for r in range(dashboard.land_table.rowCount())
    ]
    assert cells == [["已逾期", "逾期项目"], ["10 天后到期", "将到期项目"]]
    opened = []
    dashboard.open_project.connect(opened.append)
    dashboard.land_table.cellActivated.emit(1, 0)
    assert opened == [soon]
