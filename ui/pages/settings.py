"""设置: the home unit, and the units and yearly rules this database judges by."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models import vocab
from models.config import HOME_UNIT_KEY, home_unit, set_setting
from models.money import wan_to_yi
from models.queries import indicator_rules, quota_rules, rules_year, units
from ui.pages.base import Page, heading, note


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectRows)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(text))


class SettingsPage(Page):
    """设置: choose the home unit; see the units and the rules in force (editing comes with each feature)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("设置")))

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldsStayAtSizeHint)
        self.home_combo = QComboBox()
        self.home_combo.setObjectName("homeUnitCombo")
        self.home_combo.setMinimumContentsLength(12)
        self.home_combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.home_combo.activated.connect(self._home_chosen)
        form.addRow(self.tr("本单位(&U)："), self.home_combo)
        layout.addLayout(form)

        units_box = QGroupBox(self.tr("单位"))
        QVBoxLayout(units_box).addWidget(
            units_table := _table([self.tr("序号"), self.tr("单位"), self.tr("类型")])
        )
        self.units_table = units_table
        layout.addWidget(units_box)

        self.quota_box = QGroupBox()
        self.quota_table = _table(
            [self.tr("角色"), self.tr("每月最少天数"), self.tr("每月最少次数"), self.tr("计算方式")]
        )
        QVBoxLayout(self.quota_box).addWidget(self.quota_table)
        layout.addWidget(self.quota_box)

        self.target_box = QGroupBox()
        self.target_table = _table(
            [
                self.tr("指标"),
                self.tr("适用范围"),
                self.tr("同比增长目标"),
                self.tr("数量目标"),
                self.tr("门槛(亿元)"),
            ]
        )
        QVBoxLayout(self.target_box).addWidget(self.target_table)
        layout.addWidget(self.target_box, 1)
        layout.addWidget(note(self.tr("考核规则按年度保存；修改规则的界面随各功能一同提供。")))
        self.refresh()

    def refresh(self) -> None:
        all_units = units()
        current = home_unit()
        self.home_combo.clear()
        self.home_combo.addItem(self.tr("（未设置）"), "")
        for unit in all_units:
            self.home_combo.addItem(unit.name, unit.name)
        self.home_combo.setCurrentIndex(
            max(0, self.home_combo.findData(current.name if current else ""))
        )
        _fill(
            self.units_table,
            [
                [str(i), u.name, vocab.label(vocab.UNIT_KINDS, u.kind)]
                for i, u in enumerate(all_units, 1)
            ],
        )
        year = dt.date.today().year
        ruling = rules_year(year)
        self.quota_box.setTitle(self.tr("外出招商考核规则（{0} 年起执行）").format(ruling or "—"))
        _fill(
            self.quota_table,
            [
                [
                    vocab.label(vocab.ROLES, r.role),
                    str(r.min_days),
                    str(r.min_trips),
                    self.tr("同一单位合并计算") if r.pooled else self.tr("每人单独计算"),
                ]
                for r in quota_rules(year)
            ],
        )
        self.target_box.setTitle(self.tr("指标目标（{0} 年起执行）").format(ruling or "—"))
        rows = []
        for rule in indicator_rules(year):
            if rule.unit_id is not None:
                scope = rule.unit.name
            else:
                scope = self.tr("全市合计") if rule.city_total else self.tr("每个单位")
            growth = f"{rule.target_growth * 100:+.0f}%" if rule.target_growth is not None else ""
            count = str(rule.target_count) if rule.target_count is not None else ""
            threshold = f"{wan_to_yi(rule.threshold_wan):g}" if rule.threshold_wan else ""
            rows.append(
                [vocab.label(vocab.INDICATORS, rule.indicator), scope, growth, count, threshold]
            )
        _fill(self.target_table, rows)

    def _home_chosen(self, index: int) -> None:
        set_setting(HOME_UNIT_KEY, self.home_combo.itemData(index) or "")
