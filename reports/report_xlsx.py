"""The quarterly report as an Excel workbook: one sheet per section, plus the raw lists to recount.

Every sheet opens with a row naming the unit, the period and the section, then one headed table
with an AutoFilter; figures are numbers with formats (亿元 two decimals, 万元 whole, percentages),
never phrases; printed, each page carries the report's title and 第 N 页 / 共 M 页.
"""

from __future__ import annotations

from pathlib import Path

from reports import raw_lists as raw
from reports import report_tables as rt
from reports import section_tables as st
from reports import xlsx_report_rows as xr
from reports.quarter_report import QuarterReport
from reports.xlsx_common import new_workbook, safe_title, save_atomically, write_table


class _Book:
    """The workbook being built, with the report's label for sheet titles and page headers."""

    def __init__(self, report: QuarterReport):
        self.workbook = new_workbook()
        self.label = xr.period_label(report)
        self.header = report.title

    def sheet(
        self, name: str, headers, rows, notes=None, landscape=None, section: str = ""
    ) -> None:
        """A sheet named `name`, titled 'unit period · section' (the name unless given)."""
        write_table(
            self.workbook.create_sheet(safe_title(name)),
            f"{self.label} · {section or name}",
            list(headers),
            rows,
            None,
            landscape,
            header=self.header,
            notes=notes,
        )


def build_workbook(report: QuarterReport):
    book = _Book(report)
    book.sheet("总体完成情况", xr.indicator_headers(), xr.indicator_rows(report))
    if report.ranking:
        notes = [report.scheme.description] if report.scheme and report.scheme.description else []
        book.sheet("分单位完成情况", rt.RANKING_HEADERS, rt.ranking_rows(report), notes)
    if report.department_ranking:
        book.sheet(
            "市直部门排名",
            rt.RANKING_HEADERS,
            rt.ranking_rows(report, report.department_ranking),
            [rt.department_note(report)],
        )
    if report.races:
        book.sheet(
            "赛马榜",
            rt.RACE_DETAIL_HEADERS,
            rt.race_detail_rows(report),
            section="赛马榜（单项指标本年累计排名）",
        )
    book.sheet("外出招商", xr.OUTING_HEADERS, xr.outing_rows(report), section="外出招商达标情况")
    book.sheet("重点企业拜访", rt.VISIT_HEADERS, xr.visit_rows(report))
    book.sheet("项目推进情况", rt.RATIO_HEADERS, rt.ratio_rows(report))
    for kind, rows in report.lists.items():
        book.sheet(rt.LIST_TITLES[kind], rt.list_headers(kind), rt.list_rows(rows, kind))
    book.sheet(
        "重大产业项目",
        rt.list_headers("签约", marks=False),
        rt.list_rows(report.major_projects),
        section="本年累计重大产业项目",
    )
    book.sheet(
        "土地与要素保障",
        rt.LAND_HEADERS,
        rt.land_rows(report),
        [rt.land_sentence(report)],
    )
    book.sheet(
        "逾期未供地项目",
        xr.LAND_CASE_HEADERS,
        xr.land_case_rows(report),
        [f"逾期天数计至 {xr.report_day(report)}（已取得土地的，计至取得之日）。"],
    )
    _section_sheets(book, report)
    book.sheet(
        "存在问题与下步工作",
        ["项目", "内容"],
        [["存在问题", report.problems_printed], ["下步工作", report.next_steps_printed]],
    )
    book.sheet(
        "问题台账",
        xr.PROBLEM_HEADERS,
        xr.problem_rows(report),
        [f"截至 {xr.report_day(report)} 尚未解决的问题。"],
    )
    book.sheet("逾期线索反馈", xr.LEAD_HEADERS, xr.lead_rows(report))
    _raw_sheets(book, report)
    return book.workbook


def _section_sheets(book: _Book, report: QuarterReport) -> None:
    """招商活动, 会议调度, a unit's 单项排名 and 双过半 (reports.section_tables)."""
    sheets = [
        ("招商活动", st.EVENT_HEADERS, st.event_rows(report)),
        ("招商活动清单", st.EVENT_LIST_HEADERS, st.event_list_rows(report)),
        ("会议调度", st.MEETING_HEADERS, st.meeting_rows(report)),
    ]
    if report.standing is not None:
        sheets.append(("单项排名", st.STANDING_HEADERS, st.standing_rows(report)))
    if report.halfway:
        sheets.append(("双过半", st.HALFWAY_HEADERS, st.halfway_rows(report)))
    for name, headers, rows in sheets:
        book.sheet(name, headers, rows)


def _raw_sheets(book: _Book, report: QuarterReport) -> None:
    """The year-to-date records behind the figures, so the city bureau can recount."""
    ytd, unit, year = report.ytd, report.unit_id, report.year
    since = f"（{year}年1月1日至{ytd.end.month}月{ytd.end.day}日）"
    book.sheet(
        "外出行程",
        raw.TRIP_HEADERS,
        raw.trip_cells(year, ytd.end, unit),
        section=f"外出招商行程{since}",
    )
    book.sheet(
        "拜访记录",
        raw.VISIT_HEADERS,
        raw.visit_cells(year, ytd.end, unit),
        section=f"拜访记录{since}",
    )
    book.sheet(
        "项目",
        raw.PROJECT_HEADERS,
        raw.project_cells(ytd.end, unit),
        section=f"项目台账（截至{ytd.end.month}月{ytd.end.day}日）",
    )
    book.sheet(
        "到位资金",
        raw.FUNDS_HEADERS,
        raw.funds_cells(ytd.start, ytd.end, unit),
        section=f"实际到位资金{since}",
    )


def write_xlsx(report: QuarterReport, path: Path) -> Path:
    return save_atomically(build_workbook(report), path)
