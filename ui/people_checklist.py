"""Picking people of a unit: a checkable list with a filter box that understands pinyin initials."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from models.search import matches, search_key
from models.store.people import people_rows
from models.vocab import ROLES
from ui.vocab_text import label

PersonRole = Qt.UserRole + 1
KeyRole = Qt.UserRole + 2


class PeopleChecklist(QWidget):
    """The unit's people, each with title and role on the given day; changed fires on every tick."""

    changed = Signal()

    def __init__(self, today: dt.date, parent: QWidget | None = None):
        super().__init__(parent)
        self.today = today
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("输入姓名或拼音首字母筛选，如 zs"))
        self.filter.setClearButtonEnabled(True)
        self.list = QListWidget()
        self.list.setMinimumHeight(110)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter)
        layout.addWidget(self.list)
        self.filter.textChanged.connect(self._apply_filter)
        self.list.itemChanged.connect(lambda _item: self.changed.emit())

    def load(self, unit_id: int | None, checked: set[int]) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        if unit_id is not None:
            for person in people_rows(unit_id, on=self.today):
                role = label(ROLES, person.role) if person.role else self.tr("无任职")
                item = QListWidgetItem(f"{person.name}　{person.title}　{role}".strip())
                item.setData(PersonRole, person.id)
                item.setData(KeyRole, search_key(person.title, names=(person.name,)))
                item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
                item.setCheckState(Qt.Checked if person.id in checked else Qt.Unchecked)
                self.list.addItem(item)
        self.list.blockSignals(False)
        self._apply_filter(self.filter.text())
        self.changed.emit()

    def _apply_filter(self, text: str) -> None:
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setHidden(bool(text.strip()) and not matches(item.data(KeyRole), text))

    def person_ids(self) -> list[int]:
        return [
            self.list.item(i).data(PersonRole)
            for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.Checked
        ]

    def check(self, name: str) -> bool:
        """Tick a person by name (keyboard users type the filter; tests and imports use this)."""
        for i in range(self.list.count()):
            item = self.list.item(i)
            if item.text().split("　")[0] == name:
                item.setCheckState(Qt.Checked)
                return True
        return False
