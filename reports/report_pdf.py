"""The quarterly dispatch report as PDF (reportlab): sections in the order the meeting reads them."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from reports import report_tables as rt
from reports import section_tables as st
from reports.numbers import text
from reports.pdf_style import LANDSCAPE, MARGINS, PAGE, faces, page_number, styles
from reports.quarter_report import QuarterReport

NUMERALS = "一二三四五六七八九十"
RANKING_SHARES = [12, 12, 10, 10, 10, 10, 9, 9, 18]  # 名次 fits "10（并列）" on one line


def _frame(size) -> Frame:
    width, height = size
    return Frame(
        MARGINS["left"],
        MARGINS["bottom"],
        width - MARGINS["left"] - MARGINS["right"],
        height - MARGINS["top"] - MARGINS["bottom"],
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )


class _Doc(BaseDocTemplate):
    def __init__(self, path: str, title: str):
        super().__init__(path, pagesize=PAGE, title=title, author="招商引资工作台", **_margins())
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


def _table(headers: list[str], rows: list[list], widths: list[float] | None = None) -> Table:
    """A bordered table whose header row repeats on every page; text wraps inside cells.

    A cell whose text fits its column on one line is drawn as a plain string in the cell face
    (the same face, size and leading as the paragraph style); only longer text becomes a wrapping
    Paragraph, which costs some 30 times more to lay out."""
    s = styles()
    cell = s["cell"]
    data = [[Paragraph(str(h), s["cell_head"]) for h in headers]]
    room = [None if w is None else w - 2 * _PADDING for w in widths or [None] * len(headers)]
    for row in rows:
        data.append([_cell(_plain(v), width, cell) for v, width in zip(row, room, strict=False)])
    table = Table(data, colWidths=widths, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDE5F0")),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), _PADDING),
                ("RIGHTPADDING", (0, 0), (-1, -1), _PADDING),
                ("FONT", (0, 1), (-1, -1), cell.fontName, cell.fontSize, cell.leading),
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
    return Paragraph(_escape(text), style)


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


BLUE = colors.HexColor("#2F5597")


def _bar_chart(
    title: str, categories: list[str], series: list[tuple[str, colors.Color, list]]
) -> Drawing:
    """Grouped bars with a legend and a caption, in the body font (CJK labels included)."""
    drawing = Drawing(150 * mm, 70 * mm)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 15 * mm, 18 * mm, 110 * mm, 45 * mm
    chart.data = [values for _name, _colour, values in series]
    chart.categoryAxis.categoryNames = categories
    chart.categoryAxis.labels.fontName = faces()["body"]
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.angle = 15
    chart.categoryAxis.labels.boxAnchor = "ne"
    chart.valueAxis.labels.fontName = faces()["body"]
    chart.valueAxis.valueMin = 0
    for n, (_name, colour, _values) in enumerate(series):
        chart.bars[n].fillColor = colour
    legend = Legend()
    legend.x, legend.y = 128 * mm, 55 * mm
    legend.fontName = faces()["body"]
    legend.colorNamePairs = [(colour, name) for name, colour, _values in series]
    drawing.add(chart)
    drawing.add(legend)
    drawing.add(String(15 * mm, 66 * mm, title, fontName=faces()["body"], fontSize=9))
    return drawing


def _money_chart(report: QuarterReport) -> Drawing:
    """本年累计 against 上年同期 for the money indicators (亿元)."""
    money = [i for i in report.indicators.values() if i.money]
    return _bar_chart(
        "单位：亿元",
        [i.name.replace("招商引资", "").replace("新签约正式项目", "签约") for i in money],
        [
            ("本年累计", BLUE, [float(i.shown(i.ytd)) for i in money]),
            (
                "上年同期",
                colors.HexColor("#A5A5A5"),
                [float(i.shown(i.last_ytd) or 0) for i in money],
            ),
        ],
    )


def _outing_chart(report: QuarterReport) -> Drawing | None:
    """Each leader's outing days in the quarter against what the quota asked (one unit's report)."""
    rows = [r for r in report.compliance if any(m is not None for m in r.months)][:12]
    if not rows:
        return None
    return _bar_chart(
        "本季度外出天数（天）",
        [r.person[:8] for r in rows],
        [
            ("外出天数", BLUE, [sum(m.days for m in r.months if m) for r in rows]),
            (
                "应达天数",
                colors.HexColor("#F4B183"),
                [sum(m.required_days for m in r.months if m) for r in rows],
            ),
        ],
    )


def story(report: QuarterReport) -> list:
    """The flowables of the whole report, portrait A4 throughout."""
    s = styles()
    out: list = []
    numerals = iter(NUMERALS)

    def h1(text: str) -> None:
        out.append(Paragraph(f"{next(numerals)}、{text}", s["h1"]))

    def para(text: str) -> None:
        for line in (text or "").splitlines():
            if line.strip():
                out.append(Paragraph(_text(line.strip()), s["body"]))

    def table(
        title: str, headers: list[str], rows: list[list], shares: list[float], width: float = 156
    ) -> None:
        """A titled table; an empty one is a single line rather than an empty grid."""
        if not rows:
            out.append(Paragraph(f"{title}：无。", s["h2"]))
            return
        out.append(Paragraph(title, s["h2"]))
        out.append(_table(headers, rows, _widths(width, shares)))

    out.append(Paragraph(_text(report.title), s["title"]))
    progress = report.time_progress.numerator * 100 // report.time_progress.denominator
    out.append(
        Paragraph(
            f"（统计期间：{rt.chinese_date(report.period.start)}至{rt.chinese_date(report.period.end)}；"
            f"时序进度 {progress}%）",
            s["subtitle"],
        )
    )
    out.append(Spacer(1, 6 * mm))
    if not report.has_data:
        para("本季度暂无招商引资数据记录，以下各项均为零或空。")

    h1("总体完成情况")
    para(rt.overview_sentence(report))
    out.append(_money_chart(report))
    table(
        "主要指标完成情况",
        rt.INDICATOR_HEADERS,
        rt.indicator_rows(report.indicators),
        [24, 5, 11, 11, 11, 19, 11, 10, 8, 9],
    )
    st.standing_block(report, para, table)
    if report.ranking:
        h1("分单位完成情况")
        para(report.scheme.description if report.scheme else "")
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
    chart = _outing_chart(report) if report.unit_id is not None else None
    if chart is not None:
        out.append(chart)
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
    list_shares = [5, 30, 11, 26, 9, 12, 12, 14, 10]
    # The project lists are the widest tables: they share one run of landscape pages.
    wide = any(report.lists.values()) or bool(report.major_projects)
    if wide:
        out.append(NextPageTemplate("landscape"))
        out.append(PageBreak())
    for kind, rows in report.lists.items():
        headers = rt.list_headers(kind)
        table(
            f"{rt.LIST_TITLES[kind]}（{len(rows)} 个）",
            headers,
            rt.list_rows(rows, kind),
            [*list_shares, 5, 5, 8][: len(headers)],
            245 if wide else 156,
        )
    major = report.major_projects
    table(
        f"重大产业项目（本年累计 {len(major)} 个）",
        rt.LIST_HEADERS,
        rt.list_rows(major),
        list_shares,
        245 if wide else 156,
    )
    if wide:
        out.append(NextPageTemplate("portrait"))
        out.append(PageBreak())
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
    out.append(Spacer(1, 10 * mm))
    out.append(
        Paragraph(
            f"（本报告由招商引资工作台于 {rt.chinese_date(dt.date.today())} 生成，金额单位为亿元）",
            s["note"],
        )
    )
    return out


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
