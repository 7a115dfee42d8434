"""The import arrows of ARCHITECTURE.md, checked on the source so they cannot drift."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

FORBIDDEN = {
    "models": {"PySide6", "shiboken6", "ui", "reports", "cli"},
    "reports": {"PySide6", "shiboken6", "ui", "cli"},
    # The command line is an interface beside the window: it never reaches into Qt.
    "cli": {"PySide6", "shiboken6", "ui"},
    # The UI asks models/ and reports/ for data; it never runs SQL itself.
    "ui": {"peewee", "playhouse", "sqlite3"},
}


def imported_roots(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    roots = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            roots.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            roots.add(node.module.split(".")[0])
    return roots


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_package_keeps_its_import_rules(package):
    files = sorted((ROOT / package).rglob("*.py"))
    assert files, f"{package}/ has no Python files"
    offenders = {
        str(f.relative_to(ROOT)): sorted(imported_roots(f) & FORBIDDEN[package]) for f in files
    }
    assert {k: v for k, v in offenders.items() if v} == {}


def test_the_checker_sees_imports(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text("import PySide6.QtCore\nfrom ui.app import x\nfrom . import y\n")
    assert imported_roots(sample) == {"PySide6", "ui"}


def test_startup_does_not_import_heavy_report_libraries():
    """openpyxl and reportlab cost ~0.5 s to import: only the code that writes files may load them."""
    for package in ("models", "ui"):
        for f in (ROOT / package).rglob("*.py"):
            assert not imported_roots(f) & {"openpyxl", "reportlab"}, f
    assert not imported_roots(ROOT / "main.py") & {"openpyxl", "reportlab", "PySide6"}


def test_opening_the_window_loads_no_report_writer():
    """Start-up stays fast: openpyxl and reportlab load only when a file is written."""
    import subprocess
    import sys

    code = (
        "import sys, ui.main_window;"
        "print(','.join(m for m in ('openpyxl', 'reportlab') if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""


# What a start-up on an up-to-date file must not load: each costs milliseconds to a tenth of a
# second at every start, and is needed only when its feature is used.
NOT_AT_START_UP = (
    "openpyxl",  # writing Excel
    "reportlab",  # writing PDF
    "psycopg",  # a server database
    "playhouse.migrations",  # a database to upgrade
    "importlib.metadata",  # the version (关于, --version)
    "models.demo",  # 首次使用's demo data
    "reports.indicators",  # the dashboard's indicator tab, built when opened
)


@pytest.mark.sqlite_only
def test_the_window_starts_without_what_it_does_not_show(tmp_path):
    """The program through its entry point, up to its event loop with the window shown."""
    import os
    import subprocess
    import sys

    from models.config import HOME_UNIT_KEY, set_setting
    from models.database import close_database, open_database

    path = tmp_path / "county.db"
    open_database(path)
    set_setting(HOME_UNIT_KEY, "襄州区")  # no 首次使用 dialog
    close_database()
    code = f"""
import os, sys
import ui.app
from PySide6.QtCore import QTimer

real = ui.app.make_application

def make_application():
    app = real()

    def report():
        shown = [w for w in app.topLevelWidgets() if w.isVisible()]
        loaded = [m for m in {NOT_AT_START_UP!r} if m in sys.modules]
        print(len(shown), ",".join(loaded), flush=True)
        os._exit(0)

    QTimer.singleShot(0, report)
    return app

ui.app.make_application = make_application
import main
main.main(["--db", {str(path)!r}])
"""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60, env=env
    )
    assert result.returncode == 0, result.stderr
    windows, loaded = result.stdout.split(" ", 1) if " " in result.stdout else (result.stdout, "")
    assert int(windows) >= 1 and loaded.strip() == ""
