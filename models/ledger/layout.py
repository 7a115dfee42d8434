"""From a workbook's raw grids to located sheets: which sheet is which, where the header is, what is missing."""

from __future__ import annotations

from dataclasses import dataclass, field

from models.ledger import cells
from models.ledger.columns import SHEETS, find_header, spec_for_sheet
from models.ledger.results import RowError, SheetData

NOTES_SHEET = "填写说明"
SHEET_NAMES = "、".join(s.name for s in SHEETS)


@dataclass
class LedgerFile:
    """A workbook read for import: its template sheets, what stops it, and what was set aside."""

    source: str
    sheets: list[SheetData] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def row_count(self) -> int:
        return sum(len(s.rows) for s in self.sheets)


def locate(source: str, grids: list[tuple[str, list[list]]]) -> LedgerFile:
    """Match each sheet to the template by name, find its header row, keep the non-empty rows below."""
    found = LedgerFile(source)
    seen: set[str] = set()
    for title, grid in grids:
        if title.strip() == NOTES_SHEET:
            continue  # the template's own instructions
        spec = spec_for_sheet(title, grid)
        if spec is None:
            if any(any(not cells.is_blank(v) for v in r) for r in grid):
                found.notes.append(
                    f"工作表“{title}”无法识别为模板中的表，未导入（表名可用：{SHEET_NAMES}）"
                )
            continue
        if spec.name in seen:
            found.errors.append(
                RowError(source, spec.name, 0, "", f"文件中有两张“{spec.name}”表，请合并为一张")
            )
            continue
        seen.add(spec.name)
        header = find_header(spec, grid)
        if header is None:
            if any(any(not cells.is_blank(v) for v in r) for r in grid):
                found.errors.append(
                    RowError(source, spec.name, 0, "", "找不到表头行（前 10 行中没有模板的列名）")
                )
            continue
        for missing in header.missing:
            found.errors.append(RowError(source, spec.name, header.row + 1, missing, "缺少必填列"))
        for column in header.bad_units:
            found.errors.append(
                RowError(
                    source,
                    spec.name,
                    header.row + 1,
                    column,
                    "金额列须在列名中写明单位：(亿元)、(万元) 或 (元)",
                )
            )
        if header.unknown:
            found.notes.append(
                f"“{title}”表中以下列不在模板中，已忽略：{'、'.join(header.unknown)}"
            )
        if header.missing or header.bad_units:
            continue  # its rows cannot be read; the header error says why
        rows = [
            (index + 1, row)
            for index, row in enumerate(grid)
            if index > header.row and any(not cells.is_blank(v) for v in row)
        ]
        found.sheets.append(
            SheetData(
                spec,
                title,
                header.columns,
                header.units,
                header.headers,
                rows,
                source,
            )
        )
    if not seen:
        found.errors.append(
            RowError(
                source,
                "",
                0,
                "",
                f"文件中没有可导入的工作表（表名可用：{SHEET_NAMES}）",
            )
        )
    return found


def import_files(files: list[LedgerFile], *, commit: bool, progress=None, today=None):
    """Import several located files together: one transaction, nothing lands while any has an error."""
    from models.ledger.importer import run_import
    from models.ledger.results import ImportResult

    stoppers = [e for f in files for e in f.errors]
    sheets = [s for f in files for s in f.sheets]
    result = (
        run_import(sheets, commit=commit and not stoppers, progress=progress, today=today)
        if sheets
        else ImportResult()
    )
    result.errors[:0] = stoppers
    result.notes[:0] = [n for f in files for n in f.notes]
    return result
