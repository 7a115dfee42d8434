"""报告文字: what the user writes for a quarter's report (存在问题, 下步工作), kept with the quarter."""

from __future__ import annotations

from models.db.base import db
from models.db.report_notes import ReportNote
from models.validation import clean_text


def report_note(scope: str, year: int, quarter: int) -> tuple[str, str]:
    """The saved texts, or empty ones."""
    note = ReportNote.get_or_none(scope=scope, year=year, quarter=quarter)
    return (note.problems, note.next_steps) if note else ("", "")


def save_report_note(scope: str, year: int, quarter: int, problems: str, next_steps: str) -> None:
    problems = clean_text(problems, ReportNote.problems.verbose_name, 10_000)
    next_steps = clean_text(next_steps, ReportNote.next_steps.verbose_name, 10_000)
    from models.store.audit import write_entry

    with db.atomic():
        note = ReportNote.get_or_none(scope=scope, year=year, quarter=quarter)
        old = (note.problems, note.next_steps) if note else ("", "")
        if old != (problems, next_steps):
            write_entry(
                "update",
                "report_note",
                note.id if note else None,
                {"problems": [old[0], problems], "next_steps": [old[1], next_steps]},
                f"{scope}{year}年第{quarter}季度报告文字",
            )
        if note is None:
            ReportNote.create(
                scope=scope, year=year, quarter=quarter, problems=problems, next_steps=next_steps
            )
        else:
            note.problems, note.next_steps = problems, next_steps
            note.save()
