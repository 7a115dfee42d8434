"""拜访记录 tab: visits by unit, year and form; add, edit, delete."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QComboBox, QVBoxLayout, QWidget

from models.queries.overview import units
from models.queries.visits import VisitFilter, VisitListing, visit_list_years
from models.store.settings import home_unit
from models.store.visits import VisitInput, delete_visit
from models.vocab import VISIT_FORMS
from ui.changes import ENTERPRISES, PEOPLE, TRIPS, VISITS, Changes
from ui.enterprise_tables import VisitTableModel
from ui.form_dialog import ask_delete, refused
from ui.paged_table import PagedTableModel
from ui.record_list import RecordList
from ui.visit_dialog import VisitDialog
from ui.vocab_text import items


class VisitListTab(QWidget):
    """All visits, newest first, narrowed by unit, year and form, searchable by enterprise or person."""

    shows = frozenset({VISITS, ENTERPRISES, PEOPLE, TRIPS})

    def __init__(self, today: dt.date, parent: QWidget | None = None):
        super().__init__(parent)
        self.today = today
        self.list = RecordList(
            PagedTableModel(VisitTableModel.COLUMNS, VisitListing, self),
            "visits",
            self.tr("搜索企业、拜访人员（可用拼音首字母）、洽谈内容"),
            self.tr("新增拜访(&N)"),
            widths={"date": 100, "enterprise": 260, "people": 140, "content": 280, "outcome": 160},
        )
        self.unit_filter = QComboBox()
        self.year_filter = QComboBox()
        self.form_filter = QComboBox()
        self.form_filter.addItem(self.tr("全部方式"), None)
        for key, name in items(VISIT_FORMS):
            self.form_filter.addItem(name, key)
        self.list.add_filter(self.tr("单位："), self.unit_filter)
        self.list.add_filter(self.tr("年份："), self.year_filter)
        self.list.add_filter(self.tr("方式："), self.form_filter)
        self.list.finish_filters()
        self.list.count_text = lambda summary: self.tr("共 {0} 次拜访，{1} 家企业").format(
            *summary, 0
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        self._filled = False
        self.list.add_requested.connect(lambda: self.open_dialog(None))
        self.list.edit_requested.connect(lambda row: self.open_dialog(row.id))
        self.list.delete_requested.connect(self._delete)

    def _fill_filters(self) -> None:
        self.unit_filter.addItem(self.tr("全部单位"), None)
        for unit in units():
            self.unit_filter.addItem(unit.name, unit.id)
        home = home_unit()
        self.unit_filter.setCurrentIndex(
            max(0, self.unit_filter.findData(home.id if home else None))
        )
        years = visit_list_years()
        self.year_filter.addItem(self.tr("全部年份"), None)
        for year in sorted(set(years) | {self.today.year}, reverse=True):
            self.year_filter.addItem(str(year), year)
        past = [y for y in years if y <= self.today.year]
        self.year_filter.setCurrentIndex(
            self.year_filter.findData(past[0] if past else self.today.year)
        )
        for combo in (self.unit_filter, self.year_filter, self.form_filter):
            combo.currentIndexChanged.connect(self.reload)
        self._filled = True

    def refresh(self) -> None:
        if not self._filled:
            self._fill_filters()
        else:
            present = {self.year_filter.itemData(i) for i in range(self.year_filter.count())}
            for year in sorted(set(visit_list_years()) - present, reverse=True):
                self.year_filter.addItem(str(year), year)
        self.reload()

    def reload(self) -> None:
        self.list.set_filter(
            VisitFilter(
                unit_id=self.unit_filter.currentData(),
                year=self.year_filter.currentData(),
                form=self.form_filter.currentData(),
            )
        )

    def open_dialog(self, visit_id: int | None, preset: VisitInput | None = None) -> VisitDialog:
        if visit_id is None and preset is None:
            preset = VisitInput(
                self.today,
                None,
                self.unit_filter.currentData() or (home_unit().id if home_unit() else None),
            )
        dialog = VisitDialog(visit_id, preset, self.today, self)
        dialog.saved.connect(self._saved)
        dialog.open()
        return dialog

    def _saved(self, visit_id: int) -> None:
        self.reload()
        self.list.select_id(visit_id)

    def _delete(self, row) -> None:
        if not ask_delete(
            self,
            self.tr("删除拜访记录"),
            self.tr("确定删除 {0} {1} 对“{2}”的拜访记录吗？").format(
                row.date.isoformat(), row.unit, row.enterprise
            ),
        ):
            return
        refused(self, self.tr("删除拜访记录"), lambda: delete_visit(row.id), Changes.of(VISITS))
        self.reload()
