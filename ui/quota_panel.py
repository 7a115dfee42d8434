"""外出考核规则 (in 设置): each role's monthly minimum days and trips, per year."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.queries.overview import quota_rules, rules_year
from models.store.quotas import QuotaInput, save_quotas
from models.validation import ValidationFailed
from models.vocab import ROLES
from ui.changes import RULES, Changes, announce
from ui.form_dialog import ask
from ui.vocab_text import label

QUOTA_ROLES = [r for r in ROLES if r != "staff"]


class QuotaPanel(QWidget):
    """Edit a year's rules; a year without its own rules shows (and can copy) the rules in force."""

    shows = frozenset({RULES})

    def __init__(self, today: dt.date | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.today = today or dt.date.today()
        self.year_spin = QSpinBox()
        self.year_spin.setRange(2000, 2100)
        self.year_spin.setValue(self.today.year)
        self.year_spin.setSuffix(self.tr(" 年"))
        self.source_label = QLabel()
        self.save_button = QPushButton(self.tr("保存本年度规则(&S)"))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("年度：")))
        top.addWidget(self.year_spin)
        top.addWidget(self.source_label, 1)
        top.addWidget(self.save_button)
        self.table = QTableWidget(len(QUOTA_ROLES), 4)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("角色"),
                self.tr("每月最少天数"),
                self.tr("每月最少次数"),
                self.tr("同一单位合并计算"),
            ]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.widgets: dict[str, tuple[QSpinBox, QSpinBox, QCheckBox]] = {}
        for row, role in enumerate(QUOTA_ROLES):
            self.table.setItem(row, 0, QTableWidgetItem(label(ROLES, role)))
            days, trips, pooled = QSpinBox(), QSpinBox(), QCheckBox()
            days.setRange(0, 31)
            trips.setRange(0, 31)
            for column, widget in ((1, days), (2, trips), (3, pooled)):
                self.table.setCellWidget(row, column, widget)
            self.widgets[role] = (days, trips, pooled)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table)
        layout.addWidget(
            QLabel(
                self.tr(
                    "天数为 0 表示不考核天数；“合并计算”指同一单位担任该角色的人员外出人天相加后考核。"
                )
            )
        )
        self.year_spin.valueChanged.connect(self.refresh)
        self.save_button.clicked.connect(self.save)

    def refresh(self) -> None:
        year = self.year_spin.value()
        ruling = rules_year(year)
        rules = {r.role: r for r in quota_rules(year)}
        if ruling == year:
            self.source_label.setText(self.tr("本年度已有规则"))
        elif ruling is None:
            self.source_label.setText(self.tr("尚无任何年度的规则"))
        else:
            self.source_label.setText(
                self.tr("本年度沿用 {0} 年规则；保存后成为本年度规则").format(ruling)
            )
        for role, (days, trips, pooled) in self.widgets.items():
            rule = rules.get(role)
            days.setValue(rule.min_days if rule else 0)
            trips.setValue(rule.min_trips if rule else 0)
            pooled.setChecked(bool(rule and rule.pooled))

    def current_rows(self) -> list[QuotaInput]:
        return [
            QuotaInput(role, days.value(), trips.value(), pooled.isChecked())
            for role, (days, trips, pooled) in self.widgets.items()
        ]

    def save(self) -> None:
        year = self.year_spin.value()
        if year <= self.today.year and not ask(
            self,
            self.tr("修改考核规则"),
            self.tr("{0} 年已结束月份的达标结论将按新规则重新计算。确定保存吗？").format(year),
        ):
            return
        try:
            save_quotas(self.year_spin.value(), self.current_rows())
        except ValidationFailed as exc:
            QMessageBox.warning(self, self.tr("无法保存"), str(exc))
            return
        announce(self, Changes.of(RULES))
        self.refresh()
        self.source_label.setText(self.tr("已保存 {0} 年规则").format(self.year_spin.value()))
