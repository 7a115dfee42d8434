"""导入与导出台账: the template, every cell form, all-or-nothing, re-import, bad files, round trip."""

from __future__ import annotations

import datetime as dt
import zipfile

import pytest
from openpyxl import Workbook, load_workbook

from models import AuditLog, Contract, FundsEntry, Person, Project, RoleAssignment, Trip, Visit
from models.db.base import forget_deleted_ids
from models.ledger import cells
from models.ledger.columns import SHEETS
from models.ledger.layout import import_files
from models.ledger.results import ADDED, SKIPPED
from models.validation import FieldError
from reports.ledger_file import LedgerFileError, read_ledger, write_error_list, write_ledger
from tests.helpers import D
from tests.ledger_files import TRIP_HEADER, fill_end_dates, trip_rows, workbook

pytestmark = pytest.mark.server  # run a second time on the PostgreSQL server


def do_import(*paths, commit=True):
    return import_files([read_ledger(p) for p in paths], commit=commit)


def test_template_has_every_sheet_and_reads_back_empty(database, tmp_path):
    path = write_ledger(tmp_path / "模板.xlsx")
    book = load_workbook(path)
    assert book.sheetnames == [s.name for s in SHEETS] + ["填写说明"]
    assert [c.value for c in book["项目"][1]][:8] == [
        "项目名称",
        "单位",
        "投资方",
        "产业类别",
        "战略性新兴产业",
        "外资",
        "总投资(亿元)",
        "阶段",
    ]
    assert [c.value for c in book["上年同期"][1]] == ["单位", "年份", "截至季度", "指标", "数值"]
    ledger = read_ledger(path)
    assert ledger.errors == [] and ledger.row_count == 0
    assert {s.spec.name for s in ledger.sheets} == {s.name for s in SHEETS}


@pytest.mark.parametrize(
    "value",
    [
        "2020-04-01",
        "2020/4/1",
        "2020.4.1",
        "2020年4月1日",
        " 2020 - 04 - 01 ",
        dt.datetime(2020, 4, 1),
    ],
)
def test_each_date_form(value):
    assert cells.date(value, "开始日期") == D(2020, 4, 1)


@pytest.mark.parametrize(
    "value", ["2020-02-30", "2020-13-01", "4/1/2020", "明天", 43922, dt.datetime(2020, 4, 1, 9, 30)]
)
def test_impossible_or_unclear_dates_are_errors(value):
    with pytest.raises(FieldError) as exc:
        cells.date(value, "开始日期")
    assert exc.value.field == "开始日期"


def test_amounts_follow_the_header_unit():
    assert cells.amount_wan(1500, "金额", "万元") == 1500
    assert cells.amount_wan(0.15, "金额", "亿元") == 1500
    assert cells.amount_wan("1,234.5", "金额", "亿元") == 12_345_000
    for bad, unit in (
        (1.5, "万元"),
        (-1, "亿元"),
        ("1e3", "亿元"),
        (float("nan"), "亿元"),
        (0.00001, "亿元"),
    ):
        with pytest.raises(FieldError):
            cells.amount_wan(bad, "金额", unit)


def test_yes_no_and_lists():
    assert [cells.yes_no(v, "外资") for v in ("是", "Y", "√", None, "否", "n", True)] == [
        True,
        True,
        True,
        False,
        False,
        False,
        True,
    ]
    with pytest.raises(FieldError):
        cells.yes_no("也许", "外资")
    assert cells.names("张三、李四,王五，赵六;钱七；张三", "参加人员") == [
        "张三",
        "李四",
        "王五",
        "赵六",
        "钱七",
    ]


def test_wan_header_converts_funds(database, tmp_path):
    path = workbook(
        tmp_path / "a.xlsx",
        {
            "项目": [
                ["项目名称", "单位", "总投资（亿元）", "签约日期", "合同金额（亿元）"],
                ["电池项目", "襄州区", 2, "2020-03-01", 2],
            ],
            "到位资金": [
                ["项目名称", "单位", "到位日期", "金额 (万元)"],
                ["电池项目", "襄州区", "2020-04-01", 1500],
            ],
        },
    )
    result = do_import(path)
    assert result.errors == [] and result.committed
    assert [f.amount_wan for f in FundsEntry.select()] == [1500]
    assert Project.get().signed_date == D(2020, 3, 1)


def test_synonyms_title_row_and_spaces(database, tmp_path):
    rows = [
        [
            "序号",
            " 单位 ",
            "姓名",
            "开始时间",
            "结束时间",
            "外出地点",
            "所在区域",
            "洽谈内容",
            "天数",
            "随行记者",
        ]
    ]
    rows.append(
        [
            1,
            "襄州区",
            "张三、李四",
            "2020/4/1",
            "2020/4/3",
            "深圳",
            "粤港澳大湾区",
            "拜访比亚迪",
            3,
            "王五",
        ]
    )
    path = workbook(
        tmp_path / "a.xlsx", {"外出招商登记": rows}, {"外出招商登记": "襄州区2020年外出招商登记表"}
    )
    result = do_import(path)
    assert result.errors == [], result.errors
    trip = Trip.get()
    assert (trip.start_date, trip.end_date, trip.purpose) == (
        D(2020, 4, 1),
        D(2020, 4, 3),
        "拜访比亚迪",
    )
    assert sorted(p.person.name for p in trip.participants) == ["张三", "李四"]
    # People not yet known are created as 工作人员 from the first day a row names them, and listed.
    assert sorted(result.created_people) == ["张三", "李四"]
    role = RoleAssignment.get(RoleAssignment.person == Person.get(Person.name == "张三"))
    assert (role.role, role.valid_from) == ("staff", D(2020, 4, 1))
    assert any("随行记者" in n for n in result.notes)


def test_missing_required_column_names_sheet_and_column(database, tmp_path):
    path = workbook(
        tmp_path / "a.xlsx", {"外出招商": [["单位", "参加人员", "开始日期", "目的地", "区域"]]}
    )
    result = do_import(path)
    assert [(e.sheet, e.column, e.reason) for e in result.errors] == [
        ("外出招商", "结束日期", "缺少必填列")
    ]
    assert not result.committed


def test_one_bad_row_in_a_thousand_imports_nothing(database, tmp_path):
    rows = fill_end_dates(trip_rows(1000))
    rows[499][3] = "2019-12-31"  # ends before it starts: file row 501 (after the header)
    path = workbook(tmp_path / "a.xlsx", {"外出招商": [TRIP_HEADER, *rows]})
    result = do_import(path)
    assert not result.committed
    assert [(e.sheet, e.row, e.column) for e in result.errors] == [("外出招商", 501, "结束日期")]
    assert "早于开始日期" in result.errors[0].reason
    assert Trip.select().count() == 0 and Person.select().count() == 0
    marked = load_workbook(
        write_error_list(tmp_path / "errors.xlsx", [read_ledger(path)], result.errors)
    )
    assert marked["错误清单"]["C2"].value == 501
    bad = marked["外出招商"]
    assert bad["A2"].value == 501 and bad["E2"].fill.fgColor.rgb.endswith("FFC7CE")


def test_an_import_logs_every_record_it_adds_and_a_preview_logs_nothing(database, tmp_path):
    path = workbook(
        tmp_path / "a.xlsx", {"外出招商": [TRIP_HEADER, *fill_end_dates(trip_rows(30))]}
    )
    before = AuditLog.select().count()
    assert do_import(path, commit=False).errors == []
    assert AuditLog.select().count() == before and Trip.select().count() == 0
    assert do_import(path).committed
    logged = {
        (e.table_name, e.record_id)
        for e in AuditLog.select().where(AuditLog.action == "insert", AuditLog.id > before)
    }
    assert {("trip", t.id) for t in Trip.select()} <= logged
    assert {("person", p.id) for p in Person.select()} <= logged
    assert len(logged) >= 30 * 3  # a trip, its person and the person's participation each


def test_reimport_adds_nothing(database, tmp_path):
    sheets = {
        "人员": [
            ["单位", "姓名", "职务", "角色", "任职开始"],
            ["襄州区", "张三", "区长", "政府(管委会)分管负责人", "2020-01-01"],
        ],
        "企业": [
            ["企业名称", "统一社会信用代码", "企业类别", "重点企业"],
            ["比亚迪股份有限公司", "", "中国500强、上市公司", "是"],
        ],
        "外出招商": [
            TRIP_HEADER,
            ["襄州区", "张三", "2020-04-01", "2020-04-02", "深圳", "粤港澳大湾区", "洽谈"],
        ],
        "拜访": [
            ["日期", "单位", "企业名称", "拜访人员", "方式"],
            ["2020-04-02", "襄州区", "比亚迪", "张三", "上门拜访"],
        ],
        "项目": [
            [
                "项目名称",
                "单位",
                "投资方",
                "总投资(亿元)",
                "阶段",
                "签约日期",
                "合同金额(亿元)",
                "开工日期",
            ],
            ["电池项目", "襄州区", "比亚迪股份有限公司", 10, "开工", "2020-05-01", 8, "2020-06-01"],
        ],
        "到位资金": [
            ["项目名称", "单位", "日期", "金额(亿元)"],
            ["电池项目", "襄州区", "2020-07-01", 1.5],
        ],
        "上年同期": [
            ["单位", "年份", "截至季度", "指标", "数值"],
            ["襄州区", 2019, 2, "工业项目正式合同金额", 40],
        ],
    }
    path = workbook(tmp_path / "a.xlsx", sheets)
    first = do_import(path)
    assert first.errors == [] and {o.action for o in first.outcomes} == {ADDED}
    counts = [m.select().count() for m in (Person, Trip, Visit, Project, Contract, FundsEntry)]
    assert counts == [1, 1, 1, 1, 1, 1]
    assert Project.get().stage == "started" and Visit.get().trip_id == Trip.get().id
    second = do_import(path)
    assert second.errors == [] and {o.action for o in second.outcomes} == {SKIPPED}
    assert [
        m.select().count() for m in (Person, Trip, Visit, Project, Contract, FundsEntry)
    ] == counts


def test_rows_never_overwrite_a_differing_stage_date(database, tmp_path):
    header = ["项目名称", "单位", "总投资(亿元)", "签约日期", "合同金额(亿元)"]
    do_import(
        workbook(
            tmp_path / "a.xlsx", {"项目": [header, ["电池项目", "襄州区", 1, "2020-03-01", 1]]}
        )
    )
    result = do_import(
        workbook(
            tmp_path / "b.xlsx", {"项目": [header, ["电池项目", "襄州区", 1, "2020-03-05", 1]]}
        )
    )
    assert [(e.row, e.column) for e in result.errors] == [(2, "签约日期")]
    assert "库中为 2020-03-01" in result.errors[0].reason
    assert Project.get().signed_date == D(2020, 3, 1)


@pytest.mark.parametrize(
    ("column", "value", "reason"),
    [
        ("单位", "火星区", "未知的单位"),
        ("结束日期", "2020-02-30", "不存在的日期"),
        ("目的地", "深" * 61, "不能超过 60 个字"),
        ("区域", "月球", "不是可选的值"),
    ],
)
def test_bad_cells_are_row_errors(database, tmp_path, column, value, reason):
    row = ["襄州区", "张三", "2020-02-01", "2020-02-02", "深圳", "粤港澳大湾区", ""]
    row[TRIP_HEADER.index(column)] = value
    result = do_import(workbook(tmp_path / "a.xlsx", {"外出招商": [TRIP_HEADER, row]}))
    assert [(e.row, e.column) for e in result.errors] == [(2, column)]
    assert reason in result.errors[0].reason
    assert Trip.select().count() == 0


def test_negative_amount_and_unknown_role_are_refused(database, tmp_path):
    path = workbook(
        tmp_path / "a.xlsx",
        {
            "人员": [
                ["单位", "姓名", "角色", "任职开始"],
                ["襄州区", "张三", "局长", "2020-01-01"],
            ],
            "项目": [["项目名称", "单位", "总投资(亿元)"], ["电池项目", "襄州区", -1]],
        },
    )
    result = do_import(path)
    assert sorted((e.sheet, e.column) for e in result.errors) == [
        ("人员", "角色"),
        ("项目", "总投资(亿元)"),
    ]
    assert Project.select().count() == 0 and Person.select().count() == 0


def test_formulas_are_read_by_cached_value_or_refused(database, tmp_path):
    path = tmp_path / "a.xlsx"
    book = Workbook()
    ws = book.active
    ws.title = "外出招商"
    ws.append(TRIP_HEADER)
    ws.append(["襄州区", "张三", "2020-04-01", "=C2", "深圳", "粤港澳大湾区", ""])
    book.save(path)  # openpyxl saves formulas without a computed value, like many tools do
    result = do_import(path)
    assert [(e.row, e.column) for e in result.errors] == [(2, "结束日期")]
    assert "没有计算结果" in result.errors[0].reason
    # The same file as Excel saves it: the cached value sits beside the formula.
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(tmp_path / "b.xlsx", "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(
                    b'<c r="D2"><f>C2</f><v /></c>',
                    b'<c r="D2" t="str"><f>C2</f><v>2020-04-01</v></c>',
                )
                assert b"<v>2020-04-01</v>" in data
            dst.writestr(item, data)
    result = do_import(tmp_path / "b.xlsx")
    assert result.errors == [] and Trip.get().end_date == D(2020, 4, 1)


def test_files_that_are_not_xlsx_are_refused(database, tmp_path):
    csv = tmp_path / "台账.xlsx"
    csv.write_text("单位,姓名\n襄州区,张三\n", encoding="utf-8")
    xls = tmp_path / "旧台账.xlsx"
    xls.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 1024)
    locked = tmp_path / "加密.xlsx"
    locked.write_bytes(
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + "EncryptedPackage".encode("utf-16-le") + b"\x00" * 64
    )
    bomb = tmp_path / "炸弹.xlsx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("xl/workbook.xml", "<workbook/>")
        z.writestr("xl/worksheets/sheet1.xml", b"<a>" + b" " * 50_000_000 + b"</a>")
    broken = tmp_path / "坏.xlsx"
    broken.write_bytes(b"PK\x03\x04" + b"\x00" * 100)
    expected = {
        csv: "不是 Excel 工作簿",
        xls: ".xls",
        locked: "打开密码",
        bomb: "压缩炸弹",
        broken: "已损坏",
    }
    for path, words in expected.items():
        with pytest.raises(LedgerFileError, match=words.replace(".", r"\.")):
            read_ledger(path)
    assert Trip.select().count() == 0


@pytest.mark.parametrize(
    ("header", "value", "wan"),
    [("金额(万)", 3000, 3000), ("金额（元）", 5_000_000, 500), ("金额(亿)", 0.3, 3000)],
)
def test_amount_units_in_the_header(database, tmp_path, header, value, wan):
    path = workbook(
        tmp_path / "a.xlsx",
        {
            "项目": [["项目名称", "单位", "总投资(亿元)"], ["电池项目", "襄州区", 1]],
            "资金到位": [
                ["项目名称", "单位", "到位日期", header],
                ["电池项目", "襄州区", "2020-04-01", value],
            ],
        },
    )
    assert do_import(path).errors == []
    assert FundsEntry.get().amount_wan == wan


@pytest.mark.parametrize("header", ["总投资", "总投资(美元)"])
def test_an_amount_without_a_known_unit_stops_the_sheet(database, tmp_path, header):
    rows = [["项目名称", "单位", header]] + [[f"项目{i}", "襄州区", 3000] for i in range(50)]
    result = do_import(workbook(tmp_path / "a.xlsx", {"项目": rows}))
    # One header error, not fifty row errors after it.
    assert [(e.row, e.column) for e in result.errors] == [(1, header)]
    assert "写明单位" in result.errors[0].reason and Project.select().count() == 0


def test_sheets_found_by_a_name_they_contain_or_by_their_header(database, tmp_path):
    path = workbook(
        tmp_path / "a.xlsx",
        {
            "2020年外出招商台账": [
                TRIP_HEADER,
                ["襄州区", "张三", "2020-04-01", "2020-04-01", "深圳", "长三角", ""],
            ],
            "Sheet1": [
                ["日期", "单位", "企业名称", "拜访人员"],
                ["2020-04-01", "襄州区", "比亚迪", "张三"],
            ],
            "统计": [["合计", 1]],
        },
    )
    result = do_import(path)
    assert result.errors == [] and Trip.select().count() == 1 and Visit.select().count() == 1
    assert any("“统计”无法识别" in n for n in result.notes)


def test_a_row_can_add_someone_missing_from_a_trip(database, tmp_path):
    row = ["襄州区", "张三", "2020-04-01", "2020-04-02", "深圳", "长三角", ""]
    do_import(workbook(tmp_path / "a.xlsx", {"外出招商": [TRIP_HEADER, row]}))
    row[1] = "张三、李四"
    result = do_import(workbook(tmp_path / "b.xlsx", {"外出招商": [TRIP_HEADER, row]}))
    assert result.errors == [] and [o.action for o in result.outcomes] == ["更新"]
    assert sorted(p.person.name for p in Trip.get().participants) == ["张三", "李四"]


def test_a_person_with_two_posts_reimports_unchanged(database, tmp_path):
    rows = [
        ["单位", "姓名", "职务", "角色", "任职开始", "任职结束"],
        ["襄州区", "张强平", "副区长", "政府(管委会)分管负责人", "2019-01-01", "2019-12-31"],
        ["襄州区", "张强平", "区长", "党政主要负责人", "2020-01-01", None],
    ]
    path = workbook(tmp_path / "a.xlsx", {"人员": rows})
    assert do_import(path).errors == []
    again = do_import(path)
    assert [o.action for o in again.outcomes] == [SKIPPED, SKIPPED]
    assert sorted(r.title for r in RoleAssignment.select()) == ["副区长", "区长"]


def test_a_changed_role_gets_a_new_id_even_right_after_a_restart(database, tmp_path):
    """The import holds its audit entries back; a deleted row's id must still never come back."""
    header = ["单位", "姓名", "职务", "角色", "任职开始", "任职结束"]
    first = ["襄州区", "张强平", "区长", "党政主要负责人", "2020-01-01", None]
    assert do_import(workbook(tmp_path / "a.xlsx", {"人员": [header, first]})).errors == []
    [old] = RoleAssignment.select()
    forget_deleted_ids()  # as after a restart: nothing cached
    ended = [*first[:5], "2020-06-30"]
    assert do_import(workbook(tmp_path / "b.xlsx", {"人员": [header, ended]})).committed
    [new] = RoleAssignment.select()
    assert new.valid_to == D(2020, 6, 30)
    history = [
        (e.action, e.record_id)
        for e in AuditLog.select()
        .where(AuditLog.table_name == "role_assignment")
        .order_by(AuditLog.id)
    ]
    assert ("delete", old.id) in history and new.id != old.id


def test_files_with_the_same_name_are_told_apart(database, tmp_path):
    from reports.ledger_file import file_labels

    paths = [tmp_path / "a" / "台账.xlsx", tmp_path / "b" / "台账.xlsx", tmp_path / "c.xlsx"]
    assert file_labels(paths) == ["a/台账.xlsx", "b/台账.xlsx", "c.xlsx"]


def test_exported_text_never_becomes_a_formula(database, tmp_path):
    from models.ledger.export import ledger_tables
    from tests.helpers import firm

    firm('=HYPERLINK("http://example.com","点我")')
    path = write_ledger(tmp_path / "导出.xlsx", ledger_tables())
    cell = load_workbook(path)["企业"]["A2"]
    assert cell.data_type == "s" and cell.value.startswith("=HYPERLINK")
    # And it imports back as the same name, not as a formula.
    assert read_ledger(path).errors == []
