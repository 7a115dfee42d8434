"""What every page offers the main window: a title and a refresh after data changes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget


class Page(QWidget):
    """A page in the navigation; refresh() reloads what it shows from the database."""

    def refresh(self) -> None:
        """Reload from the database; pages with data override this."""


def heading(text: str) -> QLabel:
    """A page title in the house style."""
    label = QLabel(text)
    label.setObjectName("pageHeading")
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.5)
    font.setBold(True)
    label.setFont(font)
    return label


def note(text: str) -> QLabel:
    """Explanatory text that wraps and can be selected."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextSelectableByMouse)
    label.setAlignment(Qt.AlignTop | Qt.AlignLeft)
    return label
