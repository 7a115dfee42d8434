"""Writing a report's two files into a folder, with clear errors when the folder is unusable."""

from __future__ import annotations

from pathlib import Path

from reports.errors import ReportWriteError, not_a_folder, os_reason
from reports.quarter_report import QuarterReport


def report_paths(report: QuarterReport, folder: Path) -> tuple[Path, Path]:
    base = folder / report.title
    return base.with_suffix(".pdf"), base.with_suffix(".xlsx")


def write_report_files(
    report: QuarterReport, folder: Path, cancelled=lambda: False
) -> tuple[Path, Path]:
    """PDF then Excel, each via a temporary name; a cancel between them leaves no half-written file."""
    from reports.report_pdf import write_pdf
    from reports.report_xlsx import write_xlsx

    folder = Path(folder)
    blocker = not_a_folder(folder)
    if blocker is not None:
        raise ReportWriteError(f"无法创建文件夹 {folder}：{blocker} 是一个文件，不是文件夹")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ReportWriteError(f"无法创建文件夹 {folder}：{os_reason(exc)}") from exc
    pdf, xlsx = report_paths(report, folder)
    try:
        write_pdf(report, pdf)
    except PermissionError as exc:
        raise ReportWriteError(f"无法写入 {pdf}：文件正被其他程序打开，或没有写入权限。") from exc
    except OSError as exc:
        raise ReportWriteError(f"无法写入 {pdf}：{os_reason(exc)}") from exc
    if cancelled():
        pdf.unlink(missing_ok=True)
        raise ReportWriteError("已取消，没有生成文件。")
    write_xlsx(report, xlsx)
    return pdf, xlsx
