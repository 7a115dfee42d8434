"""新增/修改企业: credit-code check as you type, duplicates stop the save and offer the existing record."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.creditcode import check_credit_code
from models.store.enterprises import (
    ContactInput,
    Duplicate,
    EnterpriseInput,
    enterprise_input,
    save_enterprise,
    validate_enterprise,
)
from models.vocab import ABROAD_AREAS, ENTERPRISE_TAGS, REGIONS, YEARLY_LIST_TAGS
from ui.changes import ENTERPRISES, Changes
from ui.form_dialog import FormDialog
from ui.vocab_text import items


class EnterpriseDialog(FormDialog):
    """One enterprise with tags, region, industry, key flag and contacts."""

    changes = Changes.of(ENTERPRISES)

    open_existing = Signal(int)

    def __init__(
        self, enterprise_id: int | None = None, name: str = "", parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.enterprise_id = enterprise_id
        self.duplicates: list[Duplicate] = []
        self.setWindowTitle(self.tr("修改企业") if enterprise_id else self.tr("新增企业"))
        self.setMinimumWidth(680)
        self._build()
        if enterprise_id is not None:
            self._load(enterprise_input(enterprise_id))
        else:
            self.name_edit.setText(name)
        self._connect()
        self.validate()

    def _build(self) -> None:
        form = QFormLayout()
        self.name_edit = QLineEdit()
        form.addRow(self.tr("企业名称(&N)："), self.name_edit)
        self.code_edit = QLineEdit()
        self.code_edit.setMaxLength(18)
        self.code_edit.setMinimumWidth(220)
        self.code_edit.setPlaceholderText(self.tr("18 位；境外企业可不填"))
        self.code_hint = QLabel()
        code_row = QHBoxLayout()
        code_row.addWidget(self.code_edit)
        code_row.addWidget(self.code_hint, 1)
        form.addRow(self.labelled(self.tr("统一社会信用代码(&C)："), self.code_edit), code_row)

        tags = QGridLayout()
        self.tag_boxes: dict[str, QCheckBox] = {}
        self.list_years: dict[str, QSpinBox] = {}
        for i, (key, name) in enumerate(items(ENTERPRISE_TAGS)):
            box = QCheckBox(name)
            self.tag_boxes[key] = box
            cell = QHBoxLayout()
            cell.addWidget(box)
            if key in YEARLY_LIST_TAGS:
                year = QSpinBox()
                year.setRange(1995, 2100)
                year.setValue(dt.date.today().year)
                year.setPrefix(self.tr("榜单 "))
                year.setEnabled(False)
                box.toggled.connect(year.setEnabled)
                self.list_years[key] = year
                cell.addWidget(year)
            cell.addStretch(1)
            tags.addLayout(cell, i // 3, i % 3)
        form.addRow(self.tr("企业类别："), tags)

        self.region_combo = QComboBox()
        for key, name in items(REGIONS):
            self.region_combo.addItem(name, key)
        self.region_combo.setCurrentIndex(self.region_combo.findData("domestic"))
        self.country_combo = QComboBox()
        self.country_combo.setEditable(True)
        self.country_combo.addItems(ABROAD_AREAS)
        self.country_combo.setCurrentText("")
        self.city_edit = QLineEdit()
        place = QHBoxLayout()
        place.addWidget(self.region_combo)
        place.addWidget(QLabel(self.tr("国家/地区：")))
        place.addWidget(self.country_combo)
        place.addWidget(QLabel(self.tr("城市：")))
        place.addWidget(self.city_edit, 1)
        form.addRow(self.labelled(self.tr("所在区域(&R)："), self.region_combo), place)

        self.industry_edit = QLineEdit()
        self.chain_edit = QLineEdit()
        industry = QHBoxLayout()
        industry.addWidget(self.industry_edit)
        industry.addWidget(QLabel(self.tr("产业链：")))
        industry.addWidget(self.chain_edit)
        form.addRow(self.labelled(self.tr("所属行业(&I)："), self.industry_edit), industry)
        self.key_box = QCheckBox(self.tr("重点企业（计入每年拜访 100 家重点企业的目标）"))
        form.addRow("", self.key_box)

        self.contacts = QTableWidget(0, 3)
        self.contacts.setHorizontalHeaderLabels(
            [self.tr("联系人"), self.tr("职务"), self.tr("电话")]
        )
        self.contacts.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
        self.contacts.verticalHeader().setVisible(False)
        self.contacts.setMaximumHeight(120)
        add_contact = QPushButton(self.tr("添加联系人"))
        add_contact.clicked.connect(lambda: self._add_contact(ContactInput("")))
        remove_contact = QPushButton(self.tr("删除所选联系人"))
        remove_contact.clicked.connect(lambda: self.contacts.removeRow(self.contacts.currentRow()))
        contact_buttons = QHBoxLayout()
        contact_buttons.addWidget(add_contact)
        contact_buttons.addWidget(remove_contact)
        contact_buttons.addStretch(1)
        contacts = QVBoxLayout()
        contacts.addWidget(self.contacts)
        contacts.addLayout(contact_buttons)
        form.addRow(self.tr("联系人："), contacts)
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setFixedHeight(50)
        form.addRow(self.tr("备注："), self.notes_edit)

        self.open_button = QPushButton()
        self.open_button.setVisible(False)
        self.open_button.clicked.connect(self._open_duplicate)
        self.bottom.insertWidget(0, self.open_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        self.finish(layout)
        self.offer_history("enterprise", self.enterprise_id, self.tr("企业"), enterprise_input)

    def _connect(self) -> None:
        for edit in (
            self.name_edit,
            self.code_edit,
            self.city_edit,
            self.industry_edit,
            self.chain_edit,
        ):
            edit.textChanged.connect(self.validate)
        self.region_combo.currentIndexChanged.connect(self._region_changed)
        self.country_combo.currentTextChanged.connect(self.validate)
        for box in self.tag_boxes.values():
            box.toggled.connect(self.validate)
        self.contacts.itemChanged.connect(self.validate)
        self._region_changed()

    def _load(self, data: EnterpriseInput) -> None:
        self.name_edit.setText(data.name)
        self.code_edit.setText(data.credit_code)
        for tag, year in data.tags.items():
            if tag in self.tag_boxes:
                self.tag_boxes[tag].setChecked(True)
            if tag in self.list_years and year:
                self.list_years[tag].setValue(year)
        self.region_combo.setCurrentIndex(max(0, self.region_combo.findData(data.region)))
        self.country_combo.setCurrentText(data.country)
        self.city_edit.setText(data.city)
        self.industry_edit.setText(data.industry)
        self.chain_edit.setText(data.chain)
        self.key_box.setChecked(data.is_key)
        self.notes_edit.setPlainText(data.notes)
        for contact in data.contacts:
            self._add_contact(contact)

    def _add_contact(self, contact: ContactInput) -> None:
        row = self.contacts.rowCount()
        self.contacts.insertRow(row)
        for column, text in enumerate((contact.name, contact.title, contact.phone)):
            self.contacts.setItem(row, column, QTableWidgetItem(text))
        if not contact.name:
            self.contacts.setCurrentCell(row, 0)
            self.contacts.editItem(self.contacts.item(row, 0))

    def _region_changed(self) -> None:
        abroad = self.region_combo.currentData() == "abroad"
        self.country_combo.setEnabled(abroad)
        self.validate()

    def current_input(self) -> EnterpriseInput:
        tags = {
            key: (self.list_years[key].value() if key in self.list_years else None)
            for key, box in self.tag_boxes.items()
            if box.isChecked()
        }
        contacts = []
        for row in range(self.contacts.rowCount()):
            cells = [
                self.contacts.item(row, c).text() if self.contacts.item(row, c) else ""
                for c in range(3)
            ]
            if any(c.strip() for c in cells):
                contacts.append(ContactInput(*cells))
        abroad = self.region_combo.currentData() == "abroad"
        return EnterpriseInput(
            name=self.name_edit.text(),
            credit_code=self.code_edit.text(),
            tags=tags,
            region=self.region_combo.currentData(),
            country=self.country_combo.currentText() if abroad else "",
            city=self.city_edit.text(),
            industry=self.industry_edit.text(),
            chain=self.chain_edit.text(),
            is_key=self.key_box.isChecked(),
            notes=self.notes_edit.toPlainText(),
            contacts=contacts,
        )

    def validate(self) -> bool:
        code = check_credit_code(self.code_edit.text())
        if code.error:
            self.code_hint.setText(f"<span style='color:#b00020'>{self.tr('格式错误')}</span>")
        elif code.warning:
            self.code_hint.setText(
                f"<span style='color:#c25e00'>{self.tr('校验位不符，保存时需确认')}</span>"
            )
        elif code.code:
            self.code_hint.setText(f"<span style='color:#1b7f3b'>{self.tr('校验通过')}</span>")
        else:
            self.code_hint.setText("")
        check, self.duplicates = validate_enterprise(self.current_input(), self.enterprise_id)
        if self.duplicates:
            self.open_button.setText(self.tr("打开已有企业“{0}”").format(self.duplicates[0].name))
        self.open_button.setVisible(bool(self.duplicates))
        return self.show_check(check)

    def _open_duplicate(self) -> None:
        if self.duplicates:
            self.open_existing.emit(self.duplicates[0].id)
            self.reject()

    def check_input(self, data: EnterpriseInput):
        return validate_enterprise(data, self.enterprise_id)[0]

    def store(self, data: EnterpriseInput):
        return save_enterprise(data, self.enterprise_id)
