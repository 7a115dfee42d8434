"""项目与合同: the project pipeline, contracts, funds in place, leads and the problem ledger."""

from __future__ import annotations

from peewee import (
    SQL,
    BigIntegerField,
    BooleanField,
    CharField,
    Check,
    DateField,
    DecimalField,
    ForeignKeyField,
    TextField,
)

from models import vocab
from models.db.activities import Event
from models.db.base import RecordModel, choices
from models.db.enterprises import Enterprise
from models.db.org import Person, Unit


class Project(RecordModel):
    """项目: one investment project; stage dates are kept on the row for fast period counts."""

    lock_dates = (
        "lead_date",
        "negotiating_date",
        "signed_date",
        "started_date",
        "production_date",
        "started_in_db_date",
        "production_in_db_date",
        "terminated_date",
        "land_date",
    )
    lock_changed_only = True
    lock_figures = (
        "name",
        "unit",
        "enterprise",
        "total_investment_wan",
        "industry_category",
        "strategic_emerging",
        "foreign_funded",
    )
    lock_figure_dates = ("signed_date", "started_in_db_date", "production_in_db_date")

    name = CharField(
        max_length=120, constraints=[Check("length(trim(name)) > 0")], verbose_name="名称"
    )
    # 责任单位
    unit = ForeignKeyField(Unit, backref="projects", on_delete="RESTRICT", verbose_name="单位")
    enterprise = ForeignKeyField(
        Enterprise, backref="projects", null=True, on_delete="RESTRICT", verbose_name="企业"
    )
    content = TextField(default="", verbose_name="内容")  # 建设内容
    total_investment_wan = BigIntegerField(
        constraints=[Check("total_investment_wan >= 0")], verbose_name="总投资(万元)"
    )
    industry_category = CharField(
        max_length=16,
        default="industry",
        choices=choices(vocab.INDUSTRY_CATEGORIES),
        verbose_name="产业类别",
    )
    chain = CharField(max_length=60, default="", verbose_name="所属产业链")
    strategic_emerging = CharField(
        max_length=16,
        null=True,
        choices=choices(vocab.STRATEGIC_EMERGING),
        verbose_name="战略性新兴产业",
    )
    foreign_funded = BooleanField(default=False, verbose_name="外资")
    source_region = CharField(
        max_length=16, default="domestic", choices=choices(vocab.REGIONS), verbose_name="来源区域"
    )
    source_city = CharField(max_length=60, default="", verbose_name="来源城市")
    returnee = BooleanField(default=False, verbose_name="楚商回归")
    alumni = BooleanField(default=False, verbose_name="校友")
    commissioned = BooleanField(default=False, verbose_name="委托招商")
    event = ForeignKeyField(
        Event, backref="projects", null=True, on_delete="SET NULL", verbose_name="来源活动"
    )
    lead_leader = ForeignKeyField(
        Person, backref="led_projects", null=True, on_delete="SET NULL", verbose_name="包保领导"
    )
    team = TextField(default="", verbose_name="工作专班")  # 五个一: one team
    plan = TextField(default="", verbose_name="推进方案")  # 五个一: one plan
    is_key = BooleanField(default=False, verbose_name="重点项目")
    needs_land = BooleanField(default=False, verbose_name="需要供地")
    land_date = DateField(null=True, verbose_name="取得土地日期")  # 取得土地使用权
    site = CharField(max_length=120, default="", verbose_name="建设地点")  # 建设地点(园区)
    land_area_mu = DecimalField(
        max_digits=12, decimal_places=2, null=True, auto_round=True, verbose_name="用地(亩)"
    )
    stage = CharField(
        max_length=16,
        default="lead",
        index=True,
        choices=choices(vocab.STAGES),
        verbose_name="阶段",
    )
    lead_date = DateField(null=True, verbose_name="登记日期")
    negotiating_date = DateField(null=True, verbose_name="在谈日期")
    # first formal contract
    signed_date = DateField(null=True, index=True, verbose_name="签约日期")
    started_date = DateField(null=True, index=True, verbose_name="开工日期")
    production_date = DateField(null=True, index=True, verbose_name="投产日期")
    started_in_db_date = DateField(null=True, index=True, verbose_name="开工入库日期")
    production_in_db_date = DateField(null=True, index=True, verbose_name="投产入库日期")
    terminated_date = DateField(null=True, verbose_name="终止日期")
    terminated_reason = TextField(default="", verbose_name="终止原因")
    # where a lost project went
    rival_location = CharField(max_length=60, default="", verbose_name="落户地")
    note = TextField(default="", verbose_name="备注")

    class Meta:
        verbose_name = "项目"
        indexes = (
            (("unit", "name"), True),
            (("unit", "signed_date"), False),
            # 供地期限: projects still without land, by signing date (reports/land.py land_counts)
            (("needs_land", "land_date", "signed_date", "unit"), False),
        )


class StageEvent(RecordModel):
    """阶段变更: each stage change with its date; corrections carry their reason."""

    audit_owner = "project"
    lock_dates = ("date",)
    lock_unit_field = "project"
    lock_unit_via = "project"

    project = ForeignKeyField(
        Project, backref="stage_events", on_delete="CASCADE", verbose_name="项目"
    )
    stage = CharField(
        max_length=20, choices=choices(vocab.STAGES | vocab.DB_EVENTS), verbose_name="阶段"
    )
    date = DateField(verbose_name="日期")
    is_correction = BooleanField(default=False, verbose_name="更正")
    reason = TextField(default="", verbose_name="原因")

    class Meta:
        verbose_name = "项目阶段"
        indexes = ((("project", "date"), False),)


class Contract(RecordModel):
    """合同: only 正式合同 counts for signing indicators; a supplementary one adds its own amount."""

    audit_owner = "project"
    lock_dates = ("signed_date",)
    lock_unit_field = "project"
    lock_unit_via = "project"

    project = ForeignKeyField(
        Project, backref="contracts", on_delete="CASCADE", verbose_name="项目"
    )
    kind = CharField(max_length=16, choices=choices(vocab.CONTRACT_KINDS), verbose_name="类型")
    signed_date = DateField(index=True, verbose_name="签约日期")
    # 合同金额
    amount_wan = BigIntegerField(constraints=[Check("amount_wan > 0")], verbose_name="金额(万元)")
    # a supplementary contract's amount is the amount it adds
    supplementary = BooleanField(default=False, verbose_name="补充合同")
    note = TextField(default="", verbose_name="备注")

    class Meta:
        verbose_name = "合同"
        indexes = ((("project", "signed_date"), False),)


class FundsEntry(RecordModel):
    """实际到位资金: money that arrived on a date, with its proof."""

    audit_owner = "project"
    lock_dates = ("date",)
    lock_unit_field = "project"
    lock_unit_via = "project"

    project = ForeignKeyField(Project, backref="funds", on_delete="CASCADE", verbose_name="项目")
    date = DateField(verbose_name="日期")
    amount_wan = BigIntegerField(constraints=[Check("amount_wan > 0")], verbose_name="金额(万元)")
    proof_type = CharField(
        max_length=16,
        default="bank_slip",
        choices=choices(vocab.PROOF_TYPES),
        verbose_name="凭证类型",
    )
    verified = BooleanField(default=False, verbose_name="已核实")
    note = TextField(default="", verbose_name="备注")

    class Meta:
        verbose_name = "到位资金"
        # (date, project, amount) lets period sums read the index alone.
        indexes = ((("project", "date"), False), (("date", "project", "amount_wan"), False))


class ProjectLead(RecordModel):
    """项目信息: a lead received and passed to a unit, which owes feedback by a deadline (§18)."""

    lock_dates = ("received_date",)
    lock_unit_field = "assigned_unit"

    received_date = DateField(verbose_name="收到日期")
    source = CharField(max_length=120, default="", verbose_name="来源")
    description = TextField(verbose_name="内容")
    assigned_unit = ForeignKeyField(
        Unit, backref="leads", on_delete="RESTRICT", verbose_name="承接单位"
    )
    shared_by_unit = ForeignKeyField(
        Unit, backref="shared_leads", null=True, on_delete="SET NULL", verbose_name="推荐单位"
    )
    feedback_deadline = DateField(index=True, verbose_name="反馈期限")
    feedback_date = DateField(null=True, verbose_name="反馈日期")
    feedback = TextField(default="", verbose_name="反馈内容")
    project = ForeignKeyField(
        Project, backref="leads", null=True, on_delete="SET NULL", verbose_name="项目"
    )

    class Meta:
        verbose_name = "项目信息"
        constraints = [SQL("CHECK (feedback_deadline >= received_date)")]


class Problem(RecordModel):
    """问题台账: an open problem of a landed project, who owns it and when it was resolved (§24)."""

    audit_owner = "project"
    lock_dates = ("raised_date",)
    lock_unit_field = "project"
    lock_unit_via = "project"

    project = ForeignKeyField(Project, backref="problems", on_delete="CASCADE", verbose_name="项目")
    raised_date = DateField(verbose_name="提出日期")
    description = TextField(verbose_name="内容")
    owner = CharField(max_length=60, default="", verbose_name="责任人")  # 责任单位/责任人
    resolved_date = DateField(null=True, verbose_name="解决日期")
    resolution = TextField(default="", verbose_name="解决情况")

    class Meta:
        verbose_name = "问题"
        constraints = [SQL("CHECK (resolved_date IS NULL OR resolved_date >= raised_date)")]
