"""What rows share during an import: the units, people, enterprises and projects already known."""

from __future__ import annotations

import contextlib
import datetime as dt
from typing import TYPE_CHECKING

from models.db.activities import Event
from models.db.enterprises import Enterprise
from models.db.org import Person, Unit
from models.db.projects import Project
from models.ledger import cells
from models.names import normalise_enterprise_name
from models.store.enterprises import EnterpriseInput, save_enterprise
from models.store.people import PersonInput, RoleInput, save_person, staff_from
from models.store.references import References
from models.validation import FieldError

if TYPE_CHECKING:
    from models.ledger.results import ImportResult, SheetData


class Row:
    """One data row: its cells read by template column key, errors named by the file's header."""

    def __init__(self, sheet: SheetData, number: int, cells_: list):
        self.data = sheet
        self.sheet = sheet.spec.name
        self.source = sheet.source
        self.number = number
        self.cells = cells_

    def has(self, key: str) -> bool:
        return key in self.data.columns

    def raw(self, key: str):
        index = self.data.columns.get(key)
        if index is None or index >= len(self.cells):
            return None
        return self.cells[index]

    def header(self, key: str) -> str:
        return self.data.headers.get(key) or self.data.spec.column(key).header

    def blank(self, key: str) -> bool:
        value = self.raw(key)
        return not isinstance(
            value, (cells.FormulaWithoutValue, cells.CellErrorValue)
        ) and cells.is_blank(value)

    def text(self, key: str, max_len: int, required: bool = False) -> str:
        return cells.text(self.raw(key), self.header(key), max_len, required)

    def date(self, key: str, required: bool = False) -> dt.date | None:
        return cells.date(self.raw(key), self.header(key), required)

    def yes_no(self, key: str) -> bool:
        return cells.yes_no(self.raw(key), self.header(key))

    def names(self, key: str) -> list[str]:
        return cells.names(self.raw(key), self.header(key))

    def amount(self, key: str, required: bool = False) -> int | None:
        unit = self.data.units.get(key, "亿元")
        return cells.amount_wan(self.raw(key), self.header(key), unit, required)

    def locate(self, field_name: str) -> tuple[str, int | None]:
        """The file's column for an error: by header, template name or a validation field name."""
        for key, header in self.data.headers.items():
            spec_column = self.data.spec.column(key)
            if field_name in (header, spec_column.header, *spec_column.synonyms):
                return header, self.data.columns[key]
        key = FIELD_COLUMNS.get(self.sheet, {}).get(field_name)
        if key and key in self.data.columns:
            return self.data.headers[key], self.data.columns[key]
        return "", None


# Validation field names (as the dialogs say them) that a sheet calls differently.
FIELD_COLUMNS = {
    "拜访": {"拜访日期": "date", "企业": "enterprise", "拜访方式": "form", "洽谈内容": "content"},
    "外出招商": {"区域": "region", "事由": "purpose"},
    "企业": {"所属行业": "industry", "联系人第 1 行姓名": "contact"},
    "项目": {
        "总投资(亿元)": "total",
        "登记日期": "lead_date",
        "责任单位": "unit",
        "合同金额(亿元)": "contract_amount",
        "签订日期": "signed",
        "投资方": "investor",
        "来源区域": "source_region",
        "用地面积": "land_area",
    },
    "合同": {"合同金额(亿元)": "amount", "签订日期": "date"},
    "到位资金": {"到位金额(亿元)": "amount", "到位日期": "date", "凭证类型": "proof"},
}


class ImportContext(References):
    """Lookups by natural key, loaded once; additions of a row are forgotten if the row is refused."""

    def __init__(self, today: dt.date, result: ImportResult):
        self.today = today
        self.result = result
        self.units = {u.name: u.id for u in Unit.select(Unit.id, Unit.name)}
        self.people = {
            (p.unit_id, p.name): p.id for p in Person.select(Person.id, Person.unit, Person.name)
        }
        self.person_keys = {v: k for k, v in self.people.items()}
        self.by_code: dict[str, int] = {}
        self.by_key: dict[str, int] = {}
        self.enterprises: dict[int, bool] = {}
        for e in Enterprise.select(Enterprise.id, Enterprise.credit_code, Enterprise.name_key):
            if e.credit_code:
                self.by_code[e.credit_code] = e.id
            self.by_key.setdefault(e.name_key, e.id)
            self.enterprises[e.id] = True
        self.projects = {
            (p.unit_id, p.name): p.id
            for p in Project.select(Project.id, Project.unit, Project.name)
        }
        self.created_people: dict[int, dt.date] = {}
        self.settled: dict[tuple[int, str], bool] = {}  # claims the bureau has decided
        self.visit_rows: dict[tuple, int] = {}  # (date, unit, firm) → rows seen so far
        self.events = {
            e.name: e.id for e in Event.select(Event.id, Event.name).order_by(Event.id.desc())
        }
        self.claimed: dict[
            tuple[int, str], int
        ] = {}  # (unit, name) → the project another unit holds
        self.trip_spans: dict[int, tuple] = {}  # trip id → (unit, start, end), as read
        self._row_added: list[tuple[dict, object]] = []
        self._row_people: list[str] = []
        self._row_firms: list[str] = []

    # -- a row's additions are kept or forgotten with it ----------------------------------------

    def remember(self, table: dict, key, value) -> None:
        table[key] = value
        self._row_added.append((table, key))

    def keep_row(self) -> None:
        self.result.created_people.extend(self._row_people)
        self.result.created_enterprises.extend(self._row_firms)
        self._row_added.clear()
        self._row_people.clear()
        self._row_firms.clear()

    def forget_row(self) -> None:
        for table, key in self._row_added:
            table.pop(key, None)
        self._row_added.clear()
        self._row_people.clear()
        self._row_firms.clear()

    def warn(self, row: Row, text: str) -> None:
        """Something the dialog would ask to confirm: the import goes on and the summary says it."""
        where = f"{row.source} " if row.source else ""
        self.result.warnings.append(f"{where}{row.sheet} 第 {row.number} 行：{text}")

    # -- the facts validation asks for, from the lookups instead of queries ----------------------

    def unit_exists(self, unit_id: int | None) -> bool:
        return unit_id in self.units.values()

    def enterprise_exists(self, enterprise_id: int | None) -> bool:
        return enterprise_id in self.enterprises

    def outsiders(self, person_ids: list[int], unit_id: int) -> list[str]:
        keys = [self.person_keys.get(p) for p in person_ids]
        return [k[1] for k in keys if k is not None and k[0] != unit_id]

    def person_exists(self, person_id: int) -> bool:
        return person_id in self.person_keys

    def event_exists(self, event_id: int) -> bool:
        return event_id in self.events.values()

    def project_named(self, unit_id: int, name: str) -> int | None:
        return self.projects.get((unit_id, name))

    def trip_span(self, trip_id: int):
        """Spans of the trips rows were matched to are kept: many visits fall on one trip."""
        span = self.trip_spans.get(trip_id)
        if span is None:
            span = super().trip_span(trip_id)
            if span is not None:
                self.trip_spans[trip_id] = span
        return span

    def transaction(self):
        """Each row already runs in its own savepoint (importer._one_row): no nested one."""
        return contextlib.nullcontext()

    # -- lookups ---------------------------------------------------------------------------------

    def unit_id(self, row: Row, key: str = "unit") -> int:
        name = row.text(key, 40, required=True)
        unit = self.units.get(name)
        if unit is None:
            known = "、".join(self.units)
            raise FieldError(row.header(key), f"未知的单位“{name}”（可选：{known}）")
        return unit

    def project_of(self, row: Row, unit: int) -> tuple[int | None, str]:
        """The project a row names in its unit, or None with the reason when another unit holds
        it (a claim waiting for, or settled by, the bureau): such rows are not imported."""
        name = row.text("project", 120, required=True)
        label = f"{row.text('unit', 40)} {name}"
        if (unit, name) in self.settled:
            return None, f"{label}（已裁定由其他单位负责，未导入）"
        if (unit, name) in self.claimed:
            return None, f"{label}（项目归属待裁定，未导入）"
        project = self.projects.get((unit, name))
        if project is None:
            raise FieldError(
                row.header("project"),
                f"{row.text('unit', 40)}没有名为“{name}”的项目（请先在“项目”表中列出）",
            )
        return project, label

    def person_ids(self, row: Row, key: str, unit_id: int, day: dt.date | None) -> list[int]:
        """People named in a cell; those not yet known are created in the unit as 工作人员."""
        ids = []
        for name in row.names(key):
            cells.text(name, row.header(key), 40)
            person = self.people.get((unit_id, name))
            if person is None:
                start = day or self.today
                person = save_person(
                    PersonInput(unit_id, name, roles=[RoleInput("staff", start)])
                ).id
                self.remember(self.people, (unit_id, name), person)
                self.remember(self.person_keys, person, (unit_id, name))
                self.remember(self.created_people, person, start)
                self._row_people.append(name)
            elif day is not None and person in self.created_people:
                self.created_people[person] = min(self.created_people[person], day)
            ids.append(person)
        return ids

    def enterprise_id(self, name: str, column: str, create: bool = True) -> int | None:
        """An enterprise by normalised name; one not yet known is created with just its name."""
        key = normalise_enterprise_name(name)
        found = self.by_key.get(key)
        if found is not None or not create:
            return found
        enterprise = save_enterprise(EnterpriseInput(name=name), refs=self)
        self.remember(self.by_key, key, enterprise.id)
        self.remember(self.enterprises, enterprise.id, True)
        self._row_firms.append(name)
        return enterprise.id

    def finish(self) -> None:
        """People created on the fly hold their 工作人员 role from the first day a row named them."""
        staff_from(self.created_people)
