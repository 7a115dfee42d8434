"""Table rows written straight into the sheet XML after openpyxl has saved the workbook.

openpyxl builds an object per cell, and sets and serialises its style element by element (about
10 µs a cell even in write-only mode, 30 µs with a border); the raw lists of an all-units report
hold over a million cells. openpyxl writes each table's title, header, widths, frozen panes,
AutoFilter, print setup (page header and numbered footer) and any notes below the table as usual;
the data rows are then spliced into that sheet's <sheetData> in row order, cell for cell
as openpyxl would have written them: strings inline and never formulas, dates as serial numbers
with a date format, Decimal money with its column format, and in a short table every cell (empty
ones too) with the table's border and alignment, long text wrapped."""

from __future__ import annotations

import datetime as dt
import os
import posixpath
import re
import tempfile
import zipfile
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from xml.sax.saxutils import escape

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.utils import get_column_letter
from openpyxl.utils.datetime import to_excel
from openpyxl.utils.exceptions import IllegalCharacterError
from openpyxl.worksheet.worksheet import Worksheet

_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
_CHUNK = 2000  # rows encoded and compressed at a time
WRAP_CHARS = (
    20  # a table's text longer than this wraps (its column is at most 20 CJK characters wide)
)


class BulkRows:
    """Rows waiting for a sheet, with the style ids their cells need (registered at creation).

    `styler(cell, wrap)` gives a table cell its border and alignment (wrap: long text); without
    one the rows are plain values and number formats, as a raw list is."""

    def __init__(
        self,
        ws: Worksheet,
        first_row: int,
        rows: list[list],
        formats: dict[int, str],
        date_format: str,
        styler: Callable[[Cell, bool], None] | None = None,
    ):
        self.first_row = first_row
        self.rows = rows
        self.width = max((len(r) for r in rows), default=0)
        self._ws = ws
        self._styler = styler
        self._styles: dict[tuple[str | None, bool], int | None] = {}
        # Every style is registered now: the workbook writes its style sheet before the rows.
        self.date_style = self.style(date_format)
        self.column_styles = {c: self.style(f) for c, f in formats.items()}
        self.plain = self.style(None)
        self.wrapped = self.style(None, wrap=True)
        for kind in {type(value) for row in rows for value in row}:
            if hasattr(kind, "excel_format"):
                self.style(kind.excel_format)

    def style(self, number_format: str | None, wrap: bool = False) -> int | None:
        """The workbook's style id for a cell of this number format (None: no style at all)."""
        key = (number_format, wrap)
        if key not in self._styles:
            probe = Cell(self._ws)
            if self._styler is not None:
                self._styler(probe, wrap)
            if number_format is not None:
                probe.number_format = number_format
            self._styles[key] = probe.style_id if probe.has_style else None
        return self._styles[key]

    def last_row(self) -> int:
        return self.first_row + len(self.rows) - 1

    def xml_chunks(self):
        """The <row> elements as UTF-8, a few thousand rows at a time."""
        letters = [get_column_letter(c) for c in range(1, self.width + 1)]
        empty = None if self.plain is None else f' s="{self.plain}" t="n" />'
        out: list[str] = []
        for n, row in enumerate(self.rows, start=self.first_row):
            out.append(f'<row r="{n}">')
            for c, value in enumerate(row):
                if value is None:
                    if empty is not None:  # a bordered empty cell
                        out.append(f'<c r="{letters[c]}{n}"{empty}')
                    continue
                out.append(self._cell(f"{letters[c]}{n}", c, value))
            out.append("</row>")
            if n % _CHUNK == 0:
                yield "".join(out).encode("utf-8")
                out.clear()
        if out:
            yield "".join(out).encode("utf-8")

    def _cell(self, ref: str, column: int, value) -> str:
        if isinstance(value, str):
            style = self.wrapped if len(value) > WRAP_CHARS else self.plain
            return _text_cell(ref, value, "" if style is None else f' s="{style}"')
        if isinstance(value, float):
            raise TypeError("money and ratios are Decimal or int, never float")
        if isinstance(value, bool):
            s = "" if self.plain is None else f' s="{self.plain}"'
            return f'<c r="{ref}"{s} t="b"><v>{int(value)}</v></c>'
        if isinstance(value, dt.date):
            serial = to_excel(value)
            return f'<c r="{ref}" s="{self.date_style}" t="n"><v>{serial:.16g}</v></c>'
        if isinstance(value, (int, Decimal)):
            style = self.plain
            if hasattr(value, "excel_format"):
                style = self._styles[(value.excel_format, False)]
            elif isinstance(value, Decimal) and column in self.column_styles:
                style = self.column_styles[column]
            s = "" if style is None else f' s="{style}"'
            return f'<c r="{ref}"{s} t="n"><v>{float(value):.16g}</v></c>'
        raise ValueError(f"Cannot convert {value!r} to Excel")


def _text_cell(ref: str, value: str, style: str) -> str:
    """Always an inline string, never a formula; the same checks as openpyxl (length, control chars)."""
    if not value:
        return f'<c r="{ref}"{style} t="inlineStr" />'
    value = value[:32767]
    if ILLEGAL_CHARACTERS_RE.search(value):
        raise IllegalCharacterError(f"{value} cannot be used in worksheets.")
    stripped = value.strip()
    space = ' xml:space="preserve"' if stripped and stripped != value else ""
    return f'<c r="{ref}"{style} t="inlineStr"><is><t{space}>{escape(value)}</t></is></c>'


class BulkWorkbook(Workbook):
    """A Workbook whose save() also writes the rows set aside with add_bulk_rows()."""

    def __init__(self) -> None:
        super().__init__()
        self._bulk: dict[Worksheet, BulkRows] = {}

    def add_bulk_rows(
        self,
        ws: Worksheet,
        first_row: int,
        rows: list[list],
        formats: dict[int, str],
        date_format: str,
        styler: Callable[[Cell, bool], None] | None = None,
    ) -> None:
        self._bulk[ws] = BulkRows(ws, first_row, rows, formats, date_format, styler)

    def save(self, filename) -> None:
        pending = {ws.title: bulk for ws, bulk in self._bulk.items() if bulk.rows}
        if not pending:
            super().save(filename)
        elif isinstance(filename, (str, os.PathLike)):
            super().save(filename)
            _splice(Path(filename), pending)
        else:  # a file object: build the file on disk, then copy it over
            with tempfile.TemporaryDirectory() as folder:
                path = Path(folder) / "book.xlsx"
                super().save(path)
                _splice(path, pending)
                filename.write(path.read_bytes())


def _sheet_paths(archive: zipfile.ZipFile) -> dict[str, str]:
    """Sheet title → its XML part, read from the workbook and its relationships."""
    import xml.etree.ElementTree as ET

    book = ET.fromstring(archive.read("xl/workbook.xml"))
    rels = ET.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    targets = {r.get("Id"): r.get("Target") for r in rels.iter(f"{{{_PKG_REL}}}Relationship")}
    paths = {}
    for sheet in book.iter(f"{{{_MAIN}}}sheet"):
        target = targets[sheet.get(f"{{{_REL}}}id")]
        paths[sheet.get("name")] = (
            target.lstrip("/") if target.startswith("/") else posixpath.join("xl", target)
        )
    return paths


_DIMENSION = re.compile(rb'<dimension ref="([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?"\s*/>')


def _splice(path: Path, pending: dict[str, BulkRows]) -> None:
    """Copy the saved file, inserting each bulk sheet's rows before its </sheetData>."""
    spliced = path.with_name(f".{path.name}.rows")
    try:
        # Level 1 for the new parts: raw lists are large and repetitive; a little bigger, much faster.
        with (
            zipfile.ZipFile(path) as src,
            zipfile.ZipFile(spliced, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as dst,
        ):
            parts = {p: pending[t] for t, p in _sheet_paths(src).items() if t in pending}
            for info in src.infolist():
                data = src.read(info.filename)
                bulk = parts.get(info.filename)
                if bulk is None:
                    dst.writestr(info, data, compress_type=info.compress_type)
                    continue
                head, tail = _split_sheet(data, bulk)
                with dst.open(info.filename, "w", force_zip64=True) as out:
                    out.write(head)
                    for chunk in bulk.xml_chunks():
                        out.write(chunk)
                    out.write(tail)
        os.replace(spliced, path)
    finally:
        spliced.unlink(missing_ok=True)


_ROW_NUMBER = re.compile(rb'<row r="(\d+)"')


def _split_sheet(data: bytes, bulk: BulkRows) -> tuple[bytes, bytes]:
    """The sheet XML around the point where the rows go (before the first row openpyxl wrote below
    them, such as a note under the table, else at the end of <sheetData>), with its dimension
    widened to cover them; the table's AutoFilter, print setup, header and footer stay as written."""
    data = data.replace(b"<sheetData/>", b"<sheetData></sheetData>", 1)
    end = data.index(b"</sheetData>")
    start = data.index(b"<sheetData")
    for match in _ROW_NUMBER.finditer(data, start, end):
        if int(match.group(1)) > bulk.last_row():
            end = match.start()
            break
    head, tail = data[:end], data[end:]

    def widen(match: re.Match) -> bytes:
        first_col, first_row = match.group(1).decode(), match.group(2).decode()
        last_col = max(
            (match.group(3) or match.group(1)).decode(),
            get_column_letter(max(bulk.width, 1)),
            key=lambda c: (len(c), c),
        )
        last_row = max(int(match.group(4) or match.group(2)), bulk.last_row())
        return f'<dimension ref="{first_col}{first_row}:{last_col}{last_row}" />'.encode()

    head = _DIMENSION.sub(widen, head, count=1)
    return head, tail
