"""设置 → 备份与恢复: the backups beside the database, a backup now, a copy to a USB stick, a restore."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.db.backup import (
    BackupError,
    backup_dir,
    backup_to_folder,
    describe_counts,
    list_backups,
    record_counts,
    timestamped_backup,
)
from models.db.location import SERVER_BACKUP_NOTE, is_server
from ui.changes import EVERYTHING, KINDS, announce
from ui.form_dialog import ask
from ui.pages.base import note
from ui.record_table import read_only_table


class BackupPanel(QWidget):
    """Backups are made with SQLite's backup API and checked; a restore first backs up the present."""

    shows = KINDS  # an import or a restore makes a backup first

    def __init__(self, db_path: Path | None, parent=None):
        super().__init__(parent)
        self.db_path = db_path
        layout = QVBoxLayout(self)
        self.on_server = is_server(db_path)
        if self.on_server:
            layout.addWidget(note(self.tr(SERVER_BACKUP_NOTE)))
            layout.addStretch(1)
            return
        layout.addWidget(
            note(
                self.tr(
                    "程序每天首次启动时自动备份一次（保留最近 30 份），导入、升级、恢复之前也会自动备份。"
                    "备份保存在：{0}"
                ).format(backup_dir(db_path) if db_path else "—")
            )
        )
        self.table = read_only_table(
            [self.tr("备份时间"), self.tr("类型"), self.tr("大小"), self.tr("文件")]
        )
        self.table.setObjectName("backupsTable")
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.now_button = QPushButton(self.tr("立即备份(&B)"))
        self.now_button.clicked.connect(self.backup_now)
        self.usb_button = QPushButton(self.tr("备份到其他位置(&U)…"))
        self.usb_button.clicked.connect(self.backup_elsewhere)
        self.restore_button = QPushButton(self.tr("用所选备份恢复(&R)…"))
        self.restore_button.clicked.connect(self.restore_selected)
        self.file_button = QPushButton(self.tr("从文件恢复(&F)…"))
        self.file_button.clicked.connect(self.restore_from_file)
        folder = QPushButton(self.tr("打开备份文件夹(&O)"))
        folder.clicked.connect(self.open_folder)
        for b in (self.now_button, self.usb_button, self.restore_button, self.file_button, folder):
            row.addWidget(b)
        row.addStretch()
        layout.addLayout(row)

    def refresh(self) -> None:
        if self.on_server:
            return
        self._backups = list_backups(self.db_path) if self.db_path else []
        self.table.setRowCount(len(self._backups))
        for r, b in enumerate(self._backups):
            for c, text in enumerate(
                (
                    f"{b.made:%Y-%m-%d %H:%M:%S}",
                    b.reason_name,
                    f"{b.size / 2**20:.1f} MB",
                    b.path.name,
                )
            ):
                self.table.setItem(r, c, QTableWidgetItem(text))
        if self._backups:
            self.table.selectRow(0)
        self.restore_button.setEnabled(bool(self._backups))

    def backup_now(self) -> None:
        try:
            made = timestamped_backup(self.db_path, "manual")
        except BackupError as exc:
            QMessageBox.warning(self, self.tr("备份失败"), str(exc))
            return
        self.refresh()
        QMessageBox.information(
            self, self.tr("备份完成"), self.tr("已备份，完整性检查通过：\n{0}").format(made)
        )

    def backup_elsewhere(self) -> None:
        start = QSettings().value("backup/folder", str(Path.home()))
        folder = QFileDialog.getExistingDirectory(self, self.tr("选择备份位置（如 U 盘）"), start)
        if not folder:
            return
        QSettings().setValue("backup/folder", folder)
        try:
            made = backup_to_folder(self.db_path, Path(folder))
        except BackupError as exc:
            QMessageBox.warning(self, self.tr("备份失败"), str(exc))
            return
        QMessageBox.information(
            self, self.tr("备份完成"), self.tr("已备份，完整性检查通过：\n{0}").format(made)
        )

    def restore_selected(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self._backups):
            b = self._backups[row]
            self._restore(b.path, f"{b.made:%Y-%m-%d %H:%M}（{b.reason_name}）")

    def restore_from_file(self) -> None:
        start = QSettings().value("backup/folder", str(Path.home()))
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("选择备份文件"), start, self.tr("数据库备份 (*.db)")
        )
        if path:
            self._restore(Path(path), Path(path).name)

    def _restore(self, source: Path, label: str) -> None:
        from models.restore import check_source, restore
        from models.store.users import session

        if not session().is_admin:
            QMessageBox.warning(self, self.tr("恢复数据"), self.tr("只有管理员可以恢复数据"))
            return
        try:
            check_source(source)  # a damaged, foreign or newer file is refused before the question
        except BackupError as exc:
            QMessageBox.warning(self, self.tr("不能用这个文件恢复"), str(exc))
            return
        question = self.tr(
            "用 {0} 的备份替换当前数据？\n备份：{1}\n当前：{2}\n"
            "当前数据会先自动备份，恢复后如有需要可再恢复回来。"
        ).format(
            label,
            describe_counts(record_counts(source)),
            describe_counts(record_counts(self.db_path)),
        )
        if not ask(self, self.tr("恢复数据"), question):
            return
        from PySide6.QtCore import QThreadPool

        from models.db.database import DatabaseOpenError, close_database, open_database
        from ui.tasks import busy_notice

        QThreadPool.globalInstance().waitForDone(30_000)
        close_database()
        # On this thread, with the database closed: no page may read it while it is replaced.
        notice = busy_notice(self.tr("正在恢复数据（先备份当前数据），请稍候……"), parent=self)
        try:
            done = restore(self.db_path, source, checked=True)
        except BackupError as exc:
            open_database(self.db_path)
            QMessageBox.warning(self, self.tr("恢复失败"), str(exc))
            return
        finally:
            notice.close()
        try:
            open_database(self.db_path)
        except DatabaseOpenError as exc:
            QMessageBox.critical(self, self.tr("恢复后无法打开"), str(exc))
            return
        self.refresh()
        announce(self, EVERYTHING)
        text = self.tr("已恢复。")
        if done.before is not None:
            text += self.tr("\n恢复前的数据已备份到：{0}").format(done.before)
        if done.set_aside is not None:
            text += self.tr("\n损坏的原文件已另存为：{0}").format(done.set_aside)
        QMessageBox.information(self, self.tr("恢复完成"), text)

    def open_folder(self) -> None:
        folder = backup_dir(self.db_path)
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
