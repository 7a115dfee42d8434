"""四张清单 tab: pick a list and a period, see it, export it to Excel or print it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from models.queries.overview import units
from models.queries.periods import quarter
from reports.project_lists import KINDS, ListRow, project_list
from ui.changes import ENTERPRISES, PROJECTS
from ui.dates import quarter_numeral
from ui.project_tables import ListTableModel
from ui.record_table import SearchProxy


class ProjectListsView(QWidget):
    """The lists of §7 for a year or a quarter, in the layout a meeting expects."""

    shows = frozenset({PROJECTS, ENTERPRISES})

    def __init__(self, today: dt.date, parent: QWidget | None = None):
        super().__init__(parent)
        self.today = today
        self.rows: list[ListRow] = []
        self.kind_buttons: dict[str, QPushButton] = {}
        kinds = QHBoxLayout()
        for kind, name in KINDS.items():
            button = QPushButton(name)
            button.setCheckable(True)
            button.clicked.connect(lambda _=False, k=kind: self.show_kind(k))
            self.kind_buttons[kind] = button
            kinds.addWidget(button)
        kinds.addStretch(1)
        self.kind = "签约"  # notr: the list's key in reports.project_lists
        controls = QHBoxLayout()
        self.year_spin = QSpinBox()
        self.year_spin.setRange(2000, 2100)
        self.year_spin.setValue(today.year)
        self.year_spin.setSuffix(self.tr(" 年"))
        self.quarter_combo = QComboBox()
        self.quarter_combo.addItem(self.tr("全年"), None)
        for q in range(1, 5):
            self.quarter_combo.addItem(self.tr("第{0}季度").format(quarter_numeral(q)), q)
        self.unit_combo = QComboBox()
        self.unit_combo.addItem(self.tr("全部单位"), None)
        for unit in units():
            self.unit_combo.addItem(unit.name, unit.id)
        self.export_button = QPushButton(self.tr("导出 Excel(&X)…"))
        self.print_button = QPushButton(self.tr("打印(&P)…"))
        for label, widget in (
            (self.tr("期间："), self.year_spin),
            ("", self.quarter_combo),
            (self.tr("单位："), self.unit_combo),
        ):
            if label:
                controls.addWidget(QLabel(label))
            controls.addWidget(widget)
        controls.addStretch(1)
        self.count_label = QLabel()
        controls.addWidget(self.count_label)
        controls.addWidget(self.export_button)
        controls.addWidget(self.print_button)
        self.model = ListTableModel(self)
        proxy = SearchProxy(self)
        proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(proxy)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(
            -1, Qt.AscendingOrder
        )  # keep the list's date order
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, 300)
        self.table.setColumnWidth(2, 220)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(kinds)
        layout.addLayout(controls)
        layout.addWidget(self.table)
        self.year_spin.valueChanged.connect(self.refresh)
        self.quarter_combo.currentIndexChanged.connect(self.refresh)
        self.unit_combo.currentIndexChanged.connect(self.refresh)
        self.export_button.clicked.connect(self.export)
        self.print_button.clicked.connect(self.print_list)
        QShortcut(QKeySequence.Print, self, activated=self.print_button.click)

    def period(self) -> tuple[dt.date, dt.date, str]:
        year, q = self.year_spin.value(), self.quarter_combo.currentData()
        if q:
            span = quarter(year, q)
            return span.start, span.end, self.tr("{0}年第{1}季度").format(year, quarter_numeral(q))
        return dt.date(year, 1, 1), dt.date(year, 12, 31), self.tr("{0}年").format(year)

    def title(self) -> str:
        unit = self.unit_combo.currentText() if self.unit_combo.currentData() else ""
        return f"{unit}{self.period()[2]}{KINDS[self.kind]}"

    def show_kind(self, kind: str) -> None:
        self.kind = kind
        self.refresh()

    def refresh(self) -> None:
        for kind, button in self.kind_buttons.items():
            button.setChecked(kind == self.kind)
        start, end, _label = self.period()
        self.rows = project_list(self.kind, start, end, self.unit_combo.currentData())
        self.model.set_rows(self.rows)
        self.count_label.setText(self.tr("{0}：{1} 个项目").format(self.title(), len(self.rows)))

    def export(self) -> Path | None:
        from reports.errors import ReportWriteError
        from reports.lists_xlsx import write_list

        folder = QSettings().value("lists/folder", str(Path.home()))
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("导出清单"),
            str(Path(folder) / f"{self.title()}.xlsx"),
            self.tr("Excel 工作簿 (*.xlsx)"),
        )
        if not path:
            return None
        try:
            written = write_list(Path(path), self.kind, self.rows, self.title())
        except ReportWriteError as exc:
            QMessageBox.warning(self, self.tr("导出失败"), str(exc))
            return None
        QSettings().setValue("lists/folder", str(written.parent))
        QMessageBox.information(
            self, self.tr("导出完成"), self.tr("已导出到：\n{0}").format(written)
        )
        return written

    def html(self) -> str:
        """The list as an HTML table for printing (landscape, same columns as the Excel file)."""
        from html import escape

        from reports.lists_xlsx import list_table, totals_row

        headers, cells = list_table(self.kind, self.rows)
        if self.rows:
            cells.append(totals_row(self.rows))
        head = "".join(f"<th>{escape(h)}</th>" for h in headers)
        body = "".join(
            "<tr>"
            + "".join(f"<td>{escape('' if v is None else str(v))}</td>" for v in row)
            + "</tr>"
            for row in cells
        )
        return (
            f"<h2 align='center'>{escape(self.title())}</h2>"
            f"<table border='1' cellspacing='0' cellpadding='3' width='100%'><tr>{head}</tr>{body}</table>"
        )

    def print_list(self) -> None:
        from PySide6.QtGui import QPageLayout, QPageSize, QTextDocument
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.HighResolution)
        printer.setPageSize(QPageSize(QPageSize.A4))
        printer.setPageOrientation(QPageLayout.Landscape)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QPrintDialog.Accepted:
            return
        document = QTextDocument()
        document.setHtml(self.html())
        document.print_(printer)
