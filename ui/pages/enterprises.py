"""企业与拜访: the enterprise registry, the visits, and progress towards the key-enterprise target."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QWidget

from models.store.visits import VisitInput
from ui.enterprise_list import EnterpriseListTab
from ui.pages.base import TabbedPage
from ui.visit_list import VisitListTab
from ui.visit_progress_view import VisitProgressView


class EnterprisesPage(TabbedPage):
    """企业库, 拜访记录 and 拜访进度 tabs; each loads when shown."""

    def __init__(self, today: dt.date | None = None, parent: QWidget | None = None):
        super().__init__(self.tr("企业与拜访"), parent)
        self.today = today or dt.date.today()
        self.registry = EnterpriseListTab()
        self.visits = VisitListTab(self.today)
        self.progress = VisitProgressView(self.today)
        self.add_tabs(
            [
                (self.registry, self.tr("企业库(&K)")),
                (self.visits, self.tr("拜访记录(&V)")),
                (self.progress, self.tr("重点企业拜访进度(&G)")),
            ]
        )

    def add_visit(self, preset: VisitInput) -> None:
        """Open the visit dialog prefilled (from a trip or a follow-up reminder)."""
        self.tabs.setCurrentWidget(self.visits)
        self.visits.open_dialog(None, preset)
