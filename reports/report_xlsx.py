"""The quarterly report as an Excel workbook: one sheet per section, plus the raw lists to recount."""

from __future__ import annotations

from pathlib import Path

from reports import raw_lists as raw
from reports import report_tables as rt
from reports import section_tables as st
from reports.quarter_report import QuarterReport
from reports.xlsx_common import YI_FORMAT, new_workbook, safe_title, save_atomically, write_table


def _sheet(workbook, name: str, title: str, headers, rows, formats=None, landscape=True) -> None:
    write_table(
        workbook.create_sheet(safe_title(name)),
        title,
        list(headers),
        rows,
        formats or {},
        landscape,
    )


def build_workbook(report: QuarterReport):
    workbook = new_workbook()
    title = report.title
    _sheet(
        workbook,
        "总体完成情况",
        f"{title}——总体完成情况",
        rt.INDICATOR_HEADERS,
        rt.indicator_rows(report.indicators),
        {2: YI_FORMAT, 3: YI_FORMAT, 4: YI_FORMAT},
    )
    if report.ranking:
        rows = rt.ranking_rows(report)
        rows.append(
            [report.scheme.description if report.scheme else ""]
            + [""] * (len(rt.RANKING_HEADERS) - 1)
        )
        _sheet(workbook, "分单位完成情况", f"{title}——分单位完成情况", rt.RANKING_HEADERS, rows)
    if report.department_ranking:
        rows = rt.ranking_rows(report, report.department_ranking)
        rows.append([rt.department_note(report)] + [""] * (len(rt.RANKING_HEADERS) - 1))
        _sheet(workbook, "市直部门排名", f"{title}——市直部门排名", rt.RANKING_HEADERS, rows)
    if report.races:
        _sheet(
            workbook,
            "赛马榜",
            f"{title}——赛马榜（单项指标本年累计排名）",
            rt.RACE_DETAIL_HEADERS,
            rt.race_detail_rows(report),
            {3: YI_FORMAT, 4: YI_FORMAT},
            landscape=False,
        )
    _sheet(
        workbook,
        "外出招商",
        f"{title}——外出招商达标情况",
        rt.compliance_headers(report),
        rt.compliance_rows(report),
    )
    _sheet(
        workbook,
        "重点企业拜访",
        f"{title}——重点企业拜访",
        rt.VISIT_HEADERS,
        rt.visit_rows(report),
        landscape=False,
    )
    _sheet(
        workbook,
        "项目推进情况",
        f"{title}——项目推进情况",
        rt.RATIO_HEADERS,
        rt.ratio_rows(report),
        landscape=False,
    )
    for kind, rows in report.lists.items():
        _sheet(
            workbook,
            rt.LIST_TITLES[kind],
            rt.LIST_TITLES[kind],
            rt.list_headers(kind),
            rt.list_rows(rows, kind),
            {5: YI_FORMAT, 6: YI_FORMAT},
        )
    _sheet(
        workbook,
        "重大产业项目",
        "本年累计重大产业项目",
        rt.LIST_HEADERS,
        rt.list_rows(report.major_projects),
        {5: YI_FORMAT, 6: YI_FORMAT},
    )
    _sheet(
        workbook,
        "土地与要素保障",
        f"{title}——土地与要素保障",
        rt.LAND_HEADERS,
        rt.land_rows(report),
        landscape=False,
    )
    _section_sheets(workbook, report)
    _sheet(
        workbook,
        "存在问题与下步工作",
        f"{title}——存在问题与下步工作",
        ["项目", "内容"],
        [["存在问题", report.problems_printed], ["下步工作", report.next_steps_printed]]
        + [["问题台账", f"{p[1]} {p[2]}：{p[3]}（{p[0]}，{p[4]}）"] for p in report.open_problems],
        landscape=False,
    )
    _raw_sheets(workbook, report)
    return workbook


def _section_sheets(workbook, report: QuarterReport) -> None:
    """逾期供地项目, 招商活动, 会议调度, a unit's 单项排名 and 双过半 (reports.section_tables)."""
    title = report.title
    sheets = [
        ("逾期供地项目", st.LAND_OVERDUE_HEADERS, st.land_overdue_rows(report)),
        ("招商活动", st.EVENT_HEADERS, st.event_rows(report)),
        ("招商活动清单", st.EVENT_LIST_HEADERS, st.event_list_rows(report)),
        ("会议调度", st.MEETING_HEADERS, st.meeting_rows(report)),
    ]
    if report.standing is not None:
        sheets.append(("单项排名", st.STANDING_HEADERS, st.standing_rows(report)))
    if report.halfway:
        sheets.append(("双过半", st.HALFWAY_HEADERS, st.halfway_rows(report)))
    for name, headers, rows in sheets:
        _sheet(workbook, name, f"{title}——{name}", headers, rows, landscape=False)


def _raw_sheets(workbook, report: QuarterReport) -> None:
    """The year-to-date records behind the figures, so the city bureau can recount."""
    ytd, unit, year = report.ytd, report.unit_id, report.year
    _sheet(
        workbook,
        "外出行程",
        f"{year}年外出招商行程（截至 {ytd.end}）",
        raw.TRIP_HEADERS,
        raw.trip_cells(year, ytd.end, unit),
    )
    _sheet(
        workbook,
        "拜访记录",
        f"{year}年拜访记录（截至 {ytd.end}）",
        raw.VISIT_HEADERS,
        raw.visit_cells(year, ytd.end, unit),
    )
    _sheet(
        workbook,
        "项目",
        "项目台账",
        raw.PROJECT_HEADERS,
        raw.project_cells(ytd.end, unit),
    )
    _sheet(
        workbook,
        "到位资金",
        f"{year}年实际到位资金（截至 {ytd.end}）",
        raw.FUNDS_HEADERS,
        raw.funds_cells(ytd.start, ytd.end, unit),
    )


def write_xlsx(report: QuarterReport, path: Path) -> Path:
    return save_atomically(build_workbook(report), path)
