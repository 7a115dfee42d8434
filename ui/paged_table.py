"""A table model over a paged list: knows the row count, loads pages of rows as the view asks.

The long lists (trips, visits, enterprises, projects) hold up to a million records. This model asks
its `models.queries.lists.Listing` for the count and, when the view paints a row, for the page of rows
around it; a few pages are kept (least recently used first out). Sorting by a header and the search
box become a new SQL query, never a Python sort or filter over every row.
"""

from __future__ import annotations

from array import array
from collections import OrderedDict
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication

from models.queries.lists import Listing, ListQuery
from ui.record_table import Column, RecordTableModel

PAGE_ROWS = 200
PAGES_KEPT = 12
FIND_CHUNK = 5000


@contextmanager
def busy_cursor():
    """The wait cursor while the GUI thread works (the user sees the click was taken)."""
    if QGuiApplication.instance() is None:  # a model used without a window (tests, tools)
        yield
        return
    QGuiApplication.setOverrideCursor(Qt.WaitCursor)
    try:
        yield
    finally:
        QGuiApplication.restoreOverrideCursor()


class PagedTableModel(RecordTableModel):
    """Rows of a Listing, a page at a time; the columns are those of a RecordTableModel."""

    resorted = Signal()  # after a header click re-read the rows in a new order

    def __init__(
        self,
        columns: tuple[Column, ...],
        make_listing: Callable[[], Listing],
        parent=None,
    ):
        super().__init__(parent)
        unnamed = [c.header for c in columns if not c.key]
        if unnamed:
            raise ValueError(f"a paged list sorts by column keys; these have none: {unnamed}")
        self.COLUMNS = columns
        self._make_listing = make_listing
        self._listing: Listing | None = None
        self._query: ListQuery | None = None
        self._sort: tuple[str | None, bool] = (None, False)  # a column's key
        self._summary: tuple = (0,)
        self._pages: OrderedDict[int, list[Any]] = OrderedDict()
        self._ordered: array | None = None  # ids, when a column sorts in Python

    # -- what the list asks for -----------------------------------------------------------------
    def set_query(self, flt, search: str = "") -> None:
        """Show the rows matching a filter and search text (a new count, pages loaded as needed)."""
        column, descending = self._sort
        self._query = ListQuery(flt, search.strip(), column, descending)
        self._make_listing().prepare()
        self.reload()

    def set_search(self, text: str) -> None:
        if self._query is not None and self._query.search != text.strip():
            self._query = replace(self._query, search=text.strip())
            self.reload()

    def reload(self) -> None:
        """Count again and forget loaded pages: after a save, a delete or a new filter."""
        self.beginResetModel()
        self._pages.clear()
        self._ordered = None
        if self._query is None:
            self._summary = (0,)
        else:
            self._listing = self._make_listing()
            self._summary, self._ordered = self._listing.survey(self._query)
            if self._ordered is None and not self._listing.pages_in_sql(self._query):
                # Every matching id in a column's order: a second or more on a city's visits.
                with busy_cursor():
                    self._ordered = self._listing.in_order(self._query)
        self.endResetModel()

    def query(self) -> ListQuery | None:
        return self._query

    def summary(self) -> tuple:
        """(row count, …figures the list's count label shows)."""
        return self._summary

    def sort(self, column: int, order=Qt.AscendingOrder) -> None:
        """A header click: the same rows in a new SQL order, by the clicked column's key."""
        self._sort = (
            self.COLUMNS[column].key if 0 <= column < len(self.COLUMNS) else None,
            order == Qt.DescendingOrder,
        )
        if self._query is not None:
            key, descending = self._sort
            self._query = replace(self._query, sort=key, descending=descending)
            self.reload()
            self.resorted.emit()

    def set_rows(self, rows: list[Any]) -> None:
        raise TypeError("a paged list loads its own rows: use set_query()")

    # -- rows -------------------------------------------------------------------------------------
    def rowCount(self, parent=None) -> int:
        if parent is not None and parent.isValid():
            return 0
        return self._summary[0]

    def row_at(self, position: int) -> Any | None:
        if not 0 <= position < self._summary[0]:
            return None
        number, at = divmod(position, PAGE_ROWS)
        page = self._pages.get(number)
        if page is None:
            page = self._load(number)
        else:
            self._pages.move_to_end(number)
        return page[at] if at < len(page) else None

    def _load(self, number: int) -> list[Any]:
        start = number * PAGE_ROWS
        if self._ordered is not None:
            ids = list(self._ordered[start : start + PAGE_ROWS])
        else:
            ids = self._listing.page_ids(self._query, start, PAGE_ROWS, self._summary[0])
        page = self._listing.rows(ids)
        self._pages[number] = page
        while len(self._pages) > PAGES_KEPT:
            self._pages.popitem(last=False)
        return page

    def rows(self) -> list[Any]:
        """Every row, loading all pages: for tests and short lists, never for a page's display."""
        return [self.row_at(r) for r in range(self.rowCount())]

    def find(self, record_id: int, near: int = -1) -> int | None:
        """The row showing a record, or None when the filters hide it; `near` is where it was."""
        if 0 <= near < self._summary[0]:
            self.row_at(near)  # loads the page it was on: after a reload it is usually still there
        for number, page in list(self._pages.items()):
            for at, row in enumerate(page):
                if row.id == record_id:
                    return number * PAGE_ROWS + at
        count = self._summary[0]
        if self._query is None or count == 0:
            return None
        if self._ordered is not None:
            try:
                return self._ordered.index(record_id)
            except ValueError:
                return None
        listing = self._listing
        if not listing.ids(self._query).where(listing.model.id == record_id).exists():
            return None
        for start in range(0, count, FIND_CHUNK):
            ids = listing.page_ids(self._query, start, FIND_CHUNK, count)
            if record_id in ids:
                return start + ids.index(record_id)
        return None
