"""设置: the home unit and units, people and roles, quota rules and targets, import and export."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from models import vocab
from models.money import wan_to_yi
from models.queries.overview import indicator_rules, rules_year, units
from models.store.settings import HOME_UNIT_KEY, home_unit, set_setting
from ui.audit_panel import AuditPanel, TrashPanel
from ui.backup_panel import BackupPanel
from ui.changes import RULES, SETTINGS, Changes, announce
from ui.database_panel import DatabasePanel
from ui.language import LANGUAGES, choose_language, chosen_language
from ui.ledger_panel import LedgerPanel
from ui.login import UsersPanel
from ui.pages.base import Page, heading, note
from ui.people_panel import PeoplePanel
from ui.quota_panel import QuotaPanel
from ui.record_table import read_only_table
from ui.vocab_text import label


def _table(headers: list[str]) -> QTableWidget:
    return read_only_table(headers)


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(text))


class SettingsPage(Page):
    """设置: each concern on its own tab; a tab reloads when shown after what it shows changed."""

    def __init__(
        self,
        today: dt.date | None = None,
        parent: QWidget | None = None,
        db_path: Path | None = None,
    ):
        super().__init__(parent)
        self.today = today or dt.date.today()
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("设置")))
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs)

        self.units_tab = units_tab = QWidget()
        units_tab.shows = frozenset({SETTINGS})  # the home unit (units change only by import)
        units_layout = QVBoxLayout(units_tab)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldsStayAtSizeHint)
        self.home_combo = QComboBox()
        self.home_combo.setObjectName("homeUnitCombo")
        self.home_combo.setMinimumContentsLength(12)
        self.home_combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.home_combo.activated.connect(self._home_chosen)
        form.addRow(self.tr("本单位(&U)："), self.home_combo)
        units_layout.addLayout(form)
        self.units_table = _table([self.tr("序号"), self.tr("单位"), self.tr("类型")])
        units_layout.addWidget(self.units_table)
        self.tabs.addTab(units_tab, self.tr("本单位与单位"))

        self.people = PeoplePanel(self.today)
        self.tabs.addTab(self.people, self.tr("人员与任职"))
        self.quotas = QuotaPanel(self.today)
        self.tabs.addTab(self.quotas, self.tr("外出考核规则"))

        self.targets_tab = targets_tab = QWidget()
        targets_tab.shows = frozenset({RULES})
        targets_layout = QVBoxLayout(targets_tab)
        self.target_table = _table(
            [
                self.tr("指标"),
                self.tr("适用范围"),
                self.tr("同比增长目标"),
                self.tr("数量目标"),
                self.tr("门槛(亿元)"),
            ]
        )
        self.target_note = note("")
        targets_layout.addWidget(self.target_note)
        targets_layout.addWidget(self.target_table)
        self.tabs.addTab(targets_tab, self.tr("指标目标"))
        self.ledgers = LedgerPanel(db_path, self.today)
        self.tabs.addTab(self.ledgers, self.tr("导入导出"))
        self.backups = BackupPanel(db_path)
        self.tabs.addTab(self.backups, self.tr("备份与恢复"))
        self.trash = TrashPanel()
        self.tabs.addTab(self.trash, self.tr("回收站"))
        self.audit = AuditPanel(self.today)
        self.tabs.addTab(self.audit, self.tr("审计日志"))
        self.users = UsersPanel()
        self.tabs.addTab(self.users, self.tr("用户与登录"))
        self.database_panel = DatabasePanel(db_path)
        self.tabs.addTab(self.database_panel, self.tr("数据库"))
        self.tabs.addTab(self._language_tab(), self.tr("语言"))
        self.tabs.currentChanged.connect(lambda _i: self.show_current())

    def _language_tab(self) -> QWidget:
        """简体中文 or English; applied from the next start (windows keep the language they have)."""
        tab = QWidget()
        layout = QVBoxLayout(tab)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldsStayAtSizeHint)
        self.language_combo = QComboBox()
        self.language_combo.setObjectName("languageCombo")
        for code, name in LANGUAGES.items():
            self.language_combo.addItem(name, code)
        self.language_combo.setCurrentIndex(self.language_combo.findData(chosen_language()))
        self.language_combo.activated.connect(self._language_chosen)
        form.addRow(self.tr("界面语言(&L) / Language："), self.language_combo)
        layout.addLayout(form)
        self.language_note = note(
            self.tr("更改在下次启动程序时生效。报表（PDF、Excel）和数据本身仍为中文。")
        )
        layout.addWidget(self.language_note)
        layout.addStretch(1)
        return tab

    def _language_chosen(self) -> None:
        choose_language(self.language_combo.currentData())
        self.language_note.setText(
            self.tr("已保存，重新启动程序后生效。") + " / Saved; restart the program to apply."
        )

    def reload_view(self, view: QWidget) -> None:
        if view is self.units_tab:
            self._refresh_units()
        elif view is self.targets_tab:
            self._refresh_targets()
        elif hasattr(view, "refresh"):
            view.refresh()

    def _refresh_units(self) -> None:
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
            [[str(i), u.name, label(vocab.UNIT_KINDS, u.kind)] for i, u in enumerate(all_units, 1)],
        )

    def _refresh_targets(self) -> None:
        year = self.today.year
        ruling = rules_year(year)
        self.target_note.setText(
            self.tr(
                "{0} 年执行的指标目标（来自 {1} 年规则）。修改指标目标的界面随季度报告功能提供。"
            ).format(year, ruling or "—")
        )
        rows = []
        for rule in indicator_rules(year):
            if rule.unit_id is not None:
                scope = rule.unit.name
            else:
                scope = self.tr("全市合计") if rule.city_total else self.tr("每个单位")
            growth = f"{rule.target_growth * 100:+.0f}%" if rule.target_growth is not None else ""
            count = str(rule.target_count) if rule.target_count is not None else ""
            threshold = (
                f"{wan_to_yi(rule.threshold_wan).normalize():f}" if rule.threshold_wan else ""
            )
            rows.append([label(vocab.INDICATORS, rule.indicator), scope, growth, count, threshold])
        _fill(self.target_table, rows)

    def _home_chosen(self, index: int) -> None:
        set_setting(HOME_UNIT_KEY, self.home_combo.itemData(index) or "")
        announce(self, Changes.of(SETTINGS))
