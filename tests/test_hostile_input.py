"""Hostile or slipped input: a tiny file claiming a huge sheet, dates of the year 20, invisible
characters in names, a 309-digit amount — each refused or cleaned with a reason, never stored."""

from __future__ import annotations

import datetime as dt
import io
import re
import tracemalloc
import zipfile
from pathlib import Path

import openpyxl
import pytest
from openpyxl import Workbook
from openpyxl.styles import Font

import reports.ledger_file as ledger_file
from models import Enterprise, Person, Project, Trip
from models.ledger import cells
from models.ledger.layout import import_files
from models.money import yi_to_wan
from models.store.contracts import ContractInput, FundsInput, add_contract, add_funds
from models.store.enterprises import EnterpriseInput, save_enterprise, validate_enterprise
from models.store.ledgers import (
    EventInput,
    LeadInput,
    MeetingInput,
    ProblemInput,
    save_event,
    save_lead,
    save_meeting,
    save_problem,
)
from models.store.people import PersonInput, RoleInput, save_person
from models.store.projects import ProjectInput, advance, clean_money, save_project, terminate
from models.store.trips import TripInput, save_trip
from models.store.visits import VisitInput, save_visit
from models.validation import FieldError, ValidationFailed, clean_date
from reports.ledger_file import LedgerFileError, read_ledger
from tests.helpers import D, firm, person, project, unit_id
from tests.ledger_files import TRIP_HEADER, workbook

pytestmark = pytest.mark.server  # run a second time on the PostgreSQL server

TODAY = D(2030, 1, 1)
YEAR_20 = D(20, 4, 1)  # 2020-04-01 with the 20 typed once


def _claiming(path: Path, dimension: str, values: dict[str, object]) -> Path:
    """A trips sheet openpyxl writes with these cells, its <dimension> then rewritten to claim more."""
    book = Workbook()
    ws = book.active
    ws.title = "外出招商"
    ws.append(TRIP_HEADER)
    for where, value in values.items():
        if value is Font:
            ws[where].font = Font(bold=True)  # formatted, but empty
        else:
            ws[where] = value
    plain = io.BytesIO()
    book.save(plain)
    with zipfile.ZipFile(plain) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data, found = re.subn(
                    rb'<dimension ref="[^"]*" ?/>', f'<dimension ref="{dimension}"/>'.encode(), data
                )
                assert found == 1
            dst.writestr(item, data)
    return path


def _peak_bytes(fn, *args):
    """What fn returns and the most memory Python held while it ran."""
    tracemalloc.start()
    try:
        return fn(*args), tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


# -- a small file claiming a huge sheet ---------------------------------------------------------


@pytest.mark.parametrize("last_row", [2_000, 199_990])
def test_a_5_kb_file_claiming_a_huge_sheet_reads_only_its_cells(tmp_path, last_row):
    """openpyxl padded every row to the claimed A1:XFD…: 293 MB for 2,000 rows, ~26 GB for this file."""
    path = _claiming(tmp_path / "台账.xlsx", f"A1:XFD{last_row}", {f"A{last_row}": "襄州区"})
    assert path.stat().st_size < 8_000
    ledger, peak = _peak_bytes(read_ledger, path)
    assert peak < 32 * 2**20
    assert ledger.errors == []
    assert [row for sheet in ledger.sheets for row in sheet.rows] == [(last_row, ["襄州区"])]


def test_a_sheet_claiming_less_than_it_holds_is_read_whole(database, tmp_path):
    """The declared size is not trusted the other way either: A1:A1 no longer hides the rest."""
    path = _claiming(
        tmp_path / "a.xlsx",
        "A1:A1",
        {
            "A2": "襄州区",
            "B2": "张三",
            "C2": "2020-04-01",
            "D2": "2020-04-02",
            "E2": "深圳",
            "F2": "长三角",
        },
    )
    result = import_files([read_ledger(path)], commit=True)
    assert result.errors == []
    assert Trip.get().region == "yrd" and Trip.get().end_date == D(2020, 4, 2)


def test_a_value_far_to_the_right_is_refused_naming_the_file_and_cell(tmp_path):
    path = _claiming(tmp_path / "宽表.xlsx", "A1:XFD2", {"XFD2": "备注"})
    with pytest.raises(LedgerFileError) as refused:
        read_ledger(path)
    message = str(refused.value)
    assert "XFD2" in message and "超出 200 列" in message and message.endswith("宽表.xlsx")
    # Formatting far to the right, with nothing in it, is no reason to refuse a ledger.
    path = _claiming(tmp_path / "格式.xlsx", "A1:XFD3", {"XFD3": Font, "A2": "襄州区"})
    assert [r for s in read_ledger(path).sheets for r in s.rows] == [(2, ["襄州区"])]


def test_rows_beyond_the_limit_are_refused(tmp_path):
    path = _claiming(tmp_path / "长表.xlsx", "A1:G200001", {"A200001": "襄州区"})
    with pytest.raises(LedgerFileError, match=r"超过 200000 行.*长表\.xlsx"):
        read_ledger(path)


def test_too_many_cells_in_all_are_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(ledger_file, "MAX_CELLS", 20)
    rows = [TRIP_HEADER] + [["襄州区", "张三", "2020-04-01"] * 2 for _ in range(5)]
    with pytest.raises(LedgerFileError, match=r"内容过多.*多\.xlsx"):
        read_ledger(workbook(tmp_path / "多.xlsx", {"外出招商": rows}))


def test_running_out_of_memory_is_explained_in_chinese(tmp_path, monkeypatch):
    path = workbook(tmp_path / "台账.xlsx", {"外出招商": [TRIP_HEADER]})

    def exhausted(*args, **kwargs):
        raise MemoryError  # its message is empty: the reason must come from us

    for target, name in ((ledger_file, "_grid"), (openpyxl, "load_workbook")):
        with monkeypatch.context() as patch:
            patch.setattr(target, name, exhausted)
            with pytest.raises(LedgerFileError) as refused:
                read_ledger(path)
        assert "内存不足" in str(refused.value) and str(refused.value).endswith("台账.xlsx")

    def broken(*args):
        raise RuntimeError  # no message either

    monkeypatch.setattr(ledger_file, "_grid", broken)
    with pytest.raises(LedgerFileError) as refused:
        read_ledger(path)
    assert str(refused.value) == "读取 Excel 文件时出错：台账.xlsx（RuntimeError）"


# -- dates outside 1990–2100 ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "value", ["0020-04-01", "20-04-01", dt.datetime(1899, 12, 31), "2101/1/1", D(1989, 12, 31)]
)
def test_ledger_dates_outside_1990_to_2100_are_refused(value):
    with pytest.raises(FieldError, match=r"开始日期：.*(不在 1990–2100 年之间|不是日期)"):
        cells.date(value, "开始日期")


def test_the_year_20_is_named_as_typed():
    with pytest.raises(FieldError) as refused:
        cells.date("0020-04-01", "开始日期")
    assert str(refused.value) == "开始日期：0020-04-01 不在 1990–2100 年之间"
    assert cells.date("1990-01-01", "开始日期") == D(1990, 1, 1)
    assert cells.date("2100年12月31日", "开始日期") == D(2100, 12, 31)
    assert clean_date(None, "开始日期") is None


def test_an_import_with_the_year_20_stores_nothing(database, tmp_path):
    row = ["襄州区", "张三", "0020-04-01", "2020-04-01", "深圳", "长三角", ""]
    path = workbook(tmp_path / "a.xlsx", {"外出招商": [TRIP_HEADER, row]})
    result = import_files([read_ledger(path)], commit=True)
    assert [(e.row, e.column) for e in result.errors] == [(2, "开始日期")]
    assert "0020-04-01 不在 1990–2100 年之间" in result.errors[0].reason
    assert Trip.select().count() == 0 and Person.select().count() == 0


@pytest.fixture
def records(database):
    """A person, an enterprise and a project of 襄州区 to hang dated records on."""
    return {
        "unit": unit_id(),
        "person": person("张三", ("staff", D(2019, 1, 1))),
        "firm": firm("比亚迪"),
        "project": project("电池项目", D(2020, 1, 1)),
    }


SAVES = {
    "开始日期": lambda r, day: save_trip(
        TripInput(r["unit"], [r["person"]], day, D(2020, 4, 2), "深圳", "gba"), today=TODAY
    ),
    "拜访日期": lambda r, day: save_visit(
        VisitInput(day, r["firm"], r["unit"], [r["person"]]), today=TODAY
    ),
    "跟进日期": lambda r, day: save_visit(
        VisitInput(D(2020, 4, 1), r["firm"], r["unit"], [r["person"]], follow_up_date=day),
        today=TODAY,
    ),
    "登记日期": lambda r, day: save_project(ProjectInput("新项目", r["unit"], "1", day)),
    "取得土地日期": lambda r, day: save_project(
        ProjectInput("新项目", r["unit"], "1", D(2020, 1, 1), needs_land=True, land_date=day)
    ),
    "日期": lambda r, day: advance(r["project"], "negotiating", day),
    "签订日期": lambda r, day: add_contract(
        r["project"], ContractInput("formal", day, "1"), today=TODAY
    ),
    "到位日期": lambda r, day: add_funds(r["project"], FundsInput(day, "1"), today=TODAY),
    "反馈期限": lambda r, day: save_lead(
        LeadInput(D(2020, 4, 1), "新能源项目信息", r["unit"], day), today=TODAY
    ),
    "解决日期": lambda r, day: save_problem(
        ProblemInput(r["project"], D(2020, 4, 1), "用地指标", resolved_date=day), today=TODAY
    ),
    "会议日期": lambda r, day: save_meeting(MeetingInput(r["unit"], day), today=TODAY),
    "结束日期": lambda r, day: save_event(EventInput("招商推介会", D(2020, 4, 1), day)),
    "任职第 1 行起始日期": lambda r, day: save_person(
        PersonInput(r["unit"], "李四", roles=[RoleInput("staff", day)])
    ),
}


@pytest.mark.parametrize("field", list(SAVES))
@pytest.mark.parametrize("day", [YEAR_20, D(2101, 1, 1)])
def test_every_save_path_refuses_dates_outside_1990_to_2100(records, field, day):
    with pytest.raises(ValidationFailed) as refused:
        SAVES[field](records, day)
    assert f"{field}：{day.isoformat()} 不在 1990–2100 年之间" in [
        str(e) for e in refused.value.errors
    ]


def test_terminating_on_the_year_20_is_refused(records):
    with pytest.raises(ValidationFailed, match="日期：0020-04-01 不在 1990–2100 年之间"):
        terminate(records["project"], YEAR_20, "落户外地")
    assert Project.get_by_id(records["project"]).stage == "lead"


# -- invisible characters in names ----------------------------------------------------------------


def test_a_zero_width_space_does_not_make_a_second_enterprise(database):
    first = firm("襄阳华中公司")
    check, duplicates = validate_enterprise(EnterpriseInput("襄阳\u200b华中公司"))
    assert [d.id for d in duplicates] == [first] and not check.ok
    with pytest.raises(ValidationFailed, match="重复"):
        save_enterprise(EnterpriseInput("\u202e襄阳华中\u2066公司\u2069"))
    Enterprise.delete_by_id(first)
    saved = save_enterprise(EnterpriseInput("襄阳\u200b华中\ufeff公司\u200e"))
    stored = Enterprise.get_by_id(saved.id)
    assert stored.name == "襄阳华中公司" and stored.name_key == "襄阳华中"


def test_invisible_characters_do_not_hide_a_person_or_project_of_the_same_name(records):
    with pytest.raises(ValidationFailed, match="同名人员"):
        save_person(PersonInput(records["unit"], "张\u200d三"))
    with pytest.raises(ValidationFailed, match="同名项目"):
        save_project(ProjectInput("电池\u2060项目", records["unit"], "1", D(2020, 1, 1)))
    lisi = save_person(PersonInput(records["unit"], "\u061c李四\u202c"))
    assert Person.get_by_id(lisi.id).name == "李四"


def test_an_import_naming_a_firm_with_a_hidden_character_finds_the_stored_one(records, tmp_path):
    path = workbook(
        tmp_path / "a.xlsx",
        {
            "拜访": [
                ["日期", "单位", "企业名称", "拜访人员"],
                ["2020-04-01", "襄州区", "比亚\u200b迪", "张\u200b三"],
            ]
        },
    )
    result = import_files([read_ledger(path)], commit=True)
    assert result.errors == []
    assert Enterprise.select().count() == 1 and Person.select().count() == 1


# -- huge numbers ---------------------------------------------------------------------------------


def test_1e308_is_refused_by_its_column_without_309_digits(database, tmp_path):
    path = workbook(
        tmp_path / "a.xlsx",
        {"项目": [["项目名称", "单位", "总投资(亿元)"], ["电池项目", "襄州区", 1e308]]},
    )
    [error] = import_files([read_ledger(path)], commit=True).errors
    assert error.column == "总投资(亿元)"
    assert "1e+308" in error.reason and len(error.reason) < 40
    assert Project.select().count() == 0


@pytest.mark.parametrize("value", [1e308, -1e308, 1e-300, "9" * 400, "0." + "0" * 400 + "1"])
def test_extreme_numbers_give_short_messages(value):
    with pytest.raises(FieldError) as refused:
        cells.amount_wan(value, "合同金额(亿元)", "亿元")
    assert str(refused.value).startswith("合同金额(亿元)：") and len(str(refused.value)) < 60


def test_a_typed_amount_is_exact_and_its_error_short():
    with pytest.raises(FieldError) as refused:
        clean_money("9" * 309, "总投资(亿元)")
    assert str(refused.value).startswith("总投资(亿元)：金额过大") and len(str(refused.value)) < 60
    # Beyond 28 digits the default decimal context rounded: 1.000…01 亿元 passed as 1 亿元.
    with pytest.raises(ValueError, match="精度"):
        yi_to_wan("1." + "0" * 30 + "1")
    assert yi_to_wan("12345678901234567890.0001") == 123456789012345678900001
