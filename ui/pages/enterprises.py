"""企业与拜访: the enterprise registry, the visits, and progress towards the key-enterprise target."""

from __future__ import annotations

import datetime as dt

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from models.visit_store import VisitInput
from ui.enterprise_list import EnterpriseListTab
from ui.pages.base import Page, heading
from ui.visit_list import VisitListTab
from ui.visit_progress_view import VisitProgressView


class EnterprisesPage(Page):
    """企业库, 拜访记录 and 拜访进度 tabs; each loads when shown."""

    def __init__(self, today: dt.date | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.today = today or dt.date.today()
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("企业与拜访")))
        self.tabs = QTabWidget()
        self.registry = EnterpriseListTab()
        self.visits = VisitListTab(self.today)
        self.progress = VisitProgressView(self.today)
        self.tabs.addTab(self.registry, self.tr("企业库(&K)"))
        self.tabs.addTab(self.visits, self.tr("拜访记录(&V)"))
        self.tabs.addTab(self.progress, self.tr("重点企业拜访进度(&G)"))
        self.tabs.currentChanged.connect(lambda _i: self.refresh())
        layout.addWidget(self.tabs)
        QShortcut(QKeySequence.New, self, activated=self._new)
        QShortcut(QKeySequence.Find, self, activated=self._find)

    def refresh(self) -> None:
        self.tabs.currentWidget().refresh()

    def _new(self) -> None:
        current = self.tabs.currentWidget()
        if current is self.registry:
            self.registry.open_dialog(None)
        elif current is self.visits:
            self.visits.open_dialog(None)

    def _find(self) -> None:
        current = self.tabs.currentWidget()
        if current in (self.registry, self.visits):
            current.list.focus_search()

    def add_visit(self, preset: VisitInput) -> None:
        """Open the visit dialog prefilled (from a trip or a follow-up reminder)."""
        self.tabs.setCurrentWidget(self.visits)
        self.visits.open_dialog(None, preset)
