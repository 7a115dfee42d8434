"""Chinese line breaking (避头尾) for the report's paragraphs and table cells, decided in one place.

A line never begins with closing punctuation, never ends with an opening bracket, and a number
stays with its unit or % ("36.70 亿元", "8.0%", "12月6日"). ReportLab's own CJK wrapping cuts
between any two characters and lets one closing mark hang in the margin; CJKParagraph replaces it.
"""

from __future__ import annotations

import re

from reportlab.platypus import Paragraph
from reportlab.platypus.paragraph import ParaLines, cjkU, makeCJKParaLine

NO_START = frozenset("，。、；：？！）》」』】〕〉’”%％‰…·—,.;:?!)]}")
NO_END = frozenset("（《「『【〔〈‘“([{")
UNITS = (
    "个月次",
    "亿元",
    "万元",
    "季度",
    "月次",
    "元",
    "个",
    "天",
    "次",
    "家",
    "倍",
    "名",
    "亩",
    "年",
    "月",
    "日",
    "人",
    "批",
    "项",
    "%",
    "％",
    "‰",
)
# A number (or a Latin word, a date such as 2020-12-06, a ratio such as 9/7) with what belongs to
# it: a following unit, after at most one space.
_GLUED = re.compile(
    r"[-+]?[0-9A-Za-z][0-9A-Za-z.,:/%％‰+\-]*(?: ?(?:" + "|".join(map(re.escape, UNITS)) + "))?"
)
_WORDS = re.compile(r"亿元|万元|季度|个月次|月次")  # units that stay whole even without a number
_FUZZ = 0.01


def break_opportunities(text: str) -> list[bool]:
    """allowed[i]: a line may begin at text[i] (allowed[0] is True)."""
    n = len(text)
    allowed = [True] * (n + 1)
    for i in range(1, n):
        before, here = text[i - 1], text[i]
        if here in NO_START or before in NO_END or (before == here and here in "—…"):
            allowed[i] = False
    for pattern in (_GLUED, _WORDS):
        for m in pattern.finditer(text):
            for i in range(m.start() + 1, m.end()):
                allowed[i] = False
    return allowed


def line_spans(
    text: str, widths: list[float], max_widths: list[float], hard: frozenset[int] = frozenset()
) -> list[tuple[int, int]]:
    """(start, end) of each line: as many characters as fit, ended at the last allowed break.

    `hard` holds the indices after which a line must end (explicit line breaks). Spaces at a
    line's start are dropped; a run with no allowed break is cut where it overflows."""
    allowed = break_opportunities(text)
    spans: list[tuple[int, int]] = []
    n = len(text)
    start = 0
    while start < n:
        while start < n and text[start] == " " and spans:
            start += 1
        if start >= n:
            break
        width = max_widths[min(len(spans), len(max_widths) - 1)]
        used = 0.0
        end = start
        while end < n:
            if used + widths[end] > width + _FUZZ and end > start:
                break
            used += widths[end]
            end += 1
            if end - 1 in hard:
                break
        if end < n and end - 1 not in hard:
            cut = end
            while cut > start + 1 and not allowed[cut]:
                cut -= 1
            if cut > start + 1 or allowed[cut]:
                end = cut
        spans.append((start, end))
        start = end
    return spans


def line_texts(text: str, font: str, size: float, width: float, char_space: float = 0) -> list:
    """The lines a string breaks into at this width (for fitting titles and for tests)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    widths = [stringWidth(c, font, size) + char_space for c in text]
    return [text[s:e].rstrip() for s, e in line_spans(text, widths, [width])]


class CJKParagraph(Paragraph):
    """A Paragraph wrapped by line_spans; the style's `charSpace` (points, may be negative) sets
    the character pitch so a body line holds exactly 28 characters of 3号."""

    @property
    def char_space(self) -> float:
        return getattr(self.style, "charSpace", 0)

    def breakLinesCJK(self, maxWidths):
        if not isinstance(maxWidths, (list, tuple)):
            maxWidths = [maxWidths]
        if hasattr(self, "blPara") and getattr(self, "_splitpara", 0):
            return self.blPara
        glyphs: list = []
        hard: set[int] = set()
        for frag in self.frags:
            if getattr(frag, "cbDefn", None) is not None:
                continue
            glyphs.extend(cjkU(c, frag, "utf8") for c in frag.text)
            if getattr(frag, "lineBreak", False) and glyphs:
                hard.add(len(glyphs) - 1)
        if not glyphs:
            return super().breakLinesCJK(maxWidths)
        text = "".join(glyphs)
        widths = [g.width + self.char_space for g in glyphs]
        lines = []
        for n, (start, end) in enumerate(line_spans(text, widths, maxWidths, frozenset(hard))):
            while end > start + 1 and text[end - 1] == " ":
                end -= 1
            width = maxWidths[min(n, len(maxWidths) - 1)]
            used = sum(widths[start:end])
            lines.append(makeCJKParaLine(glyphs[start:end], width, used, width - used, False, 0))
        return ParaLines(kind=1, lines=lines)

    def beginText(self, x, y):
        text = super().beginText(x, y)
        if self.char_space:
            text.setCharSpace(self.char_space)
        return text

    def drawPara(self, debug=0):
        """Inside saveState/restoreState, so the character spacing ends with the paragraph."""
        self.canv.saveState()
        try:
            return super().drawPara(debug)
        finally:
            self.canv.restoreState()
