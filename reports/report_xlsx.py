"""The quarterly report as an Excel workbook: one sheet per section, plus the raw lists to recount."""

from __future__ import annotations

from pathlib import Path

from reports import raw_lists as raw
from reports import report_tables as rt
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
            rt.LIST_HEADERS,
            rt.list_rows(rows),
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
    land = rt.land_rows(report)
    land += [
        ["逾期项目：" + c.project, c.unit, f"签约 {c.signed}", f"应于 {c.due} 前取得", ""]
        for u in report.land
        for c in u.overdue
    ]
    _sheet(
        workbook,
        "土地与要素保障",
        f"{title}——土地与要素保障",
        rt.LAND_HEADERS,
        land,
        landscape=False,
    )
    _sheet(
        workbook,
        "存在问题与下步工作",
        f"{title}——存在问题与下步工作",
        ["项目", "内容"],
        [["存在问题", report.problems_text], ["下步工作", report.next_steps_text]]
        + [["问题台账", f"{p[1]} {p[2]}：{p[3]}（{p[0]}，{p[4]}）"] for p in report.open_problems],
        landscape=False,
    )
    _raw_sheets(workbook, report)
    return workbook


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
