"""设置 → 数据库: where the program keeps its data, this PC's file or the city's shared server.

The choice is kept in the user's settings and used from the next start; --db and ZHAOSHANG_DB
still win over it.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import quote

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from models.db.location import is_server, server_params, shown
from ui.app import TARGET_KEY, saved_target
from ui.pages.base import note


def ask_password(url: str, parent: QWidget | None = None) -> str | None:
    """A server URL saved without its password: ask for it at start-up (None: the user cancelled)."""
    _name, params = server_params(url)
    if "password" in params or "user" not in params:
        return url
    password, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("DatabasePanel", "连接数据库服务器"),
        QCoreApplication.translate("DatabasePanel", "请输入 {0} 在 {1} 的密码：").format(
            params["user"], shown(url)
        ),
        QLineEdit.Password,
    )
    if not ok:
        return None
    head, rest = url.split("://", 1)
    return f"{head}://{quote(params['user'], safe='')}:{quote(password, safe='')}@{rest.split('@', 1)[1]}"


class DatabasePanel(QWidget):
    """Choose the file or the server; test a server before saving the choice."""

    def __init__(self, current: Path | str | None, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addWidget(
            note(
                self.tr(
                    "当前使用的数据库：{0}\n一个县（市、区）用本机文件即可；市局需要各县区、部门共用一份数据时，"
                    "请使用市级服务器（PostgreSQL，由信息中心安装，见使用说明）。更改在下次启动程序时生效。"
                ).format(shown(current) if current else "—")
            )
        )
        self.file_radio = QRadioButton(self.tr("本机数据库文件(&L)"))
        self.server_radio = QRadioButton(self.tr("市级共享服务器(&V)"))
        group = QButtonGroup(self)
        group.addButton(self.file_radio)
        group.addButton(self.server_radio)
        layout.addWidget(self.file_radio)
        file_row = QHBoxLayout()
        self.file_edit = QLineEdit()
        self.file_edit.setObjectName("databaseFile")
        browse = QPushButton(self.tr("浏览(&B)…"))
        browse.clicked.connect(self._browse)
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(browse)
        layout.addLayout(file_row)
        layout.addWidget(self.server_radio)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldsStayAtSizeHint)
        self.host_edit = QLineEdit()
        self.host_edit.setPlaceholderText("192.168.1.10")
        self.port_spin = QSpinBox()
        self.port_spin.setRange(1, 65535)
        self.port_spin.setValue(5432)
        self.name_edit = QLineEdit("zhaoshang")
        self.user_edit = QLineEdit()
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.Password)
        self.remember_box = QCheckBox(
            self.tr("记住密码（保存在本机的用户设置中；不勾选则每次启动时询问）")
        )
        form.addRow(self.tr("服务器地址(&H)："), self.host_edit)
        form.addRow(self.tr("端口(&P)："), self.port_spin)
        form.addRow(self.tr("数据库名(&N)："), self.name_edit)
        form.addRow(self.tr("用户名(&U)："), self.user_edit)
        form.addRow(self.tr("密码(&W)："), self.password_edit)
        form.addRow("", self.remember_box)
        for edit in (self.host_edit, self.name_edit, self.user_edit, self.password_edit):
            edit.setMinimumWidth(260)
        self.server_fields = [self.host_edit, self.port_spin, self.name_edit, self.user_edit]
        self.server_fields += [self.password_edit, self.remember_box]
        layout.addLayout(form)
        buttons = QHBoxLayout()
        self.test_button = QPushButton(self.tr("测试连接(&T)"))
        self.test_button.clicked.connect(self.test_connection)
        self.save_button = QPushButton(self.tr("保存，下次启动时使用(&S)"))
        self.save_button.clicked.connect(self.save)
        buttons.addWidget(self.test_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch()
        layout.addLayout(buttons)
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        layout.addWidget(self.result_label)
        layout.addStretch()
        self.file_radio.toggled.connect(self._enable)
        self._load(saved_target() or current)

    def refresh(self) -> None:
        """Nothing to reload from the database."""

    def _load(self, target) -> None:
        if is_server(target):
            _name, params = server_params(target)
            self.server_radio.setChecked(True)
            self.host_edit.setText(params["host"])
            self.port_spin.setValue(int(params["port"]))
            self.name_edit.setText(_name)
            self.user_edit.setText(params.get("user", ""))
            self.password_edit.setText(params.get("password", ""))
            self.remember_box.setChecked("password" in params)
        else:
            self.file_radio.setChecked(True)
            self.file_edit.setText(str(target or ""))
        self._enable()

    def _enable(self) -> None:
        on_file = self.file_radio.isChecked()
        self.file_edit.setEnabled(on_file)
        for field in self.server_fields:
            field.setEnabled(not on_file)
        self.test_button.setEnabled(not on_file)

    def _browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("选择或新建数据库文件"),
            self.file_edit.text(),
            self.tr("数据库文件 (*.db)"),
            options=QFileDialog.DontConfirmOverwrite,
        )
        if name:
            self.file_edit.setText(name)

    def server_url(self, with_password: bool = True) -> str | None:
        """The URL the form describes, or None (and the reason shown) when a field is missing."""
        host, name, user = (
            e.text().strip() for e in (self.host_edit, self.name_edit, self.user_edit)
        )
        missing = [
            label
            for label, value in (
                (self.tr("服务器地址"), host),
                (self.tr("数据库名"), name),
                (self.tr("用户名"), user),
            )
            if not value
        ]
        if missing:
            self._say(self.tr("请填写：{0}").format("、".join(missing)), ok=False)
            return None
        if any(c in host for c in ":/@ ") and not host.startswith("["):
            self._say(
                self.tr("服务器地址只填主机名或 IP 地址（如 192.168.1.10），端口填在“端口”一栏"),
                ok=False,
            )
            return None
        secret = f":{quote(self.password_edit.text(), safe='')}" if with_password else ""
        return f"postgresql://{quote(user, safe='')}{secret}@{host}:{self.port_spin.value()}/{quote(name, safe='')}"

    def test_connection(self) -> None:
        from models.db.database import check_server
        from ui.tasks import run_task

        url = self.server_url()
        if url is None:
            return
        self.test_button.setEnabled(False)
        self._say(self.tr("正在连接 {0} ……").format(shown(url)), ok=True)

        def done(text: str) -> None:
            self.test_button.setEnabled(True)
            self._say(text, ok=True)

        def failed(exc: Exception) -> None:
            self.test_button.setEnabled(True)
            self._say(str(exc), ok=False)

        run_task(lambda: check_server(url), done, failed)

    def save(self) -> None:
        if self.file_radio.isChecked():
            text = self.file_edit.text().strip()
            if not text:
                self._say(self.tr("请填写数据库文件的位置"), ok=False)
                return
            problem = self._file_problem(Path(text).expanduser())
            if problem:
                self._say(problem, ok=False)
                return
            target = str(Path(text).expanduser())
        else:
            target = self.server_url(with_password=self.remember_box.isChecked())
            if target is None:
                return
        QSettings().setValue(TARGET_KEY, target)
        QMessageBox.information(
            self,
            self.tr("已保存"),
            self.tr("已保存。下次启动程序时将使用：{0}").format(shown(target)),
        )

    def _file_problem(self, path: Path) -> str | None:
        """Why this cannot be the database file, or None."""
        if not path.is_absolute():
            return self.tr("请填写完整的位置（如 D:\\招商\\zhaoshang.db），或点“浏览…”选择")
        if path.is_dir():
            return self.tr("这是一个文件夹，请在其中选择或新建一个 .db 文件")
        if not path.parent.is_dir():
            return self.tr("文件夹不存在：{0}").format(path.parent)
        return None

    def _say(self, text: str, ok: bool) -> None:
        self.result_label.setStyleSheet("" if ok else "color: #b00020;")
        self.result_label.setText(text)
