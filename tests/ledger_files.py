"""Building small ledger workbooks for the import tests, the way people's Excel files look."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook


def workbook(path: Path, sheets: dict[str, list[list]], title_rows: dict[str, str] | None = None):
    """Sheets given as rows (the first is the header); an optional merged title row above it."""
    book = Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        ws = book.create_sheet(name)
        if title_rows and name in title_rows:
            ws.append([title_rows[name]])
            ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(rows[0]))
        for row in rows:
            ws.append(row)
    book.save(path)
    return path


TRIP_HEADER = ["单位", "参加人员", "开始日期", "结束日期", "目的地", "区域", "事由"]


def trip_rows(n: int, unit: str = "襄州区") -> list[list]:
    """n trips of n different people, one day each in 2020."""
    return [
        [
            unit,
            f"人员{i:04d}",
            f"2020-{1 + i % 12:02d}-{1 + i % 28:02d}",
            None,
            "深圳",
            "粤港澳大湾区",
            "洽谈",
        ]
        for i in range(n)
    ]


def fill_end_dates(rows: list[list]) -> list[list]:
    for row in rows:
        row[3] = row[3] or row[2]
    return rows
