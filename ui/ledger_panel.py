"""设置 → 导入导出: the template, importing ledgers, exporting data, and the bureau's claim decisions."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QMessageBox,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.ledger.export import ledger_tables
from models.queries.overview import units
from models.store.claims import claim_rows, keep_with_holder, move_to_claimant
from models.validation import ValidationFailed
from reports.ledger_file import write_ledger
from ui.changes import PROJECTS, Changes, announce
from ui.form_dialog import ask
from ui.import_dialog import ImportDialog, excel_filter, save_template
from ui.pages.base import note
from ui.record_table import read_only_table
from ui.tasks import run_task


class LedgerPanel(QWidget):
    """Where Excel ledgers come in and go out; claims between units wait here for the bureau."""

    shows = frozenset({PROJECTS})

    def __init__(self, db_path: Path | None, today: dt.date | None = None, parent=None):
        super().__init__(parent)
        self.db_path = db_path
        self.today = today or dt.date.today()
        layout = QVBoxLayout(self)

        box = QGroupBox(self.tr("导入"))
        row = QHBoxLayout(box)
        for text, slot in (
            (self.tr("下载导入模板(&T)…"), lambda: save_template(self)),
            (self.tr("导入 Excel 台账(&I)…"), lambda: self.open_import(multi=False)),
            (self.tr("导入多个单位数据(&M)…"), lambda: self.open_import(multi=True)),
        ):
            button = QPushButton(text)
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addStretch()
        layout.addWidget(box)

        box = QGroupBox(self.tr("导出（模板格式，可在另一台电脑或市局导入）"))
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldsStayAtSizeHint)
        self.unit_combo = QComboBox()
        self.unit_combo.setMinimumContentsLength(12)
        self.year_combo = QComboBox()
        self.year_combo.addItem(self.tr("全部年份"), None)
        for year in range(self.today.year, 2014, -1):
            self.year_combo.addItem(self.tr("{0} 年").format(year), year)
        form.addRow(self.tr("单位(&U)："), self.unit_combo)
        form.addRow(self.tr("年份(&Y)："), self.year_combo)
        self.export_button = QPushButton(self.tr("导出数据(&E)…"))
        self.export_button.clicked.connect(self.export)
        form.addRow("", self.export_button)
        layout.addWidget(box)

        box = QGroupBox(
            self.tr("项目归属争议（两个单位报送了同一投资方的同名项目，暂按一个项目计）")
        )
        claims = QVBoxLayout(box)
        self.claims = read_only_table(
            [
                self.tr("项目"),
                self.tr("投资方"),
                self.tr("登记单位"),
                self.tr("报送单位"),
                self.tr("来源文件"),
            ]
        )
        self.claims.setObjectName("claimsTable")
        claims.addWidget(self.claims)
        buttons = QHBoxLayout()
        self.keep_button = QPushButton(self.tr("保留在登记单位(&K)"))
        self.keep_button.clicked.connect(lambda: self.decide(move=False))
        self.move_button = QPushButton(self.tr("改归报送单位(&G)"))
        self.move_button.clicked.connect(lambda: self.decide(move=True))
        buttons.addWidget(self.keep_button)
        buttons.addWidget(self.move_button)
        buttons.addStretch()
        claims.addLayout(buttons)
        self.claims_note = note("")
        claims.addWidget(self.claims_note)
        layout.addWidget(box, 1)

    def refresh(self) -> None:
        current = self.unit_combo.currentData()
        self.unit_combo.clear()
        self.unit_combo.addItem(self.tr("全部单位"), None)
        for unit in units(active_only=False):
            self.unit_combo.addItem(unit.name, unit.id)
        self.unit_combo.setCurrentIndex(max(0, self.unit_combo.findData(current)))
        self._rows = claim_rows()
        self.claims.setRowCount(len(self._rows))
        for r, claim in enumerate(self._rows):
            for c, text in enumerate(
                (claim.project, claim.investor, claim.holder, claim.claimant, claim.source)
            ):
                self.claims.setItem(r, c, QTableWidgetItem(text))
        if self._rows:
            self.claims.selectRow(0)
        for button in (self.keep_button, self.move_button):
            button.setEnabled(bool(self._rows))
        self.claims_note.setText(
            self.tr("没有待裁定的项目。")
            if not self._rows
            else self.tr("裁定后，报送单位再次导入时该项目的行会被跳过（保留）或并入（改归）。")
        )

    def open_import(self, multi: bool) -> None:
        if self.db_path is None:
            return
        dialog = ImportDialog(self.db_path, multi, today=self.today, parent=self)
        dialog.imported.connect(self.refresh)
        dialog.exec()

    def export(self) -> None:
        unit_id = self.unit_combo.currentData()
        year = self.year_combo.currentData()
        name = self.unit_combo.currentText() if unit_id else self.tr("全部单位")
        suffix = self.tr("{0}年").format(year) if year else ""
        folder = QSettings().value("ledger/folder", str(Path.home()))
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("导出数据"),
            str(Path(folder) / self.tr("{0}{1}招商引资数据.xlsx").format(name, suffix)),
            excel_filter(),
        )
        if not path:
            return
        QSettings().setValue("ledger/folder", str(Path(path).parent))
        self.export_button.setEnabled(False)
        self.export_button.setText(self.tr("正在导出……"))

        def work():
            return write_ledger(Path(path), ledger_tables(unit_id, year))

        run_task(work, self._exported, self._export_failed)

    def _exported(self, path: Path) -> None:
        self._export_done()
        QMessageBox.information(self, self.tr("导出完成"), self.tr("已导出：{0}").format(path))

    def _export_failed(self, exc: Exception) -> None:
        self._export_done()
        QMessageBox.warning(self, self.tr("导出失败"), str(exc))

    def _export_done(self) -> None:
        self.export_button.setEnabled(True)
        self.export_button.setText(self.tr("导出数据(&E)…"))

    def decide(self, move: bool) -> None:
        row = self.claims.currentRow()
        if not 0 <= row < len(self._rows):
            return
        claim = self._rows[row]
        if move:
            question = self.tr("把“{0}”连同合同和到位资金改归{1}？").format(
                claim.project, claim.claimant
            )
        else:
            question = self.tr("“{0}”保留在{1}，{2}报送的该项目不再导入？").format(
                claim.project, claim.holder, claim.claimant
            )
        if not ask(self, self.tr("裁定项目归属"), question):
            return
        reason, ok = QInputDialog.getText(self, self.tr("裁定说明"), self.tr("说明（可不填）："))
        if not ok:
            return
        try:
            (move_to_claimant if move else keep_with_holder)(claim.id, reason)
        except ValidationFailed as exc:
            QMessageBox.warning(self, self.tr("无法裁定"), str(exc))
        else:
            announce(self, Changes.of(PROJECTS))
        self.refresh()
