"""Date pickers the same everywhere: calendar popup, ISO display, datetime.date in and out."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QDateEdit, QWidget


def quarter_numeral(quarter: int) -> str:
    """一 … 四 in 第一季度; 1 … 4 in the English interface."""
    return QCoreApplication.translate("Quarter", "一二三四")[quarter - 1]


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def to_date(qdate: QDate) -> dt.date:
    return dt.date(qdate.year(), qdate.month(), qdate.day())


def date_edit(day: dt.date | None = None, parent: QWidget | None = None) -> QDateEdit:
    """A date field with a calendar popup showing 2020-04-01."""
    edit = QDateEdit(parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setMinimumDate(QDate(2000, 1, 1))
    edit.setMaximumDate(QDate(2100, 12, 31))
    edit.setDate(to_qdate(day or dt.date.today()))
    return edit
