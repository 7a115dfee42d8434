"""工作台: the first page — outing alerts first, then the record totals at a glance."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.config import home_unit
from models.queries import record_counts
from models.visit_store import VisitRow, due_follow_ups
from reports.compliance import STATUS_NAMES, ComplianceRow, alerts
from ui.compliance_view import STATUS_COLOURS
from ui.pages.base import Page, heading, note
from ui.record_table import read_only_table


def _table(headers: tuple[str, ...], tr) -> QTableWidget:
    """A short read-only list for the dashboard."""
    table = read_only_table([tr(h) for h in headers])
    table.setMaximumHeight(200)
    return table


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
    """工作台: leaders at risk this month and short last month, one click from the month view."""

    COLUMNS = 4
    open_month = Signal(int, int, object)  # year, month, unit id or None
    follow_up = Signal(object)  # the VisitRow to follow up

    def __init__(self, today: dt.date | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.today = today or dt.date.today()
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("工作台")))
        self.unit_label = QLabel()
        layout.addWidget(self.unit_label)

        self.alert_box = QGroupBox(self.tr("外出招商预警（本月有风险、上月未达标）"))
        alert_layout = QVBoxLayout(self.alert_box)
        self.alert_table = _table(("月份", "单位", "人员", "角色", "天数 / 要求", "状态"), self.tr)
        self.alert_table.cellActivated.connect(self._alert_activated)
        self.no_alerts = QLabel(self.tr("本月暂无外出招商预警。"))
        buttons = QHBoxLayout()
        self.month_button = QPushButton(self.tr("查看本月达标情况(&M)"))
        self.month_button.clicked.connect(self._open_this_month)
        buttons.addWidget(self.month_button)
        buttons.addStretch(1)
        alert_layout.addWidget(self.alert_table)
        alert_layout.addWidget(self.no_alerts)
        alert_layout.addLayout(buttons)
        layout.addWidget(self.alert_box)

        self.follow_box = QGroupBox(self.tr("到期未跟进的企业"))
        follow_layout = QVBoxLayout(self.follow_box)
        self.follow_table = _table(("跟进日期", "单位", "企业", "上次拜访", "下步工作"), self.tr)
        self.follow_table.cellActivated.connect(self._follow_activated)
        self.no_follow = QLabel(self.tr("没有到期未跟进的企业。"))
        follow_layout.addWidget(self.follow_table)
        follow_layout.addWidget(self.no_follow)
        follow_layout.addWidget(QLabel(self.tr("双击一行，登记对该企业的跟进拜访。")))
        layout.addWidget(self.follow_box)

        self.grid = QGridLayout()
        self.cards: dict[str, _CountCard] = {}
        layout.addLayout(self.grid)
        layout.addWidget(
            note(
                self.tr(
                    "土地使用权即将到期的项目、逾期未反馈的项目信息"
                    "和本季度指标完成情况将陆续显示在这里。"
                )
            )
        )
        layout.addStretch(1)
        self.alert_rows: list[ComplianceRow] = []
        self.follow_rows: list[VisitRow] = []
        self.refresh()

    def refresh(self) -> None:
        unit = home_unit()
        self.unit_label.setText(
            self.tr("本单位：{0}　　今天：{1:%Y-%m-%d}").format(unit.name, self.today)
            if unit
            else self.tr("本单位：尚未设置（见“设置”）　　今天：{0:%Y-%m-%d}").format(self.today)
        )
        self._fill_alerts(alerts(self.today, unit.id if unit else None))
        self._fill_follow_ups(due_follow_ups(self.today, unit.id if unit else None, limit=100))
        for i, (name, count) in enumerate(record_counts().items()):
            card = self.cards.get(name)
            if card is None:
                card = self.cards[name] = _CountCard(name, self)
                self.grid.addWidget(card, i // self.COLUMNS, i % self.COLUMNS)
            card.number.setText(f"{count:,}")

    def _fill_alerts(self, rows: list[ComplianceRow]) -> None:
        self.alert_rows = rows
        self.alert_table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            status = self.tr(STATUS_NAMES[row.status])
            if row.need_days:
                status += self.tr("，还需 {0} 天").format(row.need_days)
            cells = (
                row.month,
                row.unit,
                row.person,
                row.role,
                f"{row.days} / {row.required_days}",
                status,
            )
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c == 5:
                    item.setForeground(QBrush(QColor(STATUS_COLOURS[row.status])))
                self.alert_table.setItem(r, c, item)
        self.alert_table.setVisible(bool(rows))
        self.no_alerts.setVisible(not rows)

    def _fill_follow_ups(self, rows: list[VisitRow]) -> None:
        self.follow_rows = rows
        self.follow_table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            cells = (
                row.follow_up_date.isoformat(),
                row.unit,
                row.enterprise,
                row.date.isoformat(),
                row.next_step,
            )
            for c, text in enumerate(cells):
                self.follow_table.setItem(r, c, QTableWidgetItem(text))
        self.follow_table.setVisible(bool(rows))
        self.no_follow.setVisible(not rows)
        self.follow_box.setTitle(
            self.tr("到期未跟进的企业（{0}）").format(len(rows))
            if rows
            else self.tr("到期未跟进的企业")
        )

    def _follow_activated(self, row: int, _column: int = 0) -> None:
        self.follow_up.emit(self.follow_rows[row])

    def _alert_activated(self, row: int, _column: int = 0) -> None:
        alert = self.alert_rows[row]
        year, month_no = (int(x) for x in alert.month.split("-"))
        self.open_month.emit(year, month_no, alert.unit_id)

    def _open_this_month(self) -> None:
        unit = home_unit()
        self.open_month.emit(self.today.year, self.today.month, unit.id if unit else None)
