"""Choosing an enterprise in a form: type to find it (contains, any case), or create it on the spot
(with the duplicate check of the enterprise dialog)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QHBoxLayout, QPushButton, QWidget

from models.store.enterprises import enterprise_choices


class EnterprisePicker(QWidget):
    """An editable list of enterprises and a 新建企业 button; `changed` fires on any change."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.combo = QComboBox()
        self.combo.setEditable(True)
        self.combo.setInsertPolicy(QComboBox.NoInsert)
        self.combo.lineEdit().setPlaceholderText(self.tr("输入企业名称查找"))
        self.new_button = QPushButton(self.tr("新建企业…"))
        self.new_button.clicked.connect(self.create)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.combo, 1)
        layout.addWidget(self.new_button)
        self.reload()
        self.combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.combo.lineEdit().textChanged.connect(lambda _t: self.changed.emit())

    def reload(self, select: int | None = None) -> None:
        self.combo.blockSignals(True)
        self.combo.clear()
        self.combo.addItem("", None)
        for eid, name in enterprise_choices():
            self.combo.addItem(name, eid)
        completer = QCompleter([self.combo.itemText(i) for i in range(1, self.combo.count())])
        completer.setFilterMode(Qt.MatchContains)
        completer.setCaseSensitivity(Qt.CaseInsensitive)
        self.combo.setCompleter(completer)
        self.combo.setCurrentIndex(max(0, self.combo.findData(select)))
        self.combo.blockSignals(False)
        self.changed.emit()

    def set_enterprise(self, enterprise_id: int | None) -> None:
        self.combo.setCurrentIndex(max(0, self.combo.findData(enterprise_id)))

    def enterprise_id(self) -> int | None:
        """The chosen enterprise; typed text that names one exactly counts too."""
        index = self.combo.findText(self.combo.currentText().strip())
        return self.combo.itemData(index) if index > 0 else None

    def create(self) -> None:
        from ui.enterprise_dialog import EnterpriseDialog

        typed = self.combo.currentText() if self.enterprise_id() is None else ""
        dialog = EnterpriseDialog(None, typed, self)
        dialog.saved.connect(self.reload)
        dialog.open_existing.connect(self.reload)
        dialog.exec()
