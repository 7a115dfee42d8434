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
    "models.store.demo",  # 首次使用's demo data
    "reports.indicators",  # the dashboard's indicator tab, built when opened
)


@pytest.mark.sqlite_only
def test_the_window_starts_without_what_it_does_not_show(tmp_path):
    """The program through its entry point, up to its event loop with the window shown."""
    import os
    import subprocess
    import sys

    from models.db.database import close_database, open_database
    from models.store.settings import HOME_UNIT_KEY, set_setting

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


# The rooms inside models/ (ARCHITECTURE.md): tables at the bottom, the stores the only writers.
TABLES_ROOM = "models.db"
ABOVE_TABLES = ("models.store", "models.queries", "models.ledger", "models.restore")
LEAVES = {"models.vocab", "models.validation", "models.money", "models.names", "models.search"}


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imported_modules(path: Path, known: set[str]) -> set[str]:
    """Every module of the program this file imports, at the top or inside a function."""
    name = module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            candidates = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(parts + ([base] if base else []))
            candidates = [f"{base}.{alias.name}" for alias in node.names] + [base]
        else:
            continue
        for candidate in candidates:
            while candidate and candidate not in known:
                candidate = candidate.rpartition(".")[0]
            if candidate and candidate != name:
                found.add(candidate)
                break
    return found


def import_graph(*packages: str) -> dict[str, set[str]]:
    files = {module_name(f): f for p in packages for f in (ROOT / p).rglob("*.py")}
    return {name: imported_modules(f, set(files)) for name, f in files.items()}


def import_circles(graph: dict[str, set[str]]) -> list[set[str]]:
    """The strongly connected groups of modules (Tarjan), largest first."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    circles: list[set[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in graph[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            circle = set()
            while True:
                w = stack.pop()
                on_stack.discard(w)
                circle.add(w)
                if w == v:
                    break
            circles.append(circle)

    for v in graph:
        if v not in index:
            visit(v)
    return sorted(circles, key=len, reverse=True)


def test_the_tables_room_imports_nothing_above_it():
    graph = import_graph("models")
    offenders = {
        name: sorted(d for d in deps if d.startswith(ABOVE_TABLES) or d == "models")
        for name, deps in graph.items()
        if name.startswith(TABLES_ROOM)
    }
    assert {k: v for k, v in offenders.items() if v} == {}


def test_no_import_circle_of_more_than_four_modules():
    """Counting imports inside functions too: a lazy import is still an arrow."""
    circles = import_circles(import_graph("models", "reports", "cli", "ui"))
    assert [sorted(c) for c in circles if len(c) > 4] == []


def test_the_circle_finder_sees_a_lazy_import(tmp_path):
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert import_circles(graph)[0] == {"a", "b", "c"}


def test_models_keeps_at_most_fifteen_files_at_its_top():
    assert len(list((ROOT / "models").glob("*.py"))) <= 15


# Writing: a table's class methods that change rows, and SQL that does.
WRITE_METHODS = {
    "create",
    "insert",
    "insert_many",
    "insert_from",
    "replace",
    "replace_many",
    "bulk_create",
    "bulk_update",
    "update",
    "delete",
    "delete_where",
    "update_where",
    "write",
    "get_or_create",
}
WRITE_SQL = ("insert ", "update ", "delete ", "replace ")
# Writers outside store/: the migrations (the schema and its triggers) and the generic INSERT
# that RecordModel.save runs for every store.
MAY_WRITE = ("models/store/", "models/db/migrations/", "models/db/base.py")


def writes_in(path: Path, tables: set[str]) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            receiver = node.func.value
            if (
                isinstance(receiver, ast.Name)
                and receiver.id in tables
                and node.func.attr in WRITE_METHODS
            ):
                found.append(f"{receiver.id}.{node.func.attr} (line {node.lineno})")
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            if node.value.lstrip().lower().startswith(WRITE_SQL) and " " in node.value.strip():
                if any(w in node.value.upper() for w in (" INTO ", " SET ", " FROM ")):
                    found.append(f"SQL {node.value.strip()[:30]!r} (line {node.lineno})")
    return found


def test_only_the_stores_write():
    import models

    tables = {m.__name__ for m in models.ALL_MODELS}
    offenders = {}
    for package in ("models", "reports", "cli", "ui"):
        for f in (ROOT / package).rglob("*.py"):
            where = str(f.relative_to(ROOT))
            if where.startswith(MAY_WRITE):
                continue
            found = writes_in(f, tables)
            if found:
                offenders[where] = found
    assert offenders == {}


def test_the_write_finder_sees_a_write(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text('Trip.create(x=1)\nq("UPDATE trip SET x = 1")\n"update the list"\n')
    assert len(writes_in(sample, {"Trip"})) == 2
