"""Errors of writing report files, importable without loading openpyxl or reportlab."""

from __future__ import annotations


class ReportWriteError(Exception):
    """A report file could not be written; the message says why in Chinese and names the path."""
