"""Background work off the GUI thread; results come back to the GUI thread through a queued signal.

A relay (the QObject the worker signals through) belongs to the GUI thread and must also die
there: if the worker held the last reference, Qt would destroy it on the worker thread while the
GUI thread may still be delivering its queued signals — a crash. So the worker lets go of
everything first and only then says it has finished, and the GUI thread hands finished relays to
deleteLater(), which destroys them from the event loop, never inside one of their own slots.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from models.db.base import db

log = logging.getLogger(__name__)


class _Relay(QObject):
    """Lives on the GUI thread; its slots run there because the worker's emits are queued to it."""

    done = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int)

    def __init__(self, on_done: Callable[[Any], None], on_error: Callable[[Exception], None]):
        super().__init__()
        self.on_done = on_done
        self.on_error = on_error
        self.handled = False
        self.released = False
        self.worker_gone = threading.Event()
        self.done.connect(self._finish_done)
        self.failed.connect(self._finish_failed)

    @Slot(object)
    def _finish_done(self, value: Any) -> None:
        self.handled = True
        try:
            self.on_done(value)
        finally:
            _release_finished()

    @Slot(object)
    def _finish_failed(self, exc: Exception) -> None:
        self.handled = True
        try:
            self.on_error(exc)
        finally:
            _release_finished()


class _Task(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay):
        super().__init__()
        self.fn = fn
        self.relay = relay
        self.gone = relay.worker_gone

    def run(self) -> None:
        fn, relay = self.fn, self.relay
        self.fn = self.relay = None
        try:
            result = fn()
        except Exception as exc:  # handed to the GUI thread, never lost
            log.exception("background task failed")
            relay.failed.emit(exc)
        else:
            relay.done.emit(result)
        finally:
            # Pool threads live on: release this thread's own database connection.
            if db.obj is not None:
                db.close()
            fn = relay = result = None  # every reference gone before saying so
            self.gone.set()


_live: list[_Relay] = []


def _release_finished() -> None:
    """Hand to deleteLater the relays whose result was handled and whose worker let go (GUI thread)."""
    keep = []
    for relay in _live:
        if not shiboken6.isValid(relay):
            continue  # the event loop has deleted it; the wrapper can go
        if relay.handled and relay.worker_gone.is_set() and not relay.released:
            relay.released = True
            relay.deleteLater()
        keep.append(relay)
    _live[:] = keep


def run_task(
    fn: Callable[..., Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[Exception], None],
    on_progress: Callable[[int, int], None] | None = None,
) -> None:
    """Run fn on the thread pool; on_done / on_error run on the GUI thread, where widgets are safe.

    With on_progress, fn is given a report(done, total) function whose calls reach on_progress on
    the GUI thread.
    """
    _release_finished()
    relay = _Relay(on_done, on_error)
    _live.append(relay)
    if on_progress is not None:
        relay.progress.connect(on_progress)
        work, emit = fn, relay.progress.emit

        def fn():
            return work(emit)

    QThreadPool.globalInstance().start(_Task(fn, relay))


def busy_notice(text: str, title: str = "", parent=None):
    """A modal note shown while work runs on the GUI thread (opening or restoring a database, which
    must not share the database with a worker), so a long wait is not taken for a hang."""
    from PySide6.QtWidgets import QApplication, QProgressDialog

    notice = QProgressDialog(text, "", 0, 0, parent)
    if title:
        notice.setWindowTitle(title)
    notice.setCancelButton(None)
    notice.setMinimumDuration(0)
    notice.show()
    QApplication.processEvents()
    return notice


@dataclass
class Progress:
    """A task running behind a progress dialog; cancelled is set by the dialog's cancel button."""

    dialog: Any  # the QProgressDialog, until the task ends
    cancelled: threading.Event


def run_with_progress(
    parent,
    text: str,
    fn: Callable[[Callable[[int, int], None], threading.Event], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[Exception], None],
    cancel_text: str = "",
    show_after: int = 300,
) -> Progress:
    """run_task behind a window-modal progress dialog and the wait cursor: fn(report, cancelled)
    reports progress and watches cancelled, set by the dialog's cancel button (none without
    cancel_text); work that stops on a cancel raises, and on_error can ask the returned
    Progress whether it was cancelled. The dialog shows after show_after ms (0: at once) and
    closes before on_done or on_error runs."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QProgressDialog

    cancelled = threading.Event()
    dialog = QProgressDialog(text, cancel_text, 0, 0, parent)
    dialog.setWindowModality(Qt.WindowModal)
    dialog.setMinimumDuration(show_after)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    if not cancel_text:
        dialog.setCancelButton(None)
    dialog.canceled.connect(cancelled.set)
    if show_after == 0:
        dialog.show()
    QGuiApplication.setOverrideCursor(Qt.WaitCursor)

    def progress(done: int, total: int) -> None:
        if dialog.maximum() != total:
            dialog.setMaximum(total)
        dialog.setValue(done)

    def finish() -> None:
        QGuiApplication.restoreOverrideCursor()
        dialog.canceled.disconnect(cancelled.set)  # closing the dialog emits canceled
        dialog.close()
        dialog.deleteLater()

    def done(value: Any) -> None:
        finish()
        on_done(value)

    def failed(exc: Exception) -> None:
        finish()
        on_error(exc)

    run_task(lambda report: fn(report, cancelled), done, failed, progress)
    return Progress(dialog, cancelled)
