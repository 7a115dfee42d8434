"""One project's page: its money and land status, stage actions, contracts, funds, problems, history."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from models.money import format_yi
from models.queries.measures import project_money
from models.queries.projects import contracts_of, funds_of, get_project, problems_of, stage_history
from models.store.contracts import (
    ContractInput,
    FundsInput,
    add_contract,
    add_funds,
    delete_contract,
    delete_funds,
    validate_contract,
    validate_funds,
)
from models.store.ledgers import ProblemInput, save_problem, validate_problem
from models.store.projects import STAGE_NAMES, advance, step_back, terminate
from models.validation import ValidationFailed
from models.vocab import CONTRACT_KINDS, PROOF_TYPES, STAGE_ORDER, STAGES
from reports.land import land_due, overdue_since
from reports.numbers import percent
from ui.changes import PROBLEMS, PROJECTS, Changes, announce
from ui.form_dialog import ask_delete, refused
from ui.quick_form import QuickForm
from ui.record_table import read_only_table
from ui.vocab_text import label


def _fill(table, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(text))


class ProjectDetail(QWidget):
    """Everything done to the selected project happens here; `changed` asks the list to reload."""

    changed = Signal(int)
    edit_requested = Signal(int)

    def __init__(self, today: dt.date, parent: QWidget | None = None):
        super().__init__(parent)
        self.today = today
        self.project_id: int | None = None
        self.title = QLabel()
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextSelectableByMouse)
        actions = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for key, text, slot in (
            ("edit", self.tr("修改项目"), lambda: self.edit_requested.emit(self.project_id)),
            ("negotiating", self.tr("转为在谈"), lambda: self.stage_action("negotiating")),
            ("contract", self.tr("录入合同"), self.add_contract),
            ("started", self.tr("开工"), lambda: self.stage_action("started")),
            ("started_in_db", self.tr("开工入库"), lambda: self.stage_action("started_in_db")),
            ("production", self.tr("投产"), lambda: self.stage_action("production")),
            (
                "production_in_db",
                self.tr("投产入库"),
                lambda: self.stage_action("production_in_db"),
            ),
            ("funds", self.tr("录入到位资金"), self.add_funds),
            ("problem", self.tr("登记问题"), self.add_problem),
            ("terminate", self.tr("终止"), self.terminate),
            ("back", self.tr("更正阶段"), self.step_back),
        ):
            button = QPushButton(text)
            button.clicked.connect(slot)
            self.buttons[key] = button
        # One row when the buttons fit a 1366-pixel screen (Chinese), two when the texts are longer.
        wide = sum(b.sizeHint().width() + 6 for b in self.buttons.values()) > 1000
        per_row = 6 if wide else len(self.buttons)
        grid = QGridLayout()
        grid.setHorizontalSpacing(6)
        for i, button in enumerate(self.buttons.values()):
            grid.addWidget(button, i // per_row, i % per_row)
        actions.addLayout(grid)
        actions.addStretch(1)

        self.tabs = QTabWidget()
        self.contracts = read_only_table(
            [
                self.tr("类型"),
                self.tr("签订日期"),
                self.tr("金额(亿元)"),
                self.tr("补充合同"),
                self.tr("备注"),
            ]
        )
        self.funds = read_only_table(
            [
                self.tr("到位日期"),
                self.tr("金额(亿元)"),
                self.tr("凭证"),
                self.tr("已核实"),
                self.tr("备注"),
            ]
        )
        self.problems = read_only_table(
            [self.tr("提出日期"), self.tr("问题"), self.tr("责任单位/人"), self.tr("解决日期")]
        )
        self.history = read_only_table(
            [self.tr("日期"), self.tr("阶段"), self.tr("更正"), self.tr("原因")]
        )
        self.tabs.addTab(self.contracts, self.tr("合同"))
        self.tabs.addTab(self.funds, self.tr("到位资金"))
        self.tabs.addTab(self.problems, self.tr("问题台账"))
        self.tabs.addTab(self.history, self.tr("阶段记录"))
        self.delete_contract_button = QPushButton(self.tr("删除所选合同"))
        self.delete_contract_button.clicked.connect(self.delete_contract)
        self.delete_funds_button = QPushButton(self.tr("删除所选到位资金"))
        self.delete_funds_button.clicked.connect(self.delete_funds)
        self.resolve_button = QPushButton(self.tr("标记所选问题已解决"))
        self.resolve_button.clicked.connect(self.resolve_problem)
        row_actions = QHBoxLayout()
        for button in (self.delete_contract_button, self.delete_funds_button, self.resolve_button):
            row_actions.addWidget(button)
        row_actions.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addLayout(actions)
        layout.addWidget(self.tabs)
        layout.addLayout(row_actions)
        self.show_project(None)

    def show_project(self, project_id: int | None) -> None:
        self.project_id = project_id
        enabled = project_id is not None
        for button in (
            *self.buttons.values(),
            self.delete_contract_button,
            self.delete_funds_button,
            self.resolve_button,
        ):
            button.setEnabled(enabled)
        if project_id is None:
            self.title.setText(self.tr("选中一个项目，在这里推进阶段、录入合同和到位资金。"))
            self.summary.setText("")
            for table in (self.contracts, self.funds, self.problems, self.history):
                table.setRowCount(0)
            return
        p = get_project(project_id)
        money = project_money(project_id)
        rate = "—" if money.rate is None else str(percent(money.rate))
        self.title.setText(f"{p.name}（{p.unit.name}，{label(STAGES, p.stage)}）")
        self.summary.setText(
            self.tr(
                "总投资 {0} 亿元；合同金额 {1} 亿元；累计到位资金 {2} 亿元；资金到位率 {3}。{4}"
            ).format(
                format_yi(p.total_investment_wan),
                format_yi(money.contract_wan),
                format_yi(money.funds_wan),
                rate,
                self._land_text(p),
            )
        )
        terminated = p.stage == "terminated"
        for key in (
            "negotiating",
            "contract",
            "started",
            "production",
            "started_in_db",
            "production_in_db",
            "terminate",
        ):
            self.buttons[key].setEnabled(not terminated)
        _fill(
            self.contracts,
            [
                [
                    label(CONTRACT_KINDS, c.kind),
                    c.signed_date.isoformat(),
                    format_yi(c.amount_wan),
                    self.tr("是") if c.supplementary else "",
                    c.note,
                ]
                for c in contracts_of(project_id)
            ],
        )
        _fill(
            self.funds,
            [
                [
                    f.date.isoformat(),
                    format_yi(f.amount_wan),
                    label(PROOF_TYPES, f.proof_type),
                    self.tr("是") if f.verified else "",
                    f.note,
                ]
                for f in funds_of(project_id)
            ],
        )
        _fill(
            self.problems,
            [
                [
                    x.raised_date.isoformat(),
                    x.description,
                    x.owner,
                    x.resolved_date.isoformat() if x.resolved_date else self.tr("未解决"),
                ]
                for x in problems_of(project_id)
            ],
        )
        _fill(
            self.history,
            [
                [
                    e.date.isoformat(),
                    label(STAGE_NAMES, e.stage),
                    self.tr("是") if e.is_correction else "",
                    e.reason,
                ]
                for e in stage_history(project_id)
            ],
        )

    def _land_text(self, p) -> str:
        if not p.needs_land:
            return self.tr("不需要供地。")
        if p.signed_date is None:
            return self.tr("需要供地，签约后 6 个月内须取得土地使用权。")
        due = land_due(p.signed_date)
        if p.land_date and p.land_date <= due:
            return self.tr("已于 {0} 取得土地使用权（期限 {1}）。").format(
                p.land_date.isoformat(), due.isoformat()
            )
        since = overdue_since(p.signed_date, p.land_date)
        if p.land_date is not None:
            return self.tr(
                "<span style='color:#b00020'>已于 {0} 取得土地使用权，但超过期限 {1}，计为逾期。</span>"
            ).format(p.land_date.isoformat(), due.isoformat())
        if since <= self.today:
            return self.tr(
                "<b style='color:#b00020'>供地逾期：应于 {0} 前取得土地使用权。</b>"
            ).format(due.isoformat())
        return self.tr("应于 {0} 前取得土地使用权（还有 {1} 天）。").format(
            due.isoformat(), (due - self.today).days
        )

    # -- actions ------------------------------------------------------------------------------------
    def _done(self) -> None:
        self.show_project(self.project_id)
        self.changed.emit(self.project_id)

    def _run(self, form: QuickForm) -> QuickForm:
        form.saved.connect(lambda _id: self._done())
        form.setParent(self, form.windowFlags())
        form.open()
        return form

    def stage_action(self, stage: str) -> QuickForm:
        pid = self.project_id
        form = QuickForm(
            self.tr("{0}：{1}").format(label(STAGE_NAMES, stage), get_project(pid).name),
            lambda v: advance(pid, stage, v["date"], v["reason"], v["correction"]),
            changes=Changes.of(PROJECTS),
        )
        form.add_date("date", self.tr("日期："), self.today)
        form.add_check("correction", self.tr("这是更正（补录或顺序特殊），原因如下"))
        form.add_text("reason", self.tr("原因："), multiline=True)
        form.validate()
        return self._run(form)

    def add_contract(self) -> QuickForm:
        pid = self.project_id

        def values(v) -> ContractInput:
            return ContractInput(v["kind"], v["date"], v["amount"], v["supplementary"], v["note"])

        form = QuickForm(
            self.tr("录入合同"),
            lambda v: add_contract(pid, values(v), self.today),
            lambda v: validate_contract(pid, values(v), self.today),
            changes=Changes.of(PROJECTS),
        )
        form.add_choice("kind", self.tr("合同类型："), CONTRACT_KINDS, "formal")
        form.add_date("date", self.tr("签订日期："), self.today)
        form.add_text("amount", self.tr("合同金额(亿元)："), hint=self.tr("最多 4 位小数"))
        form.add_check("supplementary", self.tr("补充合同（金额只填追加部分）"))
        form.add_text("note", self.tr("备注："))
        form.validate()
        return self._run(form)

    def add_funds(self) -> QuickForm:
        pid = self.project_id

        def values(v) -> FundsInput:
            return FundsInput(v["date"], v["amount"], v["proof"], v["verified"], v["note"])

        form = QuickForm(
            self.tr("录入实际到位资金"),
            lambda v: add_funds(pid, values(v), self.today),
            lambda v: validate_funds(pid, values(v), self.today),
            changes=Changes.of(PROJECTS),
        )
        form.add_date("date", self.tr("到位日期："), self.today)
        form.add_text("amount", self.tr("到位金额(亿元)："), hint=self.tr("最多 4 位小数"))
        form.add_choice("proof", self.tr("凭证类型："), PROOF_TYPES, "bank_slip")
        form.add_check("verified", self.tr("已核实"))
        form.add_text("note", self.tr("备注："))
        form.validate()
        return self._run(form)

    def add_problem(self) -> QuickForm:
        pid = self.project_id

        def values(v) -> ProblemInput:
            return ProblemInput(pid, v["date"], v["description"], v["owner"])

        form = QuickForm(
            self.tr("登记问题"),
            lambda v: save_problem(values(v), today=self.today),
            lambda v: validate_problem(values(v), self.today),
            changes=Changes.of(PROBLEMS),
        )
        form.add_date("date", self.tr("提出日期："), self.today)
        form.add_text("description", self.tr("问题："), multiline=True)
        form.add_text("owner", self.tr("责任单位/人："))
        form.validate()
        return self._run(form)

    def terminate(self) -> QuickForm:
        pid = self.project_id
        form = QuickForm(
            self.tr("终止项目"),
            lambda v: terminate(pid, v["date"], v["reason"], v["rival"]),
            changes=Changes.of(PROJECTS),
        )
        form.add_date("date", self.tr("终止日期："), self.today)
        form.add_text("reason", self.tr("终止原因："), multiline=True)
        form.add_text("rival", self.tr("最终落户地："), hint=self.tr("已知时填写，如 宜昌市"))
        form.validate()
        return self._run(form)

    def step_back(self) -> QuickForm:
        pid = self.project_id
        form = QuickForm(
            self.tr("更正项目阶段"),
            lambda v: step_back(pid, v["stage"], v["reason"]),
            changes=Changes.of(PROJECTS),
        )
        form.add_choice("stage", self.tr("回到阶段："), {s: STAGES[s] for s in STAGE_ORDER})
        form.add_text("reason", self.tr("更正原因："), multiline=True)
        form.validate()
        return self._run(form)

    def _selected(self, table, records):
        row = table.currentRow()
        return records[row] if 0 <= row < len(records) else None

    def delete_contract(self) -> None:
        contract = self._selected(self.contracts, contracts_of(self.project_id))
        if contract is None or not ask_delete(
            self,
            self.tr("删除合同"),
            self.tr("确定删除这份合同吗？签约日期会按剩余的正式合同重新确定。"),
        ):
            return
        try:
            delete_contract(contract.id)
        except ValidationFailed as exc:
            QMessageBox.warning(self, self.tr("不能删除"), str(exc))
            return
        announce(self, Changes.of(PROJECTS))
        self._done()

    def delete_funds(self) -> None:
        entry = self._selected(self.funds, funds_of(self.project_id))
        if entry is None or not ask_delete(
            self, self.tr("删除到位资金"), self.tr("确定删除这笔到位资金记录吗？")
        ):
            return
        if not refused(
            self, self.tr("删除到位资金"), lambda: delete_funds(entry.id), Changes.of(PROJECTS)
        ):
            self._done()

    def resolve_problem(self) -> QuickForm | None:
        problem = self._selected(self.problems, problems_of(self.project_id))
        if problem is None:
            return None

        def values(v) -> ProblemInput:
            return ProblemInput(
                problem.project_id,
                problem.raised_date,
                problem.description,
                problem.owner,
                v["date"],
                v["resolution"],
            )

        form = QuickForm(
            self.tr("问题已解决"),
            lambda v: save_problem(values(v), problem.id, self.today),
            lambda v: validate_problem(values(v), self.today),
            changes=Changes.of(PROBLEMS),
        )
        form.add_date("date", self.tr("解决日期："), self.today)
        form.add_text("resolution", self.tr("解决情况："), multiline=True)
        form.validate()
        return self._run(form)
