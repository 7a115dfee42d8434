"""The report's pictures as horizontal bars with upright Chinese labels: each indicator's
completion against time progress, and the units ranked by score."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from reports.numbers import text

BLUE = colors.HexColor("#2F5597")
ORANGE = colors.HexColor("#C55A11")
GREY = colors.HexColor("#7F7F7F")
SIZE = 10  # label size (points)
ROW = 18  # points per bar
BAR = 11
CAP = 2.0  # completion drawn up to 200 %; the figure beside the bar says the rest


@dataclass
class Bar:
    label: str
    value: float
    shown: str  # the figure printed after the bar
    colour: colors.Color = BLUE


@dataclass
class Mark:
    """A vertical reference line across the bars (e.g. 时序进度 50%)."""

    value: float
    label: str
    colour: colors.Color = ORANGE
    dashed: bool = True


def bars(width: float, font: str, rows: list[Bar], marks: list[Mark], caption: str) -> Drawing:
    """Horizontal bars, one row each, labels on the left, figures at the bars' ends."""
    label_w = max(stringWidth(r.label, font, SIZE) for r in rows) + 6
    figure_w = max(stringWidth(r.shown, font, SIZE) for r in rows) + 8
    left, right = label_w, width - figure_w
    top_room = 2 * SIZE + 8  # caption and the marks' labels
    height = top_room + ROW * len(rows) + 4
    scale_max = max([1.0, *(r.value for r in rows), *(m.value for m in marks)]) * 1.02
    span = right - left

    def x(value: float) -> float:
        return left + span * max(0.0, value) / scale_max

    drawing = Drawing(width, height)
    drawing.initialFontName = font  # a drawing otherwise opens in Helvetica, not embedded
    drawing.add(String(0, height - SIZE, caption, fontName=font, fontSize=SIZE))
    base = height - top_room
    drawing.add(Line(left, base + 2, left, base - ROW * len(rows), strokeColor=GREY))
    for n, row in enumerate(rows):
        y = base - ROW * (n + 1) + (ROW - BAR) / 2
        drawing.add(
            String(left - 4, y + 2, row.label, fontName=font, fontSize=SIZE, textAnchor="end")
        )
        drawing.add(Rect(left, y, x(row.value) - left, BAR, fillColor=row.colour, strokeColor=None))
        drawing.add(String(x(row.value) + 3, y + 2, row.shown, fontName=font, fontSize=SIZE))
    for n, mark in enumerate(marks):
        line = Line(x(mark.value), base + 4, x(mark.value), base - ROW * len(rows))
        line.strokeColor = mark.colour
        line.strokeWidth = 1.2
        if mark.dashed:
            line.strokeDashArray = [3, 2]
        drawing.add(line)
        drawing.add(
            String(
                x(mark.value) + (2 if n % 2 == 0 else -2),
                base + 6,
                mark.label,
                fontName=font,
                fontSize=SIZE,
                fillColor=mark.colour,
                textAnchor="start" if n % 2 == 0 else "end",
            )
        )
    return drawing


def completion_chart(report, width: float, font: str) -> Drawing | None:
    """Each indicator's completion rate; a count target is read against time progress, a growth
    target against 100 % (last year's same period grown by the target)."""
    shown = [i for i in report.indicators.values() if i.completion is not None]
    if not shown:
        return None
    progress = float(report.time_progress)
    rows = []
    for ind in shown:
        value = float(ind.completion)
        behind = value < (progress if ind.target.count is not None else 1.0)
        rows.append(Bar(ind.name, min(value, 3.0), f"{value * 100:.1f}%", GREY if behind else BLUE))
    marks = [Mark(1.0, "目标 100%", GREY, dashed=False)]
    if any(i.target.count is not None for i in shown) and progress < 1:
        marks.append(Mark(progress, f"时序进度 {progress * 100:.0f}%"))
    return bars(width, font, rows, marks, "各项指标完成率（灰色为落后于进度）")


def score_chart(report, width: float, font: str) -> Drawing | None:
    """The counties and zones ranked by score, first at the top."""
    if not report.ranking or not any(s.score for s in report.ranking):
        return None
    rows = [
        Bar(f"{s.place.shown}  {s.unit}", float(Decimal(s.score)), text(s.score))
        for s in report.ranking
    ]
    return bars(width, font, rows, [], "县(市、区)、开发区综合得分排名")
