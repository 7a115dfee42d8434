"""What every page offers the main window: a title, and a reload when data it shows changed."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from ui.changes import Changes


def shown_kinds(view: QWidget) -> frozenset[str]:
    """The kinds of record a view shows (its `shows`; nothing for a view without data)."""
    return getattr(view, "shows", frozenset())


def _within(origin: QObject | None, view: QWidget) -> bool:
    """Whether origin is view or opened from it (a dialog's parent chain crosses windows)."""
    while origin is not None:
        if origin is view:
            return True
        origin = origin.parent()
    return False


class Page(QWidget):
    """A page in the navigation, made of views that load separately (its tabs, or the page itself).

    A view loads when first shown and again only when shown after a change to a kind of record it
    shows (stale), or at once when such a change comes while it is on screen; refresh() reloads the
    current view regardless (视图 → 刷新).
    """

    shows: frozenset[str] = frozenset()  # for a page that is one view
    tabs: QTabWidget | None = None  # a page of tabs: each tab is a view

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._fresh: set[QWidget] = set()

    def views(self) -> list[QWidget]:
        if self.tabs is None:
            return [self]
        return [self.tabs.widget(i) for i in range(self.tabs.count())]

    def current_view(self) -> QWidget:
        return self if self.tabs is None else self.tabs.currentWidget()

    def reload_view(self, view: QWidget) -> None:
        """Reload one view from the database; pages with data override this."""

    def refresh(self) -> None:
        view = self.current_view()
        self.reload_view(view)
        self._fresh.add(view)

    def is_stale(self, view: QWidget) -> bool:
        return view not in self._fresh

    def show_current(self) -> None:
        """The page or one of its tabs came into sight: load the view if it is stale."""
        if self.is_stale(self.current_view()):
            self.refresh()

    def on_data_changed(self, changes: Changes, origin: QObject | None = None) -> None:
        """Views showing a changed kind go stale, the one on screen reloads now; the view the
        change came from (a list whose dialog saved) has shown it itself."""
        views = self.views()
        source = next((view for view in views if _within(origin, view)), None)
        if source is None and _within(origin, self):  # a dialog the page itself opened
            source = self.current_view()
        for view in views:
            if view is source or not changes.touches(shown_kinds(view)):
                continue
            self._fresh.discard(view)
            if view is self.current_view() and view.isVisible():
                self.refresh()


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
        self.tabs.currentChanged.connect(lambda _i: self.show_current())
        QShortcut(QKeySequence.New, self, activated=self._new)
        QShortcut(QKeySequence.Find, self, activated=self._find)

    def add_tabs(self, tabs: list[tuple[QWidget, str]]) -> None:
        self.tabs.blockSignals(True)
        for widget, title in tabs:
            self.tabs.addTab(widget, title)
        self.tabs.blockSignals(False)

    def reload_view(self, view: QWidget) -> None:
        view.refresh()

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
