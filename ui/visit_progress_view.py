"""拜访进度 tab: distinct key enterprises visited per unit against the target and time progress."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QSpinBox,
    QSplitter,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reports.status import LAGGING
from reports.visits import VisitProgress, key_enterprises_not_visited, visit_progress
from ui.changes import ENTERPRISES, RULES, VISITS
from ui.dates import quarter_numeral
from ui.record_table import read_only_table
from ui.vocab_text import shown

GREY, RED, GREEN = "#455a64", "#b00020", "#1b7f3b"


class VisitProgressView(QWidget):
    """Units against the yearly target; select one to list the key enterprises it has not visited."""

    shows = frozenset({VISITS, ENTERPRISES, RULES})

    HEADERS = (
        QT_TRANSLATE_NOOP("VisitProgressView", "单位"),
        QT_TRANSLATE_NOOP("VisitProgressView", "已拜访重点企业(家)"),
        QT_TRANSLATE_NOOP("VisitProgressView", "目标(家)"),
        QT_TRANSLATE_NOOP("VisitProgressView", "完成率"),
        QT_TRANSLATE_NOOP("VisitProgressView", "时序进度"),
        QT_TRANSLATE_NOOP("VisitProgressView", "进度"),
    )

    def __init__(self, today: dt.date, parent: QWidget | None = None):
        super().__init__(parent)
        self.today = today
        self.rows: list[VisitProgress] = []
        self.year_spin = QSpinBox()
        self.year_spin.setRange(2000, 2100)
        self.year_spin.setValue(today.year)
        self.year_spin.setSuffix(self.tr(" 年"))
        self.quarter_combo = QComboBox()
        self.quarter_combo.addItem(self.tr("截至今天 / 年底"), None)
        for q in range(1, 5):
            self.quarter_combo.addItem(self.tr("截至第{0}季度末").format(quarter_numeral(q)), q)
        controls = QHBoxLayout()
        controls.addWidget(QLabel(self.tr("年度：")))
        controls.addWidget(self.year_spin)
        controls.addWidget(self.quarter_combo)
        controls.addStretch(1)
        self.as_of_label = QLabel()
        controls.addWidget(self.as_of_label)

        self.table = read_only_table([self.tr(h) for h in self.HEADERS])
        self.missing_title = QLabel(self.tr("选中一个单位，列出其本年尚未拜访的重点企业。"))
        self.missing = QListWidget()
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.missing_title)
        right_layout.addWidget(self.missing)
        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(controls)
        layout.addWidget(splitter, 1)
        self.year_spin.valueChanged.connect(self.refresh)
        self.quarter_combo.currentIndexChanged.connect(self.refresh)
        self.table.itemSelectionChanged.connect(self._show_missing)

    def refresh(self) -> None:
        self.rows = visit_progress(
            self.year_spin.value(), self.quarter_combo.currentData(), today=self.today
        )
        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            # The verdict is the report's (reports.visits); a 市直部门 has a count and no verdict.
            if row.status is not None:
                verdict = shown(row.status_name)
                colour = RED if row.status in LAGGING else GREEN
            elif row.assessed:
                verdict, colour = self.tr("未设目标"), GREY
            else:
                verdict, colour = "", GREY
            cells = (
                row.unit,
                str(row.key_enterprises_visited),
                str(row.target or ""),
                f"{row.completion:.0%}" if row.completion is not None else "",
                f"{row.time_progress:.0%}" if row.time_progress is not None else "",
                verdict,
            )
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c == 5:
                    item.setForeground(QBrush(QColor(colour)))
                self.table.setItem(r, c, item)
        as_of = self.rows[0].as_of if self.rows else None
        self.as_of_label.setText(self.tr("统计截至 {0}").format(as_of.isoformat()) if as_of else "")
        self._show_missing()

    def _show_missing(self) -> None:
        r = self.table.currentRow()
        self.missing.clear()
        if not 0 <= r < len(self.rows) or not self.table.selectedItems():
            return
        row = self.rows[r]
        firms = key_enterprises_not_visited(self.year_spin.value(), row.unit_id, row.as_of)
        self.missing_title.setText(
            self.tr("{0}尚未拜访的重点企业（{1} 家）：").format(row.unit, len(firms))
        )
        self.missing.addItems([f.name for f in firms])
