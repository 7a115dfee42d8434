"""A list of records as every page shows one: filters, search, add / edit / delete, a sortable table."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.paged_table import PagedTableModel
from ui.record_table import RecordRole, RecordTableModel, SearchProxy


class RecordList(QWidget):
    """Filters on top, then the buttons and the count, then the table; Enter or a double-click edits."""

    add_requested = Signal()
    edit_requested = Signal(object)
    delete_requested = Signal(object)
    selection_changed = Signal()

    def __init__(
        self,
        model: RecordTableModel,
        settings_key: str,
        search_hint: str,
        add_text: str,
        widths: dict[int | str, int] | None = None,
        sort: tuple[int | str, Qt.SortOrder] | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.model = model
        self.settings_key = settings_key
        # A paged list's count label reads its model's summary (count first), a short list's rows.
        self.paged = isinstance(model, PagedTableModel)
        self.count_text: Callable[[Any], str] = lambda rows: self.tr("共 {0} 条").format(
            rows[0] if self.paged else len(rows)
        )
        self._kept_id: int | None = None  # a paged list's selection, across a new sort order
        self.filters = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(search_hint)
        self.search.setClearButtonEnabled(True)

        self.buttons = QHBoxLayout()
        self.add_button = QPushButton(add_text)
        self.edit_button = QPushButton(self.tr("修改(&E)"))
        self.delete_button = QPushButton(self.tr("删除(&D)"))
        for button in (self.add_button, self.edit_button, self.delete_button):
            self.buttons.addWidget(button)
        self._stretch_at = self.buttons.count()
        self.buttons.addStretch(1)
        self.count_label = QLabel()
        self.buttons.addWidget(self.count_label)

        self.table = QTableView()
        if self.paged:
            self.proxy = None  # sorting and search are the model's SQL
            self.table.setModel(model)
        else:
            self.proxy = SearchProxy(self)
            self.proxy.setSourceModel(model)
            self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        state = QSettings().value(f"{settings_key}/header")
        if state is not None:
            self.table.horizontalHeader().restoreState(state)
        else:
            header = self.table.horizontalHeader()
            for column, width in (widths or {}).items():
                column = self._place(column)
                # Never narrower than the header's own text (English headers are longer).
                self.table.setColumnWidth(column, max(width, header.sectionSizeHint(column)))
            # Without a column to sort by, rows keep the order models/ gave them.
            column, order = sort if sort else (-1, Qt.AscendingOrder)
            self.table.horizontalHeader().setSortIndicator(self._place(column), order)

        layout = QVBoxLayout(self)
        layout.addLayout(self.filters)
        layout.addLayout(self.buttons)
        layout.addWidget(self.table)

        self.add_button.clicked.connect(self.add_requested)
        self.edit_button.clicked.connect(self._edit)
        self.delete_button.clicked.connect(self._delete)
        self.table.activated.connect(self._edit)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.search.textChanged.connect(self._search_changed)
        # On a long list each search is a query: typing waits for a pause (250 ms) before it runs.
        self._typing = QTimer(self, singleShot=True, interval=250)
        self._typing.timeout.connect(lambda: self._apply_search(self.search.text()))
        if self.paged:
            model.modelAboutToBeReset.connect(self._keep_selection)
            model.resorted.connect(self._sorted)
        # Delete acts on the table only, never while typing in a filter or a search box.
        QShortcut(
            QKeySequence.Delete, self.table, activated=self._delete, context=Qt.WidgetShortcut
        )
        self._selection_changed()

    def _place(self, column: int | str) -> int:
        """A column given by its key ("start_date") or its place."""
        return self.model.position(column) if isinstance(column, str) else column

    def add_filter(self, label: str, widget: QWidget) -> None:
        if label:
            self.filters.addWidget(QLabel(label))
        if isinstance(widget, QComboBox):
            # Choices are filled after the page first shows: the combo follows its longest one.
            widget.setSizeAdjustPolicy(QComboBox.AdjustToContents)
        self.filters.addWidget(widget)

    def finish_filters(self) -> None:
        """The search box goes last and takes the remaining width."""
        self.filters.addWidget(self.search, 1)

    def add_button_widget(self, button: QPushButton) -> None:
        self.buttons.insertWidget(self._stretch_at, button)
        self._stretch_at += 1

    def set_rows(self, rows: list[Any], keep_selection: bool = True) -> None:
        selected = self.selected_row()
        self.model.set_rows(rows)
        if keep_selection and selected is not None:
            self.select_id(selected.id)
        self._update_count()
        self._selection_changed()

    def set_filter(self, flt, keep_selection: bool = True) -> None:
        """A paged list: show the records matching the filter (and the search box)."""
        selected = self.selected_row()
        near = self.table.currentIndex().row()
        self.model.set_query(flt, self.search.text())
        if keep_selection and selected is not None:
            self.select_id(selected.id, near)
        self._update_count()
        self._selection_changed()

    def reload(self) -> None:
        """A paged list after a save or delete: same filter, counted and read again."""
        query = self.model.query()
        if query is not None:
            self.set_filter(query.filter)

    def shown_rows(self) -> list[Any]:
        """Every row the list shows (loads them all: for tests and short lists)."""
        if self.paged:
            return self.model.rows()
        return [self.proxy.index(r, 0).data(RecordRole) for r in range(self.proxy.rowCount())]

    def selected_rows(self) -> list[Any]:
        return [index.data(RecordRole) for index in self.table.selectionModel().selectedRows()]

    def selected_row(self) -> Any | None:
        rows = self.selected_rows()
        return rows[0] if len(rows) == 1 else None

    def select_id(self, record_id: int, near: int = -1) -> bool:
        if self.paged:
            position = self.model.find(record_id, near)
            if position is None:
                return False
            self._select_only(position)
            self.table.scrollTo(self.model.index(position, 0))
            return True
        for r in range(self.proxy.rowCount()):
            index = self.proxy.index(r, 0)
            if index.data(RecordRole).id == record_id:
                self._select_only(r)
                self.table.scrollTo(index)
                return True
        return False

    def _select_only(self, row: int) -> None:
        """Select exactly this row. QTableView.selectRow() toggles the row while Ctrl is held, so
        a save by Ctrl+S used to clear the selection it meant to set."""
        index = self.table.model().index(row, 0)
        selection = self.table.selectionModel()
        selection.select(index, QItemSelectionModel.ClearAndSelect | QItemSelectionModel.Rows)
        selection.setCurrentIndex(index, QItemSelectionModel.NoUpdate)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.ShortcutFocusReason)
        self.search.selectAll()

    def _search_changed(self, text: str) -> None:
        if self.paged and self.search.isModified() and text:  # typed, not set or cleared
            self._typing.start()
            return
        self._typing.stop()
        self._apply_search(text)

    def _apply_search(self, text: str) -> None:
        if self.paged:
            self.model.set_search(text)
        else:
            self.proxy.set_query(text)
        self._update_count()
        self._selection_changed()

    def _keep_selection(self) -> None:
        row = self.selected_row()
        self._kept_id = row.id if row is not None else None

    def _sorted(self) -> None:
        """A paged list re-read in a new order: the selected record stays selected."""
        if self._kept_id is not None:
            self.select_id(self._kept_id)
        self._selection_changed()

    def _update_count(self) -> None:
        summary = self.model.summary() if self.paged else self.shown_rows()
        self.count_label.setText(self.count_text(summary))

    def _selection_changed(self, *_args) -> None:
        one = self.selected_row() is not None
        self.edit_button.setEnabled(one)
        self.delete_button.setEnabled(one)
        self.selection_changed.emit()

    def _edit(self, *_args) -> None:
        row = self.selected_row()
        if row is not None:
            self.edit_requested.emit(row)

    def _delete(self) -> None:
        row = self.selected_row()
        if row is not None:
            self.delete_requested.emit(row)

    def hideEvent(self, event) -> None:
        QSettings().setValue(
            f"{self.settings_key}/header", self.table.horizontalHeader().saveState()
        )
        super().hideEvent(event)
