"""The trips list: a table model over TripRow records and a proxy for the search box."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt

from models.search import matches
from models.trip_store import TripRow
from models.vocab import REGIONS

RecordRole = Qt.UserRole + 1
SortRole = Qt.UserRole + 2
_ROOT = QModelIndex()


class TripTableModel(QAbstractTableModel):
    """Columns of the 外出招商 list; rows come ready from models, data() never queries."""

    UNIT, PEOPLE, START, END, DAYS, CITY, REGION, PURPOSE, OUTCOME = range(9)
    HEADERS = ("单位", "参加人员", "开始日期", "结束日期", "天数", "目的地", "区域", "事由", "成效")

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[TripRow] = []

    def set_rows(self, rows: list[TripRow]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def rows(self) -> list[TripRow]:
        return self._rows

    def rowCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if (
            orientation == Qt.Horizontal
            and role == Qt.DisplayRole
            and 0 <= section < len(self.HEADERS)
        ):
            return self.tr(self.HEADERS[section])
        if orientation == Qt.Vertical and role == Qt.DisplayRole:
            return section + 1
        return None

    def _text(self, row: TripRow, column: int) -> str:
        if column == self.UNIT:
            return row.unit
        if column == self.PEOPLE:
            return row.participants
        if column == self.START:
            return row.start_date.isoformat()
        if column == self.END:
            return row.end_date.isoformat()
        if column == self.DAYS:
            return str(row.days)
        if column == self.CITY:
            return row.dest_city
        if column == self.REGION:
            name = REGIONS.get(row.region, row.region)
            return f"{name}（{row.country}）" if row.country else name
        if column == self.PURPOSE:
            return row.purpose
        return row.outcome

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.DisplayRole:
            return self._text(row, column)
        if role == Qt.ToolTipRole and column in (self.PURPOSE, self.OUTCOME, self.PEOPLE):
            return self._text(row, column)
        if role == Qt.TextAlignmentRole and column == self.DAYS:
            return int(Qt.AlignRight | Qt.AlignVCenter)
        if role == SortRole:
            if column == self.DAYS:
                return row.days
            if column in (self.START, self.END):
                return (row.start_date if column == self.START else row.end_date).toordinal()
            return self._text(row, column)
        if role == RecordRole:
            return row
        return None


class TripFilterProxy(QSortFilterProxyModel):
    """Sorts by the model's sort role and keeps rows whose search key holds every typed word."""

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
        row = self.sourceModel().rows()[source_row]
        return matches(row.search, self._query)
