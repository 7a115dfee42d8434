"""首次使用: on an empty database, offer the demo data or choosing the home unit."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models.queries.overview import units
from models.store.settings import HOME_UNIT_KEY, set_setting
from ui.changes import EVERYTHING, SETTINGS, Changes, announce
from ui.tasks import run_with_progress


class FirstRunDialog(QDialog):
    """Two ways to start: look around with demo data, or pick the home unit and begin entering."""

    def __init__(self, db_path: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("欢迎使用招商引资工作台"))
        self.choice = ""
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "这是一个新的数据库：\n{0}\n\n可以先载入示例数据熟悉各项功能，或选择本单位后开始录入。"
            ).format(db_path)
        )
        intro.setWordWrap(True)
        intro.setTextInteractionFlags(Qt.TextSelectableByMouse)
        layout.addWidget(intro)

        demo_box = QGroupBox(self.tr("先看看"))
        demo_layout = QVBoxLayout(demo_box)
        demo_layout.addWidget(
            QLabel(
                self.tr(
                    "载入襄阳各县(市、区)、开发区 2019–2020 年的示例记录（可随时用新数据库重新开始）。"
                )
            )
        )
        self.demo_button = QPushButton(self.tr("载入示例数据(&D)"))
        self.demo_button.clicked.connect(self._load_demo)
        demo_layout.addWidget(self.demo_button, 0, Qt.AlignLeft)
        layout.addWidget(demo_box)

        unit_box = QGroupBox(self.tr("开始使用"))
        unit_layout = QHBoxLayout(unit_box)
        unit_layout.addWidget(QLabel(self.tr("本单位(&U)：")))
        self.unit_combo = QComboBox()
        for unit in units():
            self.unit_combo.addItem(unit.name)
        unit_layout.itemAt(0).widget().setBuddy(self.unit_combo)
        unit_layout.addWidget(self.unit_combo, 1)
        self.start_button = QPushButton(self.tr("开始使用(&S)"))
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self._choose_unit)
        unit_layout.addWidget(self.start_button)
        layout.addWidget(unit_box)

        buttons = QDialogButtonBox(QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Cancel).setText(self.tr("以后再说"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _choose_unit(self) -> None:
        set_setting(HOME_UNIT_KEY, self.unit_combo.currentText())
        self.choice = "unit"
        announce(self, Changes.of(SETTINGS))
        self.accept()

    def _load_demo(self) -> None:
        self.demo_button.setEnabled(False)
        self.start_button.setEnabled(False)
        from models.store.demo import load_demo  # the demo's builder, loaded only when asked for

        run_with_progress(
            self,
            self.tr("正在写入示例数据……"),
            lambda _report, _cancelled: load_demo(),
            self._demo_done,
            self._demo_failed,
            show_after=0,
        )

    def _demo_done(self, _result) -> None:
        self.choice = "demo"
        announce(self, EVERYTHING)
        self.accept()

    def _demo_failed(self, exc: Exception) -> None:
        self.demo_button.setEnabled(True)
        self.start_button.setEnabled(True)
        QMessageBox.critical(self, self.tr("示例数据写入失败"), str(exc))
