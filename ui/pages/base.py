"""What every page offers the main window: a title and a refresh after data changes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget


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


class TabbedPage(Page):
    """A page of tabs that load when shown; Ctrl+N and Ctrl+F act on the current tab's record list."""

    def __init__(self, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(title))
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs)
        self.tabs.currentChanged.connect(lambda _i: self.refresh())
        QShortcut(QKeySequence.New, self, activated=self._new)
        QShortcut(QKeySequence.Find, self, activated=self._find)

    def add_tabs(self, tabs: list[tuple[QWidget, str]]) -> None:
        self.tabs.blockSignals(True)
        for widget, title in tabs:
            self.tabs.addTab(widget, title)
        self.tabs.blockSignals(False)

    def refresh(self) -> None:
        self.tabs.currentWidget().refresh()

    def _current_list(self):
        return getattr(self.tabs.currentWidget(), "list", None)

    def _new(self) -> None:
        """Ctrl+N: the tab's record list adds a record; a tab without one presses its add button."""
        if self._current_list() is not None:
            self._current_list().add_requested.emit()
            return
        add = getattr(self.tabs.currentWidget(), "add_button", None)
        if add is not None and add.isEnabled():
            add.click()

    def _find(self) -> None:
        if self._current_list() is not None:
            self._current_list().focus_search()
