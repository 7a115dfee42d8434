"""审计日志 as an Excel file: the filtered log, one change per row, every cell plain text."""

from __future__ import annotations

from pathlib import Path

from models.queries.audit import AuditRow
from reports.xlsx_common import new_workbook, save_atomically, write_table

HEADERS = ["时间", "用户", "操作", "类别", "记录", "记录编号", "变更内容", "原因"]


def write_audit_log(path: Path, rows: list[AuditRow], title: str = "审计日志") -> Path:
    """User text stays text (a label starting with = is never a formula), as in every export."""
    book = new_workbook()
    write_table(
        book.create_sheet("审计日志"),
        title,
        HEADERS,
        [
            [
                r.at.strftime("%Y-%m-%d %H:%M:%S"),
                r.user,
                r.action_name,
                r.table_name,
                r.label,
                r.record_id if r.record_id is not None else "",
                r.describe_changes(),
                r.reason,
            ]
            for r in rows
        ],
    )
    return save_atomically(book, Path(path))
