"""City consolidation and the round trip: export → import reproduces the report; claims counted once."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import models
from models import FundsEntry, Project, Trip, Unit
from models.db.base import db, on_server
from models.db.database import close_database, open_database
from models.ledger.columns import SHEETS
from models.ledger.export import ledger_tables
from models.ledger.importer import run_import
from models.ledger.layout import import_files
from models.ledger.results import CLAIMED, SKIPPED, ImportCancelled, SheetData
from models.queries.scope import Scope
from models.store.claims import claim_rows, keep_with_holder, move_to_claimant
from reports.indicators import build_indicators
from reports.ledger_file import read_ledger, write_ledger
from reports.quarter_report import build_report
from tests.ledger_files import TRIP_HEADER, fill_end_dates, trip_rows, workbook

pytestmark = pytest.mark.server  # run a second time on the PostgreSQL server

# A claim is the bureau's own record, and an event's list of attending firms is not in the template.
NOT_EXPORTED = ("ProjectClaim", "EventEnterprise")


def report_json(year: int, q: int) -> dict:
    return build_report(Scope(year, q)).to_json()


def test_export_then_import_into_an_empty_database_gives_the_same_report(demo_db, tmp_path):
    before = {(y, q): report_json(y, q) for y in (2019, 2020) for q in (1, 2, 3, 4)}
    counted = [m for m in models.RECORD_MODELS if m.__name__ not in NOT_EXPORTED]
    records = {m.__name__: m.select().count() for m in counted}
    exported = write_ledger(tmp_path / "全部.xlsx", ledger_tables())
    close_database()
    open_database(tmp_path / "empty.db")
    result = import_files([read_ledger(exported)], commit=True)
    assert result.errors == [] and result.committed
    for key, expected in before.items():
        assert report_json(*key) == expected, key
    assert {m.__name__: m.select().count() for m in counted} == records


def _project_file(path, unit: str, total=3):
    return workbook(
        path,
        {
            "项目": [
                ["项目名称", "单位", "投资方", "总投资(亿元)", "签约日期", "合同金额(亿元)"],
                ["比亚迪电池项目", unit, "比亚迪股份有限公司", total, "2020-03-01", total],
            ],
            "到位资金": [
                ["项目名称", "单位", "日期", "金额(亿元)"],
                ["比亚迪电池项目", unit, "2020-04-01", 1],
            ],
        },
    )


def test_a_project_two_units_report_is_counted_once_until_the_bureau_decides(database, tmp_path):
    xiangzhou = _project_file(tmp_path / "襄州区.xlsx", "襄州区")
    gaoxin = _project_file(tmp_path / "高新区.xlsx", "高新区")
    result = import_files([read_ledger(xiangzhou), read_ledger(gaoxin)], commit=True)
    assert result.errors == [] and result.committed
    assert [o.action for o in result.outcomes if o.source == "高新区.xlsx"] == [CLAIMED, CLAIMED]
    assert Project.select().count() == 1
    city = build_indicators(Scope(2020, 1))
    assert city["contract_amount"].quarter == 30000  # 3 亿元 once, not twice
    [claim] = claim_rows()
    assert (claim.holder, claim.claimant) == ("襄州区", "高新区")
    move_to_claimant(claim.id, "项目落在高新区")
    assert Project.get().unit.name == "高新区" and claim_rows() == []
    assert (
        build_indicators(Scope(2020, 1, Unit.get(Unit.name == "高新区").id))[
            "contract_amount"
        ].quarter
        == 30000
    )
    # The decision holds both ways: 襄州区's own ledger no longer brings the project back.
    again = import_files([read_ledger(xiangzhou)], commit=True)
    assert [o.action for o in again.outcomes] == [SKIPPED, SKIPPED]
    assert "已裁定" in again.outcomes[0].summary and claim_rows() == []
    assert Project.select().count() == 1 and FundsEntry.select().count() == 1
    # A claim kept with its holder is settled for good the same way.
    import_files([read_ledger(_project_file(tmp_path / "枣阳市.xlsx", "枣阳市"))], commit=True)
    [other] = claim_rows()
    keep_with_holder(other.id)
    last = import_files([read_ledger(tmp_path / "枣阳市.xlsx")], commit=True)
    assert "已裁定" in last.outcomes[0].summary and claim_rows() == []
    assert Project.select().count() == 1


def test_consolidated_report_ranks_units_from_several_files(database, tmp_path):
    files = []
    for n, unit in enumerate(("襄州区", "枣阳市", "高新区"), start=1):
        path = workbook(
            tmp_path / f"{unit}.xlsx",
            {
                "项目": [
                    ["项目名称", "单位", "投资方", "总投资(亿元)", "签约日期", "合同金额(亿元)"],
                    [f"{unit}电池项目", unit, f"{unit}投资公司", n, "2020-03-01", n],
                ]
            },
        )
        files.append(read_ledger(path))
    assert import_files(files, commit=True).committed
    report = build_report(Scope(2020, 1))
    assert len(report.ranking) == 12  # every county and zone has its place in the combined table
    race = report.races["contract_amount"]
    assert [(r.rank, r.unit, r.value) for r in race[:3]] == [
        (1, "高新区", 30000),
        (2, "枣阳市", 20000),
        (3, "襄州区", 10000),
    ]
    assert {r.rank for r in race[3:]} == {4}  # the rest tie on nothing signed
    assert report.to_json()["races"]["contract_amount"][0] == {
        "rank": 1,
        "rank_from_bottom": 12,
        "tied": False,
        "unit": "高新区",
        "value": 3.0,
        "last": None,
        "growth": None,
    }


def test_cancel_imports_nothing(database, tmp_path):
    path = workbook(
        tmp_path / "a.xlsx", {"外出招商": [TRIP_HEADER, *fill_end_dates(trip_rows(600))]}
    )
    ledger = read_ledger(path)
    seen = []

    def progress(done, total):
        seen.append(done)
        return done < 400

    with pytest.raises(ImportCancelled):
        import_files([ledger], commit=True, progress=progress)
    assert seen[-1] == 400 and Trip.select().count() == 0


# -- random cells: a row error or a valid record, never an exception --------------------------

cell = st.one_of(
    st.none(),
    st.text(max_size=80),
    st.integers(min_value=-(10**15), max_value=10**15),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
    st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)),
    st.datetimes(min_value=dt.datetime(1900, 1, 1), max_value=dt.datetime(2100, 1, 1)),
    st.sampled_from(
        [
            "襄州区",
            "张三、李四",
            "2020-04-01",
            "2020年2月30日",
            "粤港澳大湾区",
            "是",
            "签约",
            "正式合同",
            "工业",
            "1.5",
            "-3",
            "1e9",
        ]
    ),
)


def _sheet(spec, row):
    columns = {c.key: i for i, c in enumerate(spec.columns)}
    headers = {c.key: c.header for c in spec.columns}
    units = {c.key: "亿元" for c in spec.columns if c.amount}
    return SheetData(spec, spec.name, columns, units, headers, [(2, row)])


def _counts() -> list[int]:
    return [m.select().count() for m in models.RECORD_MODELS]


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.data())
def test_random_cells_end_in_a_row_error_or_a_valid_record(database, data):
    """Every sheet: a row of random cells is refused with a reason, or becomes a record that is valid."""
    for spec in SHEETS:
        row = data.draw(st.lists(cell, min_size=len(spec.columns), max_size=len(spec.columns)))
        before = _counts()
        result = run_import([_sheet(spec, row)], commit=True, today=dt.date(2026, 1, 1))
        assert bool(result.errors) != bool(result.outcomes)
        for error in result.errors:
            assert error.reason and error.row == 2
        if result.errors:
            assert _counts() == before
    if not on_server():  # the server checks every foreign key as it is written
        assert db.execute_sql("PRAGMA foreign_key_check").fetchall() == []


def test_import_never_touches_records_it_does_not_name(demo_db, tmp_path):
    tables = [m._meta.table_name for m in models.RECORD_MODELS]
    snapshot = {t: db.execute_sql(f"SELECT id, updated_at FROM {t}").fetchall() for t in tables}
    path = workbook(
        tmp_path / "a.xlsx",
        {
            "外出招商": [
                TRIP_HEADER,
                ["襄州区", "新来的人", "2020-06-01", "2020-06-01", "深圳", "长三角", ""],
            ]
        },
    )
    assert import_files([read_ledger(path)], commit=True).committed
    for table, rows in snapshot.items():
        after = dict(db.execute_sql(f"SELECT id, updated_at FROM {table}").fetchall())
        assert all(after.get(i) == stamp for i, stamp in rows), table


def test_one_units_export_imports_into_an_empty_database(demo_db, tmp_path):
    unit = Unit.get(Unit.name == "东津新区").id
    exported = write_ledger(tmp_path / "东津新区.xlsx", ledger_tables(unit, 2020))
    close_database()
    open_database(tmp_path / "empty.db")
    result = import_files([read_ledger(exported)], commit=True)
    assert result.errors == [] and result.committed
    assert {p.unit.name for p in Project.select()} == {"东津新区"}


def test_a_claimants_problem_rows_stay_off_the_held_project(database, tmp_path):
    from models import Problem

    import_files([read_ledger(_project_file(tmp_path / "襄州区.xlsx", "襄州区"))], commit=True)
    path = workbook(
        tmp_path / "高新区.xlsx",
        {
            "项目": [
                ["项目名称", "单位", "投资方", "总投资(亿元)"],
                ["比亚迪电池项目", "高新区", "比亚迪股份有限公司", 3],
            ],
            "问题台账": [
                ["项目名称", "单位", "提出日期", "问题描述"],
                ["比亚迪电池项目", "高新区", "2020-05-01", "用地指标未落实"],
            ],
        },
    )
    result = import_files([read_ledger(path)], commit=True)
    assert [o.action for o in result.outcomes] == [CLAIMED, CLAIMED]
    assert Problem.select().count() == 0
