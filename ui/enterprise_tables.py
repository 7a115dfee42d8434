"""Columns of the enterprise registry and the visit lists."""

from __future__ import annotations

from models.vocab import ENTERPRISE_TAGS, REGIONS, VISIT_FORMS
from ui.record_table import Column, RecordTableModel, iso, ordinal
from ui.vocab_text import label


class EnterpriseTableModel(RecordTableModel):
    """企业库 list."""

    COLUMNS = (
        Column("企业名称", lambda r: r.name, tooltip=True, key="name"),
        Column("统一社会信用代码", lambda r: r.credit_code, key="credit_code"),
        Column(
            "企业类别",
            lambda r: "、".join(label(ENTERPRISE_TAGS, t) for t in r.tags),
            tooltip=True,
            key="tags",
        ),
        Column("重点", lambda r: "★" if r.is_key else "", lambda r: int(r.is_key), key="is_key"),
        Column("区域", lambda r: label(REGIONS, r.region), key="region"),
        Column("所在地", lambda r: r.city, key="city"),
        Column("行业", lambda r: r.industry, key="industry"),
        Column("拜访次数", lambda r: str(r.visits), lambda r: r.visits, numeric=True, key="visits"),
        Column(
            "最近拜访",
            lambda r: iso(r.last_visit),
            lambda r: ordinal(r.last_visit),
            key="last_visit",
        ),
    )


class VisitTableModel(RecordTableModel):
    """拜访记录 list (also the visits of one enterprise or one trip)."""

    COLUMNS = (
        Column("日期", lambda r: iso(r.date), lambda r: ordinal(r.date), key="date"),
        Column("单位", lambda r: r.unit, key="unit"),
        Column(
            "企业",
            lambda r: ("★ " if r.is_key else "") + r.enterprise,
            lambda r: r.enterprise,
            tooltip=True,
            key="enterprise",
        ),
        Column("拜访人员", lambda r: r.people, tooltip=True, key="people"),
        Column("方式", lambda r: label(VISIT_FORMS, r.form), key="form"),
        Column("洽谈内容", lambda r: r.content, tooltip=True, key="content"),
        Column("成效", lambda r: r.outcome, tooltip=True, key="outcome"),
        Column(
            "跟进日期",
            lambda r: iso(r.follow_up_date),
            lambda r: ordinal(r.follow_up_date),
            key="follow_up_date",
        ),
    )
