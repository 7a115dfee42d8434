"""Regenerate the application icon's PNG and ICO files from resources/icons/zhaoshang.svg.

Run after editing the SVG: `.venv/bin/python packaging/make_icons.py`. Qt renders the SVG (the
same renderer the program would use), Pillow writes the Windows .ico with every size inside, so a
16-pixel taskbar icon is drawn for 16 pixels rather than shrunk by Windows.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ICONS_DIR = Path(__file__).resolve().parent.parent / "resources" / "icons"
SVG = ICONS_DIR / "zhaoshang.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256)


def png_path(size: int) -> Path:
    return ICONS_DIR / f"zhaoshang-{size}.png"


def render_pngs() -> list[Path]:
    """One PNG per size, rendered from the SVG at that size (not scaled down from a big one)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 - keeps Qt alive
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {SVG}")
    written = []
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        renderer.render(painter)
        painter.end()
        if not image.save(str(png_path(size)), "PNG"):
            raise SystemExit(f"cannot write {png_path(size)}")
        written.append(png_path(size))
    return written


def write_ico() -> Path:
    """A Windows icon holding each rendered size (Pillow picks the exact image per size)."""
    from PIL import Image

    images = [Image.open(png_path(size)).convert("RGBA") for size in SIZES]
    target = ICONS_DIR / "zhaoshang.ico"
    images[-1].save(
        target,
        format="ICO",
        sizes=[(size, size) for size in SIZES],
        append_images=images[:-1],
    )
    return target


def main() -> int:
    for path in [*render_pngs(), write_ico()]:
        print(f"{path.relative_to(ICONS_DIR.parent.parent)}  {path.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
