"""Writing Excel files the way a bureau expects: Chinese headers, fitted widths, print-ready, and safe.

User text is always written as text (never as a formula); files are written to a temporary name and
renamed, so a failure never leaves a half-written workbook.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import unicodedata
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, NamedStyle, PatternFill, Side
from openpyxl.styles.fonts import DEFAULT_FONT
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from reports.errors import ReportWriteError, check_target, os_reason
from reports.numbers import Yi, text
from reports.xlsx_bulk import WRAP_CHARS, BulkWorkbook

YI_FORMAT = Yi.excel_format  # a column of 亿元 amounts (reports.numbers)
PERCENT_FORMAT = "0.0%"
DATE_FORMAT = "yyyy-mm-dd"
_THIN = Side(style="thin", color="999999")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_HEADER_FILL = PatternFill("solid", fgColor="DDE5F0")
_INVALID_TITLE = set("[]:*?/\\")


def safe_title(title: str) -> str:
    """A sheet name Excel accepts: no []:*?/\\ and at most 31 characters."""
    cleaned = "".join("_" if ch in _INVALID_TITLE else ch for ch in title).strip("'") or "Sheet"
    return cleaned[:31]


def text_width(value) -> int:
    """Display width in Excel columns: CJK characters take two."""
    text = value if isinstance(value, str) else str(value if value is not None else "")
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


_WRAP = Alignment(vertical="center", wrap_text=True)
_MIDDLE = Alignment(vertical="center")
# Above this many rows a sheet is a raw list for recounting: values and formats, no cell borders
# (per-cell styling costs more than everything else on 100,000 rows).
STYLED_ROWS = 2000


def put(
    ws: Worksheet,
    row: int,
    column: int,
    value,
    number_format: str | None = None,
    styled: bool = True,
):
    """Write one cell; strings stay strings even when they start with = + - @."""
    cell = ws.cell(row=row, column=column)
    if isinstance(value, float):
        raise TypeError("money and ratios are Decimal or int, never float")
    cell.value = value
    if isinstance(value, str):
        cell.data_type = "s"
    if styled:  # first: a named style sets every part of the cell's style, its format included
        _table_style(cell, isinstance(value, str) and len(value) > WRAP_CHARS)
    if isinstance(value, dt.date):
        cell.number_format = DATE_FORMAT
    if hasattr(value, "excel_format"):
        cell.number_format = value.excel_format
    elif number_format and isinstance(value, Decimal):
        # A column format is for its money cells; counts in the same column stay whole numbers.
        cell.number_format = number_format
    return cell


_TABLE_STYLES = {False: "报表单元格", True: "报表单元格（换行）"}


def _table_style(cell, wrap: bool) -> None:
    """Border and alignment as a named style: set by name, where assigning a Border and an
    Alignment to each cell made openpyxl hash both objects every time (a third of the save)."""
    name = _TABLE_STYLES[wrap]
    try:
        cell.style = name
    except ValueError:  # the workbook's first such cell
        cell.parent.parent.add_named_style(
            NamedStyle(
                name, font=DEFAULT_FONT, border=_BORDER, alignment=_WRAP if wrap else _MIDDLE
            )
        )
        cell.style = name


def write_table(
    ws: Worksheet,
    title: str,
    headers: list[str],
    rows: list[list],
    formats: dict[int, str] | None = None,
    landscape: bool | None = None,
    header: str = "",
    notes: list[str] | None = None,
) -> None:
    """A titled table ready to filter and print: bold frozen header with an AutoFilter, repeated on
    every printed page; widths fitted to the content; A4 fit to width, landscape when wide (or as
    asked); `header` at the top of each printed page and 第 N 页 / 共 M 页 at its foot; `notes`
    below the table, across its width, outside the filter."""
    formats = formats or {}
    columns = max(1, len(headers))
    ws.cell(row=1, column=1, value=title).font = Font(bold=True, size=14)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=columns)
    ws.row_dimensions[1].height = 24
    for c, name in enumerate(headers, start=1):
        cell = put(ws, 2, c, name)
        cell.font = Font(bold=True)
        cell.fill = _HEADER_FILL
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    styled = len(rows) <= STYLED_ROWS
    if isinstance(ws.parent, BulkWorkbook):  # the rows are written as text when it saves
        ws.parent.add_bulk_rows(ws, 3, rows, formats, DATE_FORMAT, _table_style if styled else None)
    else:
        for r, row in enumerate(rows, start=3):
            for c, value in enumerate(row, start=1):
                put(ws, r, c, value, formats.get(c - 1), styled)
    last = get_column_letter(columns)
    ws.auto_filter.ref = f"A2:{last}{2 + max(len(rows), 1)}"
    widths = fitted_widths(headers, rows)
    for c, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(c)].width = width
    _notes(ws, 3 + len(rows) + 1, columns, notes or [], sum(widths))
    ws.freeze_panes = "A3"
    ws.print_title_rows = "2:2"
    if landscape is None:
        landscape = sum(widths) > PORTRAIT_WIDTH
    print_setup(ws, landscape, header)


MAX_WIDTH = 40  # Excel width units: 20 CJK characters; longer text wraps (WRAP_CHARS)
PORTRAIT_WIDTH = 100  # a table wider than this prints landscape


def fitted_widths(headers: list[str], rows: list[list]) -> list[int]:
    """Each column as wide as its longest cell (first 500 rows, CJK counted double), 6 to MAX_WIDTH;
    a header wraps, so it asks only for its longest half."""
    widths = []
    for c, name in enumerate(headers):
        cells = [text_width(_shown(row[c])) for row in rows[:500] if c < len(row)]
        head = text_width(name)
        widest = max([min(head, max(head // 2 + 2, 8)), *cells])
        widths.append(min(max(widest + 2, 6), MAX_WIDTH))
    return widths


def print_setup(ws: Worksheet, landscape: bool, header: str = "") -> None:
    """A4, fit to one page wide, centred; the report's title atop each page, page numbers below."""
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = ws.ORIENTATION_LANDSCAPE if landscape else ws.ORIENTATION_PORTRAIT
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    if header:
        ws.oddHeader.center.text = header.replace("&", "&&")
        ws.oddHeader.center.size = 10
    ws.oddFooter.center.text = "第 &P 页 / 共 &N 页"
    ws.oddFooter.center.size = 9


def _notes(ws: Worksheet, first_row: int, columns: int, notes: list[str], width: int) -> None:
    """Sentences that explain a table, each merged across it and wrapped, below a blank row."""
    for n, note in enumerate(notes):
        row = first_row + n
        cell = ws.cell(row=row, column=1, value=note)
        cell.data_type = "s"
        cell.alignment = Alignment(vertical="top", wrap_text=True)
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=columns)
        ws.row_dimensions[row].height = 15 * -(-text_width(note) // max(width, 1))


def _shown(value) -> str:
    """A cell's text, for its column's width."""
    return "" if value is None else text(value)


def new_workbook() -> BulkWorkbook:
    """A workbook that writes long raw lists as text at save (see reports.xlsx_bulk)."""
    workbook = BulkWorkbook()
    workbook.remove(workbook.active)
    return workbook


def save_atomically(workbook: Workbook, path: Path) -> Path:
    """Write beside the target under a temporary name, then rename over it; clear errors on failure."""
    path = Path(path)
    check_target(path)
    tmp = path.with_name(f".{path.name}.tmp")
    try:
        workbook.save(tmp)
        os.replace(tmp, path)
    except PermissionError as exc:
        _discard(tmp)
        raise ReportWriteError(
            f"无法写入 {path}：文件正被其他程序（如 Excel）打开，或没有写入权限。"
        ) from exc
    except OSError as exc:
        _discard(tmp)
        raise ReportWriteError(f"无法写入 {path}：{os_reason(exc)}") from exc
    except BaseException:  # a value Excel cannot hold (found while writing a long list)
        _discard(tmp)
        raise
    return path


def _discard(tmp: Path) -> None:
    """Remove a half-written temporary file; failing to is never the error the user should see."""
    with contextlib.suppress(OSError):
        tmp.unlink(missing_ok=True)
