"""The main window: navigation on the left, one page at a time, state remembered between runs."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QSettings, QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QListWidget, QMainWindow, QSplitter, QStackedWidget

from models.location import shown
from ui.about import show_about
from ui.pages.base import Page
from ui.pages.dashboard import DashboardPage
from ui.pages.enterprises import EnterprisesPage
from ui.pages.projects import ProjectsPage
from ui.pages.reports import ReportsPage
from ui.pages.settings import SettingsPage
from ui.pages.trips import TripsPage


class MainWindow(QMainWindow):
    """招商引资工作台: each page its own module; the window only switches between them."""

    def __init__(self, db_path: Path, version: str, today: dt.date | None = None):
        super().__init__()
        self.db_path = db_path
        self.version = version
        from models.users import session

        user = session()
        self.setWindowTitle(
            self.tr("招商引资工作台")
            if user.username is None
            else self.tr("招商引资工作台 — {0}（{1}）").format(user.username, user.role_name)
        )
        self.dashboard = DashboardPage(today)
        self.trips = TripsPage(today)
        self.enterprises = EnterprisesPage(today)
        self.projects = ProjectsPage(today)
        self.settings = SettingsPage(today, db_path=db_path)
        self.settings.ledgers.imported.connect(self.refresh_current)
        self.settings.backups.restored.connect(self.refresh_current)
        self.settings.trash.changed.connect(self.refresh_current)
        self.pages: list[tuple[str, Page]] = [
            (self.tr("工作台"), self.dashboard),
            (self.tr("外出招商"), self.trips),
            (self.tr("企业与拜访"), self.enterprises),
            (self.tr("项目与合同"), self.projects),
            (self.tr("报表"), ReportsPage(today)),
            (self.tr("设置"), self.settings),
        ]
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setMinimumWidth(140)
        self.nav.setStyleSheet(
            "QListWidget#navigation { font-size: 11pt; }"
            "QListWidget#navigation::item { padding: 9px 12px; }"
        )
        self.stack = QStackedWidget()
        for title, page in self.pages:
            self.nav.addItem(title)
            self.stack.addWidget(page)
        # Wide enough for the longest page name in the interface language.
        self.nav.setMinimumWidth(max(140, self.nav.sizeHintForColumn(0) + 36))
        self.nav.currentRowChanged.connect(self._show_page)
        self.dashboard.open_month.connect(self._open_compliance)
        self.dashboard.follow_up.connect(self._follow_up)
        self.dashboard.open_project.connect(self._open_project)
        self.dashboard.open_leads.connect(self._open_leads)

        splitter = QSplitter()
        splitter.addWidget(self.nav)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        self.splitter = splitter
        self.setCentralWidget(splitter)

        self._build_menus()
        if not user.can_write:
            self.statusBar().addPermanentWidget(
                QLabel(self.tr("只读用户：可以查看和导出，不能修改数据"))
            )
        path_label = QLabel(self.tr("数据库：{0}").format(shown(db_path)))
        path_label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.statusBar().addPermanentWidget(path_label)
        self._restore_state()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("文件(&F)"))
        for text, shortcut, slot in (
            (self.tr("导入 Excel 台账(&I)…"), "Ctrl+I", lambda: self.open_import(False)),
            (self.tr("导入多个单位数据(&M)…"), None, lambda: self.open_import(True)),
            (self.tr("导出数据与下载模板(&E)…"), None, self.open_ledger_settings),
        ):
            action = QAction(text, self)
            if shortcut:
                action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(slot)
            file_menu.addAction(action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("退出(&X)"), self)
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        view_menu = self.menuBar().addMenu(self.tr("视图(&V)"))
        refresh = QAction(self.tr("刷新(&R)"), self)
        refresh.setShortcut(QKeySequence.Refresh)
        refresh.triggered.connect(self.refresh_current)
        view_menu.addAction(refresh)
        view_menu.addSeparator()
        for i, (title, _page) in enumerate(self.pages):
            action = QAction(title, self)
            action.setShortcut(f"Ctrl+{i + 1}")
            action.triggered.connect(lambda _=False, row=i: self.nav.setCurrentRow(row))
            view_menu.addAction(action)

        help_menu = self.menuBar().addMenu(self.tr("帮助(&H)"))
        about = QAction(self.tr("关于招商引资工作台(&A)"), self)
        about.triggered.connect(lambda: show_about(self, self.version, self.db_path))
        help_menu.addAction(about)

    def open_import(self, multi: bool) -> None:
        self.settings.ledgers.open_import(multi)

    def open_backups(self) -> None:
        self.show_page(self.tr("设置"))
        self.settings.tabs.setCurrentWidget(self.settings.backups)
        self.settings.backups.refresh()

    def open_ledger_settings(self) -> None:
        self.show_page(self.tr("设置"))
        self.settings.tabs.setCurrentWidget(self.settings.ledgers)

    def _show_page(self, row: int) -> None:
        if row < 0:
            return
        self.stack.setCurrentIndex(row)
        self.pages[row][1].refresh()

    def show_page(self, title: str) -> None:
        """Switch to a page by its navigation title (used by links between pages)."""
        for row, (name, _page) in enumerate(self.pages):
            if name == title:
                self.nav.setCurrentRow(row)
                return

    def _open_compliance(self, year: int, month_no: int, unit_id) -> None:
        self.nav.setCurrentRow(self.stack.indexOf(self.trips))
        self.trips.show_month(year, month_no, unit_id)

    def _follow_up(self, visit) -> None:
        """A due follow-up: open a new visit to the same enterprise by the same unit."""
        from models.visit_store import VisitInput

        self.nav.setCurrentRow(self.stack.indexOf(self.enterprises))
        today = self.enterprises.today
        self.enterprises.add_visit(VisitInput(today, visit.enterprise_id, visit.unit_id))

    def _open_project(self, project_id: int) -> None:
        self.nav.setCurrentRow(self.stack.indexOf(self.projects))
        self.projects.show_project(project_id)

    def _open_leads(self) -> None:
        self.nav.setCurrentRow(self.stack.indexOf(self.projects))
        self.projects.tabs.setCurrentWidget(self.projects.leads)

    def refresh_current(self) -> None:
        self.pages[self.stack.currentIndex()][1].refresh()

    # -- remembered UI state (geometry and last page only; data lives in the database) --------
    def _restore_state(self) -> None:
        settings = QSettings()
        geometry = settings.value("main/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(QSize(1200, 780))
        splitter = settings.value("main/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        else:
            self.splitter.setSizes([160, 1040])
        row = settings.value("main/page", 0, type=int)
        self.nav.setCurrentRow(row if 0 <= row < len(self.pages) else 0)

    def closeEvent(self, event) -> None:
        settings = QSettings()
        settings.setValue("main/geometry", self.saveGeometry())
        settings.setValue("main/splitter", self.splitter.saveState())
        settings.setValue("main/page", self.nav.currentRow())
        super().closeEvent(event)
