"""Offscreen Qt before anything imports it, and a fresh database for every test through the real init."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.pop("ZHAOSHANG_DB", None)

from pathlib import Path

import pytest

from models.backup import backup_file
from models.database import close_database, open_database


@pytest.fixture(autouse=True)
def _isolated_qsettings(tmp_path):
    """Window state goes to the test's own folder, never the developer's ~/.config."""
    from PySide6.QtCore import QSettings

    QSettings.setDefaultFormat(QSettings.IniFormat)
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, str(tmp_path / "qsettings"))
    yield


@pytest.fixture(autouse=True)
def _no_unexpected_message_boxes(monkeypatch):
    """A message box nobody expected fails the test instead of waiting forever for a click."""
    from PySide6.QtWidgets import QMessageBox

    def unexpected(*args, **kwargs):
        raise AssertionError(f"unexpected message box: {args[1:3]}")

    for name in ("information", "warning", "critical", "question"):
        monkeypatch.setattr(QMessageBox, name, unexpected)


@pytest.fixture(autouse=True)
def _signed_out():
    """Each test starts as the default session (sign-in off, operating-system user)."""
    yield
    import models.users
    from models.audit import set_user

    models.users._session = models.users.Session(None, "admin")
    set_user(None)


@pytest.fixture(scope="session", autouse=True)
def _quiet_thread_pool():
    """Background tasks finish before the interpreter shuts down (a live Qt pool thread at exit can crash)."""
    yield
    from PySide6.QtCore import QThreadPool

    QThreadPool.globalInstance().waitForDone(30_000)


@pytest.fixture
def db_path(tmp_path) -> Path:
    return tmp_path / "zhaoshang.db"


@pytest.fixture
def database(db_path):
    """A new database: migrations applied and default configuration seeded, as users get it."""
    opened = open_database(db_path)
    yield opened
    close_database()


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory) -> Path:
    """The demo database built once per run; tests get their own copy of it."""
    from models.demo import load_demo

    path = tmp_path_factory.mktemp("demo") / "demo.db"
    open_database(path)
    load_demo()
    close_database()
    return path


@pytest.fixture
def demo_db(demo_template, tmp_path):
    """A private copy of the demo database, opened."""
    path = tmp_path / "demo.db"
    backup_file(demo_template, path)
    opened = open_database(path)
    yield opened
    close_database()
