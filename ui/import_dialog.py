"""导入台账: choose one or several Excel files, preview what would change, then import all or nothing."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from models.db.backup import timestamped_backup
from models.db.base import DatabaseWriteError
from models.db.location import is_server
from models.ledger.layout import import_files
from models.ledger.results import SKIPPED, ImportCancelled, ImportResult
from reports.ledger_file import LedgerFileError, read_ledgers, write_error_list, write_ledger
from ui.changes import EVERYTHING, announce
from ui.record_table import Column, RecordTableModel, SearchProxy
from ui.tasks import run_with_progress

FILTER = QT_TRANSLATE_NOOP("ImportDialog", "Excel 工作簿 (*.xlsx)")


def excel_filter() -> str:
    """The file dialogs' filter, in the interface language."""
    return QCoreApplication.translate("ImportDialog", FILTER)


class OutcomeModel(RecordTableModel):
    COLUMNS = (
        Column("文件", lambda o: o.source),
        Column("工作表", lambda o: o.sheet),
        Column("行号", lambda o: str(o.row), sort=lambda o: o.row, numeric=True),
        Column("处理", lambda o: o.action),
        Column("记录", lambda o: o.summary, tooltip=True),
    )


class ErrorModel(RecordTableModel):
    COLUMNS = (
        Column("文件", lambda e: e.source),
        Column("工作表", lambda e: e.sheet),
        Column("行号", lambda e: str(e.row or ""), sort=lambda e: e.row, numeric=True),
        Column("列", lambda e: e.column),
        Column("原因", lambda e: e.reason, tooltip=True),
    )


def _view(model: RecordTableModel) -> QTableView:
    view = QTableView()
    proxy = SearchProxy(view)
    proxy.setSourceModel(model)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.sortByColumn(-1, Qt.AscendingOrder)  # file order until the user clicks a header
    view.setSelectionBehavior(QTableView.SelectRows)
    view.setEditTriggers(QTableView.NoEditTriggers)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    return view


def save_template(parent: QWidget) -> Path | None:
    """下载导入模板: ask where, write the empty template, say where it went."""
    folder = QSettings().value("ledger/folder", str(Path.home()))
    path, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("ImportDialog", "保存导入模板"),
        str(Path(folder) / QCoreApplication.translate("ImportDialog", "招商引资台账导入模板.xlsx")),
        excel_filter(),
    )
    if not path:
        return None
    try:
        written = write_ledger(Path(path))
    except Exception as exc:  # ReportWriteError and OS errors alike: say it, lose nothing
        QMessageBox.warning(
            parent, QCoreApplication.translate("ImportDialog", "无法保存模板"), str(exc)
        )
        return None
    QSettings().setValue("ledger/folder", str(written.parent))
    QMessageBox.information(
        parent,
        QCoreApplication.translate("ImportDialog", "导入模板"),
        QCoreApplication.translate("ImportDialog", "模板已保存：{0}").format(written),
    )
    return written


class ImportDialog(QDialog):
    """Preview first (nothing written), then one transaction after a backup; cancel leaves no trace."""

    imported = Signal()

    def __init__(
        self,
        db_path: Path,
        multi: bool = False,
        today: dt.date | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.db_path = db_path
        self.multi = multi
        self.today = today
        self.files = []
        self.result: ImportResult | None = None
        self.setWindowTitle(self.tr("导入多个单位数据") if multi else self.tr("导入 Excel 台账"))
        self.resize(980, 640)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr(
                    "选择各单位导出的数据文件，一起预览、一起导入；同一投资方的同名项目由两个单位报送时只计一次，列入“项目归属争议”待裁定。"
                )
                if multi
                else self.tr(
                    "按导入模板填写的 Excel 台账（各表均可选）。先预览，确认无误后再导入；有任何错误时不导入任何数据。"
                )
            )
        )
        row = QHBoxLayout()
        self.file_list = QListWidget()
        self.file_list.setObjectName("importFiles")
        self.file_list.setMaximumHeight(90)
        row.addWidget(self.file_list, 1)
        buttons = QVBoxLayout()
        add = QPushButton(self.tr("选择文件(&O)…"))
        add.clicked.connect(self.choose_files)
        remove = QPushButton(self.tr("移除(&R)"))
        remove.clicked.connect(self._remove_file)
        template = QPushButton(self.tr("下载导入模板(&T)…"))
        template.clicked.connect(lambda: save_template(self))
        for b in (add, remove, template):
            buttons.addWidget(b)
        buttons.addStretch()
        row.addLayout(buttons)
        layout.addLayout(row)

        self.preview_button = QPushButton(self.tr("预览(&P)"))
        self.preview_button.setEnabled(False)
        self.preview_button.clicked.connect(self.preview)
        self.summary = QLabel(self.tr("请选择文件。"))
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextSelectableByMouse)
        top = QHBoxLayout()
        top.addWidget(self.preview_button)
        top.addWidget(self.summary, 1)
        layout.addLayout(top)

        self.outcomes = OutcomeModel(self)
        self.errors = ErrorModel(self)
        self.notes = QPlainTextEdit()
        self.notes.setReadOnly(True)
        self.tabs = QTabWidget()
        records = QWidget()
        records_layout = QVBoxLayout(records)
        records_layout.setContentsMargins(0, 0, 0, 0)
        self.hide_skipped = QCheckBox(self.tr("隐藏已存在、不需导入的行(&H)"))
        self.hide_skipped.toggled.connect(self._show_outcomes)
        records_layout.addWidget(self.hide_skipped)
        records_layout.addWidget(_view(self.outcomes))
        self.tabs.addTab(records, self.tr("将导入的记录"))
        self.tabs.addTab(_view(self.errors), self.tr("错误"))
        self.tabs.addTab(self.notes, self.tr("提示"))
        layout.addWidget(self.tabs, 1)

        box = QDialogButtonBox()
        self.error_button = box.addButton(self.tr("导出错误清单(&E)…"), QDialogButtonBox.ActionRole)
        self.error_button.setEnabled(False)
        self.error_button.clicked.connect(self.export_errors)
        self.import_button = box.addButton(self.tr("导入(&I)"), QDialogButtonBox.AcceptRole)
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.run_import)
        close = box.addButton(self.tr("关闭"), QDialogButtonBox.RejectRole)
        close.clicked.connect(self.reject)
        layout.addWidget(box)

    # -- files -------------------------------------------------------------------------------------

    def choose_files(self) -> None:
        folder = QSettings().value("ledger/folder", str(Path.home()))
        if self.multi:
            paths, _ = QFileDialog.getOpenFileNames(
                self, self.tr("选择各单位的数据文件"), folder, excel_filter()
            )
        else:
            path, _ = QFileDialog.getOpenFileName(
                self, self.tr("选择台账文件"), folder, excel_filter()
            )
            paths = [path] if path else []
        if paths:
            QSettings().setValue("ledger/folder", str(Path(paths[0]).parent))
            self.set_files([Path(p) for p in paths], append=self.multi)

    def set_files(self, paths: list[Path], append: bool = False) -> None:
        current = [Path(self.file_list.item(i).text()) for i in range(self.file_list.count())]
        chosen = list(dict.fromkeys([*current, *paths])) if append else paths
        self.file_list.clear()
        self.file_list.addItems([str(p) for p in chosen])
        self.preview_button.setEnabled(bool(chosen))
        self._reset()

    def _remove_file(self) -> None:
        for item in self.file_list.selectedItems():
            self.file_list.takeItem(self.file_list.row(item))
        self.preview_button.setEnabled(self.file_list.count() > 0)
        self._reset()

    def _paths(self) -> list[Path]:
        return [Path(self.file_list.item(i).text()) for i in range(self.file_list.count())]

    def _reset(self) -> None:
        self.result = None
        self.outcomes.set_rows([])
        self.errors.set_rows([])
        self.notes.clear()
        self.import_button.setEnabled(False)
        self.error_button.setEnabled(False)
        self.summary.setText(self.tr("请点“预览”查看将要导入的内容。"))

    # -- preview and import --------------------------------------------------------------------------

    def _start(self, text: str, work, on_done) -> None:
        """work(paths, progress, today) off the GUI thread; progress() says False once cancelled."""
        self.preview_button.setEnabled(False)
        self.import_button.setEnabled(False)
        paths = self._paths()
        today = self.today

        def job(report, cancelled):
            def progress(done: int, total: int) -> bool:
                report(done, total)
                return not cancelled.is_set()

            return work(paths, progress, today)

        self.progress = run_with_progress(self, text, job, on_done, self._failed, self.tr("取消"))

    def _finish_progress(self) -> None:
        self.preview_button.setEnabled(self.file_list.count() > 0)

    def preview(self) -> None:
        self._reset()
        self._start(self.tr("正在读取并核对台账……"), _preview, self._previewed)

    def _previewed(self, outcome) -> None:
        self._finish_progress()
        self.files, self.result = outcome
        self._show(self.result)
        news = any(o.action != SKIPPED for o in self.result.outcomes)
        ready = not self.result.errors and news
        self.import_button.setEnabled(ready)
        if ready:
            self.import_button.setDefault(True)
        elif not self.result.errors:
            self.summary.setText(
                self.summary.text() + self.tr(" 文件中的记录都已在库中，无需导入。")
            )

    def run_import(self) -> None:
        if self.result is None or self.result.errors:
            return
        db_path = self.db_path

        def work(paths, progress, today):
            backup = None if is_server(db_path) else timestamped_backup(db_path, "before-import")
            return backup, import_files(self.files, commit=True, progress=progress, today=today)

        self._start(self.tr("正在导入……"), work, self._imported)

    def _imported(self, outcome) -> None:
        self._finish_progress()
        backup, result = outcome
        self.result = result
        self._show(result)
        if not result.committed:
            QMessageBox.warning(self, self.tr("未导入"), self.tr("数据有误，未导入任何数据。"))
            return
        self.import_button.setEnabled(False)
        self.preview_button.setEnabled(False)
        announce(self, EVERYTHING)
        self.imported.emit()
        if backup is None:  # the server's own backups (pg_dump) cover it
            text = self.tr("导入完成。")
        else:
            text = self.tr("导入完成。导入前的数据库已备份到：\n{0}").format(backup)
        if result.claims:
            text += "\n\n" + self.tr(
                "有 {0} 个项目由两个单位报送，已按一个项目计，请到“设置 → 导入导出”裁定归属。"
            ).format(len(result.claims))
        QMessageBox.information(self, self.tr("导入完成"), text)

    def _failed(self, exc: Exception) -> None:
        self._finish_progress()
        if isinstance(exc, ImportCancelled):
            self.summary.setText(self.tr("已取消，没有导入任何数据。"))
            return
        if isinstance(exc, (LedgerFileError, DatabaseWriteError)):
            QMessageBox.warning(self, self.tr("无法读取文件"), str(exc))
            return
        QMessageBox.critical(
            self, self.tr("导入失败"), self.tr("没有导入任何数据：{0}").format(exc)
        )

    def _show_outcomes(self) -> None:
        rows = self.result.outcomes if self.result else []
        if self.hide_skipped.isChecked():
            rows = [o for o in rows if o.action != SKIPPED]
        self.outcomes.set_rows(rows)

    def _show(self, result: ImportResult) -> None:
        self._show_outcomes()
        self.errors.set_rows(result.errors)
        self.notes.setPlainText(
            "\n".join([result.summary(), "", *result.warnings])
            if result.warnings
            else result.summary()
        )
        counts = {}
        for per_sheet in result.counts().values():
            for action, n in per_sheet.items():
                counts[action] = counts.get(action, 0) + n
        parts = "，".join(self.tr("{0} {1} 行").format(k, v) for k, v in counts.items())
        parts = parts or self.tr("没有数据行")
        if result.errors:
            self.summary.setText(
                self.tr("有 {0} 处错误，修正后才能导入（{1}）。").format(len(result.errors), parts)
            )
            self.tabs.setCurrentIndex(1)
        elif result.committed:
            self.summary.setText(self.tr("已导入：{0}。").format(parts))
        else:
            self.summary.setText(self.tr("预览（尚未写入）：{0}。").format(parts))
            self.tabs.setCurrentIndex(0)
        self.error_button.setEnabled(bool(result.errors))

    def export_errors(self) -> None:
        if self.result is None or not self.result.errors:
            return
        folder = QSettings().value("ledger/folder", str(Path.home()))
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("保存错误清单"),
            str(Path(folder) / self.tr("导入错误清单.xlsx")),
            excel_filter(),
        )
        if not path:
            return
        try:
            written = write_error_list(Path(path), self.files, self.result.errors)
        except Exception as exc:
            QMessageBox.warning(self, self.tr("无法保存"), str(exc))
            return
        QMessageBox.information(self, self.tr("错误清单"), self.tr("已保存：{0}").format(written))


def _preview(paths: list[Path], progress, today):
    files = read_ledgers(paths)
    return files, import_files(files, commit=False, progress=progress, today=today)
