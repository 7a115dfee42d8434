"""报表 page: texts kept with the quarter, generation off the GUI thread, the PDF shown in the preview."""

from __future__ import annotations

from models.store.report_notes import report_note
from tests.helpers import D
from ui.pages.reports import ReportsPage


def test_generate_from_the_page_keeps_texts_and_previews_the_pdf(qtbot, demo_db, tmp_path):
    page = ReportsPage(D(2020, 7, 10))
    qtbot.addWidget(page)
    page.show()
    assert (page.year_spin.value(), page.quarter_combo.currentData()) == (2020, 2)
    page.unit_combo.setCurrentIndex(page.unit_combo.findText("襄州区"))
    page.refresh()
    assert "襄州区2020年第二季度招商引资工作调度报告" in page.summary.text()
    page.folder_edit.setText(str(tmp_path / "报告"))
    page.problems_edit.setPlainText("部分项目供地滞后")
    page.next_edit.setPlainText("开展长三角专题招商")
    page.generate()
    qtbot.waitUntil(
        lambda: page.pdf_path is not None and page.generate_button.isEnabled(), timeout=60_000
    )
    assert page.pdf_path.exists() and page.xlsx_path.exists()
    assert page.document.pageCount() >= 3
    assert page.print_button.isEnabled()
    assert report_note("襄州区", 2020, 2) == ("部分项目供地滞后", "开展长三角专题招商")
    page.quarter_combo.setCurrentIndex(0)
    assert page.problems_edit.toPlainText().startswith("1. ")  # drafted, nothing saved
    page.quarter_combo.setCurrentIndex(1)
    assert page.problems_edit.toPlainText() == "部分项目供地滞后"


def test_typed_text_is_kept_when_switching_quarters(qtbot, demo_db):
    page = ReportsPage(D(2020, 7, 10))
    qtbot.addWidget(page)
    page.refresh()
    page.problems_edit.setPlainText("招商引资项目落地慢")
    page.quarter_combo.setCurrentIndex(0)
    assert page.problems_edit.toPlainText().startswith("1. ")  # drafted, nothing saved
    page.quarter_combo.setCurrentIndex(1)
    assert page.problems_edit.toPlainText() == "招商引资项目落地慢"


def test_a_failed_build_is_reported_not_taken_for_a_cancel(qtbot, demo_db, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warnings.append(a[2]))
    blocker = tmp_path / "file"
    blocker.write_text("x")
    page = ReportsPage(D(2020, 7, 10))
    qtbot.addWidget(page)
    page.refresh()
    page.folder_edit.setText(str(blocker / "sub"))
    page.generate()
    qtbot.waitUntil(lambda: page.generate_button.isEnabled(), timeout=60_000)
    assert warnings and "无法创建文件夹" in warnings[0]
    assert page.status.text() != "已取消。"
