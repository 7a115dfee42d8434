"""The report's look, after GB/T 9704-2012: A4, 37/28/35/26 mm margins, 2号 title, 3号 body, page
numbers as "— N —". Chinese faces come from the system when present, else the bundled open faces (pdf_fonts)."""

from __future__ import annotations

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from reports.pdf_fonts import FONTS, faces

__all__ = ["FONTS", "LANDSCAPE", "MARGINS", "PAGE", "faces", "page_number", "styles"]

PAGE = A4
LANDSCAPE = landscape(A4)
MARGINS = {"top": 37 * mm, "left": 28 * mm, "bottom": 35 * mm, "right": 26 * mm}


# Which face each style uses: the one place to change when a face is swapped.
FACE_OF = {"title": "title", "body": "body", "h1": "heading1", "h2": "heading2", "table": "body"}

TEXT_WIDTH = PAGE[0] - MARGINS["left"] - MARGINS["right"]  # 156 mm
TEXT_HEIGHT = PAGE[1] - MARGINS["top"] - MARGINS["bottom"]  # 225 mm
BODY_SIZE = 16  # 3号
CHARS_PER_LINE = 28
LINES_PER_PAGE = 22
PITCH = TEXT_WIDTH / CHARS_PER_LINE  # a character's advance: 28 to the line
CHAR_SPACE = PITCH - BODY_SIZE  # slightly negative: 28 characters of 3号 fill 156 mm
LEADING = (TEXT_HEIGHT - 0.01) / LINES_PER_PAGE  # 22 lines fill 225 mm
TITLE_SIZE = 22  # 2号
PAGE_NUMBER_SIZE = 14  # 4号


def styles() -> dict[str, ParagraphStyle]:
    """3号 body on a 28 × 22 grid; headings kept with what follows; tables in a smaller size."""
    f = faces()

    def style(name: str, role: str, size: float, leading: float, **extra) -> ParagraphStyle:
        return ParagraphStyle(
            name, fontName=f[FACE_OF[role]], fontSize=size, leading=leading, wordWrap="CJK", **extra
        )

    body = {"charSpace": CHAR_SPACE, "allowWidows": 0, "allowOrphans": 0}
    return {
        "title": style("title", "title", TITLE_SIZE, 34, alignment=TA_CENTER),
        "subtitle": style("subtitle", "body", BODY_SIZE, LEADING, alignment=TA_CENTER, **body),
        "h1": style(
            "h1", "h1", BODY_SIZE, LEADING, keepWithNext=1, firstLineIndent=2 * PITCH, **body
        ),
        "h2": style(
            "h2", "h2", BODY_SIZE, LEADING, keepWithNext=1, firstLineIndent=2 * PITCH, **body
        ),
        "body": style("body", "body", BODY_SIZE, LEADING, firstLineIndent=2 * PITCH, **body),
        "signature": style("signature", "body", BODY_SIZE, LEADING, alignment=TA_RIGHT, **body),
        "cell": style("cell", "table", 9, 12),
        "cell_number": style("cell_number", "table", 9, 12, alignment=TA_RIGHT),
        "cell_head": style("cell_head", "h1", 9, 12, alignment=TA_CENTER),
        "caption": style("caption", "h2", 12, 18, keepWithNext=1),
        "note": style("note", "body", 12, 20),
    }


def page_number(canvas, doc) -> None:
    """ "— N —" in 4号, 7 mm below the text block at the outside edge, one character in: right on
    odd pages, left on even ones. A landscape page is a portrait sheet turned with its top to the
    left, so its number is drawn turned, where the portrait page would have it."""
    canvas.saveState()
    width, height = canvas._pagesize
    if width > height:  # landscape: draw in the portrait sheet's coordinates
        canvas.translate(0, PAGE[0])
        canvas.rotate(-90)
    canvas.setFont(faces()[FACE_OF["body"]], PAGE_NUMBER_SIZE)
    y = MARGINS["bottom"] - 7 * mm - PAGE_NUMBER_SIZE * 0.8
    label = f"— {doc.page} —"
    if doc.page % 2:
        canvas.drawRightString(PAGE[0] - MARGINS["right"] - BODY_SIZE, y, label)
    else:
        canvas.drawString(MARGINS["left"] + BODY_SIZE, y, label)
    canvas.restoreState()
