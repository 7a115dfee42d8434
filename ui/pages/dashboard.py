"""工作台: the first page — where this unit stands, at a glance."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from models.config import home_unit
from models.queries import record_counts
from ui.pages.base import Page, heading, note


class _CountCard(QFrame):
    """One number with its name, large enough to read across a desk."""

    def __init__(self, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFrameShape(QFrame.StyledPanel)
        self.setMinimumWidth(150)
        layout = QVBoxLayout(self)
        self.number = QLabel("0")
        font = self.number.font()
        font.setPointSizeF(font.pointSizeF() * 2)
        font.setBold(True)
        self.number.setFont(font)
        self.number.setAlignment(Qt.AlignCenter)
        caption = QLabel(name)
        caption.setAlignment(Qt.AlignCenter)
        layout.addWidget(self.number)
        layout.addWidget(caption)


class DashboardPage(Page):
    """工作台: home unit and record totals now; compliance and indicator warnings join as they land."""

    COLUMNS = 4

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("工作台")))
        self.unit_label = QLabel()
        layout.addWidget(self.unit_label)
        self.grid = QGridLayout()
        self.cards: dict[str, _CountCard] = {}
        layout.addLayout(self.grid)
        layout.addWidget(
            note(
                self.tr(
                    "各类提醒（领导外出天数不足、逾期未跟进的企业、土地使用权即将到期的项目、"
                    "逾期未反馈的项目信息）和本季度指标完成情况将陆续显示在这里。"
                )
            )
        )
        layout.addStretch(1)
        self.refresh()

    def refresh(self) -> None:
        unit = home_unit()
        self.unit_label.setText(
            self.tr("本单位：{0}").format(unit.name)
            if unit
            else self.tr("本单位：尚未设置（见“设置”）")
        )
        for i, (name, count) in enumerate(record_counts().items()):
            card = self.cards.get(name)
            if card is None:
                card = self.cards[name] = _CountCard(name, self)
                self.grid.addWidget(card, i // self.COLUMNS, i % self.COLUMNS)
            card.number.setText(f"{count:,}")
