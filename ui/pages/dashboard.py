"""工作台: the first page — what needs attention today, then the record totals at a glance."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from models.queries.overview import record_counts
from models.queries.periods import Period, quarter_of, year_to_date
from models.queries.scope import Scope
from models.queries.visits import VisitRow, due_follow_ups
from models.store.ledgers import overdue_leads
from models.store.settings import home_unit
from reports import numbers
from reports.compliance import ComplianceRow, alerts
from reports.land import LandCase, land_counts, land_due_soon, land_overdue_now
from ui.changes import KINDS, REPORTS, TRASH, USERS
from ui.compliance_view import STATUS_COLOURS
from ui.pages.base import Page, heading
from ui.record_table import read_only_table
from ui.vocab_text import shown

RED = "#b00020"


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
        # name: a table's verbose_name (record_counts), in the interface language
        caption = QLabel(QCoreApplication.translate("Records", name))
        caption.setAlignment(Qt.AlignCenter)
        layout.addWidget(self.number)
        layout.addWidget(caption)


def _fill(
    table: QTableWidget,
    rows: list[tuple],
    colour_column: int | None = None,
    colours: list[str] = (),
) -> None:
    table.setRowCount(len(rows))
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if c == colour_column:
                item.setForeground(QBrush(QColor(colours[r])))
            table.setItem(r, c, item)


class DashboardPage(Page):
    """工作台: reminders on tabs (outings, follow-ups, land, lead feedback), each a click from its record."""

    COLUMNS = 4
    LAND_TAB, INDICATOR_TAB = 2, 4
    shows = KINDS - {USERS, REPORTS, TRASH}
    open_month = Signal(int, int, object)  # year, month, unit id or None
    follow_up = Signal(object)  # the VisitRow to follow up
    open_project = Signal(int)
    open_leads = Signal()

    def __init__(self, today: dt.date | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.today = today or dt.date.today()
        self.alert_rows: list[ComplianceRow] = []
        self.follow_rows: list[VisitRow] = []
        self.land_rows: list[LandCase] = []
        # Filled by refresh() when the page is shown (the main window does it), not at construction.
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("工作台")))
        self.unit_label = QLabel()
        layout.addWidget(self.unit_label)

        self.reminders = QTabWidget()
        self.alert_table = read_only_table(
            [
                self.tr("月份"),
                self.tr("单位"),
                self.tr("人员"),
                self.tr("角色"),
                self.tr("天数 / 要求"),
                self.tr("状态"),
            ]
        )
        self.alert_table.cellActivated.connect(self._alert_activated)
        self.month_button = QPushButton(self.tr("查看本月达标情况(&M)"))
        self.month_button.clicked.connect(self._open_this_month)
        outing = QWidget()
        outing_layout = QVBoxLayout(outing)
        outing_layout.addWidget(self.alert_table)
        buttons = QHBoxLayout()
        buttons.addWidget(self.month_button)
        buttons.addStretch(1)
        outing_layout.addLayout(buttons)
        self.follow_table = read_only_table(
            [
                self.tr("跟进日期"),
                self.tr("单位"),
                self.tr("企业"),
                self.tr("上次拜访"),
                self.tr("下步工作"),
            ]
        )
        self.follow_table.cellActivated.connect(self._follow_activated)
        self.land_table = read_only_table(
            [
                self.tr("状态"),
                self.tr("单位"),
                self.tr("项目"),
                self.tr("签约日期"),
                self.tr("取得土地期限"),
            ]
        )
        self.land_table.cellActivated.connect(self._land_activated)
        self.lead_table = read_only_table(
            [
                self.tr("反馈期限"),
                self.tr("承接单位"),
                self.tr("项目信息"),
                self.tr("收到日期"),
                self.tr("来源"),
            ]
        )
        # The report's columns (reports.report_tables.INDICATOR_HEADERS), in the interface language.
        self.indicator_table = read_only_table(
            [
                self.tr("指标"),
                self.tr("单位"),
                self.tr("本季度"),
                self.tr("本年累计"),
                self.tr("上年同期"),
                self.tr("同比"),
                self.tr("目标"),
                self.tr("完成率"),
                self.tr("时序进度"),
                self.tr("状态"),
            ]
        )
        self.lead_table.cellActivated.connect(lambda *_: self.open_leads.emit())
        # Under the table, the report's ratios (资金到位率 among them) for the year so far.
        indicators = QWidget()
        indicator_layout = QVBoxLayout(indicators)
        indicator_layout.setContentsMargins(0, 0, 0, 0)
        indicator_layout.addWidget(self.indicator_table)
        self.ratio_label = QLabel()
        self.ratio_label.setWordWrap(True)
        self.ratio_label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        indicator_layout.addWidget(self.ratio_label)
        for widget in (
            outing,
            self.follow_table,
            self.land_table,
            self.lead_table,
            indicators,
        ):
            self.reminders.addTab(widget, "")
        self.reminders.setMinimumHeight(260)
        # 供地期限 (a city has 15,000 cases) and 本季度指标 are worked out when their tab is opened.
        self.reminders.currentChanged.connect(self._load_tab)
        self._unit_id: int | None = None
        self._pending: set[int] = set()
        layout.addWidget(self.reminders, 2)
        layout.addWidget(
            QLabel(
                self.tr("在列表中双击一行（或按回车）即可处理：查看达标、登记跟进拜访、打开项目。")
            )
        )

        self.totals_label = QLabel(self.tr("数据库中的记录（全部单位、全部年份）："))
        layout.addWidget(self.totals_label)
        self.grid = QGridLayout()
        self.cards: dict[str, _CountCard] = {}
        layout.addLayout(self.grid)
        layout.addStretch(1)

    def reload_view(self, _view: QWidget) -> None:
        unit = home_unit()
        unit_id = unit.id if unit else None
        self.unit_label.setText(
            self.tr("本单位：{0}　　今天：{1:%Y-%m-%d}").format(unit.name, self.today)
            if unit
            else self.tr("本单位：尚未设置（见“设置”）　　今天：{0:%Y-%m-%d}").format(self.today)
        )
        self._fill_alerts(alerts(self.today, unit_id))
        self._fill_follow_ups(due_follow_ups(self.today, unit_id, limit=100))
        self._unit_id = unit_id
        overdue, soon = land_counts(self.today, unit_id)
        self._title(2, self.tr("供地期限"), overdue + soon)
        self._fill_leads([x for x in overdue_leads(self.today, unit_id) if x.feedback_date is None])
        q = quarter_of(self.today)
        self.reminders.setTabText(
            4, self.tr("本季度指标（{0}年第{1}季度）").format(self.today.year, q)
        )
        self._pending = {self.LAND_TAB, self.INDICATOR_TAB}
        self._load_tab(self.reminders.currentIndex())
        for i, (name, count) in enumerate(record_counts().items()):
            card = self.cards.get(name)
            if card is None:
                card = self.cards[name] = _CountCard(name, self)
                self.grid.addWidget(card, i // self.COLUMNS, i % self.COLUMNS)
            card.number.setText(f"{count:,}")

    def _load_tab(self, index: int) -> None:
        """Fill a tab left for later the first time it is shown after a refresh."""
        if index not in self._pending:
            return
        self._pending.discard(index)
        if index == self.LAND_TAB:
            self._fill_land(
                land_overdue_now(self.today, self._unit_id),
                land_due_soon(self.today, self._unit_id),
            )
        elif index == self.INDICATOR_TAB:
            self._fill_indicators(self._unit_id)

    def _title(self, index: int, text: str, count: int) -> None:
        self.reminders.setTabText(index, f"{text}（{count}）" if count else text)

    def _fill_alerts(self, rows: list[ComplianceRow]) -> None:
        self.alert_rows = rows
        cells = []
        for row in rows:
            status = shown(row.status_name)
            if row.shortfall():
                status += "，" + row.shortfall(shown)
            cells.append(
                (
                    row.month,
                    row.unit,
                    row.person,
                    row.role,
                    f"{row.days} / {row.required_days}",
                    status,
                )
            )
        _fill(self.alert_table, cells, 5, [STATUS_COLOURS[r.status] for r in rows])
        self._title(0, self.tr("外出招商预警"), len(rows))

    def _fill_follow_ups(self, rows: list[VisitRow]) -> None:
        self.follow_rows = rows
        _fill(
            self.follow_table,
            [
                (
                    r.follow_up_date.isoformat(),
                    r.unit,
                    r.enterprise,
                    r.date.isoformat(),
                    r.next_step,
                )
                for r in rows
            ],
        )
        self._title(1, self.tr("到期未跟进"), len(rows))

    def _fill_land(self, overdue: list[LandCase], soon: list[LandCase]) -> None:
        self.land_rows = overdue + soon
        cells = [
            (self.tr("已逾期"), c.unit, c.project, c.signed.isoformat(), c.due.isoformat())
            for c in overdue
        ]
        cells += [
            (
                self.tr("{0} 天后到期").format((c.due - self.today).days),
                c.unit,
                c.project,
                c.signed.isoformat(),
                c.due.isoformat(),
            )
            for c in soon
        ]
        _fill(self.land_table, cells, 0, [RED] * len(overdue) + ["#c25e00"] * len(soon))
        self._title(2, self.tr("供地期限"), len(self.land_rows))

    def _fill_leads(self, leads) -> None:
        cells = [
            (
                lead.feedback_deadline.isoformat(),
                lead.assigned_unit.name,
                lead.description,
                lead.received_date.isoformat(),
                lead.source,
            )
            for lead in leads
        ]
        _fill(self.lead_table, cells)
        self._title(3, self.tr("项目信息逾期反馈"), len(leads))

    def _fill_indicators(self, unit_id: int | None) -> None:
        """This quarter so far, from the same indicator builder as the printed report."""
        from reports.indicators import build_indicators  # loaded when the tab is first opened
        from reports.quarter_report import ratios
        from reports.report_tables import indicator_rows, text_percent

        q = quarter_of(self.today)
        indicators = build_indicators(Scope(self.today.year, q, unit_id, as_of=self.today))
        # The last column is the status word the report prints, in the interface language.
        _fill(
            self.indicator_table,
            [
                (*(numbers.text(v) for v in row[:-1]), shown(row[-1]))
                for row in indicator_rows(indicators)
            ],
        )
        ytd = year_to_date(self.today.year, q)
        so_far = ratios(Period(ytd.start, min(ytd.end, self.today)), unit_id)
        self.ratio_label.setText(
            self.tr(
                "截至 {0:%m-%d}：履约率 {1}，开工率 {2}，投产率 {3}，"
                "资金到位率 {4}（本年签约项目累计到位资金 ÷ 合同金额，含补充合同）。"
            ).format(
                self.today,
                text_percent(so_far.fulfilment),
                text_percent(so_far.start_rate),
                text_percent(so_far.production_rate),
                text_percent(so_far.funds_rate),
            )
        )
        self.reminders.setTabText(
            4,
            self.tr("本季度指标（{0}年第{1}季度，截至 {2:%m-%d}）").format(
                self.today.year, q, self.today
            ),
        )

    def _alert_activated(self, row: int, _column: int = 0) -> None:
        alert = self.alert_rows[row]
        year, month_no = (int(x) for x in alert.month.split("-"))
        self.open_month.emit(year, month_no, alert.unit_id)

    def _follow_activated(self, row: int, _column: int = 0) -> None:
        self.follow_up.emit(self.follow_rows[row])

    def _land_activated(self, row: int, _column: int = 0) -> None:
        self.open_project.emit(self.land_rows[row].project_id)

    def _open_this_month(self) -> None:
        unit = home_unit()
        self.open_month.emit(self.today.year, self.today.month, unit.id if unit else None)
