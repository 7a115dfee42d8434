"""The quarterly dispatch report as PDF (reportlab): sections in the order the meeting reads them."""

from __future__ import annotations

import datetime as dt
import os
from decimal import Decimal
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Frame,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Spacer,
    Table,
    TableStyle,
)

from reports import report_tables as rt
from reports import section_tables as st
from reports.linebreak import CJKParagraph
from reports.numbers import text
from reports.pdf_chart import completion_chart, score_chart
from reports.pdf_style import (
    FONTS,
    LANDSCAPE,
    LEADING,
    MARGINS,
    PAGE,
    PITCH,
    TEXT_WIDTH,
    TITLE_SIZE,
    page_number,
    styles,
)
from reports.pdf_title import signature_indents, title_lines
from reports.quarter_report import QuarterReport

NUMERALS = "一二三四五六七八九十"
RANKING_SHARES = [12, 12, 10, 10, 10, 10, 9, 9, 18]  # 名次 fits "10（并列）" on one line
SMALL_TABLE = 8  # rows: a table this short is never split across pages
WIDE_TABLE = 11  # columns: a table this wide goes to a landscape 附表 at the end
CITY_ISSUER = "市招商局"  # who signs the report for all units


def _frame(size) -> Frame:
    """The text block; on a landscape page it is the portrait block turned, top to the left."""
    width, height = size
    if width > height:
        left, bottom = MARGINS["bottom"], MARGINS["right"]
        w, h = (
            width - MARGINS["bottom"] - MARGINS["top"],
            height - MARGINS["left"] - MARGINS["right"],
        )
    else:
        left, bottom = MARGINS["left"], MARGINS["bottom"]
        w, h = (
            width - MARGINS["left"] - MARGINS["right"],
            height - MARGINS["top"] - MARGINS["bottom"],
        )
    return Frame(left, bottom, w, h, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)


class _Doc(BaseDocTemplate):
    def __init__(self, path: str, title: str):
        super().__init__(
            path,
            pagesize=PAGE,
            title=title,
            author="招商引资工作台",
            initialFontName=FONTS.body,  # each page's opening font: embedded, never Helvetica
            **_margins(),
        )
        self.addPageTemplates(
            [
                PageTemplate("portrait", [_frame(PAGE)], onPage=page_number, pagesize=PAGE),
                PageTemplate(
                    "landscape", [_frame(LANDSCAPE)], onPage=page_number, pagesize=LANDSCAPE
                ),
            ]
        )


def _margins() -> dict:
    return {
        "leftMargin": MARGINS["left"],
        "rightMargin": MARGINS["right"],
        "topMargin": MARGINS["top"],
        "bottomMargin": MARGINS["bottom"],
    }


_PADDING = 2  # points left and right inside a cell


def _numeric(value) -> bool:
    """Figures (counts, 亿元, percentages, points) sit right-aligned in their cells."""
    return isinstance(value, (int, Decimal)) and not isinstance(value, bool)


def _table(headers: list[str], rows: list[list], widths: list[float] | None = None) -> Table:
    """A bordered table whose header row repeats on every page; text wraps inside cells.

    A cell whose text fits its column on one line is drawn as a plain string in the cell face
    (the same face, size and leading as the paragraph style); only longer text becomes a wrapping
    Paragraph, which costs some 30 times more to lay out. Figures are right-aligned."""
    s = styles()
    cell = s["cell"]
    data = [[CJKParagraph(_escape(str(h)), s["cell_head"]) for h in headers]]
    room = [None if w is None else w - 2 * _PADDING for w in widths or [None] * len(headers)]
    right = []
    for r, row in enumerate(rows, start=1):
        line = []
        for c, (v, width) in enumerate(zip(row, room, strict=False)):
            number = _numeric(v)
            if number:
                right.append(("ALIGN", (c, r), (c, r), "RIGHT"))
            line.append(_cell(_plain(v), width, s["cell_number"] if number else cell))
        data.append(line)
    table = Table(data, colWidths=widths, repeatRows=1, spaceAfter=6)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDE5F0")),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), _PADDING),
                ("RIGHTPADDING", (0, 0), (-1, -1), _PADDING),
                # Every cell, the header row too: a cell without a font opens in Helvetica.
                ("FONT", (0, 0), (-1, -1), cell.fontName, cell.fontSize, cell.leading),
                *right,
            ]
        )
    )
    return table


def _cell(text: str, width: float | None, style):
    """The text as a plain string when it fits on one line as it stands, else a Paragraph."""
    if (
        width is not None
        and text == text.strip()
        and "  " not in text
        and text.isprintable()
        and stringWidth(text, style.fontName, style.fontSize) <= width
    ):
        return text
    return CJKParagraph(_escape(text), style)


def _plain(value) -> str:
    """A cell value as it prints (before any markup escaping)."""
    return text(value)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _text(value) -> str:
    """A value as Paragraph markup."""
    return _escape(_plain(value))


def _widths(total_mm: float, shares: list[float]) -> list[float]:
    whole = sum(shares)
    return [total_mm * mm * s / whole for s in shares]


def _title(report: QuarterReport) -> list:
    """2号 title, broken at a meaningful point when it needs two lines; the period under it."""
    s = styles()
    unit = report.unit if report.unit_id is not None else "全市"
    lines = title_lines(report.title, unit, s["title"].fontName, TITLE_SIZE, TEXT_WIDTH)
    out: list = [CJKParagraph("<br/>".join(_escape(x) for x in lines), s["title"])]
    start, end = report.period.start, report.period.end
    until = f"{end.month}月{end.day}日" if end.year == start.year else rt.chinese_date(end)
    progress = report.time_progress.numerator * 100 // report.time_progress.denominator
    out.append(
        CJKParagraph(
            f"（统计期间：{rt.chinese_date(start)}至{until}；时序进度 {progress}%）", s["subtitle"]
        )
    )
    out.append(Spacer(1, LEADING))
    return out


def _signature(report: QuarterReport) -> list:
    """落款 and 成文日期 under the body: the date 右空四字, the issuer centred over it."""
    s = styles()
    issuer = report.unit if report.unit_id is not None else CITY_ISSUER
    date = rt.chinese_date(dt.date.today())
    style = s["signature"]
    issuer_indent, date_indent = signature_indents(
        issuer, date, style.fontName, style.fontSize, PITCH
    )
    return [
        Spacer(1, LEADING),
        CJKParagraph(_escape(issuer), ParagraphStyle("issuer", style, rightIndent=issuer_indent)),
        CJKParagraph(date, ParagraphStyle("date", style, rightIndent=date_indent)),
    ]


def story(report: QuarterReport) -> list:
    """The flowables of the whole report: portrait A4, wide tables as landscape 附表 at the end."""
    s = styles()
    out: list = []
    numerals = iter(NUMERALS)
    sub_numerals: list = []
    appendix: list[tuple[str, list[str], list[list], list[float]]] = []

    def h1(text: str) -> None:
        out.append(CJKParagraph(f"{next(numerals)}、{text}", s["h1"]))
        sub_numerals[:] = [iter(NUMERALS)]

    def h2(text: str) -> CJKParagraph:
        number = next(sub_numerals[0]) if sub_numerals else None
        return CJKParagraph(_escape(f"（{number}）{text}" if number else text), s["h2"])

    def para(text: str) -> None:
        for line in (text or "").splitlines():
            if line.strip():
                out.append(CJKParagraph(_text(line.strip()), s["body"]))

    def table(
        title: str, headers: list[str], rows: list[list], shares: list[float], width: float = 156
    ) -> None:
        """A numbered table title and its table, kept together when short; an empty one is a
        single line; one too wide for the page goes to a landscape 附表."""
        wide = bool(rows) and len(headers) >= WIDE_TABLE
        if wide:
            appendix.append((title, headers, rows, shares))
        if not rows or wide:
            tail = f"：见附表{len(appendix)}。" if wide else "：无。"
            heading = h2(title + tail)
            heading.keepWithNext = 0
            out.append(heading)
            return
        heading = h2(title)
        grid = _table(headers, rows, _widths(width, shares))
        if len(rows) <= SMALL_TABLE:
            _keep(out, [heading, grid])
        else:  # a long table may start at a page's foot if its heading and first rows fit
            heading.keepWithNext = 0
            out.extend([CondPageBreak(_head_room(grid, width)), heading, grid])

    def chart(drawing) -> None:
        if drawing is not None:
            _keep(out, [Spacer(1, 4), drawing, Spacer(1, 6)])

    out.extend(_title(report))
    if not report.has_data:
        para("本季度暂无招商引资数据记录，以下各项均为零或空。")

    h1("总体完成情况")
    para(rt.overview_sentence(report))
    chart(completion_chart(report, TEXT_WIDTH, s["cell"].fontName))
    table(
        "主要指标完成情况",
        rt.INDICATOR_HEADERS,
        rt.indicator_rows(report.indicators),
        [20, 7, 11, 11, 11, 15, 12, 12, 11, 9],
    )
    st.standing_block(report, para, table)
    if report.ranking:
        h1("分单位完成情况")
        para(report.scheme.description if report.scheme else "")
        chart(score_chart(report, TEXT_WIDTH, s["cell"].fontName))
        table(
            "综合排名",
            rt.RANKING_HEADERS,
            rt.ranking_rows(report),
            RANKING_SHARES,
        )
        para(rt.rewards_sentence(report.ranking))
    if report.department_ranking:
        table(
            "市直部门排名",
            rt.RANKING_HEADERS,
            rt.ranking_rows(report, report.department_ranking),
            RANKING_SHARES,
        )
        para(rt.department_note(report))
        para(rt.rewards_sentence(report.department_ranking))
    if report.races:
        table(
            "赛马榜（单项指标本年累计排名）",
            rt.RACE_HEADERS,
            rt.race_summary_rows(report),
            [26, 6, 17, 17, 17, 17],
        )
    h1("外出招商情况")
    para(rt.outing_sentence(report))
    table(
        "外出招商达标情况（按月）",
        rt.compliance_headers(report),
        rt.compliance_rows(report),
        [12, 16, 18, 18, 18, 18],
    )
    h1("重点企业拜访")
    table("重点企业拜访进度", rt.VISIT_HEADERS, rt.visit_rows(report), [20, 18, 14, 14, 14, 20])
    h1("项目推进情况")
    para(rt.projects_sentence(report))
    table("项目推进比率", rt.RATIO_HEADERS, rt.ratio_rows(report), [18, 14, 68])
    list_shares = [4, 28, 10, 24, 8, 11, 11, 16, 9]
    for kind, rows in report.lists.items():
        headers = rt.list_headers(kind)
        table(
            f"{rt.LIST_TITLES[kind]}（{len(rows)} 个）",
            headers,
            rt.list_rows(rows, kind),
            [*list_shares, 5, 5, 8][: len(headers)],
        )
    major = report.major_projects
    table(
        f"重大产业项目（本年累计 {len(major)} 个）",
        rt.list_headers("签约", marks=False),
        rt.list_rows(major),
        list_shares,
    )
    h1("土地与要素保障")
    para(rt.land_sentence(report))
    table("供地情况", rt.LAND_HEADERS, rt.land_rows(report), [18, 12, 12, 14, 14])
    st.land_overdue(report, table)
    soon = [[c.unit, c.project, c.signed, c.due] for c in report.land_soon]
    if soon:
        table(
            "30 天内到期、尚未取得土地使用权的项目",
            ["单位", "项目", "签约日期", "到期日"],
            soon,
            [15, 45, 20, 20],
        )
    if report.overdue_leads:
        leads = [list(x) for x in report.overdue_leads]
        table(
            "项目信息逾期反馈",
            ["反馈期限", "承接单位", "项目信息", "状态"],
            leads,
            [18, 15, 50, 17],
        )
    h1("招商活动")
    st.events_block(report, para, table)
    h1("会议调度")
    st.meetings_block(report, para, table)
    h1("存在问题")
    para(report.problems_printed)
    if report.open_problems:
        problems = [list(p) for p in report.open_problems]
        table(
            f"问题台账（未解决 {len(problems)} 个）",
            ["提出日期", "单位", "项目", "问题", "责任单位/人"],
            problems,
            [14, 10, 28, 32, 16],
        )
    h1("下步工作")
    para(report.next_steps_printed)
    _keep(out, [out.pop(), *_signature(report)])
    _appendix(out, appendix)
    return out


def _head_room(grid: Table, width_mm: float, rows: int = 3) -> float:
    """Height of a table title line, the header row and the first rows."""
    grid.wrap(width_mm * mm, 10**6)
    return LEADING + sum(grid._rowHeights[: rows + 1])


def _keep(out: list, group: list) -> None:
    """Append the group as one block, together with the headings just before it (a heading in
    a KeepTogether is not kept with the next block by ReportLab itself)."""
    start = len(out)
    while (
        start and not isinstance(out[start - 1], KeepTogether) and out[start - 1].getKeepWithNext()
    ):
        start -= 1
    block = [*out[start:], *group]
    del out[start:]
    out.append(KeepTogether(block))


def _appendix(out: list, tables: list) -> None:
    """Tables too wide for the portrait page, each a 附表 on landscape pages after the 落款."""
    if not tables:
        return
    s = styles()
    out.append(NextPageTemplate("landscape"))
    for n, (title, headers, rows, shares) in enumerate(tables, start=1):
        out.append(PageBreak())
        out.append(CJKParagraph(f"附表{n}", s["h1"]))
        out.append(CJKParagraph(_escape(title), s["h2"]))
        out.append(_table(headers, rows, _widths(225, shares)))


def write_pdf(report: QuarterReport, path: Path) -> Path:
    """Render to a temporary name, then rename: the target is whole or untouched."""
    tmp = path.with_name(f".{path.name}.tmp")
    try:
        doc = _Doc(str(tmp), report.title)
        doc.build(story(report))
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return path
