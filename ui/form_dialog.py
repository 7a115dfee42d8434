"""The edit-dialog contract shared by every record dialog: errors shown inline, Save only when valid,
Ctrl+S saves, a `saved` signal with the record id."""

from __future__ import annotations

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

from models.validation import Check


class FormDialog(QDialog):
    """Subclasses build their form, call finish(layout), and implement validate() and save()."""

    saved = Signal(int)

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


def refused(parent: QWidget, title: str, action) -> bool:
    """Run a change; a refusal (locked quarter, read-only user, a rule) is shown, not raised."""
    from models.validation import ValidationFailed

    try:
        action()
    except ValidationFailed as exc:
        QMessageBox.warning(parent, title, str(exc))
        return True
    return False
