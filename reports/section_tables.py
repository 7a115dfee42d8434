"""The tables and sentences of the sections in reports.report_sections, once for the PDF and the
Excel workbook; the *_block functions lay them out with the PDF story's own helpers."""

from __future__ import annotations

from collections.abc import Callable

from models.vocab import EVENT_KINDS, REGIONS
from reports.numbers import percent
from reports.quarter_report import QuarterReport
from reports.report_sections import TOTAL, place_words

LAND_OVERDUE_HEADERS = ["单位", "项目", "签约日期", "应取得土地日期", "取得土地日期", "逾期天数"]
EVENT_HEADERS = ["区域", "已举办(批次)", "目标(批次)", "状态"]
EVENT_LIST_HEADERS = ["开始日期", "活动名称", "类型", "区域", "举办单位"]
MEETING_HEADERS = ["单位", "本季度调度会(次)", "本季度产业专班会议(次)", "本年未召开调度会的季度"]
STANDING_HEADERS = ["指标", "单位", "本年累计", "名次"]
HALFWAY_HEADERS = ["指标", "单位", "本年累计", "全年目标", "完成率", "是否过半"]

Para = Callable[[str], None]
Table = Callable[..., None]


def land_overdue_rows(report: QuarterReport) -> list[list]:
    return [
        [c.unit, c.project, c.signed, c.due, c.land or "未取得", c.days]
        for c in report.overdue_land
    ]


def land_overdue(report: QuarterReport, table: Table) -> None:
    """The overdue projects by name, under the 供地 summary."""
    table(
        f"逾期未取得土地使用权的项目（{len(report.overdue_land)} 个）",
        LAND_OVERDUE_HEADERS,
        land_overdue_rows(report),
        [14, 36, 14, 16, 14, 10],
    )


def event_rows(report: QuarterReport) -> list[list]:
    return [
        [r.region, r.held, r.target if r.target is not None else "—", r.status_name]
        for r in (report.events.regions if report.events else [])
    ]


def event_list_rows(report: QuarterReport) -> list[list]:
    return [
        [day, name, EVENT_KINDS.get(kind, kind), REGIONS.get(region, region), unit or "全市"]
        for day, name, kind, region, unit in (report.events.held if report.events else [])
    ]


def event_sentence(report: QuarterReport) -> str:
    """How many events so far, against §12 for the city."""
    if report.events is None:
        return ""
    rows = report.events.regions
    total = next(r for r in rows if r.region == TOTAL)
    named = [r for r in rows if r.target is not None and r.region != TOTAL]
    if total.target is None:
        return f"本年已举办招商活动 {total.held} 批次。"
    parts = "、".join(f"{r.region} {r.held} 次" for r in named)
    each = named[0].target if named else 0
    return (
        f"本年已举办境内外专题招商活动 {total.held} 批次（全年目标 {total.target} 批次以上）"
        + (f"，其中{parts}（每个重点区域不少于 {each} 次）" if named else "")
        + "。"
    )


def events_block(report: QuarterReport, para: Para, table: Table) -> None:
    para(event_sentence(report))
    table("招商活动完成情况（按区域）", EVENT_HEADERS, event_rows(report), [30, 20, 20, 20])
    table(
        f"本年招商活动（{len(event_list_rows(report))} 批次）",
        EVENT_LIST_HEADERS,
        event_list_rows(report),
        [16, 40, 16, 16, 14],
    )


def meeting_rows(report: QuarterReport) -> list[list]:
    return [
        [
            m.unit,
            m.dispatch,
            m.task_force,
            "、".join(f"第{q}季度" for q in m.missing) or "—",
        ]
        for m in report.meeting_rows
    ]


def meeting_sentence(report: QuarterReport) -> str:
    rows = report.meeting_rows
    dispatch = sum(m.dispatch for m in rows)
    task_force = sum(m.task_force for m in rows)
    missing = "；".join(
        f"{m.unit}（{'、'.join(f'第{q}季度' for q in m.missing)}）" for m in rows if m.missing
    )
    tail = f"本年未召开调度会：{missing}。" if missing else "已结束的季度均召开了调度会。"
    return f"本季度召开调度会 {dispatch} 次、产业专班会议 {task_force} 次。{tail}"


def meetings_block(report: QuarterReport, para: Para, table: Table) -> None:
    para(meeting_sentence(report))
    table("调度会与产业专班会议", MEETING_HEADERS, meeting_rows(report), [22, 20, 24, 34])


def standing_rows(report: QuarterReport) -> list[list]:
    """A unit's place on each indicator among the units it is ranked with."""
    if report.standing is None:
        return []
    among = report.standing.among
    return [
        [ind.name, ind.unit, ind.shown(ind.ytd), f"{among}{place_words(place)}"]
        for key, ind in report.indicators.items()
        if (place := report.standing.by_indicator.get(key)) is not None
    ]


def halfway_rows(report: QuarterReport) -> list[list]:
    return [
        [h.name, h.unit, h.done, h.target, percent(h.completion), "过半" if h.past else "未过半"]
        for h in report.halfway
    ]


def halfway_sentence(report: QuarterReport) -> str:
    """双过半 at mid-year: every annual target past half, or which are not."""
    if not report.halfway:
        return ""
    short = [h.name for h in report.halfway if not h.past]
    if not short:
        return "年度目标任务均已完成过半，实现“双过半”。"
    return f"未实现“双过半”：{'、'.join(short)}完成未过半。"


def standing_block(report: QuarterReport, para: Para, table: Table) -> None:
    """A unit's 全市第 N 名 (overall and per indicator) and 双过半 at Q2, under the indicators."""
    if report.standing is not None and report.standing.overall is not None:
        para(report.standing.sentence)
        table(
            f"单项指标{report.standing.among}排名",
            STANDING_HEADERS,
            standing_rows(report),
            [44, 10, 20, 26],
        )
    if report.halfway:
        para(halfway_sentence(report))
        table(
            "“双过半”完成情况",
            HALFWAY_HEADERS,
            halfway_rows(report),
            [36, 8, 14, 14, 14, 14],
        )
