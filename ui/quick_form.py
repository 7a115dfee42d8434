"""Small one-purpose forms (add a contract, record funds, a stage action): fields declared in a few
lines, the models/ function does the checking, errors shown in place, warnings confirmed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from models.validation import Check
from ui.changes import Changes
from ui.dates import date_edit, to_date
from ui.form_dialog import FormDialog
from ui.vocab_text import shown


class QuickForm(FormDialog):
    """Fields by name; submit(values) saves (raising ValidationFailed), check(values) may add
    warnings; changes: what a submit changes (announced after it)."""

    def __init__(
        self,
        title: str,
        submit: Callable[[dict[str, Any]], Any],
        check: Callable[[dict[str, Any]], Check] | None = None,
        parent: QWidget | None = None,
        *,
        changes: Changes,
    ):
        super().__init__(parent)
        self.changes = changes
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self.submit = submit
        self.check = check
        self.getters: dict[str, Callable[[], Any]] = {}
        self.widgets: dict[str, QWidget] = {}
        self.form = QFormLayout()
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        self.finish(layout)

    def _add(
        self, name: str, label: str, widget: QWidget, getter: Callable[[], Any], signal
    ) -> QWidget:
        self.form.addRow(label, widget)
        self.widgets[name] = widget
        self.getters[name] = getter
        signal.connect(self.validate)
        return widget

    def add_date(self, name: str, label: str, value: dt.date | None = None):
        edit = date_edit(value)
        return self._add(name, label, edit, lambda: to_date(edit.date()), edit.dateChanged)

    def add_text(
        self, name: str, label: str, value: str = "", hint: str = "", multiline: bool = False
    ):
        if multiline:
            edit = QPlainTextEdit(value)
            edit.setFixedHeight(70)
            edit.setTabChangesFocus(True)
            return self._add(name, label, edit, edit.toPlainText, edit.textChanged)
        edit = QLineEdit(value)
        edit.setPlaceholderText(hint)
        return self._add(name, label, edit, edit.text, edit.textChanged)

    def add_choice(self, name: str, label: str, choices: dict[Any, str], value: Any = None):
        combo = QComboBox()
        for key, text in choices.items():
            combo.addItem(shown(text), key)
        combo.setCurrentIndex(max(0, combo.findData(value)))
        return self._add(name, label, combo, combo.currentData, combo.currentIndexChanged)

    def add_check(self, name: str, label: str, value: bool = False):
        box = QCheckBox(label)
        box.setChecked(value)
        return self._add(name, "", box, box.isChecked, box.toggled)

    def values(self) -> dict[str, Any]:
        return {name: get() for name, get in self.getters.items()}

    current_input = values

    def check_input(self, data: dict[str, Any]) -> Check:
        return self.check(data) if self.check is not None else Check()

    def store(self, data: dict[str, Any]) -> Any:
        return self.submit(data)

    def validate(self) -> bool:
        if self.check is None:
            # Checked only on save: a changed field clears the last refusal.
            self.error_label.setVisible(False)
            self.save_button().setEnabled(True)
            return True
        return self.show_check(self.check(self.values()))
