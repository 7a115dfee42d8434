"""新增/修改人员: name, unit, title and the periods in each role (a leader may change post mid-year)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from models.queries.overview import units
from models.store.people import PersonInput, RoleInput, person_input, save_person, validate_person
from models.vocab import ROLES
from ui.changes import PEOPLE, Changes
from ui.dates import date_edit, to_date
from ui.form_dialog import FormDialog
from ui.vocab_text import items


class PersonDialog(FormDialog):
    """One person and their role periods; Save only when valid."""

    changes = Changes.of(PEOPLE)

    def __init__(
        self,
        person_id: int | None = None,
        unit_id: int | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.person_id = person_id
        self.note = ""  # kept as loaded: the dialog has no field for it
        self.setWindowTitle(self.tr("修改人员") if person_id else self.tr("新增人员"))
        self.setMinimumWidth(620)
        form = QFormLayout()
        self.unit_combo = QComboBox()
        for unit in units():
            self.unit_combo.addItem(unit.name, unit.id)
        self.name_edit = QLineEdit()
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("如 县委书记、副县长、招商局局长"))
        self.phone_edit = QLineEdit()
        form.addRow(self.tr("单位(&U)："), self.unit_combo)
        form.addRow(self.tr("姓名(&N)："), self.name_edit)
        form.addRow(self.tr("职务(&T)："), self.title_edit)
        form.addRow(self.tr("电话："), self.phone_edit)

        self.roles = QTableWidget(0, 5)
        self.roles.setHorizontalHeaderLabels(
            [
                self.tr("角色"),
                self.tr("该任职的职务"),
                self.tr("起始日期"),
                self.tr("结束日期"),
                self.tr("仍在任"),
            ]
        )
        self.roles.verticalHeader().setVisible(False)
        self.roles.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.roles.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.roles.horizontalHeader().setStretchLastSection(True)
        add_role = QPushButton(self.tr("添加任职(&A)"))
        remove_role = QPushButton(self.tr("删除所选任职"))
        add_role.clicked.connect(lambda: self._add_role_row(RoleInput("staff", dt.date.today())))
        remove_role.clicked.connect(self._remove_role_row)
        role_buttons = QHBoxLayout()
        role_buttons.addWidget(add_role)
        role_buttons.addWidget(remove_role)
        role_buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("任职（决定每月外出考核要求；同一天只能担任一个角色）：")))
        layout.addWidget(self.roles)
        layout.addLayout(role_buttons)
        self.finish(layout)
        self.offer_history("person", self.person_id, self.tr("人员"), person_input)

        if person_id is not None:
            self._load(person_input(person_id))
        else:
            if unit_id is not None:
                self.unit_combo.setCurrentIndex(max(0, self.unit_combo.findData(unit_id)))
            self._add_role_row(RoleInput("staff", dt.date.today()))
        for signal in (
            self.unit_combo.currentIndexChanged,
            self.name_edit.textChanged,
            self.title_edit.textChanged,
        ):
            signal.connect(self.validate)
        self.validate()

    def _load(self, data: PersonInput) -> None:
        self.note = data.note
        self.unit_combo.setCurrentIndex(max(0, self.unit_combo.findData(data.unit_id)))
        self.name_edit.setText(data.name)
        self.title_edit.setText(data.title)
        self.phone_edit.setText(data.phone)
        for role in data.roles:
            self._add_role_row(role)

    def _add_role_row(self, role: RoleInput) -> None:
        row = self.roles.rowCount()
        self.roles.insertRow(row)
        combo = QComboBox()
        for key, name in items(ROLES):
            combo.addItem(name, key)
        combo.setCurrentIndex(max(0, combo.findData(role.role)))
        title = QLineEdit(role.title)
        title.setPlaceholderText(self.tr("如 副县长"))
        start = date_edit(role.valid_from)
        end = date_edit(role.valid_to or dt.date.today())
        current = QCheckBox()
        current.setChecked(role.valid_to is None)
        end.setEnabled(role.valid_to is not None)
        current.toggled.connect(lambda on, e=end: e.setEnabled(not on))
        for column, widget in enumerate((combo, title, start, end, current)):
            self.roles.setCellWidget(row, column, widget)
        combo.currentIndexChanged.connect(self.validate)
        start.dateChanged.connect(self.validate)
        end.dateChanged.connect(self.validate)
        current.toggled.connect(self.validate)
        self.validate()

    def _remove_role_row(self) -> None:
        rows = sorted({i.row() for i in self.roles.selectedIndexes()}, reverse=True)
        if not rows and self.roles.rowCount():
            rows = [self.roles.currentRow()] if self.roles.currentRow() >= 0 else []
        for row in rows:
            self.roles.removeRow(row)
        self.validate()

    def current_input(self) -> PersonInput:
        roles = []
        for row in range(self.roles.rowCount()):
            combo, title, start, end, current = (self.roles.cellWidget(row, c) for c in range(5))
            roles.append(
                RoleInput(
                    combo.currentData(),
                    to_date(start.date()),
                    None if current.isChecked() else to_date(end.date()),
                    title.text().strip(),
                )
            )
        return PersonInput(
            self.unit_combo.currentData(),
            self.name_edit.text(),
            self.title_edit.text(),
            self.phone_edit.text(),
            self.note,
            roles=roles,
        )

    def check_input(self, data: PersonInput):
        return validate_person(data, self.person_id)

    def store(self, data: PersonInput):
        return save_person(data, self.person_id)
