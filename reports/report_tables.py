"""The report's tables and summary sentences, once, for both the PDF and the Excel workbook."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from models.vocab import MONEY_INDICATORS
from reports.horse_race import last_place, podium
from reports.indicators import Indicator
from reports.numbers import Percent, Points, growth, growth_phrase, percent, text, yi
from reports.places import group_label
from reports.project_lists import ListRow
from reports.quarter_report import QuarterReport
from reports.ranking import UnitScore

INDICATOR_HEADERS = [
    "指标",
    "单位",
    "本季度",
    "本年累计",
    "上年同期",
    "同比",
    "目标",
    "完成率",
    "时序进度",
    "状态",
]
RANKING_HEADERS = [
    "名次",
    "单位",
    "工业合同",
    "工业到位",
    "战新项目",
    "开工入库",
    "投产入库",
    "综合得分",
    "奖惩",
]
VISIT_HEADERS = ["单位", "已拜访重点企业(家)", "目标(家)", "完成率", "时序进度", "进度"]
LIST_HEADERS = [
    "序号",
    "项目名称",
    "责任单位",
    "投资方",
    "产业类别",
    "总投资(亿元)",
    "合同金额(亿元)",
    "日期",
    "包保领导",
]
# 签约清单 also marks what the indicator table counts, so each count can be checked on the list.
SIGNED_MARKS = ["战新", "外资", "500强/上市"]
LAND_HEADERS = ["单位", "当年正式签约(个)", "逾期未供地(个)", "逾期比例", "能否评先进"]
LIST_TITLES = {
    "签约": "本季度签约项目",
    "开工": "本季度开工项目",
    "投产": "本季度投产项目",
    "开工入库": "本季度开工入库项目",
    "投产入库": "本季度投产入库项目",
}


def chinese_date(day: dt.date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def _share(value) -> Percent | None:
    """A Fraction (time progress) as a percentage cell."""
    return None if value is None else percent(Decimal(value.numerator) / value.denominator)


def text_percent(value) -> str:
    """A percentage inside a sentence."""
    return text(percent(value))


def indicator_rows(indicators: dict[str, Indicator]) -> list[list]:
    """The indicator table: one row per indicator; time progress only beside a count target."""
    rows = []
    for ind in indicators.values():
        if ind.target.count is not None:
            target = f"{ind.target.count}{ind.unit}"
        elif ind.target.growth is not None:
            target = f"增长 {text_percent(ind.target.growth)}"
        else:
            target = "—"
        rows.append(
            [
                ind.name,
                ind.unit,
                ind.shown(ind.quarter),
                ind.shown(ind.ytd),
                ind.shown(ind.last_ytd),
                growth(ind.ytd, ind.last_ytd, ind.money),
                target,
                percent(ind.completion),
                _share(ind.compared_progress),
                ind.status_name,
            ]
        )
    return rows


def ranking_rows(report: QuarterReport, scores: list[UnitScore] | None = None) -> list[list]:
    """The ranking table (counties and zones unless another ranking is given); 并列 in 名次."""
    keys = list(report.scheme.weights) if report.scheme else []
    return [
        [
            s.place.shown,
            s.unit,
            *[percent(s.completions.get(k)) for k in keys],
            Points(s.score),
            s.reward,
        ]
        for s in (report.ranking if scores is None else scores)
    ]


def rewards_sentence(scores: list[UnitScore]) -> str:
    """Every unit a reward or penalty line falls on, tied units each named; empty when none."""
    named = "；".join(f"{s.unit}{s.reward}" for s in scores if s.lines)
    return f"按考核办法：{named}。" if named else ""


def department_note(report: QuarterReport) -> str:
    """What the 市直部门 ranking decides, from the scheme's own lines."""
    lines = (
        "，".join(text for _which, text in report.scheme.department_rewards)
        if report.scheme
        else ""
    )
    return f"市直部门单独排名，不与县(市、区)、开发区合并排名{'：' + lines if lines else ''}（同分并列，得分为零不奖励）。"


def compliance_headers(report: QuarterReport) -> list[str]:
    first = report.period.start.month
    return ["单位", "人员", "角色", *[f"{first + i} 月 天数/要求" for i in range(3)]]


def compliance_rows(report: QuarterReport) -> list[list]:
    rows = []
    for r in report.compliance:
        cells = []
        for m in r.months:
            if m is None:
                cells.append("（未任职）")
            else:
                trips = f"，{m.trips}/{m.required_trips} 次" if m.required_trips else ""
                cells.append(f"{m.days}/{m.required_days} 天{trips} {m.status_name}")
        rows.append([r.unit, r.person, r.role, *cells])
    return rows


def visit_rows(report: QuarterReport) -> list[list]:
    """Key-enterprise visits per unit; a 市直部门's row is its count alone."""
    return [
        [
            v.unit,
            v.key_enterprises_visited,
            v.target or "—",
            percent(v.completion),
            percent(v.time_progress),
            v.status_name,
        ]
        for v in report.visits
    ]


def list_headers(kind: str, marks: bool = True) -> list[str]:
    """The columns of a project list with its date named (签约日期, 开工日期 …); the 签约 list
    adds its marks unless `marks` is off."""
    named = [f"{kind}日期" if h == "日期" else h for h in LIST_HEADERS]
    return named + (SIGNED_MARKS if marks and kind == "签约" else [])


def list_rows(rows: list[ListRow], kind: str | None = None) -> list[list]:
    marks = kind == "签约"
    return [
        [
            n,
            r.name,
            r.unit,
            r.investor,
            r.industry,
            yi(r.total_wan),
            yi(r.contract_wan) if r.contract_wan else None,
            r.date,
            r.leader,
            *(
                [_mark(r.strategic_emerging), _mark(r.foreign_funded), _mark(r.top_listed)]
                if marks
                else []
            ),
        ]
        for n, r in enumerate(rows, start=1)
    ]


def _mark(flag: bool) -> str:
    return "是" if flag else ""


RATIO_HEADERS = ["比率", "数值", "口径"]


def ratio_rows(report: QuarterReport) -> list[list]:
    """履约率, 开工率, 投产率 and 资金到位率 with what each divides, as the meeting reads them."""
    r = report.ratios
    return [
        ["履约率", percent(r.fulfilment), "本年签约项目中已开工的比例"],
        ["开工率", percent(r.start_rate), "已签约（未终止）项目中已开工的比例"],
        ["投产率", percent(r.production_rate), "已开工项目中已投产的比例"],
        [
            "资金到位率",
            percent(r.funds_rate),
            "本年签约项目累计实际到位资金 ÷ 合同金额（含补充合同），均截至期末",
        ],
    ]


def land_rows(report: QuarterReport) -> list[list]:
    return [
        [
            u.unit,
            u.signed_ytd,
            len(u.overdue),
            percent(u.ratio),
            "可以" if u.advanced_eligible else "不得评为先进",
        ]
        for u in report.land
    ]


def overview_sentence(report: QuarterReport) -> str:
    ind = report.indicators
    contract, funds = ind["contract_amount"], ind["funds_in_place"]

    def growth(i) -> str:
        phrase = growth_phrase(i.ytd, i.last_ytd, i.money)
        return f"，{phrase}" if phrase else ""

    return (
        f"{report.year}年1—{report.period.end.month}月{_so_far(report)}，新签约正式项目合同投资额 {contract.shown(contract.ytd)} 亿元"
        f"{growth(contract)}；招商引资实际到位资金 {funds.shown(funds.ytd)} 亿元{growth(funds)}；"
        f"新引进战略性新兴产业项目 {ind['strategic_emerging_projects'].ytd} 个，"
        f"项目开工入库 {ind['started_in_db'].ytd} 个，投产入库 {ind['production_in_db'].ytd} 个。"
    )


def _so_far(report: QuarterReport) -> str:
    """（截至12月6日） after the months of a quarter not yet over."""
    day = report.as_of
    return f"（截至{day.month}月{day.day}日）" if day is not None else ""


def outing_sentence(report: QuarterReport) -> str:
    months = [m for r in report.compliance for m in r.months if m is not None]
    met = sum(1 for m in months if m.status == "met")
    running = sum(1 for m in months if m.open)
    tail = f"，{running} 个月次进行中" if running else ""
    return (
        f"本季度共 {len(report.compliance)} 名（组）领导需考核外出招商，"
        f"{len(months)} 个月次中达标 {met} 个月次{tail}。"
    )


def projects_sentence(report: QuarterReport) -> str:
    counts = {kind: len(rows) for kind, rows in report.lists.items()}
    return (
        f"本季度签约项目 {counts['签约']} 个、开工 {counts['开工']} 个、投产 {counts['投产']} 个，"
        f"开工入库 {counts['开工入库']} 个、投产入库 {counts['投产入库']} 个；"
        f"履约率 {text_percent(report.ratios.fulfilment)}，开工率 {text_percent(report.ratios.start_rate)}，"
        f"投产率 {text_percent(report.ratios.production_rate)}，资金到位率 {text_percent(report.ratios.funds_rate)}。"
    )


def land_sentence(report: QuarterReport) -> str:
    late = [u for u in report.land if not u.advanced_eligible]
    names = "、".join(u.unit for u in late)
    tail = (
        f"其中{names}逾期比例超过 5%，不得评为先进单位。" if late else "各单位逾期比例均未超过 5%。"
    )
    return f"签约项目须在签约后 6 个月内取得土地使用权。{tail}"


RACE_HEADERS = ["指标", "单位", "第一名", "第二名", "第三名", "末位"]


def race_summary_rows(report: QuarterReport) -> list[list]:
    """赛马榜 in one table: the first three places and the last of each indicator (并列 shared)."""
    rows = []
    for key, race in report.races.items():
        if not race:
            continue
        ind = report.indicators[key]
        cells = [_race_cell(key, group) for group in (*podium(race), last_place(race))]
        rows.append([ind.name, ind.unit, *cells])
    return rows


def _race_cell(key: str, group) -> str:
    """Units sharing one place and their shared value: '高新区、枣阳市（并列） 3.00'."""
    if not group:
        return ""
    return f"{group_label([r.unit for r in group])} {group[0].shown(key, group[0].value)}"


RACE_DETAIL_HEADERS = ["指标", "名次", "单位", "本年累计", "上年同期", "同比"]


def race_detail_rows(report: QuarterReport) -> list[list]:
    """赛马榜 in full, for the Excel file: every unit's place on every indicator."""
    rows = []
    for key, race in report.races.items():
        name = f"{report.indicators[key].name}（{report.indicators[key].unit}）"
        for r in race:
            rows.append(
                [
                    name,
                    r.place.shown,
                    r.unit,
                    r.shown(key, r.value),
                    r.shown(key, r.last),
                    growth(r.value, r.last, key in MONEY_INDICATORS),
                ]
            )
    return rows
