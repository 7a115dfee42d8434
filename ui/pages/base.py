"""What every page offers the main window: a title and a refresh after data changes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


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


class PlannedPage(Page):
    """A page whose features arrive in a later release: it says plainly what it will hold."""

    def __init__(self, title: str, intro: str, features: list[str], parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(title))
        layout.addWidget(note(intro))
        items = "".join(f"<li>{f}</li>" for f in features)
        layout.addWidget(note(f"<p>{self.tr('本页将提供：')}</p><ul>{items}</ul>"))
        layout.addStretch(1)
