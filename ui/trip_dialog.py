"""新增/修改外出行程: validate on every change, Save only when valid, one transaction, then a signal."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from models.queries.overview import units
from models.queries.trips import trip_days
from models.store.trips import TripInput, save_trip, trip_input, validate_trip
from models.vocab import ABROAD_AREAS, REGIONS
from ui.changes import TRIPS, Changes
from ui.dates import date_edit, to_date, to_qdate
from ui.form_dialog import FormDialog
from ui.people_checklist import PeopleChecklist
from ui.vocab_text import items


class TripDialog(FormDialog):
    """One trip: participants from the unit's people, dates, destination, purpose and outcome."""

    changes = Changes.of(TRIPS)

    def __init__(
        self,
        trip_id: int | None = None,
        unit_id: int | None = None,
        today: dt.date | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.trip_id = trip_id
        self.today = today or dt.date.today()
        self.setWindowTitle(self.tr("修改外出行程") if trip_id else self.tr("新增外出行程"))
        self.setMinimumWidth(620)
        self._build()
        data = trip_input(trip_id) if trip_id else None
        self._load(data, unit_id)
        self._connect()
        self.validate()

    # -- layout -----------------------------------------------------------------------------------
    def _build(self) -> None:
        form = QFormLayout()
        self.unit_combo = QComboBox()
        for unit in units():
            self.unit_combo.addItem(unit.name, unit.id)
        form.addRow(self.tr("单位(&U)："), self.unit_combo)

        self.people = PeopleChecklist(self.today)
        self.people_filter = self.people.filter
        self.people_list = self.people.list
        form.addRow(self.labelled(self.tr("参加人员(&P)："), self.people.filter), self.people)

        self.start_edit = date_edit(self.today)
        self.end_edit = date_edit(self.today)
        self.days_label = QLabel()
        dates = QHBoxLayout()
        dates.addWidget(self.start_edit)
        dates.addWidget(QLabel(self.tr("至")))
        dates.addWidget(self.end_edit)
        dates.addWidget(self.days_label)
        dates.addStretch(1)
        form.addRow(self.labelled(self.tr("起止日期(&D)："), self.start_edit), dates)

        self.city_edit = QLineEdit()
        self.city_edit.setPlaceholderText(self.tr("如 深圳、上海、东京"))
        form.addRow(self.tr("目的地(&C)："), self.city_edit)
        self.region_combo = QComboBox()
        self.region_combo.addItem(self.tr("（请选择）"), "")
        for key, name in items(REGIONS):
            self.region_combo.addItem(name, key)
        self.country_combo = QComboBox()
        self.country_combo.setEditable(True)
        self.country_combo.addItems(ABROAD_AREAS)
        region_row = QHBoxLayout()
        region_row.addWidget(self.region_combo)
        region_row.addWidget(QLabel(self.tr("国家/地区：")))
        region_row.addWidget(self.country_combo, 1)
        form.addRow(self.labelled(self.tr("区域(&R)："), self.region_combo), region_row)

        self.purpose_edit = QLineEdit()
        self.purpose_edit.setPlaceholderText(self.tr("如 参加长三角产业链招商推介会"))
        form.addRow(self.tr("事由(&E)："), self.purpose_edit)
        self.enterprises_edit = QPlainTextEdit()
        self.enterprises_edit.setPlaceholderText(self.tr("拜访的企业，每行一家"))
        self.enterprises_edit.setFixedHeight(60)
        form.addRow(self.tr("拜访企业(&V)："), self.enterprises_edit)
        self.outcome_edit = QPlainTextEdit()
        self.outcome_edit.setFixedHeight(60)
        form.addRow(self.tr("成效(&O)："), self.outcome_edit)

        # Visits made on this trip are logged from here (the trip must be saved first).
        self.visit_button = self.buttons.addButton(
            self.tr("添加拜访(&A)…"), QDialogButtonBox.ActionRole
        )
        self.visit_button.setVisible(self.trip_id is not None)
        self.visit_button.clicked.connect(self.add_visit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        self.finish(layout)
        self.offer_history("trip", self.trip_id, self.tr("外出行程"), trip_input)

    def _connect(self) -> None:
        self.unit_combo.currentIndexChanged.connect(self._unit_changed)
        self.people.changed.connect(self.validate)
        for edit in (self.start_edit, self.end_edit):
            edit.dateChanged.connect(self.validate)
        self.start_edit.dateChanged.connect(self._start_moved)
        for line in (self.city_edit, self.purpose_edit):
            line.textChanged.connect(self.validate)
        for text in (self.enterprises_edit, self.outcome_edit):
            text.textChanged.connect(self.validate)
        self.region_combo.currentIndexChanged.connect(self._region_changed)
        self.country_combo.currentTextChanged.connect(self.validate)

    # -- load and read back --------------------------------------------------------------------
    def _load(self, data: TripInput | None, unit_id: int | None) -> None:
        unit = data.unit_id if data else unit_id
        if unit is not None and self.unit_combo.findData(unit) >= 0:
            self.unit_combo.setCurrentIndex(self.unit_combo.findData(unit))
        self._fill_people(set(data.person_ids) if data else set())
        if data is None:
            self._region_changed()
            return
        self.start_edit.setDate(to_qdate(data.start_date))
        self.end_edit.setDate(to_qdate(data.end_date))
        self.city_edit.setText(data.dest_city)
        self.region_combo.setCurrentIndex(max(0, self.region_combo.findData(data.region)))
        self.country_combo.setCurrentText(data.country)
        self.purpose_edit.setText(data.purpose)
        self.enterprises_edit.setPlainText(data.enterprises_text)
        self.outcome_edit.setPlainText(data.outcome)
        self._region_changed()

    def _fill_people(self, checked: set[int]) -> None:
        self.people.load(self.unit_combo.currentData(), checked)

    def person_ids(self) -> list[int]:
        return self.people.person_ids()

    def current_input(self) -> TripInput:
        return TripInput(
            unit_id=self.unit_combo.currentData(),
            person_ids=self.person_ids(),
            start_date=to_date(self.start_edit.date()),
            end_date=to_date(self.end_edit.date()),
            dest_city=self.city_edit.text(),
            region=self.region_combo.currentData() or "",
            country=self.country_combo.currentText()
            if self.region_combo.currentData() == "abroad"
            else "",
            purpose=self.purpose_edit.text(),
            outcome=self.outcome_edit.toPlainText(),
            enterprises_text=self.enterprises_edit.toPlainText(),
        )

    # -- reactions --------------------------------------------------------------------------------
    def _unit_changed(self) -> None:
        self._fill_people(set())
        self.validate()

    def _start_moved(self) -> None:
        """Moving the start past the end drags the end along, as most date-range pickers do."""
        if self.end_edit.date() < self.start_edit.date() and not self.end_edit.hasFocus():
            self.end_edit.setDate(self.start_edit.date())

    def _region_changed(self) -> None:
        abroad = self.region_combo.currentData() == "abroad"
        self.country_combo.setEnabled(abroad)
        if not abroad:
            self.country_combo.setCurrentText("")
        self.validate()

    def validate(self) -> bool:
        """Show every error next to the form and enable Save only when there is none."""
        data = self.current_input()
        if data.end_date >= data.start_date:
            self.days_label.setText(
                self.tr("共 {0} 天").format(trip_days(data.start_date, data.end_date))
            )
        else:
            self.days_label.setText("")
        return self.show_check(self.check_input(data))

    def add_visit(self):
        """A visit on this trip: its unit, first day and participants already filled in."""
        from models.store.visits import VisitInput
        from ui.visit_dialog import VisitDialog

        data = self.current_input()
        preset = VisitInput(
            data.start_date, None, data.unit_id, data.person_ids, "onsite", trip_id=self.trip_id
        )
        dialog = VisitDialog(None, preset, self.today, self)
        dialog.open()
        return dialog

    def check_input(self, data: TripInput):
        return validate_trip(data, self.trip_id, self.today)

    def store(self, data: TripInput):
        return save_trip(data, self.trip_id, self.today)

    def field_widgets(self) -> dict[str, QWidget]:
        return {
            "开始日期": self.start_edit,  # notr: the field names models/ gives
            "结束日期": self.end_edit,  # notr
            "国家/地区": self.country_combo,  # notr
        }
