"""企业库 tab: the registry with filters, the selected enterprise's visits and projects, merge."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from models.money import format_yi
from models.queries.registry_lists import EnterpriseListing
from models.queries.visits import VisitFilter, VisitListing
from models.store.enterprises import (
    EnterpriseFilter,
    delete_enterprise,
    deletion_blocker,
    enterprise_projects,
    industries,
)
from models.validation import ValidationFailed
from models.vocab import ENTERPRISE_TAGS, REGIONS, STAGES
from ui.changes import ENTERPRISES, PROJECTS, VISITS, Changes, announce
from ui.enterprise_dialog import EnterpriseDialog
from ui.enterprise_tables import EnterpriseTableModel, VisitTableModel
from ui.form_dialog import ask_delete
from ui.merge_dialog import MergeDialog
from ui.paged_table import PagedTableModel
from ui.record_list import RecordList
from ui.vocab_text import items, label


class EnterpriseListTab(QWidget):
    """The registry; below it, what the selected enterprise has been through."""

    shows = frozenset({ENTERPRISES, VISITS, PROJECTS})

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.list = RecordList(
            PagedTableModel(EnterpriseTableModel.COLUMNS, EnterpriseListing, self),
            "enterprises",
            self.tr("搜索企业名称（可用拼音首字母）、信用代码、所在地、行业"),
            self.tr("新增企业(&N)"),
            widths={"name": 280, "credit_code": 170, "tags": 180, "is_key": 50, "industry": 100},
            sort=("name", Qt.AscendingOrder),
        )
        self.tag_filter = QComboBox()
        self.tag_filter.addItem(self.tr("全部类别"), None)
        for key, name in items(ENTERPRISE_TAGS):
            self.tag_filter.addItem(name, key)
        self.region_filter = QComboBox()
        self.region_filter.addItem(self.tr("全部区域"), None)
        for key, name in items(REGIONS):
            self.region_filter.addItem(name, key)
        self.industry_filter = QComboBox()
        self.key_only = QCheckBox(self.tr("只看重点企业"))
        self.list.add_filter(self.tr("类别："), self.tag_filter)
        self.list.add_filter(self.tr("区域："), self.region_filter)
        self.list.add_filter(self.tr("行业："), self.industry_filter)
        self.list.add_filter("", self.key_only)
        self.list.finish_filters()
        self.merge_button = QPushButton(self.tr("合并重复(&M)…"))
        self.merge_button.setToolTip(self.tr("选中同一企业的两条记录后合并"))
        self.list.add_button_widget(self.merge_button)
        self.list.count_text = lambda summary: self.tr("共 {0} 家，重点企业 {1} 家").format(
            *summary, 0
        )

        self.detail_title = QLabel()
        self.detail_visits = PagedTableModel(VisitTableModel.COLUMNS, VisitListing, self)
        visits_view = QTableView()
        visits_view.setModel(self.detail_visits)
        visits_view.verticalHeader().setVisible(False)
        visits_view.horizontalHeader().setStretchLastSection(True)
        self.detail_projects = QLabel()
        self.detail_projects.setWordWrap(True)
        self.detail_projects.setTextInteractionFlags(Qt.TextSelectableByMouse)
        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.detail_title)
        detail_layout.addWidget(visits_view)
        detail_layout.addWidget(self.detail_projects)

        splitter = QSplitter(Qt.Vertical)
        splitter.addWidget(self.list)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        for combo in (self.tag_filter, self.region_filter, self.industry_filter):
            combo.currentIndexChanged.connect(self.reload)
        self.key_only.toggled.connect(self.reload)
        self.list.add_requested.connect(lambda: self.open_dialog(None))
        self.list.edit_requested.connect(lambda row: self.open_dialog(row.id))
        self.list.delete_requested.connect(self._delete)
        self.list.selection_changed.connect(self._show_detail)
        self.merge_button.clicked.connect(self.merge_selected)

    def refresh(self) -> None:
        current = self.industry_filter.currentData()
        self.industry_filter.blockSignals(True)
        self.industry_filter.clear()
        self.industry_filter.addItem(self.tr("全部行业"), None)
        for name in industries():
            self.industry_filter.addItem(name, name)
        self.industry_filter.setCurrentIndex(max(0, self.industry_filter.findData(current)))
        self.industry_filter.blockSignals(False)
        self.reload()

    def reload(self) -> None:
        self.list.set_filter(
            EnterpriseFilter(
                tag=self.tag_filter.currentData(),
                region=self.region_filter.currentData(),
                industry=self.industry_filter.currentData(),
                key_only=self.key_only.isChecked(),
            )
        )

    def _show_detail(self) -> None:
        rows = self.list.selected_rows()
        self.merge_button.setEnabled(len(rows) == 2)
        row = rows[0] if len(rows) == 1 else None
        if row is None:
            self.detail_title.setText(self.tr("选中一家企业，查看其拜访记录和项目。"))
            self.detail_visits.set_query(VisitFilter(ids=frozenset()))
            self.detail_projects.setText("")
            return
        self.detail_visits.set_query(VisitFilter(enterprise_id=row.id))
        visits = self.detail_visits.rowCount()
        self.detail_title.setText(self.tr("{0}：拜访 {1} 次").format(row.name, visits))
        projects = enterprise_projects(row.id)
        if projects:
            lines = [
                self.tr("{0}（{1}，{2}，总投资 {3} 亿元）").format(
                    name, unit, label(STAGES, stage), format_yi(total)
                )
                for name, unit, stage, total in projects
            ]
            self.detail_projects.setText(self.tr("项目：") + "；".join(lines))
        else:
            self.detail_projects.setText(self.tr("项目：暂无"))

    def open_dialog(self, enterprise_id: int | None) -> EnterpriseDialog:
        dialog = EnterpriseDialog(enterprise_id, "", self)
        dialog.saved.connect(self._saved)
        dialog.open_existing.connect(self._open_existing)
        dialog.open()
        return dialog

    def _saved(self, enterprise_id: int) -> None:
        self.refresh()
        self.list.select_id(enterprise_id)

    def _open_existing(self, enterprise_id: int) -> None:
        self.list.search.clear()
        if not self.list.select_id(enterprise_id):
            for combo in (self.tag_filter, self.region_filter, self.industry_filter):
                combo.setCurrentIndex(0)
            self.key_only.setChecked(False)
            self.list.select_id(enterprise_id)
        self.open_dialog(enterprise_id)

    def _delete(self, row) -> None:
        blocker = deletion_blocker(row.id)
        if blocker:
            QMessageBox.information(self, self.tr("不能删除"), blocker)
            return
        if not ask_delete(
            self, self.tr("删除企业"), self.tr("确定删除企业“{0}”及其联系人吗？").format(row.name)
        ):
            return
        try:
            delete_enterprise(row.id)
        except ValidationFailed as exc:
            QMessageBox.warning(self, self.tr("不能删除"), str(exc))
            return
        announce(self, Changes.of(ENTERPRISES))
        self.refresh()

    def merge_selected(self) -> MergeDialog | None:
        rows = self.list.selected_rows()
        if len(rows) != 2:
            QMessageBox.information(
                self, self.tr("合并重复"), self.tr("请按住 Ctrl 选中同一企业的两条记录。")
            )
            return None
        dialog = MergeDialog(rows[0], rows[1], self)
        dialog.accepted.connect(lambda: self._merged(dialog))
        dialog.open()
        return dialog

    def _merged(self, dialog: MergeDialog) -> None:
        counts = dialog.result_counts
        self.refresh()
        self.list.select_id(dialog.survivor().id)
        QMessageBox.information(
            self,
            self.tr("合并完成"),
            self.tr("已并入 {0} 条拜访记录、{1} 个联系人、{2} 个项目。").format(
                counts.visits, counts.contacts, counts.projects
            ),
        )
