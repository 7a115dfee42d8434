"""The template: sheets, their columns, the synonyms real ledgers use, and finding the header row."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from models import vocab


@dataclass(frozen=True)
class Column:
    """One column of a template sheet; amount columns take (亿元) or (万元) from the header."""

    key: str
    header: str
    required: bool = False
    synonyms: tuple[str, ...] = ()
    amount: bool = False


@dataclass(frozen=True)
class SheetSpec:
    """One template sheet: its columns in template order (extra optional ones after the issue's)."""

    name: str
    columns: tuple[Column, ...]
    synonyms: tuple[str, ...] = ()

    def column(self, key: str) -> Column:
        return next(c for c in self.columns if c.key == key)


def _c(key, header, *synonyms, required=False, amount=False) -> Column:
    return Column(key, header, required, tuple(synonyms), amount)


UNITS = SheetSpec(
    "单位",
    (
        _c("name", "单位名称", "单位", "名称", required=True),
        _c("kind", "类别", "单位类别"),
        _c("order", "排序", "顺序"),
    ),
    ("单位名单",),
)

PEOPLE = SheetSpec(
    "人员",
    (
        _c("unit", "单位", "所在单位", "工作单位", required=True),
        _c("name", "姓名", "人员", "人员姓名", required=True),
        _c("title", "职务"),
        _c("role", "角色", "领导类型", "人员类别"),
        _c("role_from", "任职开始", "任职开始日期", "起始日期", "任职日期"),
        _c("role_to", "任职结束", "任职结束日期", "离任日期"),
        _c("phone", "电话", "联系电话"),
    ),
    ("人员名单", "领导名单"),
)

TRIPS = SheetSpec(
    "外出招商",
    (
        _c("unit", "单位", "所在单位", required=True),
        _c("people", "参加人员", "姓名", "人员", "带队领导", "外出人员", required=True),
        _c("start", "开始日期", "开始时间", "出发日期", "出发时间", required=True),
        _c("end", "结束日期", "结束时间", "返回日期", "返回时间", required=True),
        _c("dest", "目的地", "外出地点", "地点", required=True),
        _c("region", "区域", "所在区域", "目的地区域", required=True),
        _c("purpose", "事由", "洽谈内容", "外出事由", "活动"),
        _c("outcome", "成效", "取得成效"),
        _c("country", "国家/地区", "国家或地区", "国家"),
        _c("enterprises", "拜访企业", "对接企业"),
    ),
    ("外出招商登记", "外出招商台账", "外出"),
)

ENTERPRISES = SheetSpec(
    "企业",
    (
        _c("name", "企业名称", "客商名称", "公司名称", "企业", required=True),
        _c("code", "统一社会信用代码", "信用代码", "社会信用代码"),
        _c("tags", "企业类别", "企业类型"),
        _c("region", "所在区域", "区域"),
        _c("city", "所在地", "所在城市", "注册地"),
        _c("industry", "所属产业", "所属行业", "行业", "产业"),
        _c("is_key", "重点企业", "是否重点企业"),
        _c("country", "国家/地区", "国家或地区", "国家"),
        _c("chain", "所属产业链", "产业链"),
        _c("contact", "联系人"),
        _c("contact_title", "联系人职务", "职务"),
        _c("contact_phone", "联系电话", "电话"),
        _c("notes", "备注"),
    ),
    ("客商信息", "企业库", "企业名录"),
)

VISITS = SheetSpec(
    "拜访",
    (
        _c("date", "日期", "拜访日期", "对接日期", "拜访时间", required=True),
        _c("unit", "单位", "所在单位", required=True),
        _c("enterprise", "企业名称", "拜访企业", "客商名称", "企业", required=True),
        _c("people", "拜访人员", "参加人员", "人员", "姓名", required=True),
        _c("form", "方式", "拜访方式", "对接方式"),
        _c("content", "内容", "洽谈内容", "拜访内容"),
        _c("outcome", "成效", "取得成效"),
        _c("follow_up", "跟进日期", "下次跟进日期"),
        _c("next_step", "下步工作", "下一步工作"),
    ),
    ("拜访记录", "拜访台账", "企业拜访"),
)

PROJECTS = SheetSpec(
    "项目",
    (
        _c("name", "项目名称", required=True),
        _c("unit", "单位", "责任单位", required=True),
        _c("investor", "投资方", "投资方名称", "客商名称", "投资企业"),
        _c("category", "产业类别", "项目类别"),
        _c("strategic", "战略性新兴产业", "是否战新", "战新产业"),
        _c("foreign", "外资", "是否外资", "外资项目"),
        _c("total", "总投资", "计划总投资", required=True, amount=True),
        _c("stage", "阶段", "项目阶段"),
        _c("contract_kind", "合同类型"),
        _c("signed", "签约日期", "签约时间"),
        _c("contract_amount", "合同金额", "合同投资额", amount=True),
        _c("started", "开工日期", "开工时间"),
        _c("started_db", "开工入库日期", "开工入库时间"),
        _c("production", "投产日期", "投产时间"),
        _c("production_db", "投产入库日期", "投产入库时间"),
        _c("needs_land", "需要供地", "是否供地", "是否需要供地"),
        _c("land_date", "取得土地日期", "供地日期", "取得土地使用权日期"),
        _c("leader", "包保领导"),
        _c("source_region", "来源区域", "投资方区域"),
        _c("lead_date", "登记日期", "信息获取日期"),
        _c("negotiating", "在谈日期"),
        _c("content", "建设内容"),
        _c("chain", "所属产业链", "产业链"),
        _c("source_city", "投资方所在地", "来源城市"),
        _c("site", "建设地点", "园区"),
        _c("land_area", "用地", "用地面积"),
        _c("is_key", "重点项目", "是否重点项目"),
        _c("terminated", "终止日期"),
        _c("terminated_reason", "终止原因"),
        _c("rival", "落户地"),
        _c("event", "来源活动", "招商活动"),
        _c("note", "备注"),
    ),
    ("项目台账", "项目库", "项目清单"),
)

CONTRACTS = SheetSpec(
    "合同",
    (
        _c("project", "项目名称", required=True),
        _c("unit", "单位", "责任单位", required=True),
        _c("kind", "合同类型", required=True),
        _c("date", "签订日期", "签约日期", required=True),
        _c("amount", "金额", "合同金额", required=True, amount=True),
        _c("supplementary", "补充合同", "是否补充合同"),
        _c("note", "备注"),
    ),
    ("合同台账",),
)

FUNDS = SheetSpec(
    "到位资金",
    (
        _c("project", "项目名称", required=True),
        _c("unit", "单位", "责任单位", required=True),
        _c("date", "日期", "到位日期", required=True),
        _c("amount", "金额", "到位金额", "到位资金", required=True, amount=True),
        _c("proof", "凭证类型", "凭证"),
        _c("verified", "已核实", "是否核实"),
        _c("note", "备注"),
    ),
    ("资金到位", "到位资金台账"),
)

EVENTS = SheetSpec(
    "招商活动",
    (
        _c("name", "活动名称", required=True),
        _c("kind", "活动类型"),
        _c("start", "开始日期", "开始时间", "举办日期", required=True),
        _c("end", "结束日期", "结束时间"),
        _c("unit", "主办单位", "单位"),
        _c("region", "区域"),
        _c("city", "举办城市", "城市", "地点"),
        _c("attendees", "参加人员"),
        _c("note", "备注"),
    ),
    ("招商活动台账", "活动"),
)

LEADS = SheetSpec(
    "项目信息",
    (
        _c("received", "收到日期", "收到时间", required=True),
        _c("description", "项目信息", "信息内容", required=True),
        _c("unit", "承接单位", "单位", required=True),
        _c("deadline", "反馈期限", "反馈截止日期", required=True),
        _c("source", "信息来源", "来源"),
        _c("shared_by", "推荐单位"),
        _c("feedback_date", "反馈日期"),
        _c("feedback", "反馈内容", "反馈情况"),
        _c("project", "项目名称"),
    ),
    ("项目信息台账", "项目信息反馈"),
)

PROBLEMS = SheetSpec(
    "问题台账",
    (
        _c("project", "项目名称", required=True),
        _c("unit", "单位", "责任单位", required=True),
        _c("raised", "提出日期", required=True),
        _c("description", "问题描述", "存在问题", required=True),
        _c("owner", "责任人", "牵头单位"),
        _c("resolved", "解决日期"),
        _c("resolution", "解决情况"),
    ),
    ("问题清单",),
)

MEETINGS = SheetSpec(
    "会议",
    (
        _c("unit", "单位", required=True),
        _c("date", "会议日期", "日期", required=True),
        _c("kind", "会议类型"),
        _c("task_force", "产业专班"),
        _c("chair", "主持人"),
        _c("count", "参会人数"),
        _c("note", "会议内容", "内容"),
    ),
    ("调度会", "会议台账"),
)

BASELINES = SheetSpec(
    "上年同期",
    (
        _c("unit", "单位", required=True),
        _c("year", "年份", required=True),
        _c("quarter", "截至季度", "季度", required=True),
        _c("indicator", "指标", "指标名称", required=True),
        _c("value", "数值", "数据", required=True),
    ),
    ("上年同期数", "基数"),
)

# Columns that take one value of a fixed list (offered as a drop-down in the template).
CHOICES: dict[tuple[str, str], dict[str, str]] = {
    ("单位", "kind"): vocab.UNIT_KINDS,
    ("人员", "role"): vocab.ROLES,
    ("企业", "region"): vocab.REGIONS,
    ("招商活动", "kind"): vocab.EVENT_KINDS,
    ("招商活动", "region"): vocab.REGIONS,
    ("外出招商", "region"): vocab.REGIONS,
    ("拜访", "form"): vocab.VISIT_FORMS,
    ("项目", "category"): vocab.INDUSTRY_CATEGORIES,
    ("项目", "strategic"): vocab.STRATEGIC_EMERGING,
    ("项目", "stage"): vocab.STAGES,
    ("项目", "contract_kind"): vocab.CONTRACT_KINDS,
    ("项目", "source_region"): vocab.REGIONS,
    ("合同", "kind"): vocab.CONTRACT_KINDS,
    ("到位资金", "proof"): vocab.PROOF_TYPES,
    ("会议", "kind"): vocab.MEETING_KINDS,
    ("上年同期", "indicator"): vocab.INDICATORS,
}
YES_NO = {
    ("企业", "is_key"),
    ("项目", "foreign"),
    ("项目", "needs_land"),
    ("项目", "is_key"),
    ("合同", "supplementary"),
    ("到位资金", "verified"),
}

# Import order: what a row names must already be there (people before trips, projects before funds).
SHEETS = (
    UNITS,
    PEOPLE,
    ENTERPRISES,
    EVENTS,
    TRIPS,
    VISITS,
    PROJECTS,
    CONTRACTS,
    FUNDS,
    LEADS,
    PROBLEMS,
    MEETINGS,
    BASELINES,
)

# Columns some ledgers carry that the program works out itself; skipped without a remark.
DERIVED = {"序号", "编号", "天数", "外出天数"}

# What an amount header must say in its brackets: a bare 总投资 could be 亿元 or 万元, so it is refused.
AMOUNT_UNITS = {"亿元": "亿元", "亿": "亿元", "万元": "万元", "万": "万元", "元": "元"}

_UNIT_SUFFIX = re.compile(r"[(（]([^()（）]*)[)）]$")


def normalise_header(text) -> tuple[str, str]:
    """(name, unit): full width → half, spaces gone, a trailing bracket split off (总投资(亿元))."""
    raw = unicodedata.normalize("NFKC", "" if text is None else str(text))
    raw = re.sub(r"\s+", "", raw)
    unit = ""
    match = _UNIT_SUFFIX.search(raw)
    if match and match.start() > 0:
        unit = match.group(1)
        raw = raw[: match.start()]
    return raw, unit


def _names(column: Column) -> list[str]:
    return [normalise_header(n)[0] for n in (column.header, *column.synonyms)]


def spec_for_sheet(title: str, grid: list[list] | None = None) -> SheetSpec | None:
    """The template sheet a workbook sheet is: by its name or a synonym, a name it contains
    (2020年拜访台账), or else by its header row naming every required column of exactly one sheet."""
    name = normalise_header(title)[0]
    for spec in SHEETS:
        if name in (spec.name, *spec.synonyms):
            return spec
    contained = [
        (len(n), spec) for spec in SHEETS for n in (spec.name, *spec.synonyms) if n and n in name
    ]
    if contained:
        return max(contained, key=lambda pair: pair[0])[1]
    if not grid:
        return None
    fits = []
    for spec in SHEETS:
        header = find_header(spec, grid)
        if header is not None and not header.missing:
            fits.append((len(header.columns), spec))
    fits.sort(key=lambda pair: pair[0], reverse=True)
    if fits and (len(fits) == 1 or fits[0][0] > fits[1][0]):
        return fits[0][1]
    return None


@dataclass
class HeaderMatch:
    """Where a sheet's header is and which file column holds which template column."""

    row: int  # 0-based index in the grid
    columns: dict[str, int] = field(default_factory=dict)  # key → 0-based column index
    units: dict[str, str] = field(default_factory=dict)  # key → 亿元 / 万元 for amount columns
    headers: dict[str, str] = field(default_factory=dict)  # key → the header as written
    unknown: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    bad_units: list[str] = field(default_factory=list)  # amount headers without 亿元 / 万元 / 元


def match_header(spec: SheetSpec, cells: list) -> HeaderMatch:
    """Map one row's cells to the sheet's columns; the first name that fits a column wins."""
    found = HeaderMatch(row=0)
    for index, cell in enumerate(cells):
        name, unit = normalise_header(cell)
        if not name:
            continue
        column = next(
            (c for c in spec.columns if name in _names(c) and c.key not in found.columns), None
        )
        if column is None:
            if name not in DERIVED and not any(name in _names(c) for c in spec.columns):
                found.unknown.append(str(cell).strip())
            continue
        found.columns[column.key] = index
        found.headers[column.key] = str(cell).strip()
        if column.amount:
            known = AMOUNT_UNITS.get(unit)
            if known is None:
                found.bad_units.append(str(cell).strip())
            found.units[column.key] = known or "亿元"
    found.missing = [c.header for c in spec.columns if c.required and c.key not in found.columns]
    return found


HEADER_SCAN_ROWS = 10


def find_header(spec: SheetSpec, grid: list[list]) -> HeaderMatch | None:
    """The header row: among the first rows (title rows may sit above it), the one naming most columns."""
    best = None
    for index, cells in enumerate(grid[:HEADER_SCAN_ROWS]):
        match = match_header(spec, cells)
        match.row = index
        if best is None or len(match.columns) > len(best.columns):
            best = match
    if best is None or not best.columns:
        return None
    return best
