"""Ledger workbooks on disk: reading an .xlsx for import (safely), writing the template, exports and error lists.

The reading side refuses what is not a real .xlsx (a renamed .xls or .csv, a password-protected
workbook, a zip bomb) with a clear message before openpyxl sees it, and reads formula cells by
their cached value.
"""

from __future__ import annotations

import zipfile
from decimal import Decimal
from pathlib import Path

from models.ledger import cells
from models.ledger.columns import SHEETS, SheetSpec
from models.ledger.layout import NOTES_SHEET, LedgerFile, locate

MAX_UNPACKED = 400 * 1024 * 1024  # bytes of XML a ledger may unpack to
MAX_RATIO = 150  # an XML part compressing better than this is a zip bomb, not a ledger
MAX_ROWS = 200_000
MAX_COLUMNS = 200  # the widest template sheet has 32 columns
MAX_CELLS = 10_000_000  # grid positions (up to each row's last value) in one workbook
_NO_CELLS: tuple = ()  # shared by every empty row, so a gap of empty rows costs a pointer each


class LedgerFileError(Exception):
    """The file cannot be read as a ledger; the message says why in Chinese."""


def _refuse_unless_xlsx(path: Path) -> None:
    if not path.exists():
        raise LedgerFileError(f"文件不存在：{path}")
    if path.is_dir():
        raise LedgerFileError(f"这是文件夹，不是 Excel 文件：{path}")
    with path.open("rb") as fh:
        head = fh.read(8)
        if head.startswith(b"\xd0\xcf\x11\xe0"):
            body = head + fh.read(4 * 1024 * 1024)
            if "EncryptedPackage".encode("utf-16-le") in body:
                raise LedgerFileError(
                    f"该工作簿设置了打开密码，请在 Excel 中取消密码（文件→信息→保护工作簿）后再导入：{path.name}"
                )
            raise LedgerFileError(
                f"这是旧版 Excel 97-2003（.xls）文件，请在 Excel 中“另存为”Excel 工作簿（.xlsx）后再导入：{path.name}"
            )
    if not head.startswith(b"PK\x03\x04"):
        raise LedgerFileError(
            f"不是 Excel 工作簿（.xlsx）文件（可能是 CSV 或改了扩展名的其他文件），"
            f"请在 Excel 中另存为 .xlsx 后再导入：{path.name}"
        )
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            names = {i.filename for i in infos}
            if "xl/workbook.xml" not in names:
                raise LedgerFileError(f"不是 Excel 工作簿（压缩包中没有工作簿内容）：{path.name}")
            unpacked = sum(i.file_size for i in infos)
            if len(infos) > 10_000 or unpacked > MAX_UNPACKED:
                raise LedgerFileError(
                    f"文件解压后过大（{unpacked // 2**20} MB），拒绝导入：{path.name}"
                )
            for info in infos:
                if info.file_size > 1_000_000 and info.file_size > MAX_RATIO * max(
                    info.compress_size, 1
                ):
                    raise LedgerFileError(
                        f"文件内容异常（压缩比过高，疑似压缩炸弹），拒绝导入：{path.name}"
                    )
    except zipfile.BadZipFile as exc:
        raise LedgerFileError(f"文件已损坏，无法作为 Excel 工作簿打开：{path.name}") from exc


def _sheet_rows(sheet):
    """(row number, cells) for each row the sheet's XML holds, each cell a dict with its column.

    openpyxl's own read-only parser, without the padding of ReadOnlyWorksheet.iter_rows: that pads
    every row to the sheet's declared <dimension>, so a 5 KB file claiming A1:XFD199990 would
    unpack to 3 billion cells. Here only the cells that exist are read.
    """
    from openpyxl.worksheet._reader import WorkSheetParser

    book = sheet.parent
    with sheet._get_source() as source:
        parser = WorkSheetParser(
            source,
            sheet._shared_strings,
            data_only=book.data_only,
            epoch=book.epoch,
            date_formats=book._date_formats,
            timedelta_formats=book._timedelta_formats,
        )
        yield from parser.parse()


class _Budget:
    """Grid positions left for the whole workbook, so many wide sheets cannot add up unbounded."""

    def __init__(self, name: str):
        self.name = name
        self.cells = MAX_CELLS

    def spend(self, count: int) -> None:
        self.cells -= count
        if self.cells < 0:
            raise LedgerFileError(
                f"文件内容过多（超过 {MAX_CELLS // 10_000} 万个单元格），请分成几个文件导入：{self.name}"
            )


def _grid(sheet, budget: _Budget) -> tuple[list, dict[tuple[int, int], str]]:
    """Cell values of a read-only sheet, rows as wide as their last value; formula cells noted by
    position for their cached values. Rows beyond MAX_ROWS or values beyond MAX_COLUMNS refuse."""
    grid: list = []
    formulas: dict[tuple[int, int], str] = {}
    for number, found in _sheet_rows(sheet):
        values: list = []
        for cell in found:
            value = cell["value"]
            if value is None:
                continue  # an empty cell kept only for its formatting
            c = cell["column"] - 1
            if c >= MAX_COLUMNS or number > MAX_ROWS:
                _refuse_far_cell(sheet.title, budget.name, number, c)
            kind = cell["data_type"]
            if kind == "f":
                formulas[(number - 1, c)] = str(value)
            elif kind == "e":
                value = cells.CellErrorValue(str(value))
            if c >= len(values):
                values.extend([None] * (c + 1 - len(values)))
            values[c] = value
        if not values:
            continue
        if number <= len(grid):
            raise LedgerFileError(
                f"文件内容异常（工作表“{sheet.title}”第 {number} 行重复或顺序颠倒），"
                f"请在 Excel 中打开并另存后再导入：{budget.name}"
            )
        budget.spend(number - len(grid) + len(values))
        grid.extend([_NO_CELLS] * (number - 1 - len(grid)))
        grid.append(values)
    return grid, formulas


def _refuse_far_cell(title: str, name: str, number: int, column: int) -> None:
    from openpyxl.utils import get_column_letter

    if number > MAX_ROWS:
        raise LedgerFileError(
            f"工作表“{title}”超过 {MAX_ROWS} 行（第 {number} 行有内容），请分成几个文件导入：{name}"
        )
    where = (
        f"{get_column_letter(column + 1)}{number} 格"
        if column < 16_384
        else f"第 {number} 行第 {column + 1} 列"
    )
    raise LedgerFileError(
        f"工作表“{title}”的 {where}超出 {MAX_COLUMNS} 列（模板最宽的表只有几十列），"
        f"请删除表格右侧多余的内容后再导入：{name}"
    )


def file_labels(paths: list[Path]) -> list[str]:
    """How each file is named in results: its name, or folder/name when two files share a name."""
    names = [Path(p).name for p in paths]
    return [
        f"{Path(p).parent.name}/{Path(p).name}" if names.count(Path(p).name) > 1 else Path(p).name
        for p in paths
    ]


def read_ledgers(paths: list[Path]) -> list[LedgerFile]:
    return [read_ledger(p, label) for p, label in zip(paths, file_labels(paths), strict=True)]


def read_ledger(path: Path | str, label: str | None = None) -> LedgerFile:
    """The workbook's template sheets, located and ready to import (nothing is written).

    Out of memory, the partial grids are dropped before the refusal is raised (outside the except
    block, so no traceback keeps them alive while the message is shown).
    """
    from openpyxl import load_workbook

    path = Path(path)
    _refuse_unless_xlsx(path)
    try:
        book = load_workbook(path, read_only=True, data_only=False)
    except MemoryError:
        book = None
    except Exception as exc:  # openpyxl raises many kinds for broken files
        raise LedgerFileError(f"无法读取该 Excel 文件：{path.name}（{_reason(exc)}）") from exc
    if book is None:
        raise LedgerFileError(_OUT_OF_MEMORY.format(path.name))
    try:
        grids = _read_grids(path, book)
    except LedgerFileError:
        raise
    except MemoryError:
        grids = None
    except Exception as exc:
        raise LedgerFileError(f"读取 Excel 文件时出错：{path.name}（{_reason(exc)}）") from exc
    finally:
        book.close()
    if grids is None:
        raise LedgerFileError(_OUT_OF_MEMORY.format(path.name))
    return locate(label or path.name, grids)


_OUT_OF_MEMORY = (
    "内存不足，无法读取该 Excel 文件（内容过多或格式异常），请分成几个较小的文件导入：{0}"
)


def _reason(exc: BaseException) -> str:
    """What went wrong, never empty (many exceptions carry no message)."""
    return str(exc) or type(exc).__name__


def _read_grids(path: Path, book) -> list[tuple[str, list]]:
    """Every sheet's grid, formulas replaced by their saved values."""
    grids, pending = [], {}
    budget = _Budget(path.name)
    for sheet in book.worksheets:
        grid, formulas = _grid(sheet, budget)
        grids.append((sheet.title, grid))
        if formulas:
            pending[sheet.title] = (grid, formulas)
    if pending:
        _cached_values(path, pending)
    return grids


def _cached_values(path: Path, pending: dict) -> None:
    """Replace formulas by the values Excel saved with them; none saved is marked for a row error."""
    from openpyxl import load_workbook

    book = load_workbook(path, read_only=True, data_only=True)
    try:
        for title, (grid, formulas) in pending.items():
            last, saved = max(r for r, _c in formulas) + 1, {}
            for number, found in _sheet_rows(book[title]):
                if number > last:
                    break
                for cell in found:
                    if (number - 1, cell["column"] - 1) in formulas:
                        saved[(number - 1, cell["column"] - 1)] = cell["value"]
            for (r, c), formula in formulas.items():
                value = saved.get((r, c))
                grid[r][c] = cells.FormulaWithoutValue(formula) if value is None else value
    finally:
        book.close()


# -- writing -------------------------------------------------------------------------------------


def headers(spec: SheetSpec) -> list[str]:
    """The template's header row: amounts say their unit."""
    return [f"{c.header}(亿元)" if c.amount else c.header for c in spec.columns]


TEMPLATE_NOTES = (
    (
        "使用",
        "各表均可单独使用，不用的表可以删除；列的顺序不限；红色列名为必填列。表头上方可以有标题行。",
    ),
    ("日期", "Excel 日期，或文字 2020-04-01、2020/4/1、2020.4.1、2020年4月1日"),
    ("一格多人", "用 、 , ， ; ； 分隔，如 “张三、李四”；企业类别也这样分隔"),
    ("是/否", "是 / 否、Y / N、√，空白为否"),
    ("金额", "列名须写明单位：(亿元)、(万元) 或 (元)，按列名换算，精确到 1 万元"),
    (
        "新人员与企业",
        "参加人员、拜访人员、包保领导中库里没有的人，按工作人员新建；拜访、项目中库里没有的企业按名称新建；都在导入结果中列出",
    ),
    (
        "重复导入",
        "已有的记录按以下信息识别，再导入不会重复新增，空白格不会清空已有内容：单位—名称；人员—单位+姓名；"
        "企业—信用代码，否则名称（忽略全半角、括号、公司后缀）；招商活动—名称+开始日期；外出—单位+日期+参加人员；"
        "拜访—日期+单位+企业；项目—单位+项目名称；合同—项目+类型+日期+金额；到位资金—项目+日期+金额；"
        "项目信息—承接单位+收到日期+内容；问题台账—项目+提出日期+描述；会议—单位+日期+类型；上年同期—单位+年份+季度+指标",
    ),
    (
        "项目阶段",
        "按所填日期依次推进：签约须有签约日期和合同金额（正式合同），开工、投产等填对应日期；“阶段”与日期不符时报错",
    ),
    (
        "上年同期",
        "年份为数值所属年份，如 襄州区 2019 年截至第 2 季度，即 2020 年第 2 季度报告的比较基数；金额类指标以亿元填写",
    ),
)


def _choice_notes() -> list[tuple[str, str]]:
    """The allowed values of every list column, as the 填写说明 sheet shows them."""
    from models.ledger.columns import CHOICES

    by_sheet = {s.name: s for s in SHEETS}
    return [
        (f"{sheet}·{by_sheet[sheet].column(key).header}", "、".join(values.values()))
        for (sheet, key), values in CHOICES.items()
    ]


def write_ledger(path: Path | str, tables: dict[str, list[list]] | None = None) -> Path:
    """The template (no rows) or an export (rows per sheet), in template order, with a 填写说明 sheet."""
    from openpyxl.styles import Font

    from reports.xlsx_common import new_workbook, put, save_atomically, text_width

    tables = tables or {}
    book = new_workbook()
    for spec in SHEETS:
        ws = book.create_sheet(spec.name)
        heads = headers(spec)
        for c, head in enumerate(heads, start=1):
            cell = put(ws, 1, c, head, styled=False)
            cell.font = Font(bold=True, color="C00000" if spec.columns[c - 1].required else None)
        rows = tables.get(spec.name, [])
        for r, row in enumerate(rows, start=2):
            for c, value in enumerate(row, start=1):
                if value is not None and value != "":
                    put(ws, r, c, value, "#,##0.0000", styled=False)
        for c, head in enumerate(heads, start=1):
            widest = max([text_width(head)] + [text_width(row[c - 1]) for row in rows[:200]])
            ws.column_dimensions[ws.cell(row=1, column=c).column_letter].width = min(widest + 3, 40)
        ws.freeze_panes = "A2"
        _drop_downs(ws, spec, max(len(rows) + 1, 1000))
    notes = book.create_sheet(NOTES_SHEET)
    lines = [*TEMPLATE_NOTES, ("", ""), ("可选值", "（模板中这些列有下拉选项）"), *_choice_notes()]
    for r, (topic, text) in enumerate(lines, start=1):
        put(notes, r, 1, topic, styled=False).font = Font(bold=True)
        put(notes, r, 2, text, styled=False)
    notes.column_dimensions["A"].width = 22
    notes.column_dimensions["B"].width = 120
    return save_atomically(book, Path(path))


def _drop_downs(ws, spec, last_row: int) -> None:
    """List columns get a drop-down of their values (typing something else is still allowed and
    checked on import, so a pasted ledger is never blocked by Excel)."""
    from openpyxl.worksheet.datavalidation import DataValidation

    from models.ledger.columns import CHOICES, YES_NO

    for c, column in enumerate(spec.columns, start=1):
        values = CHOICES.get((spec.name, column.key))
        if values is None and (spec.name, column.key) in YES_NO:
            values = {"yes": "是", "no": "否"}
        if values is None:
            continue
        formula = '"' + ",".join(values.values()) + '"'
        if len(formula) > 255:  # Excel's limit for an inline list
            continue
        letter = ws.cell(row=1, column=c).column_letter
        check = DataValidation(
            type="list", formula1=formula, allow_blank=True, showErrorMessage=False
        )
        check.add(f"{letter}2:{letter}{last_row}")
        ws.add_data_validation(check)


def write_error_list(path: Path | str, files: list[LedgerFile], errors) -> Path:
    """The rejected rows, sheet by sheet, as they were in the file, bad cells red and the reason beside them."""
    from openpyxl.styles import Font, PatternFill

    from reports.xlsx_common import new_workbook, put, safe_title, save_atomically

    red = PatternFill("solid", fgColor="FFC7CE")
    book = new_workbook()
    summary = book.create_sheet("错误清单")
    for c, head in enumerate(("文件", "工作表", "行号", "列", "原因"), start=1):
        put(summary, 1, c, head, styled=False).font = Font(bold=True)
    for r, e in enumerate(errors, start=2):
        for c, value in enumerate((e.source, e.sheet, e.row or "", e.column, e.reason), start=1):
            put(summary, r, c, value, styled=False)
    for c, width in zip("ABCDE", (24, 10, 8, 16, 80), strict=True):
        summary.column_dimensions[c].width = width
    by_row: dict[tuple[str, str, int], list] = {}
    for e in errors:
        if e.row:
            by_row.setdefault((e.source, e.sheet, e.row), []).append(e)
    for ledger in files:
        for sheet in ledger.sheets:
            bad = [
                (n, cells_)
                for n, cells_ in sheet.rows
                if (ledger.source, sheet.spec.name, n) in by_row
            ]
            if not bad:
                continue
            title = safe_title(
                sheet.spec.name
                if len(files) == 1
                else f"{files.index(ledger) + 1}-{sheet.spec.name}"
            )
            ws = book.create_sheet(title)
            width = max(sheet.columns.values()) + 1
            names = {i: h for k, h in sheet.headers.items() for i in [sheet.columns[k]]}
            put(ws, 1, 1, "原行号", styled=False).font = Font(bold=True)
            for i in range(width):
                put(ws, 1, i + 2, names.get(i, ""), styled=False).font = Font(bold=True)
            put(ws, 1, width + 2, "错误原因", styled=False).font = Font(bold=True)
            for r, (number, row) in enumerate(bad, start=2):
                put(ws, r, 1, number, styled=False)
                for i in range(width):
                    value = row[i] if i < len(row) else None
                    if isinstance(value, (cells.FormulaWithoutValue, cells.CellErrorValue)):
                        value = str(getattr(value, "formula", None) or getattr(value, "code", ""))
                    if isinstance(value, float):
                        value = Decimal(repr(value)) if value == value else str(value)
                    if value is not None:
                        put(ws, r, i + 2, value, styled=False)
                row_errors = by_row[(ledger.source, sheet.spec.name, number)]
                for e in row_errors:
                    if e.column_index is not None:
                        ws.cell(row=r, column=e.column_index + 2).fill = red
                put(
                    ws,
                    r,
                    width + 2,
                    "；".join(
                        f"{e.column}：{e.reason}" if e.column else e.reason for e in row_errors
                    ),
                    styled=False,
                )
            ws.freeze_panes = "B2"
    return save_atomically(book, Path(path))
