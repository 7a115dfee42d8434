"""The title over one line or broken at a meaningful point (GB/T 9704: 梯形 or 菱形, never one
character alone), and the 落款 with its 成文日期."""

from __future__ import annotations

import itertools
import re

from reportlab.pdfbase.pdfmetrics import stringWidth

# Where a title may break, and how well it reads there (lower is better).
_BREAKS = (
    (re.compile(r"招商引资"), 0),
    (re.compile(r"（"), 0),
    (re.compile(r"第[一二三四]季度"), 2),
    (re.compile(r"工作调度报告"), 2),
    (re.compile(r"调度报告"), 3),
)


def _candidates(title: str, unit: str | None) -> dict[int, int]:
    found: dict[int, int] = {}
    for pattern, cost in _BREAKS:
        for m in pattern.finditer(title):
            found.setdefault(m.start(), cost)
    if unit and title.startswith(unit) and len(unit) < len(title):
        found.setdefault(len(unit), 1)
    year = re.search(r"\d{4}年", title)
    if year:
        found.setdefault(year.start(), 1)
    return {k: v for k, v in found.items() if 0 < k < len(title)}


def title_lines(title: str, unit: str | None, font: str, size: float, width: float) -> list[str]:
    """The title's lines: one if it fits, else the fewest lines that fit, broken where the
    title's parts meet, each of at least two characters, the most even in length."""
    measure = lambda s: stringWidth(s, font, size)  # noqa: E731
    if measure(title) <= width:
        return [title]
    places = _candidates(title, unit)
    for count in (1, 2, 3):
        options = []
        for cuts in itertools.combinations(sorted(places), count):
            bounds = (0, *cuts, len(title))
            lines = [title[a:b].strip() for a, b in itertools.pairwise(bounds)]
            widths = [measure(line) for line in lines]
            if max(widths) > width or min(len(line) for line in lines) < 2:
                continue
            cost = sum(places[c] for c in cuts)
            options.append((cost, max(widths) - min(widths), lines))
        if options:
            return min(options, key=lambda o: (o[0], o[1]))[2]
    from reports.linebreak import line_texts

    return line_texts(title, font, size, width)


def signature_indents(issuer: str, date: str, font: str, size: float, pitch: float) -> tuple:
    """Right indents: the date 右空四字, the issuer centred over the date."""
    space = pitch - size

    def measure(s: str) -> float:
        return stringWidth(s, font, size) + space * len(s)

    date_indent = 4 * pitch
    issuer_indent = date_indent + max(0.0, (measure(date) - measure(issuer)) / 2)
    return issuer_indent, date_indent
