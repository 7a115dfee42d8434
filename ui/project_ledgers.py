"""项目信息, 问题台账 and 调度会 tabs of the projects page."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.queries.activities import quarters_without_dispatch_meeting
from models.queries.overview import units
from models.queries.periods import quarter_of
from models.queries.projects import lead_rows
from models.store.ledgers import (
    LeadInput,
    MeetingInput,
    delete_lead,
    delete_meeting,
    meetings_of,
    open_problems,
    save_lead,
    save_meeting,
    validate_lead,
)
from models.validation import FieldError
from models.vocab import MEETING_KINDS
from ui.changes import LEADS, MEETINGS, PROBLEMS, PROJECTS, Changes
from ui.form_dialog import ask_delete, refused
from ui.quick_form import QuickForm
from ui.record_list import RecordList
from ui.record_table import Column, RecordTableModel, iso, ordinal, read_only_table
from ui.vocab_text import label

STATE_ORDER = {"逾期未反馈": 0, "逾期反馈": 1, "待反馈": 2, "已反馈": 3}  # notr: stored states


class LeadTableModel(RecordTableModel):
    COLUMNS = (
        Column("收到日期", lambda r: iso(r.received_date), lambda r: ordinal(r.received_date)),
        Column("信息来源", lambda r: r.source),
        Column("项目信息", lambda r: r.description, tooltip=True),
        Column("承接单位", lambda r: r.unit),
        Column("推荐单位", lambda r: r.shared_by),
        Column("反馈期限", lambda r: iso(r.deadline), lambda r: ordinal(r.deadline)),
        Column("反馈日期", lambda r: iso(r.feedback_date), lambda r: ordinal(r.feedback_date)),
        Column("状态", lambda r: r.state, lambda r: STATE_ORDER.get(r.state, 9)),
        Column("反馈内容", lambda r: r.feedback, tooltip=True),
    )


def _unit_choices(none_text: str | None = None) -> dict:
    choices = {None: none_text} if none_text else {}
    choices.update({u.id: u.name for u in units()})
    return choices


class LeadsTab(QWidget):
    """项目信息 (§18): leads passed to units, with feedback deadlines; overdue ones stand out."""

    shows = frozenset({LEADS})

    def __init__(self, today: dt.date, parent: QWidget | None = None):
        super().__init__(parent)
        self.today = today
        self.list = RecordList(
            LeadTableModel(self),
            "leads",
            self.tr("搜索项目信息、来源、单位"),
            self.tr("登记项目信息(&N)"),
        )
        self.unit_filter = QComboBox()
        for key, name in _unit_choices(self.tr("全部单位")).items():
            self.unit_filter.addItem(name, key)
        self.list.add_filter(self.tr("承接单位："), self.unit_filter)
        self.list.finish_filters()
        self.list.count_text = lambda rows: self.tr("共 {0} 条，逾期未反馈 {1} 条").format(
            len(rows),
            sum(1 for r in rows if r.state == "逾期未反馈"),  # notr: a stored state
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        self.unit_filter.currentIndexChanged.connect(self.refresh)
        self.list.add_requested.connect(lambda: self.open_form(None))
        self.list.edit_requested.connect(lambda row: self.open_form(row))
        self.list.delete_requested.connect(self._delete)

    def refresh(self) -> None:
        self.list.set_rows(lead_rows(self.today, self.unit_filter.currentData()))

    def open_form(self, row) -> QuickForm:
        def values(v) -> LeadInput:
            return LeadInput(
                v["received"],
                v["description"],
                v["unit"],
                v["deadline"],
                v["source"],
                v["shared"],
                v["feedback_date"] if v["answered"] else None,
                v["feedback"],
            )

        form = QuickForm(
            self.tr("项目信息"),
            lambda v: save_lead(values(v), row.id if row else None, self.today),
            lambda v: validate_lead(values(v), self.today),
            self,
            changes=Changes.of(LEADS),
        )
        form.add_date("received", self.tr("收到日期："), row.received_date if row else self.today)
        form.add_text("source", self.tr("信息来源："), row.source if row else "")
        form.add_text(
            "description", self.tr("项目信息："), row.description if row else "", multiline=True
        )
        form.add_choice(
            "unit", self.tr("承接单位："), _unit_choices(), self.unit_filter.currentData()
        )
        form.add_choice("shared", self.tr("推荐单位："), _unit_choices(self.tr("（无）")))
        form.add_date(
            "deadline",
            self.tr("反馈期限："),
            row.deadline if row else self.today + dt.timedelta(days=30),
        )
        form.add_check("answered", self.tr("已反馈"), bool(row and row.feedback_date))
        form.add_date(
            "feedback_date",
            self.tr("反馈日期："),
            (row.feedback_date if row else None) or self.today,
        )
        form.add_text(
            "feedback", self.tr("反馈内容："), row.feedback if row else "", multiline=True
        )
        if row is not None:
            for name, text in (("unit", row.unit), ("shared", row.shared_by)):
                combo = form.widgets[name]
                combo.setCurrentIndex(max(0, combo.findText(text)))
        form.saved.connect(lambda _id: self.refresh())
        form.validate()
        form.open()
        return form

    def _delete(self, row) -> None:
        if ask_delete(
            self,
            self.tr("删除项目信息"),
            self.tr("确定删除这条项目信息吗？\n\n{0}").format(row.description),
        ):
            refused(self, self.tr("删除项目信息"), lambda: delete_lead(row.id), Changes.of(LEADS))
            self.refresh()


class ProblemsTab(QWidget):
    """问题台账 (§24): open problems of landed projects and who owns them."""

    shows = frozenset({PROBLEMS, PROJECTS})

    def __init__(self, today: dt.date, parent: QWidget | None = None):
        super().__init__(parent)
        self.today = today
        self.table = read_only_table(
            [
                self.tr("提出日期"),
                self.tr("单位"),
                self.tr("项目"),
                self.tr("问题"),
                self.tr("责任单位/人"),
                self.tr("已过天数"),
            ]
        )
        self.label = QLabel()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.table)
        layout.addWidget(QLabel(self.tr("问题在“项目库”中选中项目后登记和标记解决。")))

    def refresh(self) -> None:
        rows = open_problems(self.today)
        self.label.setText(
            self.tr("截至 {0}，未解决问题 {1} 个：").format(self.today.isoformat(), len(rows))
        )
        self.table.setRowCount(len(rows))
        for r, problem in enumerate(rows):
            cells = (
                problem.raised_date.isoformat(),
                problem.project.unit.name,
                problem.project.name,
                problem.description,
                problem.owner,
                str((self.today - problem.raised_date).days),
            )
            for c, text in enumerate(cells):
                self.table.setItem(r, c, QTableWidgetItem(text))


class MeetingsTab(QWidget):
    """调度会: meetings held per unit; a finished quarter without a 调度会 is flagged."""

    shows = frozenset({MEETINGS})

    def __init__(self, today: dt.date, parent: QWidget | None = None):
        super().__init__(parent)
        self.today = today
        self.year_spin = QSpinBox()
        self.year_spin.setRange(2000, 2100)
        self.year_spin.setValue(today.year)
        self.year_spin.setSuffix(self.tr(" 年"))
        self.add_button = QPushButton(self.tr("登记会议(&N)"))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("年度：")))
        top.addWidget(self.year_spin)
        top.addStretch(1)
        top.addWidget(self.add_button)
        self.delete_button = QPushButton(self.tr("删除所选会议"))
        self.delete_button.clicked.connect(self.delete_selected)
        top.addWidget(self.delete_button)
        self.meetings: list = []
        self.flags = QLabel()
        self.flags.setWordWrap(True)
        self.table = read_only_table(
            [
                self.tr("日期"),
                self.tr("单位"),
                self.tr("类型"),
                self.tr("产业专班"),
                self.tr("主持人"),
                self.tr("参会人数"),
                self.tr("内容"),
            ]
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.flags)
        layout.addWidget(self.table)
        self.year_spin.valueChanged.connect(self.refresh)
        self.add_button.clicked.connect(self.add_meeting)

    def refresh(self) -> None:
        year = self.year_spin.value()
        finished = (
            4
            if year < self.today.year
            else max(0, quarter_of(self.today) - 1)
            if year == self.today.year
            else 0
        )
        missing = quarters_without_dispatch_meeting(year, finished)
        if missing:
            parts = [
                self.tr("{0}（第{1}季度）").format(unit, "、".join(str(q) for q in quarters))
                for unit, quarters in missing.items()
            ]
            self.flags.setText(
                self.tr("<span style='color:#b00020'>未召开调度会：{0}</span>").format(
                    "；".join(parts)
                )
            )
        else:
            self.flags.setText(self.tr("已结束的季度，各单位均召开了调度会。") if finished else "")
        meetings = self.meetings = meetings_of(year)
        self.table.setRowCount(len(meetings))
        for r, m in enumerate(meetings):
            cells = (
                m.date.isoformat(),
                m.unit.name,
                label(MEETING_KINDS, m.kind),
                m.task_force,
                m.chair,
                str(m.attendee_count or ""),
                m.note,
            )
            for c, text in enumerate(cells):
                self.table.setItem(r, c, QTableWidgetItem(text))

    def delete_selected(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.meetings):
            return
        meeting = self.meetings[row]
        text = self.tr("确定删除 {0} {1} 的这次会议记录吗？").format(
            meeting.date.isoformat(), meeting.unit.name
        )
        if ask_delete(self, self.tr("删除会议"), text):
            refused(
                self,
                self.tr("删除会议"),
                lambda: delete_meeting(meeting.id),
                Changes.of(MEETINGS),
            )
            self.refresh()

    def add_meeting(self) -> QuickForm:
        def submit(v):
            count = v["count"].strip()
            if count and not count.isdigit():
                raise FieldError(self.tr("参会人数"), self.tr("应为整数"))
            return save_meeting(
                MeetingInput(
                    v["unit"],
                    v["date"],
                    v["kind"],
                    v["task_force"],
                    v["chair"],
                    int(count) if count else None,
                    v["note"],
                ),
                today=self.today,
            )

        form = QuickForm(self.tr("登记会议"), submit, parent=self, changes=Changes.of(MEETINGS))
        form.add_choice("unit", self.tr("单位："), _unit_choices())
        form.add_date("date", self.tr("会议日期："), self.today)
        form.add_choice("kind", self.tr("会议类型："), MEETING_KINDS, "dispatch")
        form.add_text("task_force", self.tr("产业专班："))
        form.add_text("chair", self.tr("主持人："))
        form.add_text("count", self.tr("参会人数："))
        form.add_text("note", self.tr("会议内容："), multiline=True)
        form.saved.connect(lambda _id: self.refresh())
        form.validate()
        form.open()
        return form
