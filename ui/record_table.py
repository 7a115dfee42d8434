"""Table models over lists of record dataclasses: columns declared once, data() never queries."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from models.search import matches, sort_key

RecordRole = Qt.UserRole + 1
SortRole = Qt.UserRole + 2
_ROOT = QModelIndex()
_ROLES = frozenset({Qt.DisplayRole, Qt.ToolTipRole, Qt.TextAlignmentRole, SortRole, RecordRole})


@dataclass(frozen=True)
class Column:
    """One column: its header, how a row shows in it, and (optionally) how it sorts.

    `key` names the column for a paged list, whose SQL sorts by the listing's key of that name
    (models/queries/lists.py): the name, not the place, so columns may move.
    """

    header: str
    text: Callable[[Any], str]
    sort: Callable[[Any], Any] | None = None
    numeric: bool = False
    tooltip: bool = False
    key: str = ""


class RecordTableModel(QAbstractTableModel):
    """Rows are frozen dataclasses prepared by models/; subclasses only declare COLUMNS."""

    COLUMNS: tuple[Column, ...] = ()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[Any] = []

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def rows(self) -> list[Any]:
        return self._rows

    def position(self, key: str) -> int:
        """Where the column with this key stands (sorts and widths name columns, not places)."""
        for at, column in enumerate(self.COLUMNS):
            if column.key == key:
                return at
        raise KeyError(key)

    def rowCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if (
            orientation == Qt.Horizontal
            and role == Qt.DisplayRole
            and 0 <= section < len(self.COLUMNS)
        ):
            return QCoreApplication.translate("Column", self.COLUMNS[section].header)
        if orientation == Qt.Vertical and role == Qt.DisplayRole:
            return section + 1
        return None

    def row_at(self, position: int) -> Any | None:
        """The record shown in a row, None outside the list."""
        return self._rows[position] if 0 <= position < len(self._rows) else None

    def data(self, index, role=Qt.DisplayRole):
        if role not in _ROLES:  # a view asks a dozen roles per cell: answer the rest at once
            return None
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None:
            return None
        column = self.COLUMNS[index.column()]
        if role == Qt.DisplayRole:
            return column.text(row)
        if role == Qt.ToolTipRole and column.tooltip:
            return column.text(row)
        if role == Qt.TextAlignmentRole and column.numeric:
            return int(Qt.AlignRight | Qt.AlignVCenter)
        if role == SortRole:
            return column.sort(row) if column.sort else sort_key(column.text(row))
        if role == RecordRole:
            return row
        return None


class SearchProxy(QSortFilterProxyModel):
    """Sorts by SortRole; keeps rows whose `search` key holds every typed word (pinyin initials too)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setSortRole(SortRole)
        self._query = ""

    def set_query(self, text: str) -> None:
        self.beginFilterChange()
        self._query = text.strip().lower()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:
        if not self._query:
            return True
        return matches(self.sourceModel().rows()[source_row].search, self._query)


def iso(day) -> str:
    """A date cell: 2020-04-01, empty for none."""
    return day.isoformat() if day else ""


def ordinal(day) -> int:
    """A date's sort key; empty dates sort first."""
    return day.toordinal() if day else 0


def read_only_table(headers: list[str] | tuple[str, ...]):
    """A small QTableWidget for short lists: whole-row selection, no editing, columns fit their text."""
    from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget

    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.setEditTriggers(QAbstractItemView.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectRows)
    table.setSelectionMode(QAbstractItemView.SingleSelection)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table
