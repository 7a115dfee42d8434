"""The import arrows of ARCHITECTURE.md, checked on the source so they cannot drift."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

FORBIDDEN = {
    "models": {"PySide6", "shiboken6", "ui", "reports"},
    "reports": {"PySide6", "shiboken6", "ui"},
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
