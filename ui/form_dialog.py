"""The edit-dialog contract shared by every record dialog: errors shown inline, Save only when valid,
Ctrl+S saves in one transaction, the change announced, a `saved` signal with the record id."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models.validation import Check, ValidationFailed
from ui.changes import NOTHING, Changes, announce

_SHORTCUT = re.compile(r"\(&.\)|&")


class FormDialog(QDialog):
    """Subclasses build their form, call finish(layout), and give current_input(), check_input()
    and store(); save() is the same for all of them. `changes` is what a save changes."""

    saved = Signal(int)
    changes: Changes = NOTHING

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.error_label = QLabel()
        self.error_label.setObjectName("errorLabel")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.setVisible(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
        self.buttons.button(QDialogButtonBox.Save).setText(self.tr("保存(&S)"))
        self.buttons.button(QDialogButtonBox.Cancel).setText(self.tr("取消"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.bottom = QHBoxLayout()
        self.bottom.addStretch(1)
        self.bottom.addWidget(self.buttons)
        QShortcut(QKeySequence.Save, self, activated=self.save)

    def finish(self, layout: QVBoxLayout) -> None:
        """Put the error text and the buttons under the form; Tab leaves multi-line fields."""
        layout.addWidget(self.error_label)
        layout.addLayout(self.bottom)
        self.history_button = QPushButton(self.tr("修改记录(&H)…"))
        self.history_button.clicked.connect(self.show_history)
        self.history_button.setVisible(False)
        self.bottom.insertWidget(0, self.history_button)
        for edit in self.findChildren(QPlainTextEdit):
            edit.setTabChangesFocus(True)

    def offer_history(self, table: str, record_id: int | None, title: str, loader=None) -> None:
        """A button showing who changed this record and how (only for a record already saved).

        loader(record_id) reads the stored record; what it gave when the dialog opened is compared
        before saving, so an edit made meanwhile elsewhere (another window, another PC) is not
        silently overwritten.
        """
        self._history = (table, record_id, title)
        self.history_button.setVisible(record_id is not None)
        self._loader = loader if record_id is not None else None
        self._loaded = loader(record_id) if self._loader else None

    def changed_elsewhere(self) -> bool:
        """True (and said on the form) when the record changed since this dialog opened."""
        loader = getattr(self, "_loader", None)
        if loader is None:
            return False
        record_id = self._history[1]
        try:
            now = loader(record_id)
        except Exception:  # deleted meanwhile
            now = None
        if now == self._loaded:
            return False
        self.show_failure(
            self.tr(
                "这条记录在您打开后已被修改或删除（另一个窗口或另一台电脑）。为免覆盖别人的修改，请取消后重新打开再改。"
            )
        )
        self.save_button().setEnabled(False)
        return True

    # -- the save every form shares ------------------------------------------------------------
    def current_input(self) -> Any:
        """The form's values as the store takes them."""
        raise NotImplementedError

    def check_input(self, data) -> Check:
        """The store's own check of data: errors refuse the save, warnings are confirmed."""
        raise NotImplementedError

    def store(self, data) -> Any:
        """Write data through the store (inside the save's transaction); returns the saved record."""
        raise NotImplementedError

    def validate(self) -> bool:
        return self.show_check(self.check_input(self.current_input()))

    def save(self) -> None:
        """Refuse a record changed meanwhile, check, confirm warnings, store in one transaction;
        a refusal is shown on the form (the field it names gets the focus) and the dialog stays
        open, so nothing typed is lost. Saved: announce the change, emit the id, close."""
        if self.changed_elsewhere():
            return
        try:
            data = self.current_input()
            check = self.check_input(data)
        except ValidationFailed as exc:
            self.show_refusal(exc)
            return
        if not check.ok:
            self.validate()
            self.focus_field(check.errors[0].field)
            return
        if not self.confirm_warnings(check):
            return
        try:
            record = self.save_unchanged(lambda: self.store(data))
        except ValidationFailed as exc:
            self.show_refusal(exc)
            return
        except Exception as exc:
            if not self.show_write_error(exc):
                raise
            return
        self.saved_record = record
        announce(self, self.changes)
        self.saved.emit(getattr(record, "id", None) or 0)
        self.accept()

    def show_refusal(self, exc: ValidationFailed) -> None:
        """The store's refusal on the error line, the field it names focused."""
        self.show_failure(str(exc))
        fields = [getattr(error, "field", "") for error in exc.errors]
        if fields:
            self.focus_field(fields[0])

    def show_write_error(self, exc: Exception) -> bool:
        """A write the database refused, in Chinese; False for any other error. Another program
        writing: said on the form, Save stays enabled to try again. Otherwise (disk full, a
        read-only file) also in a box, as it will not pass by itself."""
        from models.db.base import DatabaseWriteError, explain_db_error, is_busy, is_database_error

        if isinstance(exc, DatabaseWriteError):
            text, busy = str(exc), exc.busy
        elif is_database_error(exc):
            text, busy = explain_db_error(exc), is_busy(exc)
        else:
            return False
        self.show_failure(text)
        if not busy:
            QMessageBox.warning(self, self.tr("没有保存"), text)
        return True

    def field_widgets(self) -> dict[str, QWidget]:
        """Inputs named by a field whose name is not their row's label (开始日期 in 起止日期)."""
        return {}

    def field_widget(self, name: str) -> QWidget | None:
        """The input a message names: by field_widgets(), else the row whose label reads name."""
        if name in self.field_widgets():
            return self.field_widgets()[name]
        rows = []
        for label in self.findChildren(QLabel):
            text = _SHORTCUT.sub("", label.text()).strip().rstrip("：:").strip()
            if label.buddy() is not None and text:
                rows.append((text, label.buddy()))
        exact = [widget for text, widget in rows if text == name]
        begins = [widget for text, widget in rows if text.startswith(name)]  # 合同金额(亿元)
        found = exact or begins
        return found[0] if found else None

    def focus_field(self, name: str) -> None:
        widget = self.field_widget(name)
        if widget is not None and widget.isEnabled():
            widget.setFocus()

    def save_unchanged(self, save):
        """Run save() (a store function) only if the record is as it was when the dialog opened,
        checked in the save's own transaction; raises ChangedElsewhere (a ValidationFailed) if not."""
        from models.store.editing import ChangedElsewhere, save_unchanged

        if getattr(self, "_loader", None) is None:
            return save()
        try:
            return save_unchanged(self._loader, self._history[1], self._loaded, save)
        except ChangedElsewhere:
            self.save_button().setEnabled(False)
            raise

    def show_history(self) -> None:
        from ui.audit_panel import HistoryDialog

        table, record_id, title = self._history
        HistoryDialog(table, record_id, title, self).exec()

    def labelled(self, text: str, buddy: QWidget) -> QLabel:
        """A row label whose Alt+letter moves to buddy (needed when the field is a layout)."""
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    def save_button(self):
        return self.buttons.button(QDialogButtonBox.Save)

    def show_check(self, check: Check) -> bool:
        """Every error next to the form; Save enabled only without errors."""
        self.error_label.setText("\n".join(str(e) for e in check.errors))
        self.error_label.setVisible(bool(check.errors))
        self.save_button().setEnabled(check.ok)
        return check.ok

    def show_failure(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.setVisible(True)

    def confirm_warnings(self, check: Check) -> bool:
        """Warnings (not errors) are saved only after the user says yes to each."""
        for warning in check.warnings:
            answer = QMessageBox.question(self, self.tr("请确认"), warning)
            if answer != QMessageBox.Yes:
                return False
        return True


def ask_delete(parent: QWidget, title: str, text: str) -> bool:
    """ask() for a deletion, saying where the record can be got back."""
    hint = QApplication.translate("FormDialog", "删除后可在“设置 → 回收站”中恢复。")
    return ask(parent, title, f"{text}\n\n{hint}")


def ask(parent: QWidget, title: str, text: str) -> bool:
    """A yes/no question for destructive actions; No is the default so Enter never deletes."""
    answer = QMessageBox.question(
        parent, title, text, QMessageBox.Yes | QMessageBox.No, QMessageBox.No
    )
    return answer == QMessageBox.Yes


def refused(parent: QWidget, title: str, action, changes: Changes) -> bool:
    """Run a change; a refusal (locked quarter, read-only user, a rule) is shown, not raised.
    Done: what it changed is announced to the window."""
    try:
        action()
    except ValidationFailed as exc:
        QMessageBox.warning(parent, title, str(exc))
        return True
    announce(parent, changes)
    return False
