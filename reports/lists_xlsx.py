"""The four project lists as Excel, in the layout a scheduling meeting reads."""

from __future__ import annotations

from pathlib import Path

from reports.numbers import percent, yi
from reports.project_lists import KINDS, ListRow
from reports.xlsx_common import (
    YI_FORMAT,
    new_workbook,
    safe_title,
    save_atomically,
    write_table,
)

DATE_HEADER = {"推介": "登记时间", "跟踪": "转入在谈时间", "签约": "签约时间", "开工": "开工时间"}


def list_table(kind: str, rows: list[ListRow]) -> tuple[list[str], list[list]]:
    """Headers and cells of a list (shared by Excel and the printed page)."""
    headers = [
        "序号",
        "项目名称",
        "责任单位",
        "投资方",
        "产业类别",
        "总投资(亿元)",
        "建设内容",
        DATE_HEADER[kind],
        "合同金额(亿元)",
        "累计到位资金(亿元)",
        "资金到位率",
        "包保领导",
        "建设地点",
        "当前阶段",
    ]
    cells = []
    for n, r in enumerate(rows, start=1):
        cells.append(
            [
                n,
                r.name,
                r.unit,
                r.investor,
                r.industry,
                yi(r.total_wan),
                r.content,
                r.date,
                yi(r.contract_wan) if r.contract_wan else None,
                yi(r.funds_wan),
                percent(r.funds_rate),
                r.leader,
                r.site,
                r.stage,
            ]
        )
    return headers, cells


def totals_row(rows: list[ListRow]) -> list:
    """合计 under a list: counts and money summed."""
    return [
        "合计",
        f"{len(rows)} 个项目",
        "",
        "",
        "",
        yi(sum(r.total_wan for r in rows)),
        "",
        None,
        yi(sum(r.contract_wan for r in rows)),
        yi(sum(r.funds_wan for r in rows)),
        None,
        "",
        "",
        "",
    ]


def write_list(path: Path, kind: str, rows: list[ListRow], title: str) -> Path:
    """One sheet, named after the list, with a title row, totals and print setup."""
    headers, cells = list_table(kind, rows)
    if rows:
        cells.append(totals_row(rows))
    workbook = new_workbook()
    sheet = workbook.create_sheet(safe_title(KINDS[kind]))
    write_table(sheet, title, headers, cells, {5: YI_FORMAT, 8: YI_FORMAT, 9: YI_FORMAT})
    return save_atomically(workbook, path)
