"""项目库 tab: filtered project list above, the selected project's page below."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QSplitter, QVBoxLayout, QWidget

from models.queries.overview import units
from models.queries.projects import FLAGS, ProjectFilter
from models.queries.registry_lists import ProjectListing
from models.store.settings import home_unit
from models.vocab import INDUSTRY_CATEGORIES, STAGES
from ui.changes import ENTERPRISES, PEOPLE, PROBLEMS, PROJECTS
from ui.paged_table import PagedTableModel
from ui.project_detail import ProjectDetail
from ui.project_dialog import ProjectDialog
from ui.project_tables import ProjectTableModel
from ui.record_list import RecordList
from ui.vocab_text import shown


def _combo(all_text: str, items) -> QComboBox:
    combo = QComboBox()
    combo.addItem(all_text, None)
    for key, text in items:
        combo.addItem(shown(text), key)  # a vocabulary's name in the interface language
    return combo


class ProjectListTab(QWidget):
    """Filters by unit, stage, category, flag and signing year; search by name, investor, leader."""

    shows = frozenset({PROJECTS, ENTERPRISES, PEOPLE, PROBLEMS})

    def __init__(self, today: dt.date, parent: QWidget | None = None):
        super().__init__(parent)
        self.today = today
        self.list = RecordList(
            PagedTableModel(ProjectTableModel.COLUMNS, ProjectListing, self),
            "projects",
            self.tr("搜索项目、投资方、包保领导（可用拼音首字母）"),
            self.tr("新增项目(&N)"),
            widths={
                "name": 300,
                "investor": 220,
                "total_wan": 90,
                "contract_wan": 100,
                "funds_wan": 100,
            },
        )
        self.unit_filter = _combo(self.tr("全部单位"), [(u.id, u.name) for u in units()])
        home = home_unit()
        self.unit_filter.setCurrentIndex(
            max(0, self.unit_filter.findData(home.id if home else None))
        )
        self.stage_filter = _combo(self.tr("全部阶段"), STAGES.items())
        self.industry_filter = _combo(self.tr("全部类别"), INDUSTRY_CATEGORIES.items())
        self.flag_filter = _combo(self.tr("全部项目"), FLAGS.items())
        years = range(today.year, today.year - 8, -1)
        self.year_filter = _combo(
            self.tr("不限签约年份"), [(y, self.tr("{0} 年签约").format(y)) for y in years]
        )
        for label, combo in (
            (self.tr("单位："), self.unit_filter),
            (self.tr("阶段："), self.stage_filter),
            (self.tr("类别："), self.industry_filter),
            ("", self.flag_filter),
            ("", self.year_filter),
        ):
            self.list.add_filter(label, combo)
            combo.currentIndexChanged.connect(self.reload)
        self.list.finish_filters()
        self.list.count_text = lambda summary: self.tr(
            "共 {0} 个项目，总投资 {1:,.2f} 亿元"
        ).format(summary[0], (summary[1] if len(summary) > 1 else 0) / 10000)
        self.list.delete_button.setVisible(False)  # projects are terminated, not deleted
        self.detail = ProjectDetail(today)
        splitter = QSplitter(Qt.Vertical)
        splitter.addWidget(self.list)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.list.add_requested.connect(lambda: self.open_dialog(None))
        self.list.edit_requested.connect(lambda row: self.open_dialog(row.id))
        self.list.selection_changed.connect(self._selected)
        self.detail.changed.connect(lambda _id: self.reload())
        self.detail.edit_requested.connect(self.open_dialog)

    def refresh(self) -> None:
        self.reload()

    def reload(self) -> None:
        self.list.set_filter(
            ProjectFilter(
                unit_id=self.unit_filter.currentData(),
                stage=self.stage_filter.currentData(),
                industry=self.industry_filter.currentData(),
                flag=self.flag_filter.currentData(),
                signed_year=self.year_filter.currentData(),
            )
        )

    def _selected(self) -> None:
        row = self.list.selected_row()
        self.detail.show_project(row.id if row else None)

    def open_dialog(self, project_id: int | None) -> ProjectDialog:
        dialog = ProjectDialog(project_id, self.unit_filter.currentData(), self)
        dialog.saved.connect(self._saved)
        dialog.open()
        return dialog

    def _saved(self, project_id: int) -> None:
        self.reload()
        self.list.select_id(project_id)
        self.detail.show_project(project_id)
