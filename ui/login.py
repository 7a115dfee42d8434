"""登录 and 设置 → 用户与登录: sign-in for shared office PCs (off until a 管理员 turns it on)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.db.accounts import ROLES
from models.store.users import (
    create_user,
    login_required,
    require_login,
    session,
    set_active,
    set_password,
    sign_in,
    user_rows,
)
from models.validation import ValidationFailed
from ui.changes import USERS, Changes, announce
from ui.pages.base import note
from ui.record_table import read_only_table
from ui.vocab_text import items


class LoginDialog(QDialog):
    """User name and password; a wrong pair says so without saying which part was wrong."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("登录 — 招商引资工作台"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.user_edit = QLineEdit()
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.Password)
        form.addRow(self.tr("用户名(&U)："), self.user_edit)
        form.addRow(self.tr("密码(&P)："), self.password_edit)
        layout.addLayout(form)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Ok).setText(self.tr("登录"))
        buttons.button(QDialogButtonBox.Cancel).setText(self.tr("退出"))
        buttons.accepted.connect(self.try_sign_in)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def try_sign_in(self) -> None:
        try:
            sign_in(self.user_edit.text(), self.password_edit.text())
        except ValidationFailed as exc:
            self.error.setText(str(exc.errors[0].message))
            self.password_edit.clear()
            self.password_edit.setFocus()
            return
        self.accept()


class NewUserDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("添加用户"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.name_edit = QLineEdit()
        self.role_combo = QComboBox()
        for key, name in items(ROLES):
            self.role_combo.addItem(name, key)
        self.password_edit = QLineEdit()
        self.again_edit = QLineEdit()
        for edit in (self.password_edit, self.again_edit):
            edit.setEchoMode(QLineEdit.Password)
        form.addRow(self.tr("用户名(&U)："), self.name_edit)
        form.addRow(self.tr("角色(&R)："), self.role_combo)
        form.addRow(self.tr("密码(&P)："), self.password_edit)
        form.addRow(self.tr("再输一次(&A)："), self.again_edit)
        layout.addLayout(form)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Save).setText(self.tr("保存(&S)"))
        buttons.button(QDialogButtonBox.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def save(self) -> None:
        if self.password_edit.text() != self.again_edit.text():
            self.error.setText(self.tr("两次输入的密码不一致"))
            return
        try:
            create_user(
                self.name_edit.text(), self.role_combo.currentData(), self.password_edit.text()
            )
        except ValidationFailed as exc:
            self.error.setText(str(exc))
            return
        self.accept()


class UsersPanel(QWidget):
    """Who may sign in and with which role; only a 管理员 changes it once sign-in is on."""

    shows = frozenset({USERS})

    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addWidget(
            note(
                self.tr(
                    "登录默认关闭，操作人按电脑的用户名记录。多人共用一台电脑时，先添加管理员，再启用登录。"
                    "角色：管理员——全部操作；录入员——录入与导入，不能解锁季度、恢复备份、彻底删除或管理用户；"
                    "只读——只能查看。密码只保存加盐的 scrypt 摘要。"
                )
            )
        )
        self.login_check = QCheckBox(self.tr("启用登录(&L)"))
        self.login_check.toggled.connect(self._toggle_login)
        layout.addWidget(self.login_check)
        self.table = read_only_table([self.tr("用户名"), self.tr("角色"), self.tr("状态")])
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("添加用户(&N)…"))
        self.add_button.clicked.connect(self.add_user)
        self.password_button = QPushButton(self.tr("重设密码(&P)…"))
        self.password_button.clicked.connect(self.reset_password)
        self.active_button = QPushButton(self.tr("停用 / 启用(&D)"))
        self.active_button.clicked.connect(self.toggle_active)
        for b in (self.add_button, self.password_button, self.active_button):
            row.addWidget(b)
        row.addStretch()
        layout.addLayout(row)

    def refresh(self) -> None:
        self._rows = user_rows()
        self.table.setRowCount(len(self._rows))
        for r, u in enumerate(self._rows):
            for c, text in enumerate(
                (u.username, u.role_name, self.tr("启用") if u.active else self.tr("已停用"))
            ):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.login_check.blockSignals(True)
        self.login_check.setChecked(login_required())
        self.login_check.blockSignals(False)
        allowed = session().is_admin
        for widget in (self.login_check, self.add_button, self.password_button, self.active_button):
            widget.setEnabled(allowed)

    def _toggle_login(self, on: bool) -> None:
        try:
            require_login(on)
        except ValidationFailed as exc:
            QMessageBox.warning(self, self.tr("无法启用登录"), str(exc))
        else:
            announce(self, Changes.of(USERS))
        self.refresh()

    def add_user(self) -> None:
        if NewUserDialog(self).exec():
            announce(self, Changes.of(USERS))
            self.refresh()

    def _selected(self):
        row = self.table.currentRow()
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def reset_password(self) -> None:
        user = self._selected()
        if user is None:
            return
        password, ok = QInputDialog.getText(
            self,
            self.tr("重设密码"),
            self.tr("{0} 的新密码（至少 6 位）：").format(user.username),
            QLineEdit.Password,
        )
        if not ok:
            return
        try:
            set_password(user.id, password)
        except ValidationFailed as exc:
            QMessageBox.warning(self, self.tr("无法重设"), str(exc))
            return
        announce(self, Changes.of(USERS))

    def toggle_active(self) -> None:
        user = self._selected()
        if user is None:
            return
        try:
            set_active(user.id, not user.active)
        except ValidationFailed as exc:
            QMessageBox.warning(self, self.tr("无法停用"), str(exc))
        else:
            announce(self, Changes.of(USERS))
        self.refresh()
