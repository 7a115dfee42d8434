"""The application icon: every size renders, and every window gets it."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256)


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
