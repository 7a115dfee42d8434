"""月度达标: every leader's outing days and trips in a month against the quota, with a verdict."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.queries.overview import units
from reports.compliance import ComplianceRow, month_compliance
from reports.status import OUTING_STATUS
from ui.changes import PEOPLE, RULES, TRIPS
from ui.record_table import read_only_table
from ui.vocab_text import shown

STATUS_COLOURS = {
    "met": "#1b7f3b",
    "unmet": "#b00020",
    "at_risk": "#c25e00",
    "on_track": "#455a64",
}


class ComplianceView(QWidget):
    """Month, unit → table of leaders; the same rows `zhaoshang compliance` prints."""

    shows = frozenset({TRIPS, PEOPLE, RULES})

    HEADERS = (
        QT_TRANSLATE_NOOP("ComplianceView", "单位"),
        QT_TRANSLATE_NOOP("ComplianceView", "人员"),
        QT_TRANSLATE_NOOP("ComplianceView", "角色"),
        QT_TRANSLATE_NOOP("ComplianceView", "外出天数"),
        QT_TRANSLATE_NOOP("ComplianceView", "外出次数"),
        QT_TRANSLATE_NOOP("ComplianceView", "要求"),
        QT_TRANSLATE_NOOP("ComplianceView", "状态"),
        QT_TRANSLATE_NOOP("ComplianceView", "说明"),
    )

    def __init__(self, today: dt.date | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.today = today or dt.date.today()
        self.rows: list[ComplianceRow] = []
        controls = QHBoxLayout()
        self.year_spin = QSpinBox()
        self.year_spin.setRange(2000, 2100)
        self.year_spin.setValue(self.today.year)
        self.year_spin.setSuffix(self.tr(" 年"))
        self.month_combo = QComboBox()
        for m in range(1, 13):
            self.month_combo.addItem(self.tr("{0} 月").format(m), m)
        self.month_combo.setCurrentIndex(self.today.month - 1)
        self.unit_combo = QComboBox()
        self.unit_combo.addItem(self.tr("全部单位"), None)
        for unit in units():
            self.unit_combo.addItem(unit.name, unit.id)
        for label, widget in (
            (self.tr("月份："), self.year_spin),
            ("", self.month_combo),
            (self.tr("单位："), self.unit_combo),
        ):
            if label:
                controls.addWidget(QLabel(label))
            controls.addWidget(widget)
        controls.addStretch(1)
        self.summary = QLabel()
        controls.addWidget(self.summary)

        self.table = read_only_table([self.tr(h) for h in self.HEADERS])
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        # Rows come in the configured unit order; a click on a header sorts by that column instead.
        self.table.horizontalHeader().setSortIndicator(-1, Qt.AscendingOrder)
        self.table.setSortingEnabled(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(controls)
        layout.addWidget(self.table)
        self.note = QLabel(
            self.tr(
                "天数按自然日计算（含首尾两天），跨月行程分别计入各月；党政主要负责人按单位合并计算。"
                "月中任职的，要求按任职天数折算。"
            )
        )
        self.note.setWordWrap(True)
        layout.addWidget(self.note)

        self.year_spin.valueChanged.connect(self.refresh)
        self.month_combo.currentIndexChanged.connect(self.refresh)
        self.unit_combo.currentIndexChanged.connect(self.refresh)

    def show_month(self, year: int, month_no: int, unit_id: int | None = None) -> None:
        """Jump to a month (the dashboard's alerts link here)."""
        for widget in (self.year_spin, self.month_combo, self.unit_combo):
            widget.blockSignals(True)
        self.year_spin.setValue(year)
        self.month_combo.setCurrentIndex(month_no - 1)
        self.unit_combo.setCurrentIndex(max(0, self.unit_combo.findData(unit_id)))
        for widget in (self.year_spin, self.month_combo, self.unit_combo):
            widget.blockSignals(False)
        self.refresh()

    def refresh(self) -> None:
        year, month_no = self.year_spin.value(), self.month_combo.currentData()
        self.rows = month_compliance(year, month_no, self.unit_combo.currentData(), self.today)
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            required = self.tr("{0} 天").format(row.required_days)
            if row.required_trips:
                required += self.tr(" / {0} 次").format(row.required_trips)
            if row.pooled:
                required += self.tr("（合计）")
            explain = [row.shortfall(shown)] if row.shortfall() else []
            if row.planned_days:
                explain.append(self.tr("另有已安排 {0} 天").format(row.planned_days))
            if row.partial:
                explain.append(self.tr("月中任职，按比例折算"))
            cells = [
                row.unit,
                row.person,
                row.role,
                _number(row.days),
                _number(row.trips),
                required,
                shown(row.status_name),
                "，".join(explain),
            ]
            for c, value in enumerate(cells):
                item = value if isinstance(value, QTableWidgetItem) else QTableWidgetItem(value)
                if c == 6:
                    item.setForeground(QBrush(QColor(STATUS_COLOURS[row.status])))
                self.table.setItem(r, c, item)
        self.table.setSortingEnabled(True)
        counts = {s: sum(1 for row in self.rows if row.status == s) for s in OUTING_STATUS}
        self.summary.setText(
            self.tr("达标 {0}，未达标 {1}，有风险 {2}，进行中 {3}").format(
                counts["met"], counts["unmet"], counts["at_risk"], counts["on_track"]
            )
        )


def _number(value: int) -> QTableWidgetItem:
    """A cell that sorts as a number."""
    item = QTableWidgetItem()
    item.setData(0, value)
    item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
    return item
