"""Configuration: yearly quota and target rules, last-year baselines, settings.

Nothing about 7 / 10 / 1 / 2 / 5 days or the 8% growth target lives in code: it is seeded here
from resources/defaults and edited by users in 设置.
"""

from __future__ import annotations

from peewee import (
    BigIntegerField,
    BooleanField,
    CharField,
    Check,
    DecimalField,
    ForeignKeyField,
    IntegerField,
    TextField,
)

from models import vocab
from models.db.base import BaseModel, choices
from models.db.org import Unit


class QuotaRule(BaseModel):
    """外出考核规则: a role's monthly outing minimum for a year; pooled roles sum their holders."""

    year = IntegerField(verbose_name="年份")
    role = CharField(max_length=16, choices=choices(vocab.ROLES), verbose_name="角色")
    min_days = IntegerField(
        default=0, constraints=[Check("min_days >= 0")], verbose_name="每月天数"
    )
    min_trips = IntegerField(
        default=0, constraints=[Check("min_trips >= 0")], verbose_name="每月次数"
    )
    # 党政主要负责人: judged together, person-days summed
    pooled = BooleanField(default=False, verbose_name="合并计算")

    class Meta:
        verbose_name = "外出考核规则"
        indexes = ((("year", "role"), True),)


class IndicatorRule(BaseModel):
    """指标目标: a year's target for one indicator, for every unit, one unit, or the city in total.

    unit empty and city_total false: the default for each unit; unit set: that unit's own value.
    threshold_wan holds an indicator's size limit (5亿 for big projects, 50亿 / 30亿 for major ones).
    """

    year = IntegerField(verbose_name="年份")
    indicator = CharField(max_length=40, choices=choices(vocab.INDICATORS), verbose_name="指标")
    unit = ForeignKeyField(
        Unit, backref="indicator_rules", null=True, on_delete="CASCADE", verbose_name="单位"
    )
    city_total = BooleanField(default=False, verbose_name="全市合计")
    # 0.08 = +8% YoY
    target_growth = DecimalField(max_digits=6, decimal_places=4, null=True, verbose_name="增长目标")
    # e.g. 100 key enterprises, 2 foreign projects
    target_count = IntegerField(null=True, verbose_name="目标个数")
    threshold_wan = BigIntegerField(null=True, verbose_name="规模门槛(万元)")

    class Meta:
        verbose_name = "指标目标"
        indexes = ((("year", "indicator"), False),)


class Baseline(BaseModel):
    """上年同期: a figure entered once for a year with no records; an entered baseline wins."""

    unit = ForeignKeyField(Unit, backref="baselines", on_delete="CASCADE", verbose_name="单位")
    year = IntegerField(verbose_name="年份")  # the year the value belongs to
    quarter = IntegerField(constraints=[Check("quarter BETWEEN 1 AND 4")], verbose_name="截至季度")
    indicator = CharField(max_length=40, choices=choices(vocab.INDICATORS), verbose_name="指标")
    value = BigIntegerField(verbose_name="数值")  # 万元 for money indicators, a count otherwise
    note = TextField(default="", verbose_name="备注")

    class Meta:
        verbose_name = "上年同期"
        indexes = ((("unit", "year", "quarter", "indicator"), True),)


class Setting(BaseModel):
    """设置: small key/value configuration stored with the data (the home unit, for instance)."""

    key = CharField(max_length=60, primary_key=True, verbose_name="设置项")
    value = TextField(default="", verbose_name="值")

    class Meta:
        verbose_name = "设置"
