"""The main window: navigation on the left, one page at a time, state remembered between runs."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, QSize, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QListWidget, QMainWindow, QSplitter, QStackedWidget, QWidget

from models.db.location import shown
from ui.about import show_about
from ui.changes import Changes
from ui.pages.base import Page

DASHBOARD, TRIPS, ENTERPRISES, PROJECTS, REPORTS, SETTINGS = range(6)


class MainWindow(QMainWindow):
    """招商引资工作台: each page its own module; the window only switches between them, and passes
    on what changed (data_changed) so that a page reloads only when data it shows changed."""

    data_changed = Signal(object, object)  # Changes, the widget the change came from

    def __init__(self, db_path: Path, version: str, today: dt.date | None = None):
        super().__init__()
        self.db_path = db_path
        self.version = version
        from models.store.users import session

        user = session()
        self.setWindowTitle(
            self.tr("招商引资工作台")
            if user.username is None
            else self.tr("招商引资工作台 — {0}（{1}）").format(user.username, user.role_name)
        )
        self.today = today
        self.page_titles = [
            self.tr("工作台"),
            self.tr("外出招商"),
            self.tr("企业与拜访"),
            self.tr("项目与合同"),
            self.tr("报表"),
            self.tr("设置"),
        ]
        self._built: dict[int, Page] = {}
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setMinimumWidth(140)
        self.nav.setStyleSheet(
            "QListWidget#navigation { font-size: 11pt; }"
            "QListWidget#navigation::item { padding: 9px 12px; }"
        )
        self.stack = QStackedWidget()
        for title in self.page_titles:  # each page is built when first shown
            self.nav.addItem(title)
            self.stack.addWidget(QWidget())
        # Wide enough for the longest page name in the interface language.
        self.nav.setMinimumWidth(max(140, self.nav.sizeHintForColumn(0) + 36))
        self.nav.currentRowChanged.connect(self._show_page)

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

    # -- pages, built on first use: start-up pays only for the page it opens on ----------------
    def page(self, row: int) -> Page:
        """The page in this row of the navigation, built now if it has not been yet."""
        if row not in self._built:
            page = self._build_page(row)
            placeholder = self.stack.widget(row)
            self.stack.insertWidget(row, page)
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
            self._built[row] = page
            self.data_changed.connect(page.on_data_changed)
        return self._built[row]

    def _build_page(self, row: int) -> Page:
        today = self.today
        if row == DASHBOARD:
            from ui.pages.dashboard import DashboardPage

            page = DashboardPage(today)
            page.open_month.connect(self._open_compliance)
            page.follow_up.connect(self._follow_up)
            page.open_project.connect(self._open_project)
            page.open_leads.connect(self._open_leads)
        elif row == TRIPS:
            from ui.pages.trips import TripsPage

            page = TripsPage(today)
        elif row == ENTERPRISES:
            from ui.pages.enterprises import EnterprisesPage

            page = EnterprisesPage(today)
        elif row == PROJECTS:
            from ui.pages.projects import ProjectsPage

            page = ProjectsPage(today)
        elif row == REPORTS:
            from ui.pages.reports import ReportsPage

            page = ReportsPage(today)
        else:
            from ui.pages.settings import SettingsPage

            page = SettingsPage(today, db_path=self.db_path)
        return page

    @property
    def pages(self) -> list[tuple[str, Page]]:
        """Every page with its title (builds those not yet built)."""
        return [(title, self.page(row)) for row, title in enumerate(self.page_titles)]

    @property
    def dashboard(self):
        return self.page(DASHBOARD)

    @property
    def trips(self):
        return self.page(TRIPS)

    @property
    def enterprises(self):
        return self.page(ENTERPRISES)

    @property
    def projects(self):
        return self.page(PROJECTS)

    @property
    def settings(self):
        return self.page(SETTINGS)

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
        for i, title in enumerate(self.page_titles):
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
        self.nav.setCurrentRow(SETTINGS)
        self.settings.tabs.setCurrentWidget(self.settings.backups)
        self.settings.backups.refresh()

    def open_ledger_settings(self) -> None:
        self.nav.setCurrentRow(SETTINGS)
        self.settings.tabs.setCurrentWidget(self.settings.ledgers)

    def _show_page(self, row: int) -> None:
        if row < 0:
            return
        page = self.page(row)
        self.stack.setCurrentIndex(row)
        page.show_current()

    def show_page(self, title: str) -> None:
        """Switch to a page by its navigation title (used by links between pages)."""
        for row, name in enumerate(self.page_titles):
            if name == title:
                self.nav.setCurrentRow(row)
                return

    def _open_compliance(self, year: int, month_no: int, unit_id) -> None:
        self.nav.setCurrentRow(TRIPS)
        self.trips.show_month(year, month_no, unit_id)

    def _follow_up(self, visit) -> None:
        """A due follow-up: open a new visit to the same enterprise by the same unit."""
        from models.store.visits import VisitInput

        self.nav.setCurrentRow(ENTERPRISES)
        today = self.enterprises.today
        self.enterprises.add_visit(VisitInput(today, visit.enterprise_id, visit.unit_id))

    def _open_project(self, project_id: int) -> None:
        self.nav.setCurrentRow(PROJECTS)
        self.projects.show_project(project_id)

    def _open_leads(self) -> None:
        self.nav.setCurrentRow(PROJECTS)
        self.projects.tabs.setCurrentWidget(self.projects.leads)

    def refresh_current(self) -> None:
        """视图 → 刷新: reload what is on screen (also shows what another PC changed)."""
        self.page(self.stack.currentIndex()).refresh()

    def announce(self, changes: Changes, origin: QObject | None = None) -> None:
        """A save, delete, import or restore made in this window: pages showing it reload."""
        if changes:
            self.data_changed.emit(changes, origin)

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
        self.nav.setCurrentRow(row if 0 <= row < len(self.page_titles) else 0)

    def closeEvent(self, event) -> None:
        settings = QSettings()
        settings.setValue("main/geometry", self.saveGeometry())
        settings.setValue("main/splitter", self.splitter.saveState())
        settings.setValue("main/page", self.nav.currentRow())
        super().closeEvent(event)
