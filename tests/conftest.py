"""Offscreen Qt before anything imports it, and a fresh database for every test through the real init."""

from __future__ import annotations

import itertools
import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.pop("ZHAOSHANG_DB", None)

from pathlib import Path

import pytest

from models.db.backup import backup_file
from models.db.database import close_database, open_database


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
    import models.store.users
    from models.store.audit import set_user

    models.store.users._session = models.store.users.Session(None, "admin")
    set_user(None)


@pytest.fixture(scope="session", autouse=True)
def _quiet_thread_pool():
    """Background tasks finish before the interpreter shuts down (a live Qt pool thread at exit can crash)."""
    yield
    from PySide6.QtCore import QThreadPool

    QThreadPool.globalInstance().waitForDone(30_000)


def pytest_addoption(parser):
    parser.addoption(
        "--engine",
        choices=("sqlite", "postgresql"),
        default="sqlite",
        help="the database the `database` and `demo_db` fixtures open (postgresql needs "
        "ZHAOSHANG_TEST_PG, set by tools/with-postgres.sh)",
    )


def pytest_configure(config):
    config.addinivalue_line(
        "markers", "sqlite_only: about the SQLite file itself (not run on a server)"
    )
    config.addinivalue_line(
        "markers",
        "server: data-layer and report tests that run a second time on a throw-away PostgreSQL "
        "server (make test, through tools/with-postgres.sh)",
    )


def pytest_report_header(config):
    return f"database engine: {config.getoption('--engine')}"


def pytest_collection_modifyitems(config, items):
    if config.getoption("--engine") == "sqlite":
        return
    if not os.environ.get("ZHAOSHANG_TEST_PG"):
        raise pytest.UsageError(
            "--engine postgresql needs ZHAOSHANG_TEST_PG (tools/with-postgres.sh)"
        )
    # Only the tests marked server run there; the rest are about the window or the file.
    kept = [item for item in items if "server" in item.keywords]
    config.hook.pytest_deselected(items=[item for item in items if "server" not in item.keywords])
    items[:] = kept
    skip = pytest.mark.skip(reason="about the SQLite file itself")
    for item in items:
        if "sqlite_only" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def engine(request) -> str:
    return request.config.getoption("--engine")


class _Server:
    """The test server: each test gets its own database, copied from a prepared template."""

    def __init__(self, url: str):
        self.url = url
        self.names = itertools.count(1)

    def admin(self, sql: str) -> None:
        import psycopg

        with psycopg.connect(self.url, autocommit=True) as con:
            con.execute(sql)

    def url_of(self, name: str) -> str:
        return self.url.rsplit("/", 1)[0] + "/" + name

    def fresh(self, template: str | None = None) -> str:
        """A new, empty (or template-copied) database's URL."""
        name = f"t{os.getpid()}_{next(self.names)}"
        self.admin(f'DROP DATABASE IF EXISTS "{name}"')
        self.admin(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else ""))
        return self.url_of(name)


@pytest.fixture(scope="session")
def server(engine):
    if engine != "postgresql":
        return None
    return _Server(os.environ["ZHAOSHANG_TEST_PG"])


def _template(server: _Server, name: str, fill) -> str:
    """Build a template database once per run (migrated, seeded, filled) and return its name."""
    url = server.fresh()
    open_database(url)
    fill()
    close_database()
    server.admin(f'ALTER DATABASE "{url.rsplit("/", 1)[1]}" RENAME TO "{name}"')
    return name


@pytest.fixture(scope="session")
def empty_template(server):
    return _template(server, f"empty_{os.getpid()}", lambda: None) if server else None


@pytest.fixture
def db_path(tmp_path) -> Path:
    return tmp_path / "zhaoshang.db"


@pytest.fixture
def db_target(db_path, server, empty_template):
    """Where the test's database lives: a file, or (--engine postgresql) a fresh server database."""
    return server.fresh(empty_template) if server else db_path


@pytest.fixture
def database(db_target):
    """A new database: migrations applied and default configuration seeded, as users get it."""
    opened = open_database(db_target)
    yield opened
    close_database()


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory, server):
    """The demo database built once per run; tests get their own copy of it."""
    from models.store.demo import load_demo

    if server:
        return _template(server, f"demo_{os.getpid()}", load_demo)
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    open_database(path)
    load_demo()
    close_database()
    return path


@pytest.fixture
def demo_db(demo_template, tmp_path, server):
    """A private copy of the demo database, opened."""
    if server:
        target = server.fresh(demo_template)
    else:
        target = tmp_path / "demo.db"
        backup_file(demo_template, target)
    opened = open_database(target)
    yield opened
    close_database()
