"""The report's look, after GB/T 9704-2012: A4, 37/28/35/26 mm margins, 2号 title, 3号 body, page
numbers as "— N —". Chinese faces come from the system when present, else the bundled font."""

from __future__ import annotations

import os
from pathlib import Path

from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from resources import CJK_FONT

PAGE = A4
LANDSCAPE = landscape(A4)
MARGINS = {"top": 37 * mm, "left": 28 * mm, "bottom": 35 * mm, "right": 26 * mm}
BUNDLED = "WenQuanYiMicroHei"

# Faces a government PC usually has (Windows file names, also found in Linux font folders).
_WANTED = {
    "title": ("FZXBSJW.TTF", "simhei.ttf"),  # 方正小标宋, else 黑体
    "body": ("simfang.ttf",),  # 仿宋
    "heading": ("simhei.ttf",),  # 黑体
    "subheading": ("simkai.ttf",),  # 楷体
}
_FONT_DIRS = (
    Path(os.environ.get("WINDIR", "C:/Windows")) / "Fonts",
    Path("/usr/share/fonts"),
    Path("/usr/local/share/fonts"),
    Path.home() / ".fonts",
)


def _find(filename: str) -> Path | None:
    for folder in _FONT_DIRS:
        if not folder.is_dir():
            continue
        direct = folder / filename
        if direct.is_file():
            return direct
        for found in folder.rglob(filename):
            return found
    return None


_faces: dict[str, str] = {}


def faces() -> dict[str, str]:
    """Role → registered font name; every role falls back to the bundled WenQuanYi Micro Hei."""
    if _faces:
        return _faces
    if BUNDLED not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(BUNDLED, str(CJK_FONT), subfontIndex=0))
    for role, names in _WANTED.items():
        _faces[role] = BUNDLED
        for filename in names:
            path = _find(filename)
            if path is None:
                continue
            name = f"Sys-{Path(filename).stem}"
            try:
                if name not in pdfmetrics.getRegisteredFontNames():
                    pdfmetrics.registerFont(TTFont(name, str(path)))
            except Exception:  # an unreadable system font: keep the bundled one
                continue
            _faces[role] = name
            break
    return _faces


def styles() -> dict[str, ParagraphStyle]:
    """3号 body with CJK line breaking; tables in a smaller size so they fit the portrait page."""
    f = faces()

    def style(name: str, font: str, size: float, leading: float, **extra) -> ParagraphStyle:
        return ParagraphStyle(
            name, fontName=f[font], fontSize=size, leading=leading, wordWrap="CJK", **extra
        )

    return {
        "title": style("title", "title", 22, 34, alignment=TA_CENTER, spaceAfter=12),
        "subtitle": style("subtitle", "body", 16, 29, alignment=TA_CENTER),
        "h1": style("h1", "heading", 16, 29, spaceBefore=6),
        "h2": style("h2", "subheading", 16, 29),
        "body": style("body", "body", 16, 29, firstLineIndent=32, alignment=TA_LEFT),
        "cell": style("cell", "body", 9, 12),
        "cell_head": style("cell_head", "heading", 9, 12, alignment=TA_CENTER),
        "note": style("note", "body", 12, 20),
    }


def page_number(canvas, doc) -> None:
    """— N — centred in the bottom margin, 4号 (14 pt)."""
    canvas.saveState()
    canvas.setFont(faces()["body"], 14)
    width = canvas._pagesize[0]
    canvas.drawCentredString(width / 2, MARGINS["bottom"] / 2, f"— {doc.page} —")
    canvas.restoreState()
