"""The report's look, after GB/T 9704-2012: A4, 37/28/35/26 mm margins, 2号 title, 3号 body, page
numbers as "— N —". Chinese faces come from the system when present, else the bundled open faces (pdf_fonts)."""

from __future__ import annotations

from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from reports.pdf_fonts import FONTS, faces

__all__ = ["FONTS", "LANDSCAPE", "MARGINS", "PAGE", "faces", "page_number", "styles"]

PAGE = A4
LANDSCAPE = landscape(A4)
MARGINS = {"top": 37 * mm, "left": 28 * mm, "bottom": 35 * mm, "right": 26 * mm}


def styles() -> dict[str, ParagraphStyle]:
    """3号 body with CJK line breaking; tables in a smaller size so they fit the portrait page."""

    def style(name: str, font: str, size: float, leading: float, **extra) -> ParagraphStyle:
        return ParagraphStyle(
            name, fontName=font, fontSize=size, leading=leading, wordWrap="CJK", **extra
        )

    return {
        "title": style("title", FONTS.title, 22, 34, alignment=TA_CENTER, spaceAfter=12),
        "subtitle": style("subtitle", FONTS.body, 16, 29, alignment=TA_CENTER),
        "h1": style("h1", FONTS.heading1, 16, 29, spaceBefore=6),
        "h2": style("h2", FONTS.heading2, 16, 29),
        "body": style("body", FONTS.body, 16, 29, firstLineIndent=32, alignment=TA_LEFT),
        "cell": style("cell", FONTS.body, 9, 12),
        "cell_head": style("cell_head", FONTS.heading1, 9, 12, alignment=TA_CENTER),
        "note": style("note", FONTS.body, 12, 20),
    }


def page_number(canvas, doc) -> None:
    """— N — centred in the bottom margin, 4号 (14 pt)."""
    canvas.saveState()
    canvas.setFont(FONTS.body, 14)
    width = canvas._pagesize[0]
    canvas.drawCentredString(width / 2, MARGINS["bottom"] / 2, f"— {doc.page} —")
    canvas.restoreState()
