"""报表: choose the quarter and unit, write 存在问题 / 下步工作, generate PDF + Excel, preview and print."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QSettings, QSize, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence, QPainter, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from models.db.base import DatabaseWriteError
from models.db.submissions import ALL_UNITS
from models.queries.overview import units
from models.queries.periods import quarter_of
from models.queries.scope import Scope
from models.store.locks import submission, submit_quarter, unlock_quarter
from models.store.report_notes import report_note, save_report_note
from models.store.settings import home_unit
from models.store.users import session
from models.validation import ValidationFailed
from reports import numbers
from reports.drafts import draft_for
from reports.errors import ReportWriteError
from reports.files import write_report_files
from reports.indicators import build_indicators
from reports.quarter_report import build_report, report_title
from ui.changes import ENTERPRISES, PROJECTS, REPORTS, RULES, VISITS, Changes, announce
from ui.dates import quarter_numeral
from ui.form_dialog import ask
from ui.pages.base import Page, heading
from ui.tasks import run_with_progress


class ReportsPage(Page):
    """季度调度报告: the texts are kept with the quarter; generating runs off the GUI thread."""

    shows = frozenset({PROJECTS, VISITS, ENTERPRISES, RULES, REPORTS})  # the indicators and lock

    def __init__(self, today: dt.date | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.today = today or dt.date.today()
        self.pdf_path: Path | None = None
        self.xlsx_path: Path | None = None
        self._shown: tuple[str, int, int] | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("报表 · 季度调度报告")))

        form = QFormLayout()
        self.year_spin = QSpinBox()
        self.year_spin.setRange(2000, 2100)
        self.quarter_combo = QComboBox()
        for q in range(1, 5):
            self.quarter_combo.addItem(self.tr("第{0}季度").format(quarter_numeral(q)), q)
        # Default: the last finished quarter (the one the coming scheduling meeting reviews).
        last_quarter_end = dt.date(
            self.today.year, 3 * (quarter_of(self.today) - 1) + 1, 1
        ) - dt.timedelta(days=1)
        self.year_spin.setValue(last_quarter_end.year)
        self.quarter_combo.setCurrentIndex(quarter_of(last_quarter_end) - 1)
        self.unit_combo = QComboBox()
        self.unit_combo.addItem(self.tr("全部单位（全市）"), None)
        for unit in units():
            self.unit_combo.addItem(unit.name, unit.id)
        home = home_unit()
        self.unit_combo.setCurrentIndex(max(0, self.unit_combo.findData(home.id if home else None)))
        period = QHBoxLayout()
        period.addWidget(self.year_spin)
        period.addWidget(self.quarter_combo)
        period.addWidget(QLabel(self.tr("单位：")))
        period.addWidget(self.unit_combo)
        period.addStretch(1)
        form.addRow(self.tr("报告期："), period)
        self.folder_edit = QLineEdit(
            QSettings().value("reports/folder", str(Path.home() / self.tr("招商引资报告")))
        )
        browse = QPushButton(self.tr("选择…"))
        browse.clicked.connect(self._choose_folder)
        folder = QHBoxLayout()
        folder.addWidget(self.folder_edit, 1)
        folder.addWidget(browse)
        form.addRow(self.tr("保存到："), folder)
        lock = QHBoxLayout()
        self.lock_label = QLabel()
        self.submit_button = QPushButton(self.tr("标记为已报送(&S)…"))
        self.submit_button.clicked.connect(self.submit)
        self.unlock_button = QPushButton(self.tr("解锁(&U)…"))
        self.unlock_button.clicked.connect(self.unlock)
        lock.addWidget(self.lock_label, 1)
        lock.addWidget(self.submit_button)
        lock.addWidget(self.unlock_button)
        form.addRow(self.tr("报送："), lock)
        layout.addLayout(form)

        texts = QHBoxLayout()
        self.problems_edit = QPlainTextEdit()
        self.problems_edit.setPlaceholderText(self.tr("存在问题：打印前填写，随本季度保存"))
        self.next_edit = QPlainTextEdit()
        self.next_edit.setPlaceholderText(self.tr("下步工作：打印前填写，随本季度保存"))
        for edit in (self.problems_edit, self.next_edit):
            edit.setTabChangesFocus(True)
            edit.setMaximumHeight(110)
            texts.addWidget(edit)
        layout.addLayout(texts)
        self._draft: tuple[str, str] | None = None  # the drafted texts shown, while unsaved
        self.draft_label = QLabel()
        self.draft_label.setWordWrap(True)
        layout.addWidget(self.draft_label)

        buttons = QHBoxLayout()
        self.generate_button = QPushButton(self.tr("生成报告(&G)"))
        self.generate_button.setDefault(True)
        self.print_button = QPushButton(self.tr("打印(&P)…"))
        self.folder_button = QPushButton(self.tr("打开所在文件夹(&O)"))
        self.status = QLabel()
        for button in (self.generate_button, self.print_button, self.folder_button):
            buttons.addWidget(button)
        buttons.addWidget(self.status, 1)
        layout.addLayout(buttons)
        self.print_button.setEnabled(False)
        self.folder_button.setEnabled(False)

        from PySide6.QtPdf import QPdfDocument
        from PySide6.QtPdfWidgets import QPdfView

        self.document = QPdfDocument(self)
        self.viewer = QPdfView()
        self.viewer.setDocument(self.document)
        self.viewer.setPageMode(QPdfView.PageMode.MultiPage)
        self.viewer.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAlignment(Qt.AlignTop | Qt.AlignLeft)
        splitter = QSplitter()
        splitter.addWidget(self.summary)
        splitter.addWidget(self.viewer)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([340, 900])
        layout.addWidget(splitter, 1)

        self.generate_button.clicked.connect(self.generate)
        self.print_button.clicked.connect(self.print_report)
        # Ctrl+P prints the generated report (as the button does, once there is one).
        QShortcut(QKeySequence.Print, self, activated=self.print_button.click)
        self.folder_button.clicked.connect(self.open_folder)
        for signal in (
            self.year_spin.valueChanged,
            self.quarter_combo.currentIndexChanged,
            self.unit_combo.currentIndexChanged,
        ):
            signal.connect(self.refresh)

    def hideEvent(self, event) -> None:
        self._keep_texts()
        super().hideEvent(event)

    def scope(self) -> str:
        return ALL_UNITS if self.unit_combo.currentData() is None else self.unit_combo.currentText()

    def _keep_texts(self) -> None:
        """What was typed for the quarter on screen is saved before another quarter is shown."""
        if self._shown is None or not session().can_write:
            return
        scope, year, q = self._shown
        typed = (self.problems_edit.toPlainText(), self.next_edit.toPlainText())
        saved = report_note(scope, year, q)
        # A draft left as it was filled in stays a draft: it is kept only once edited or generated.
        if typed != saved and not (saved == ("", "") and typed == self._draft):
            try:
                save_report_note(scope, year, q, *typed)
            except ValidationFailed as exc:
                QMessageBox.warning(self, self.tr("无法保存"), str(exc))
            else:
                announce(self, Changes.of(REPORTS))

    def reload_view(self, _view: QWidget) -> None:
        """Load the quarter's texts and show its indicator summary (the same builder as the files)."""
        self._keep_texts()
        year, q = self.year_spin.value(), self.quarter_combo.currentData()
        self._shown = (self.scope(), year, q)
        problems, next_steps = report_note(self.scope(), year, q)
        unit_id = self.unit_combo.currentData()
        scope = Scope(year, q, unit_id, as_of=self.today)
        self._draft = None
        if not (problems.strip() or next_steps.strip()):
            # Nothing saved yet: start from the draft the data gives, for the user to edit.
            drafted = draft_for(scope)
            problems, next_steps = self._draft = (drafted.problems, drafted.next_steps)
            self.draft_label.setText(
                self.tr("存在问题、下步工作已根据本季度数据起草，请修改后保存（生成报告时保存）。")
            )
        else:
            self.draft_label.setText("")
        self.problems_edit.setPlainText(problems)
        self.next_edit.setPlainText(next_steps)
        # Only the indicators: the full report (lists, land, ranking) is built when generating.
        indicators = build_indicators(scope)
        title = report_title(unit_id and self.unit_combo.currentText(), year, q, self.today)
        lines = [f"<b>{title}</b>"]
        for ind in indicators.values():
            yoy = numbers.text(numbers.growth(ind.ytd, ind.last_ytd, ind.money))
            value = numbers.text(ind.shown(ind.ytd))
            lines.append(self.tr("{0}：{1} {2}（同比 {3}）").format(ind.name, value, ind.unit, yoy))
        if not any(ind.ytd for ind in indicators.values()):
            lines.append(self.tr("本季度暂无数据，报告将注明。"))
        self.summary.setText("<br>".join(lines))
        self._show_lock()

    def _locked_by(self):
        """This scope's submission, or the whole city's, which locks every unit."""
        scope, year, q = self._shown
        return submission(scope, year, q) or (
            submission(ALL_UNITS, year, q) if scope != ALL_UNITS else None
        )

    def _show_lock(self) -> None:
        scope = self._shown[0]
        item = self._locked_by()
        if item is None:
            self.lock_label.setText(self.tr("本季度尚未报送。"))
        else:
            whose = "" if item.scope == scope else self.tr("（全市统一报送）")
            self.lock_label.setText(
                self.tr("已于 {0} 由 {1} 报送{2}：该季度的记录只读，报送时的数据已保存。").format(
                    f"{item.submitted_at:%Y-%m-%d %H:%M}", item.submitted_by, whose
                )
            )
        self.submit_button.setEnabled(item is None)
        self.unlock_button.setEnabled(item is not None)

    def submit(self) -> None:
        """已报送: the quarter's records become read-only and the report's data is kept as sent."""
        scope, year, q = self._shown
        question = self.tr(
            "把{0}{1}年第{2}季度标记为已报送？\n之后该季度的行程、拜访、合同、到位资金等记录只读，"
            "如需修改须解锁并写明原因。"
        ).format(scope, year, q)
        if not ask(self, self.tr("标记为已报送"), question):
            return
        snapshot = build_report(
            Scope(year, q, self.unit_combo.currentData(), as_of=self.today)
        ).to_json()
        try:
            submit_quarter(scope, year, q, snapshot)
        except (ValidationFailed, DatabaseWriteError) as exc:
            QMessageBox.warning(self, self.tr("无法标记"), str(exc))
        else:
            announce(self, Changes.of(REPORTS))
        self._show_lock()

    def unlock(self) -> None:
        _shown, year, q = self._shown
        item = self._locked_by()
        if item is None:
            return
        scope = item.scope
        reason, ok = QInputDialog.getText(
            self,
            self.tr("解锁季度"),
            self.tr("解锁{0}{1}年第{2}季度的原因（必填，记入审计日志）：").format(scope, year, q),
        )
        if not ok:
            return
        try:
            unlock_quarter(scope, year, q, reason)
        except (ValidationFailed, DatabaseWriteError) as exc:
            QMessageBox.warning(self, self.tr("无法解锁"), str(exc))
        else:
            announce(self, Changes.of(REPORTS))
        self._show_lock()

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("选择报告保存位置"), self.folder_edit.text()
        )
        if folder:
            self.folder_edit.setText(folder)

    def generate(self) -> None:
        year, q, unit_id = (
            self.year_spin.value(),
            self.quarter_combo.currentData(),
            self.unit_combo.currentData(),
        )
        try:
            save_report_note(
                self.scope(),
                year,
                q,
                self.problems_edit.toPlainText(),
                self.next_edit.toPlainText(),
            )
        except ValidationFailed as exc:
            QMessageBox.warning(self, self.tr("无法保存"), str(exc))
            return
        announce(self, Changes.of(REPORTS))
        folder = Path(self.folder_edit.text().strip() or Path.home())
        self.document.close()  # release the previous file so it can be replaced
        QSettings().setValue("reports/folder", str(folder))
        self.generate_button.setEnabled(False)

        def work(_report, cancelled):
            return write_report_files(
                build_report(Scope(year, q, unit_id, as_of=self.today)), folder, cancelled.is_set
            )

        self.progress = run_with_progress(
            self,
            self.tr("正在生成报告……"),
            work,
            self._done,
            self._failed,
            self.tr("取消"),
            show_after=0,
        )

    def _done(self, paths) -> None:
        self.generate_button.setEnabled(True)
        self.pdf_path, self.xlsx_path = paths
        self.document.load(str(self.pdf_path))
        self.print_button.setEnabled(True)
        self.folder_button.setEnabled(True)
        self.status.setText(self.tr("已生成：{0}（及同名 Excel 文件）").format(self.pdf_path.name))

    def _failed(self, exc: Exception) -> None:
        self.generate_button.setEnabled(True)
        if isinstance(exc, ReportWriteError) and self.progress.cancelled.is_set():
            self.status.setText(self.tr("已取消。"))
            return
        QMessageBox.warning(self, self.tr("生成报告失败"), str(exc))

    def open_folder(self) -> None:
        if self.pdf_path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.pdf_path.parent)))

    def print_report(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QPrintDialog.Accepted:
            return
        painter = QPainter(printer)
        try:
            for page in range(self.document.pageCount()):
                if page:
                    printer.newPage()
                target = printer.pageRect(QPrinter.DevicePixel).toRect()
                image = self.document.render(page, QSize(target.width(), target.height()))
                painter.drawImage(target, image)
        finally:
            painter.end()
