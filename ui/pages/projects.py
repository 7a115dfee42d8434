"""项目与合同: the project library, the four lists, leads, the problem ledger and meetings."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QWidget

from ui.pages.base import TabbedPage
from ui.project_ledgers import LeadsTab, MeetingsTab, ProblemsTab
from ui.project_list_tab import ProjectListTab
from ui.project_lists_view import ProjectListsView


class ProjectsPage(TabbedPage):
    """Each tab loads when shown."""

    def __init__(self, today: dt.date | None = None, parent: QWidget | None = None):
        super().__init__(self.tr("项目与合同"), parent)
        self.today = today or dt.date.today()
        self.library = ProjectListTab(self.today)
        self.lists = ProjectListsView(self.today)
        self.leads = LeadsTab(self.today)
        self.problems = ProblemsTab(self.today)
        self.meetings = MeetingsTab(self.today)
        self.add_tabs(
            [
                (self.library, self.tr("项目库(&K)")),
                (self.lists, self.tr("四张清单(&L)")),
                (self.leads, self.tr("项目信息(&I)")),
                (self.problems, self.tr("问题台账(&W)")),
                (self.meetings, self.tr("调度会(&H)")),
            ]
        )

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
