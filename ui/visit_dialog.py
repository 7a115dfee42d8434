"""新增/修改拜访: enterprise picked by typing (or created on the spot), who went, outcome, follow-up."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from models.queries.overview import units
from models.queries.trips import TripFilter, trip_rows
from models.store.visits import VisitInput, save_visit, validate_visit, visit_input
from models.vocab import VISIT_FORMS
from ui.changes import VISITS, Changes
from ui.dates import date_edit, to_date, to_qdate
from ui.enterprise_picker import EnterprisePicker
from ui.form_dialog import FormDialog
from ui.people_checklist import PeopleChecklist
from ui.vocab_text import items


class VisitDialog(FormDialog):
    """One visit; opened from the visits list, an enterprise, or a trip (then date, unit, people and trip are set)."""

    changes = Changes.of(VISITS)

    def __init__(
        self,
        visit_id: int | None = None,
        preset: VisitInput | None = None,
        today: dt.date | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.visit_id = visit_id
        self.today = today or dt.date.today()
        self.setWindowTitle(self.tr("修改拜访记录") if visit_id else self.tr("新增拜访记录"))
        self.setMinimumWidth(620)
        self._build()
        data = visit_input(visit_id) if visit_id else preset
        self._load(data)
        self._connect()
        self.validate()

    def _build(self) -> None:
        form = QFormLayout()
        self.date_edit = date_edit(self.today)
        form.addRow(self.tr("拜访日期(&D)："), self.date_edit)
        self.enterprise = EnterprisePicker()
        self.enterprise_combo = self.enterprise.combo
        form.addRow(self.labelled(self.tr("企业(&E)："), self.enterprise_combo), self.enterprise)
        self.unit_combo = QComboBox()
        for unit in units():
            self.unit_combo.addItem(unit.name, unit.id)
        form.addRow(self.tr("单位(&U)："), self.unit_combo)
        self.people = PeopleChecklist(self.today)
        form.addRow(self.labelled(self.tr("拜访人员(&P)："), self.people.filter), self.people)
        self.form_combo = QComboBox()
        for key, name in items(VISIT_FORMS):
            self.form_combo.addItem(name, key)
        form.addRow(self.tr("方式(&F)："), self.form_combo)
        self.trip_combo = QComboBox()
        form.addRow(self.tr("所属行程："), self.trip_combo)
        self.content_edit = QPlainTextEdit()
        self.content_edit.setFixedHeight(60)
        form.addRow(self.tr("洽谈内容："), self.content_edit)
        self.outcome_edit = QPlainTextEdit()
        self.outcome_edit.setFixedHeight(50)
        form.addRow(self.tr("成效："), self.outcome_edit)
        self.next_edit = QLineEdit()
        form.addRow(self.tr("下步工作："), self.next_edit)
        self.follow_box = QCheckBox(self.tr("需要跟进，跟进日期："))
        self.follow_edit = date_edit(self.today + dt.timedelta(days=30))
        self.follow_edit.setEnabled(False)
        follow = QHBoxLayout()
        follow.addWidget(self.follow_box)
        follow.addWidget(self.follow_edit)
        follow.addStretch(1)
        form.addRow("", follow)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        self.finish(layout)
        self.offer_history("visit", self.visit_id, self.tr("拜访记录"), visit_input)

    def _connect(self) -> None:
        self.date_edit.dateChanged.connect(self._date_changed)
        self.enterprise.changed.connect(self.validate)
        self.unit_combo.currentIndexChanged.connect(self._unit_changed)
        self.people.changed.connect(self.validate)
        self.form_combo.currentIndexChanged.connect(self.validate)
        self.trip_combo.currentIndexChanged.connect(self.validate)
        self.follow_box.toggled.connect(self.follow_edit.setEnabled)
        self.follow_box.toggled.connect(self.validate)
        self.follow_edit.dateChanged.connect(self.validate)
        for text in (self.content_edit, self.outcome_edit):
            text.textChanged.connect(self.validate)
        self.next_edit.textChanged.connect(self.validate)

    def _load(self, data: VisitInput | None) -> None:
        if data is None:
            self.people.load(self.unit_combo.currentData(), set())
            self._fill_trips(None)
            return
        if data.date:
            self.date_edit.setDate(to_qdate(data.date))
        self.enterprise.set_enterprise(data.enterprise_id)
        self.unit_combo.setCurrentIndex(max(0, self.unit_combo.findData(data.unit_id)))
        self.people.load(self.unit_combo.currentData(), set(data.person_ids))
        self.form_combo.setCurrentIndex(max(0, self.form_combo.findData(data.form)))
        self._fill_trips(data.trip_id)
        self.content_edit.setPlainText(data.content)
        self.outcome_edit.setPlainText(data.outcome)
        self.next_edit.setText(data.next_step)
        if data.follow_up_date:
            self.follow_box.setChecked(True)
            self.follow_edit.setEnabled(True)
            self.follow_edit.setDate(to_qdate(data.follow_up_date))

    def _fill_trips(self, select: int | None) -> None:
        """Trips of the unit that cover the visit date (a visit on a trip links to it)."""
        self.trip_combo.blockSignals(True)
        self.trip_combo.clear()
        self.trip_combo.addItem(self.tr("（不属于外出行程）"), None)
        day = to_date(self.date_edit.date())
        unit_id = self.unit_combo.currentData()
        if unit_id is not None:
            for trip in trip_rows(TripFilter(unit_id=unit_id, year=day.year, month=day.month)):
                if trip.start_date <= day <= trip.end_date:
                    label = f"{trip.start_date:%m-%d}–{trip.end_date:%m-%d} {trip.dest_city}（{trip.participants}）"
                    self.trip_combo.addItem(label, trip.id)
        self.trip_combo.setCurrentIndex(max(0, self.trip_combo.findData(select)))
        self.trip_combo.blockSignals(False)

    def _date_changed(self) -> None:
        self._fill_trips(self.trip_combo.currentData())
        self.validate()

    def _unit_changed(self) -> None:
        self.people.load(self.unit_combo.currentData(), set())
        self._fill_trips(None)
        self.validate()

    def enterprise_id(self) -> int | None:
        return self.enterprise.enterprise_id()

    def current_input(self) -> VisitInput:
        return VisitInput(
            date=to_date(self.date_edit.date()),
            enterprise_id=self.enterprise_id(),
            unit_id=self.unit_combo.currentData(),
            person_ids=self.people.person_ids(),
            form=self.form_combo.currentData(),
            content=self.content_edit.toPlainText(),
            outcome=self.outcome_edit.toPlainText(),
            next_step=self.next_edit.text(),
            follow_up_date=to_date(self.follow_edit.date())
            if self.follow_box.isChecked()
            else None,
            trip_id=self.trip_combo.currentData(),
        )

    def check_input(self, data: VisitInput):
        return validate_visit(data, self.visit_id, self.today)

    def store(self, data: VisitInput):
        return save_visit(data, self.visit_id, self.today)

    def field_widgets(self) -> dict[str, QWidget]:
        return {"企业": self.enterprise_combo}  # notr: the field name models/ gives
