"""项目与合同: the project library, the four lists, leads, the problem ledger and meetings."""

from __future__ import annotations

import datetime as dt

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from ui.pages.base import Page, heading
from ui.project_ledgers import LeadsTab, MeetingsTab, ProblemsTab
from ui.project_list_tab import ProjectListTab
from ui.project_lists_view import ProjectListsView


class ProjectsPage(Page):
    """Each tab loads when shown."""

    def __init__(self, today: dt.date | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.today = today or dt.date.today()
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("项目与合同")))
        self.tabs = QTabWidget()
        self.library = ProjectListTab(self.today)
        self.lists = ProjectListsView(self.today)
        self.leads = LeadsTab(self.today)
        self.problems = ProblemsTab(self.today)
        self.meetings = MeetingsTab(self.today)
        for widget, title in (
            (self.library, self.tr("项目库(&K)")),
            (self.lists, self.tr("四张清单(&L)")),
            (self.leads, self.tr("项目信息(&I)")),
            (self.problems, self.tr("问题台账(&W)")),
            (self.meetings, self.tr("调度会(&H)")),
        ):
            self.tabs.addTab(widget, title)
        self.tabs.currentChanged.connect(lambda _i: self.refresh())
        layout.addWidget(self.tabs)
        QShortcut(QKeySequence.New, self, activated=self._new)
        QShortcut(QKeySequence.Find, self, activated=self._find)

    def refresh(self) -> None:
        self.tabs.currentWidget().refresh()

    def _new(self) -> None:
        if self.tabs.currentWidget() is self.library:
            self.library.open_dialog(None)
        elif self.tabs.currentWidget() is self.leads:
            self.leads.open_form(None)

    def _find(self) -> None:
        current = self.tabs.currentWidget()
        if current in (self.library, self.leads):
            current.list.focus_search()

    def show_project(self, project_id: int) -> None:
        """Open the library on one project (the dashboard's land warnings link here)."""
        self.tabs.setCurrentWidget(self.library)
        lib = self.library
        if not lib.list.select_id(project_id):
            for combo in (
                lib.unit_filter,
                lib.stage_filter,
                lib.industry_filter,
                lib.flag_filter,
                lib.year_filter,
            ):
                combo.setCurrentIndex(0)
            lib.list.search.clear()
            lib.list.select_id(project_id)
