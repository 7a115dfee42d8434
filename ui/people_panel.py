"""人员与任职 (in 设置): the people of each unit, the role each holds today, add / edit / delete."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.queries.overview import units
from models.search import matches, search_key
from models.store.people import PersonRow, delete_person, people_rows
from models.validation import ValidationFailed
from models.vocab import ROLES
from ui.changes import PEOPLE, Changes, announce
from ui.form_dialog import ask_delete
from ui.person_dialog import PersonDialog
from ui.record_table import read_only_table
from ui.vocab_text import label


class PeoplePanel(QWidget):
    """A list of people with their role today; double-click or Enter edits."""

    shows = frozenset({PEOPLE})

    HEADERS = (
        QT_TRANSLATE_NOOP("PeoplePanel", "单位"),
        QT_TRANSLATE_NOOP("PeoplePanel", "姓名"),
        QT_TRANSLATE_NOOP("PeoplePanel", "职务"),
        QT_TRANSLATE_NOOP("PeoplePanel", "今日角色"),
        QT_TRANSLATE_NOOP("PeoplePanel", "任职起"),
        QT_TRANSLATE_NOOP("PeoplePanel", "任职止"),
    )

    def __init__(self, today: dt.date | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.today = today or dt.date.today()
        self.rows: list[PersonRow] = []
        self.unit_combo = QComboBox()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("姓名或拼音首字母"))
        self.search.setClearButtonEnabled(True)
        self.add_button = QPushButton(self.tr("新增人员(&N)"))
        self.edit_button = QPushButton(self.tr("修改(&E)"))
        self.delete_button = QPushButton(self.tr("删除(&D)"))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("单位：")))
        top.addWidget(self.unit_combo)
        top.addWidget(self.search, 1)
        for button in (self.add_button, self.edit_button, self.delete_button):
            top.addWidget(button)
        self.table = read_only_table([self.tr(h) for h in self.HEADERS])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table)

        self.unit_combo.currentIndexChanged.connect(self.reload)
        self.search.textChanged.connect(self._apply_search)
        self.add_button.clicked.connect(self.add_person)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.table.cellActivated.connect(lambda *_: self.edit_selected())

    def refresh(self) -> None:
        current = self.unit_combo.currentData()
        self.unit_combo.blockSignals(True)
        self.unit_combo.clear()
        self.unit_combo.addItem(self.tr("全部单位"), None)
        for unit in units():
            self.unit_combo.addItem(unit.name, unit.id)
        self.unit_combo.setCurrentIndex(max(0, self.unit_combo.findData(current)))
        self.unit_combo.blockSignals(False)
        self.reload()

    def reload(self) -> None:
        self.rows = people_rows(self.unit_combo.currentData(), on=self.today)
        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            cells = (
                row.unit,
                row.name,
                row.title,
                label(ROLES, row.role) if row.role else self.tr("（无）"),
                row.since.isoformat() if row.since else "",
                row.until.isoformat() if row.until else "",
            )
            for c, text in enumerate(cells):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self._apply_search(self.search.text())

    def _apply_search(self, text: str) -> None:
        for r, row in enumerate(self.rows):
            hidden = bool(text.strip()) and not matches(
                search_key(row.title, names=(row.name,)), text
            )
            self.table.setRowHidden(r, hidden)

    def selected(self) -> PersonRow | None:
        r = self.table.currentRow()
        if r < 0 or r >= len(self.rows) or self.table.isRowHidden(r):
            return None
        return self.rows[r]

    def add_person(self) -> PersonDialog:
        dialog = PersonDialog(None, self.unit_combo.currentData(), self)
        dialog.saved.connect(lambda _id: self.reload())
        dialog.open()
        return dialog

    def edit_selected(self) -> PersonDialog | None:
        row = self.selected()
        if row is None:
            return None
        dialog = PersonDialog(row.id, None, self)
        dialog.saved.connect(lambda _id: self.reload())
        dialog.open()
        return dialog

    def delete_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        if not ask_delete(
            self,
            self.tr("删除人员"),
            self.tr("确定删除 {0} 的 {1} 及其全部任职记录吗？").format(row.unit, row.name),
        ):
            return
        try:
            delete_person(row.id)
        except ValidationFailed as exc:
            QMessageBox.warning(self, self.tr("不能删除"), str(exc))
            return
        announce(self, Changes.of(PEOPLE))
        self.reload()
