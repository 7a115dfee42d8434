"""外出招商: the trips list with filters and the month compliance view."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from models.queries.overview import units
from models.queries.trips import TripFilter, TripListing, trip_list_years
from models.store.settings import home_unit
from models.store.trips import delete_trip, describe_deletion
from models.vocab import REGIONS
from ui.changes import PEOPLE, TRIPS, Changes
from ui.compliance_view import ComplianceView
from ui.form_dialog import ask_delete, refused
from ui.paged_table import PagedTableModel
from ui.pages.base import Page, heading
from ui.record_list import RecordList
from ui.trip_dialog import TripDialog
from ui.trip_table import TripTableModel
from ui.vocab_text import items


class TripsPage(Page):
    """外出招商: 行程 (list, add, edit, delete) and 月度达标 (compliance by month)."""

    def __init__(self, today: dt.date | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.today = today or dt.date.today()
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("外出招商")))
        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_list(), self.tr("行程(&L)"))
        self.compliance = ComplianceView(self.today)
        self.tabs.addTab(self.compliance, self.tr("月度达标(&M)"))
        self.tabs.currentChanged.connect(lambda _i: self.show_current())
        layout.addWidget(self.tabs)
        self._loaded = False

    # -- the list tab -----------------------------------------------------------------------------
    def _build_list(self) -> QWidget:
        self.list = RecordList(
            PagedTableModel(TripTableModel.COLUMNS, TripListing, self),
            "trips",
            self.tr("搜索人员（可用拼音首字母，如 zs）、目的地、事由"),
            self.tr("新增行程(&N)"),
            widths={"participants": 160, "dest_city": 80, "region": 120, "purpose": 260},
            sort=("start_date", Qt.DescendingOrder),
        )
        self.list.shows = frozenset({TRIPS, PEOPLE})
        # The names tests and other pages use for the list's parts.
        self.table, self.model = self.list.table, self.list.model
        self.search, self.count_label = self.list.search, self.list.count_label
        self.unit_filter = QComboBox()
        self.year_filter = QComboBox()
        self.month_filter = QComboBox()
        self.region_filter = QComboBox()
        for label, widget in (
            (self.tr("单位："), self.unit_filter),
            (self.tr("年份："), self.year_filter),
            (self.tr("月份："), self.month_filter),
            (self.tr("区域："), self.region_filter),
        ):
            self.list.add_filter(label, widget)
        self.list.finish_filters()
        self.list.count_text = self._count_text
        self.list.add_requested.connect(self.add_trip)
        self.list.edit_requested.connect(lambda row: self.open_dialog(row.id))
        self.list.delete_requested.connect(lambda _row: self.delete_selected())
        QShortcut(QKeySequence.New, self, activated=self.add_trip)
        QShortcut(QKeySequence.Find, self, activated=self._focus_search)
        return self.list

    def _fill_filters(self) -> None:
        """Unit, year, month and region choices; defaults: home unit and the latest year with trips."""
        for combo in (self.unit_filter, self.year_filter, self.month_filter, self.region_filter):
            combo.blockSignals(True)
            combo.clear()
        self.unit_filter.addItem(self.tr("全部单位"), None)
        for unit in units():
            self.unit_filter.addItem(unit.name, unit.id)
        home = home_unit()
        self.unit_filter.setCurrentIndex(
            max(0, self.unit_filter.findData(home.id if home else None))
        )
        have = trip_list_years()
        years = sorted(set(have) | {self.today.year}, reverse=True)
        self.year_filter.addItem(self.tr("全部年份"), None)
        for year in years:
            self.year_filter.addItem(str(year), year)
        with_data = [y for y in have if y <= self.today.year]
        default_year = with_data[0] if with_data else self.today.year
        self.year_filter.setCurrentIndex(self.year_filter.findData(default_year))
        self.month_filter.addItem(self.tr("全年"), None)
        for m in range(1, 13):
            self.month_filter.addItem(self.tr("{0} 月").format(m), m)
        self.region_filter.addItem(self.tr("全部区域"), None)
        for key, name in items(REGIONS):
            self.region_filter.addItem(name, key)
        for combo in (self.unit_filter, self.year_filter, self.month_filter, self.region_filter):
            combo.blockSignals(False)
            combo.currentIndexChanged.connect(self.reload)

    def _add_missing_years(self) -> None:
        """Years that got their first trip since the list was filled become choosable."""
        present = {self.year_filter.itemData(i) for i in range(self.year_filter.count())}
        for year in trip_list_years():
            if year not in present:
                position = next(
                    (
                        i
                        for i in range(1, self.year_filter.count())
                        if self.year_filter.itemData(i) < year
                    ),
                    self.year_filter.count(),
                )
                self.year_filter.insertItem(position, str(year), year)

    def current_filter(self) -> TripFilter:
        year = self.year_filter.currentData()
        return TripFilter(
            unit_id=self.unit_filter.currentData(),
            year=year,
            month=self.month_filter.currentData() if year else None,
            region=self.region_filter.currentData(),
        )

    def reload(self) -> None:
        """Count the trips matching the filters and the search box; rows load as they are shown."""
        self.month_filter.setEnabled(self.year_filter.currentData() is not None)
        self.list.set_filter(self.current_filter())

    def reload_view(self, view: QWidget) -> None:
        if view is self.compliance:
            self.compliance.refresh()
            return
        if not self._loaded:
            self._fill_filters()
            self._loaded = True
        else:
            self._add_missing_years()
        self.reload()

    def _focus_search(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.list.focus_search()

    def _count_text(self, summary) -> str:
        """Trips shown and their days inside the chosen year or month (as the month view counts them)."""
        trips, days = summary if len(summary) == 2 else (0, 0)
        return self.tr("共 {0} 次行程，期间内 {1} 天").format(trips, days)

    def selected_trip_id(self) -> int | None:
        row = self.list.selected_row()
        return row.id if row else None

    def select_trip(self, trip_id: int) -> bool:
        return self.list.select_id(trip_id)

    def add_trip(self) -> None:
        self.open_dialog(None)

    def open_dialog(self, trip_id: int | None) -> TripDialog:
        unit_id = self.unit_filter.currentData() or (home_unit().id if home_unit() else None)
        dialog = TripDialog(trip_id, unit_id, self.today, self)
        dialog.saved.connect(self._saved)
        dialog.open()
        return dialog

    def _saved(self, trip_id: int) -> None:
        self._add_missing_years()
        self.reload()
        if not self.select_trip(trip_id):
            # The saved trip is outside the current filters: say so rather than seem to lose it.
            self.count_label.setText(self.tr("已保存（不在当前筛选范围内）"))

    def delete_selected(self) -> None:
        trip_id = self.selected_trip_id()
        if trip_id is None:
            return
        if not ask_delete(
            self,
            self.tr("删除行程"),
            self.tr("确定删除这次外出行程吗？\n\n{0}").format(describe_deletion(trip_id)),
        ):
            return
        refused(self, self.tr("删除行程"), lambda: delete_trip(trip_id), Changes.of(TRIPS))
        self.reload()

    def show_month(self, year: int, month_no: int, unit_id: int | None = None) -> None:
        self.tabs.setCurrentWidget(self.compliance)
        self.compliance.show_month(year, month_no, unit_id)
