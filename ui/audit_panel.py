"""设置 → 审计日志 and 回收站, and a record's own history: read-only views, nothing here edits the log."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QSettings, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from models.queries.audit import AuditFilter, audit_rows, audit_tables, audit_users, history
from models.store.audit_chain import ChainCheck, verify_chain
from models.store.trash import purge, restore_from_trash, trash_rows
from models.validation import ValidationFailed
from ui.changes import EVERYTHING, KINDS, TRASH, Changes, announce
from ui.form_dialog import ask, refused
from ui.pages.base import note
from ui.record_table import Column, RecordTableModel, SearchProxy


def _rows_text(n: int) -> str:
    return QCoreApplication.translate("TrashPanel", "{0} 条").format(n)


class AuditModel(RecordTableModel):
    COLUMNS = (
        Column("时间", lambda r: f"{r.at:%Y-%m-%d %H:%M:%S}", sort=lambda r: r.id),
        Column("用户", lambda r: r.user),
        Column("操作", lambda r: r.action_name),
        Column("类别", lambda r: r.table_name),
        Column("记录", lambda r: r.shown_label, tooltip=True),
        Column("原因", lambda r: r.reason, tooltip=True),
        Column("变更内容", lambda r: r.describe_changes(), tooltip=True),
    )


class TrashModel(RecordTableModel):
    COLUMNS = (
        Column("删除时间", lambda r: f"{r.at:%Y-%m-%d %H:%M:%S}", sort=lambda r: r.id),
        Column("用户", lambda r: r.user),
        Column("类别", lambda r: r.table_name),
        Column("记录", lambda r: r.label, tooltip=True),
        Column("连同删除", lambda r: _rows_text(r.count - 1) if r.count > 1 else "", numeric=True),
    )


def _view(model) -> QTableView:
    view = QTableView()
    proxy = SearchProxy(view)
    proxy.setSourceModel(model)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.sortByColumn(-1, Qt.AscendingOrder)
    view.setSelectionBehavior(QTableView.SelectRows)
    view.setSelectionMode(QTableView.SingleSelection)
    view.setEditTriggers(QTableView.NoEditTriggers)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    return view


def _selected(view: QTableView):
    index = view.currentIndex()
    if not index.isValid():
        return None
    source = view.model().mapToSource(index)
    return view.model().sourceModel().rows()[source.row()]


class AuditPanel(QWidget):
    """The whole log, newest first, filtered by category, user, dates and text; exportable."""

    shows = KINDS  # every change writes the audit log; deletions fill 回收站

    def __init__(self, today: dt.date | None = None, parent=None):
        super().__init__(parent)
        today = today or dt.date.today()
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.table_combo = QComboBox()
        self.table_combo.addItem(self.tr("全部类别"), None)
        for key, name in audit_tables():
            self.table_combo.addItem(name, key)
        self.user_combo = QComboBox()
        self.start_edit = QDateEdit(QDate(today.year, 1, 1))
        self.end_edit = QDateEdit(QDate(today.year, today.month, today.day))
        for edit in (self.start_edit, self.end_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.text_edit = QLineEdit()
        self.text_edit.setPlaceholderText(self.tr("记录或变更内容中的文字"))
        self.text_edit.setClearButtonEnabled(True)
        for label, widget in (
            (self.tr("类别(&T)："), self.table_combo),
            (self.tr("用户(&U)："), self.user_combo),
            (self.tr("从："), self.start_edit),
            (self.tr("到："), self.end_edit),
            (self.tr("查找(&F)："), self.text_edit),
        ):
            caption = QLabel(label)
            caption.setBuddy(widget)
            row.addWidget(caption)
            row.addWidget(widget)
        search = QPushButton(self.tr("查询(&Q)"))
        search.clicked.connect(self.reload)
        self.text_edit.returnPressed.connect(self.reload)
        export = QPushButton(self.tr("导出 Excel(&E)…"))
        export.clicked.connect(self.export)
        self.verify_button = QPushButton(self.tr("校验日志链(&V)"))
        self.verify_button.setToolTip(
            self.tr("逐条核对审计日志的校验值，发现在本程序之外对数据库所做的改动")
        )
        self.verify_button.clicked.connect(self.verify)
        row.addWidget(search)
        row.addWidget(export)
        row.addWidget(self.verify_button)
        row.addStretch()
        layout.addLayout(row)
        self.model = AuditModel(self)
        self.view = _view(self.model)
        layout.addWidget(self.view, 1)
        self.count = note("")
        layout.addWidget(self.count)

    def current_filter(self) -> AuditFilter:
        return AuditFilter(
            table=self.table_combo.currentData(),
            user=self.user_combo.currentData(),
            start=self.start_edit.date().toPython(),
            end=self.end_edit.date().toPython(),
            text=self.text_edit.text(),
        )

    def refresh(self) -> None:
        current = self.user_combo.currentData()
        self.user_combo.clear()
        self.user_combo.addItem(self.tr("全部用户"), None)
        for user in audit_users():
            self.user_combo.addItem(user, user)
        self.user_combo.setCurrentIndex(max(0, self.user_combo.findData(current)))
        self.reload()

    def reload(self) -> None:
        rows = audit_rows(self.current_filter())
        self.model.set_rows(rows)
        for column in range(self.model.columnCount() - 1):
            self.view.resizeColumnToContents(column)
        self.count.setText(
            self.tr("共 {0} 条（最多显示 5000 条，导出时为全部）").format(len(rows))
            if len(rows) >= 5000
            else self.tr(
                "共 {0} 条。本程序中审计日志只能查看和导出；在程序之外改动数据库，可用“校验日志链”发现。"
            ).format(len(rows))
        )

    def export(self) -> None:
        folder = QSettings().value("ledger/folder", str(Path.home()))
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("导出审计日志"),
            str(Path(folder) / self.tr("审计日志.xlsx")),
            "Excel (*.xlsx)",
        )
        if not path:
            return
        from reports.audit_xlsx import write_audit_log

        try:
            written = write_audit_log(Path(path), audit_rows(self.current_filter(), limit=None))
        except Exception as exc:  # ReportWriteError: the file is open elsewhere or read-only
            QMessageBox.warning(self, self.tr("导出失败"), str(exc))
            return
        QMessageBox.information(self, self.tr("导出完成"), self.tr("已导出：{0}").format(written))

    def verify(self) -> None:
        """Walk the whole log off the GUI thread (a city's million entries take several seconds)."""
        from ui.tasks import run_with_progress

        def work(report, cancelled):
            def progress(done: int, total: int) -> bool:
                report(done, total)
                return not cancelled.is_set()

            return verify_chain(progress)

        self.verify_button.setEnabled(False)
        run_with_progress(
            self,
            self.tr("正在校验审计日志链……"),
            work,
            self._verified,
            self._verify_failed,
            self.tr("取消"),
        )

    def _verified(self, found: ChainCheck) -> None:
        self.verify_button.setEnabled(True)
        if found.broken is not None:
            broken = found.broken
            QMessageBox.warning(
                self,
                self.tr("审计日志被改动过"),
                self.tr(
                    "审计日志链在第 {0} 号记录（{1}）处断开：{2}。\n\n"
                    "此前的 {3} 条记录完好；该条及其后的记录可能在本程序之外被改动过。"
                    "请用该时间之前的备份核对。"
                ).format(broken.id, broken.at or "", broken.problem, found.checked),
            )
        elif found.cancelled:
            QMessageBox.information(
                self,
                self.tr("校验已取消"),
                self.tr("已取消：已校验的 {0} 条记录完好。").format(found.checked),
            )
        elif found.head is None:
            QMessageBox.information(
                self, self.tr("日志链完好"), self.tr("审计日志为空，无需校验。")
            )
        else:
            QMessageBox.information(
                self,
                self.tr("日志链完好"),
                self.tr(
                    "审计日志链完好：{0} 条记录逐条校验通过。\n"
                    "末条为第 {1} 号，校验值（可记下备查）：\n{2}"
                ).format(found.checked, found.head.last_id, found.head.hash),
            )

    def _verify_failed(self, exc: Exception) -> None:
        self.verify_button.setEnabled(True)
        QMessageBox.warning(self, self.tr("无法校验审计日志"), str(exc))


class TrashPanel(QWidget):
    """Deleted records with what went with them: restore intact, or purge after a confirmation."""

    shows = KINDS  # every change writes the audit log; deletions fill 回收站

    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addWidget(
            note(self.tr("删除的记录连同其参加人员、联系人等一起保存在这里，可以原样恢复。"))
        )
        self.model = TrashModel(self)
        self.view = _view(self.model)
        layout.addWidget(self.view, 1)
        row = QHBoxLayout()
        self.restore_button = QPushButton(self.tr("恢复(&R)"))
        self.restore_button.clicked.connect(self.restore_selected)
        self.purge_button = QPushButton(self.tr("彻底删除(&D)…"))
        self.purge_button.clicked.connect(self.purge_selected)
        row.addWidget(self.restore_button)
        row.addWidget(self.purge_button)
        row.addStretch()
        layout.addLayout(row)

    def refresh(self) -> None:
        rows = trash_rows()
        self.model.set_rows(rows)
        for column in range(self.model.columnCount() - 1):
            self.view.resizeColumnToContents(column)
        for button in (self.restore_button, self.purge_button):
            button.setEnabled(bool(rows))
        if rows:
            self.view.selectRow(0)

    def restore_selected(self) -> None:
        item = _selected(self.view)
        if item is None:
            return
        try:
            restore_from_trash(item.id)
        except ValidationFailed as exc:
            QMessageBox.warning(self, self.tr("无法恢复"), str(exc))
            return
        self.refresh()
        # A restored record brings back what went with it (participants, contacts, contracts).
        announce(self, EVERYTHING)
        QMessageBox.information(
            self,
            self.tr("已恢复"),
            self.tr("“{0}”已恢复（{1}）。").format(item.label, item.table_name),
        )

    def purge_selected(self) -> None:
        item = _selected(self.view)
        if item is None or not ask(
            self,
            self.tr("彻底删除"),
            self.tr("彻底删除“{0}”？之后不能再恢复（审计日志中仍保留其内容）。").format(item.label),
        ):
            return
        refused(self, self.tr("彻底删除"), lambda: purge(item.id), Changes.of(TRASH))
        self.refresh()


class HistoryDialog(QDialog):
    """修改记录: one record's changes (and those of its participants, contacts …), newest first."""

    def __init__(self, table: str, record_id: int, title: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("修改记录 — {0}").format(title))
        self.resize(900, 420)
        layout = QVBoxLayout(self)
        self.model = AuditModel(self)
        self.model.set_rows(history(table, record_id))
        view = _view(self.model)
        for column in range(self.model.columnCount() - 1):
            view.resizeColumnToContents(column)
        layout.addWidget(view, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.button(QDialogButtonBox.Close).setText(self.tr("关闭"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
