"""Columns of the project list, the four lists and the leads list."""

from __future__ import annotations

from models.money import format_yi
from models.vocab import INDUSTRY_CATEGORIES, STAGES
from ui.record_table import Column, RecordTableModel, iso, ordinal
from ui.vocab_text import label


def _yi(wan: int) -> str:
    return format_yi(wan) if wan else ""


class ProjectTableModel(RecordTableModel):
    """项目库 list."""

    COLUMNS = (
        Column("项目名称", lambda r: r.name, tooltip=True, key="name"),
        Column("责任单位", lambda r: r.unit, key="unit"),
        Column("投资方", lambda r: r.investor, tooltip=True, key="investor"),
        Column("产业类别", lambda r: label(INDUSTRY_CATEGORIES, r.industry), key="industry"),
        Column(
            "总投资(亿元)",
            lambda r: _yi(r.total_wan),
            lambda r: r.total_wan,
            numeric=True,
            key="total_wan",
        ),
        Column("阶段", lambda r: label(STAGES, r.stage), key="stage"),
        Column(
            "登记日期", lambda r: iso(r.lead_date), lambda r: ordinal(r.lead_date), key="lead_date"
        ),
        Column(
            "签约日期",
            lambda r: iso(r.signed_date),
            lambda r: ordinal(r.signed_date),
            key="signed_date",
        ),
        Column(
            "合同金额(亿元)",
            lambda r: _yi(r.contract_wan),
            lambda r: r.contract_wan,
            numeric=True,
            key="contract_wan",
        ),
        Column(
            "到位资金(亿元)",
            lambda r: _yi(r.funds_wan),
            lambda r: r.funds_wan,
            numeric=True,
            key="funds_wan",
        ),
        Column("包保领导", lambda r: r.leader, key="leader"),
    )


class ListTableModel(RecordTableModel):
    """One of the four lists (推介 / 跟踪 / 签约 / 开工)."""

    COLUMNS = (
        Column("项目名称", lambda r: r.name, tooltip=True),
        Column("责任单位", lambda r: r.unit),
        Column("投资方", lambda r: r.investor, tooltip=True),
        Column("产业类别", lambda r: r.industry),
        Column("总投资(亿元)", lambda r: _yi(r.total_wan), lambda r: r.total_wan, numeric=True),
        Column("日期", lambda r: iso(r.date), lambda r: ordinal(r.date)),
        Column(
            "合同金额(亿元)", lambda r: _yi(r.contract_wan), lambda r: r.contract_wan, numeric=True
        ),
        Column("到位资金(亿元)", lambda r: _yi(r.funds_wan), lambda r: r.funds_wan, numeric=True),
        Column("包保领导", lambda r: r.leader),
        Column("当前阶段", lambda r: r.stage),
    )
