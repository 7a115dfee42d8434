"""新增/修改项目: the project's facts; stages, contracts and funds are actions on the project page."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from models.queries.overview import units
from models.store.ledgers import event_choices
from models.store.people import people_rows
from models.store.projects import ProjectInput, project_input, save_project, validate_project
from models.vocab import INDUSTRY_CATEGORIES, REGIONS, STRATEGIC_EMERGING
from ui.changes import PROJECTS, Changes
from ui.dates import date_edit, to_date, to_qdate
from ui.enterprise_picker import EnterprisePicker
from ui.form_dialog import FormDialog
from ui.vocab_text import shown


def _combo(items, none_text: str | None = None) -> QComboBox:
    combo = QComboBox()
    if none_text is not None:
        combo.addItem(none_text, None)
    for key, text in items:
        combo.addItem(shown(text), key)  # a vocabulary's name in the interface language
    return combo


class ProjectDialog(FormDialog):
    """Three tabs: the project, where it came from and who leads it (五个一), land."""

    changes = Changes.of(PROJECTS)

    def __init__(
        self,
        project_id: int | None = None,
        unit_id: int | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.project_id = project_id
        self.setWindowTitle(self.tr("修改项目") if project_id else self.tr("新增项目"))
        self.setMinimumWidth(640)
        tabs = QTabWidget()
        tabs.addTab(self._basic_tab(), self.tr("项目概况"))
        tabs.addTab(self._source_tab(), self.tr("来源与五个一"))
        tabs.addTab(self._land_tab(), self.tr("用地"))
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        self.finish(layout)
        self.offer_history("project", self.project_id, self.tr("项目"), project_input)
        if project_id is not None:
            self._load(project_input(project_id))
        elif unit_id is not None:
            self.unit_combo.setCurrentIndex(max(0, self.unit_combo.findData(unit_id)))
            self._fill_leaders(None)
        else:
            self._fill_leaders(None)
        self._connect()
        self.validate()

    def _basic_tab(self) -> QWidget:
        tab = QWidget()
        form = QFormLayout(tab)
        self.name_edit = QLineEdit()
        form.addRow(self.tr("项目名称(&N)："), self.name_edit)
        self.unit_combo = _combo([(u.id, u.name) for u in units()])
        form.addRow(self.tr("责任单位(&U)："), self.unit_combo)
        self.enterprise = EnterprisePicker()
        self.enterprise_combo = self.enterprise.combo
        form.addRow(self.labelled(self.tr("投资方(&I)："), self.enterprise_combo), self.enterprise)
        self.lead_date = date_edit(dt.date.today())
        form.addRow(self.tr("登记日期(&D)："), self.lead_date)
        self.total_edit = QLineEdit()
        self.total_edit.setPlaceholderText(self.tr("亿元，最多 4 位小数，如 5 或 0.35"))
        form.addRow(self.tr("总投资(亿元)(&T)："), self.total_edit)
        self.industry_combo = _combo(INDUSTRY_CATEGORIES.items())
        form.addRow(self.tr("产业类别："), self.industry_combo)
        self.chain_edit = QLineEdit()
        form.addRow(self.tr("所属产业链："), self.chain_edit)
        self.sei_combo = _combo(STRATEGIC_EMERGING.items(), self.tr("（不属于战略性新兴产业）"))
        form.addRow(self.tr("战略性新兴产业："), self.sei_combo)
        self.content_edit = QPlainTextEdit()
        self.content_edit.setFixedHeight(70)
        form.addRow(self.tr("建设内容："), self.content_edit)
        self.key_box = QCheckBox(self.tr("重点项目"))
        form.addRow("", self.key_box)
        self.note_edit = QPlainTextEdit()
        self.note_edit.setFixedHeight(50)
        form.addRow(self.tr("备注："), self.note_edit)
        return tab

    def _source_tab(self) -> QWidget:
        tab = QWidget()
        form = QFormLayout(tab)
        self.region_combo = _combo(REGIONS.items())
        self.region_combo.setCurrentIndex(self.region_combo.findData("domestic"))
        self.city_edit = QLineEdit()
        place = QHBoxLayout()
        place.addWidget(self.region_combo)
        place.addWidget(self.city_edit, 1)
        form.addRow(self.tr("来源地："), place)
        self.event_combo = _combo(event_choices(), self.tr("（无）"))
        form.addRow(self.tr("来源活动："), self.event_combo)
        self.flags = {
            "foreign_funded": QCheckBox(self.tr("外资项目")),
            "returnee": QCheckBox(self.tr("楚商回归")),
            "alumni": QCheckBox(self.tr("校友项目")),
            "commissioned": QCheckBox(self.tr("委托招商")),
        }
        flags = QHBoxLayout()
        for box in self.flags.values():
            flags.addWidget(box)
        flags.addStretch(1)
        form.addRow(self.tr("项目属性："), flags)
        self.leader_combo = QComboBox()
        form.addRow(self.tr("包保领导(&L)："), self.leader_combo)
        self.team_edit = QLineEdit()
        self.team_edit.setPlaceholderText(self.tr("如 襄州区招商局项目专班"))
        form.addRow(self.tr("工作专班："), self.team_edit)
        self.plan_edit = QPlainTextEdit()
        self.plan_edit.setFixedHeight(70)
        form.addRow(self.tr("推进方案："), self.plan_edit)
        return tab

    def _land_tab(self) -> QWidget:
        tab = QWidget()
        form = QFormLayout(tab)
        self.needs_land = QCheckBox(self.tr("需要供地（签约后 6 个月内须取得土地使用权）"))
        form.addRow("", self.needs_land)
        self.land_box = QCheckBox(self.tr("已取得土地使用权，日期："))
        self.land_date = date_edit(dt.date.today())
        self.land_date.setEnabled(False)
        row = QHBoxLayout()
        row.addWidget(self.land_box)
        row.addWidget(self.land_date)
        row.addStretch(1)
        form.addRow("", row)
        self.area_edit = QLineEdit()
        self.area_edit.setPlaceholderText(self.tr("亩"))
        form.addRow(self.tr("用地面积(亩)："), self.area_edit)
        self.site_edit = QLineEdit()
        form.addRow(self.tr("建设地点(园区)："), self.site_edit)
        return tab

    def _connect(self) -> None:
        for edit in (
            self.name_edit,
            self.total_edit,
            self.chain_edit,
            self.city_edit,
            self.team_edit,
            self.area_edit,
            self.site_edit,
        ):
            edit.textChanged.connect(self.validate)
        for text in (self.content_edit, self.plan_edit, self.note_edit):
            text.textChanged.connect(self.validate)
        self.enterprise.changed.connect(self.validate)
        for combo in (
            self.industry_combo,
            self.sei_combo,
            self.region_combo,
            self.event_combo,
            self.leader_combo,
        ):
            combo.currentIndexChanged.connect(self.validate)
        self.unit_combo.currentIndexChanged.connect(
            lambda: (self._fill_leaders(None), self.validate())
        )
        self.lead_date.dateChanged.connect(self.validate)
        self.land_date.dateChanged.connect(self.validate)
        self.needs_land.toggled.connect(self.validate)
        self.land_box.toggled.connect(self.land_date.setEnabled)
        self.land_box.toggled.connect(self.validate)

    def _fill_leaders(self, selected: int | None) -> None:
        self.leader_combo.clear()
        self.leader_combo.addItem(self.tr("（未指定）"), None)
        for person in people_rows(self.unit_combo.currentData()):
            self.leader_combo.addItem(f"{person.name}　{person.title}", person.id)
        self.leader_combo.setCurrentIndex(max(0, self.leader_combo.findData(selected)))

    def _load(self, data: ProjectInput) -> None:
        self.name_edit.setText(data.name)
        self.unit_combo.setCurrentIndex(max(0, self.unit_combo.findData(data.unit_id)))
        self.enterprise.set_enterprise(data.enterprise_id)
        self.lead_date.setDate(to_qdate(data.lead_date))
        self.total_edit.setText(data.total_investment_yi)
        self.industry_combo.setCurrentIndex(
            max(0, self.industry_combo.findData(data.industry_category))
        )
        self.chain_edit.setText(data.chain)
        self.sei_combo.setCurrentIndex(max(0, self.sei_combo.findData(data.strategic_emerging)))
        self.content_edit.setPlainText(data.content)
        self.key_box.setChecked(data.is_key)
        self.note_edit.setPlainText(data.note)
        self.region_combo.setCurrentIndex(max(0, self.region_combo.findData(data.source_region)))
        self.city_edit.setText(data.source_city)
        self.event_combo.setCurrentIndex(max(0, self.event_combo.findData(data.event_id)))
        for name, box in self.flags.items():
            box.setChecked(getattr(data, name))
        self._fill_leaders(data.lead_leader_id)
        self.team_edit.setText(data.team)
        self.plan_edit.setPlainText(data.plan)
        self.needs_land.setChecked(data.needs_land)
        if data.land_date:
            self.land_box.setChecked(True)
            self.land_date.setEnabled(True)
            self.land_date.setDate(to_qdate(data.land_date))
        self.area_edit.setText(data.land_area_mu)
        self.site_edit.setText(data.site)

    def enterprise_id(self) -> int | None:
        return self.enterprise.enterprise_id()

    def current_input(self) -> ProjectInput:
        return ProjectInput(
            name=self.name_edit.text(),
            unit_id=self.unit_combo.currentData(),
            total_investment_yi=self.total_edit.text(),
            lead_date=to_date(self.lead_date.date()),
            enterprise_id=self.enterprise_id(),
            content=self.content_edit.toPlainText(),
            industry_category=self.industry_combo.currentData(),
            chain=self.chain_edit.text(),
            strategic_emerging=self.sei_combo.currentData(),
            source_region=self.region_combo.currentData(),
            source_city=self.city_edit.text(),
            event_id=self.event_combo.currentData(),
            lead_leader_id=self.leader_combo.currentData(),
            team=self.team_edit.text(),
            plan=self.plan_edit.toPlainText(),
            is_key=self.key_box.isChecked(),
            needs_land=self.needs_land.isChecked(),
            land_date=to_date(self.land_date.date()) if self.land_box.isChecked() else None,
            site=self.site_edit.text(),
            land_area_mu=self.area_edit.text(),
            note=self.note_edit.toPlainText(),
            **{name: box.isChecked() for name, box in self.flags.items()},
        )

    def check_input(self, data: ProjectInput):
        check = validate_project(data, self.project_id)
        typed = self.enterprise_combo.currentText().strip()
        if typed and self.enterprise_id() is None:
            check.error(
                self.tr("投资方"),
                self.tr("企业库中没有“{0}”：请从列表中选择，或点“新建企业…”").format(typed),
            )
        return check

    def store(self, data: ProjectInput):
        return save_project(data, self.project_id)
