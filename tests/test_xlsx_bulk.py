"""Long raw lists are written as sheet XML after openpyxl saves: reopened, they must read exactly as
cells written one by one would (values, formats, text never a formula, frozen header, print titles)."""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

import openpyxl
import pytest

from reports.numbers import Percent
from reports.xlsx_common import (
    DATE_FORMAT,
    STYLED_ROWS,
    YI_FORMAT,
    new_workbook,
    save_atomically,
    write_table,
)

HEADERS = ["日期", "文字", "金额(亿元)", "天数", "比例", "空"]


def _rows(n: int) -> list[list]:
    texts = ["=SUM(A1:A9)", "  前后空格 ", "<&>\"'", "+1", "@x", "#N/A", "", "襄州区"]
    return [
        [
            dt.date(2020, 1, 1) + dt.timedelta(days=i % 300),
            texts[i % len(texts)],
            Decimal(i) / 10000,
            i,
            Percent("0.125"),
            None,
        ]
        for i in range(n)
    ]


def _write(path, rows) -> None:
    book = new_workbook()
    write_table(book.create_sheet("长表"), "标题", HEADERS, rows, {2: YI_FORMAT})
    short = [*rows[:6], ["", "很长的文字" * 10, None, 0, None, None]]
    write_table(book.create_sheet("短表"), "短", HEADERS, short, {2: YI_FORMAT})
    save_atomically(book, path)


def test_a_long_list_reads_back_cell_for_cell(tmp_path):
    rows = _rows(STYLED_ROWS + 500)
    _write(tmp_path / "a.xlsx", rows)
    book = openpyxl.load_workbook(tmp_path / "a.xlsx")
    sheet = book["长表"]
    assert sheet.freeze_panes == "A3"
    assert sheet.print_title_rows == "$2:$2"
    assert sheet["A1"].value == "标题" and sheet["A2"].value == "日期"
    assert sheet.max_row == len(rows) + 2 and sheet.max_column == len(HEADERS)
    for r, row in enumerate(rows, start=3):
        date, text, money, days, share, empty = (sheet.cell(r, c) for c in range(1, 7))
        assert date.value.date() == row[0] and date.number_format == DATE_FORMAT
        assert text.data_type != "f" and (text.value or "") == row[1]
        assert text.data_type == "s" or not row[1]
        assert money.value == pytest.approx(float(row[2])) and money.number_format == YI_FORMAT
        assert days.value == row[3] and days.number_format == "General"
        assert share.value == pytest.approx(0.125) and share.number_format == "0.0%"
        assert empty.value is None
    # The short table beside it is bordered throughout, empty cells too, long text wrapped;
    # the long one is plain values.
    assert sheet["A3"].border.left.style is None
    short = book["短表"]
    assert short["A3"].border.left.style == "thin" and short["A3"].number_format == DATE_FORMAT
    assert short["F3"].value is None and short["F3"].border.left.style == "thin"
    assert short["C4"].number_format == YI_FORMAT and short["E4"].number_format == "0.0%"
    assert short["B3"].data_type == "s" and short["B3"].value == "=SUM(A1:A9)"
    assert short["B9"].alignment.wrap_text and not short["B8"].alignment.wrap_text
    assert short["A2"].font.b and short.freeze_panes == "A3"
    read_only = openpyxl.load_workbook(tmp_path / "a.xlsx", read_only=True)["长表"]
    assert read_only.max_row == len(rows) + 2


def test_a_long_list_saves_into_a_file_object_too():
    book = new_workbook()
    write_table(book.create_sheet("长表"), "标题", HEADERS, _rows(STYLED_ROWS + 1), {})
    buffer = io.BytesIO()
    book.save(buffer)
    sheet = openpyxl.load_workbook(io.BytesIO(buffer.getvalue()))["长表"]
    assert sheet.max_row == STYLED_ROWS + 3


def test_a_float_in_a_long_list_is_refused_and_leaves_no_file(tmp_path):
    rows = _rows(STYLED_ROWS + 1)
    rows[-1][2] = 0.1
    with pytest.raises(TypeError):
        _write(tmp_path / "a.xlsx", rows)
    assert list(tmp_path.iterdir()) == []
