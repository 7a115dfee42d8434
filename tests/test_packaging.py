"""The pieces the installer bundle relies on, checked without running PyInstaller: the icon, the one
version, and the spec's list of data files (a file missing from it fails only in the frozen program)."""

from __future__ import annotations

import ast
import configparser
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
SPEC = ROOT / "packaging" / "zhaoshang.spec"
SIZES = (16, 24, 32, 48, 64, 128, 256)


def setup_cfg_version() -> str:
    cfg = configparser.ConfigParser()
    cfg.read(ROOT / "setup.cfg", encoding="utf-8")
    return cfg.get("metadata", "version")


def test_icon_files_load_in_every_size(qapp):
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QIcon

    from ui.app import app_icon

    assert (ICONS / "zhaoshang.svg").is_file()
    for size in SIZES:
        png = ICONS / f"zhaoshang-{size}.png"
        assert not QIcon(str(png)).pixmap(QSize(size, size)).isNull(), png
    icon = app_icon()
    assert not icon.isNull()
    assert {(s.width(), s.height()) for s in icon.availableSizes()} == {(s, s) for s in SIZES}


def test_windows_icon_holds_every_size():
    from PIL import Image

    with Image.open(ICONS / "zhaoshang.ico") as ico:
        assert {(s, s) for s in SIZES} <= set(ico.info["sizes"])


def test_application_has_the_window_icon(qapp):
    from ui.app import make_application

    app = make_application()
    assert not app.windowIcon().isNull()


def test_version_comes_from_setup_cfg():
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--version"],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert result.stdout.strip() == f"zhaoshang {setup_cfg_version()}"


class _Built:
    """Stands in for PyInstaller's build steps, so the spec's own code runs as in a build."""

    def __init__(self, *args, **kwargs):
        self.args, self.kwargs = args, kwargs
        self.binaries, self.datas, self.pure, self.scripts = [], [], [], []


@pytest.fixture(scope="module")
def spec() -> dict:
    """The spec's globals after running it with the build steps stubbed out."""
    names = {"SPECPATH": str(SPEC.parent), "__file__": str(SPEC)}
    names.update(dict.fromkeys(("Analysis", "PYZ", "EXE", "COLLECT"), _Built))
    exec(compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec"), names)
    return names


def bundled(spec: dict, folder: str) -> set[str]:
    """Names of the files the spec puts into this folder of the bundle."""
    return {Path(source).name for source, target in spec["DATAS"] if target == folder}


def test_spec_bundles_migrations_fonts_defaults_icons_and_version(spec):
    from models.db.database import MIGRATIONS_DIR

    # models/db/database.py finds its migrations beside itself: the bundle keeps that layout.
    assert MIGRATIONS_DIR == ROOT / "models" / "db" / "migrations"
    migrations = {p.name for p in MIGRATIONS_DIR.glob("[0-9]*.py")}
    assert migrations and bundled(spec, "models/db/migrations") == migrations
    assert bundled(spec, "resources/fonts") == {
        p.name for p in (ROOT / "resources" / "fonts").iterdir()
    }
    assert bundled(spec, "resources/defaults") == {
        p.name for p in (ROOT / "resources" / "defaults").glob("*.json")
    }
    assert {f"zhaoshang-{s}.png" for s in SIZES} | {"zhaoshang.ico"} <= bundled(
        spec, "resources/icons"
    )
    assert bundled(spec, ".") == {"setup.cfg"}
    # Translations: whatever .qm files exist (none is fine).
    assert bundled(spec, "resources/translations") == {
        p.name for p in (ROOT / "resources" / "translations").glob("*.qm")
    }


def test_spec_keeps_every_qt_module_the_program_imports(spec):
    used = set()
    for path in [ROOT / "main.py", *(ROOT / "ui").rglob("*.py")]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("PySide6."):
                used.add(node.module)
    assert {"PySide6.QtPdf", "PySide6.QtPdfWidgets", "PySide6.QtPrintSupport"} <= used
    assert not used & set(spec["EXCLUDES"])
    for module in used:
        name = module.split(".")[1]
        assert not spec["unused"](f"PySide6/Qt/lib/lib{name.replace('Qt', 'Qt6', 1)}.so.6")
        assert not spec["unused"](f"PySide6/{name}.abi3.so")
    assert spec["unused"]("PySide6/Qt/lib/libQt6Quick.so.6")
    assert spec["unused"]("PySide6/Qt/translations/qtbase_de.qm")
    assert not spec["unused"]("PySide6/Qt/translations/qtbase_zh_CN.qm")


def test_windows_installer_uses_the_bundle_version_and_icon_and_keeps_user_data():
    iss = (ROOT / "packaging" / "zhaoshang.iss").read_text(encoding="utf-8-sig")
    assert 'ReadIni(Root + "setup.cfg", "metadata", "version"' in iss
    assert "SetupIconFile={#Root}resources\\icons\\zhaoshang.ico" in iss
    # The Start-menu entry opens the windowed executable the spec builds on Windows.
    assert '#define AppExe "zhaoshang-desk.exe"' in iss
    assert 'name="zhaoshang-desk"' in SPEC.read_text(encoding="utf-8")
    sections = {line.strip() for line in iss.splitlines() if line.startswith("[")}
    assert {"[Setup]", "[Languages]", "[Files]", "[Icons]", "[Tasks]"} <= sections
    # Uninstalling removes only what was installed: never the data folder.
    assert not sections & {"[UninstallDelete]", "[UninstallRun]"}
    assert "localappdata" not in iss.lower().replace("%localappdata%", "")
