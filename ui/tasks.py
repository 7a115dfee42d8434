"""Background work off the GUI thread; results come back to the GUI thread through a queued signal."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from models import db

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
        self.done.connect(self._finish_done)
        self.failed.connect(self._finish_failed)

    @Slot(object)
    def _finish_done(self, value: Any) -> None:
        _live.discard(self)
        self.on_done(value)

    @Slot(object)
    def _finish_failed(self, exc: Exception) -> None:
        _live.discard(self)
        self.on_error(exc)


class _Task(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay):
        super().__init__()
        self.fn = fn
        self.relay = relay

    def run(self) -> None:
        try:
            result = self.fn()
        except Exception as exc:  # handed to the GUI thread, never lost
            log.exception("background task failed")
            self.relay.failed.emit(exc)
        else:
            self.relay.done.emit(result)
        finally:
            # Pool threads live on: release this thread's own database connection.
            if db.obj is not None:
                db.close()


_live: set[_Relay] = set()


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
    relay = _Relay(on_done, on_error)
    _live.add(relay)
    if on_progress is not None:
        relay.progress.connect(on_progress)
        work = fn

        def fn():
            return work(relay.progress.emit)

    QThreadPool.globalInstance().start(_Task(fn, relay))
