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

from models.db.activities import Event
from models.db.base import RecordModel
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

    name = CharField(max_length=120, constraints=[Check("length(trim(name)) > 0")])
    unit = ForeignKeyField(Unit, backref="projects", on_delete="RESTRICT")  # 责任单位
    enterprise = ForeignKeyField(Enterprise, backref="projects", null=True, on_delete="RESTRICT")
    content = TextField(default="")  # 建设内容
    total_investment_wan = BigIntegerField(constraints=[Check("total_investment_wan >= 0")])
    industry_category = CharField(max_length=16, default="industry")  # vocab.INDUSTRY_CATEGORIES
    chain = CharField(max_length=60, default="")  # 所属产业链
    strategic_emerging = CharField(max_length=16, null=True)  # vocab.STRATEGIC_EMERGING
    foreign_funded = BooleanField(default=False)
    source_region = CharField(max_length=16, default="domestic")  # vocab.REGIONS
    source_city = CharField(max_length=60, default="")
    returnee = BooleanField(default=False)  # 楚商回归
    alumni = BooleanField(default=False)  # 校友
    commissioned = BooleanField(default=False)  # 委托招商
    event = ForeignKeyField(Event, backref="projects", null=True, on_delete="SET NULL")
    lead_leader = ForeignKeyField(Person, backref="led_projects", null=True, on_delete="SET NULL")
    team = TextField(default="")  # 五个一: one team
    plan = TextField(default="")  # 五个一: one plan
    is_key = BooleanField(default=False)  # 重点项目
    needs_land = BooleanField(default=False)
    land_date = DateField(null=True)  # 取得土地使用权
    site = CharField(max_length=120, default="")  # 建设地点(园区)
    land_area_mu = DecimalField(max_digits=12, decimal_places=2, null=True, auto_round=True)
    stage = CharField(max_length=16, default="lead", index=True)  # vocab.STAGES
    lead_date = DateField(null=True)
    negotiating_date = DateField(null=True)
    signed_date = DateField(null=True, index=True)  # first formal contract
    started_date = DateField(null=True, index=True)
    production_date = DateField(null=True, index=True)
    started_in_db_date = DateField(null=True, index=True)  # 开工入库
    production_in_db_date = DateField(null=True, index=True)  # 投产入库
    terminated_date = DateField(null=True)
    terminated_reason = TextField(default="")
    rival_location = CharField(max_length=60, default="")  # where a lost project went
    note = TextField(default="")

    class Meta:
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

    project = ForeignKeyField(Project, backref="stage_events", on_delete="CASCADE")
    stage = CharField(max_length=20)  # vocab.STAGES or vocab.DB_EVENTS key
    date = DateField()
    is_correction = BooleanField(default=False)
    reason = TextField(default="")

    class Meta:
        indexes = ((("project", "date"), False),)


class Contract(RecordModel):
    """合同: only 正式合同 counts for signing indicators; a supplementary one adds its own amount."""

    audit_owner = "project"
    lock_dates = ("signed_date",)
    lock_unit_field = "project"
    lock_unit_via = "project"

    project = ForeignKeyField(Project, backref="contracts", on_delete="CASCADE")
    kind = CharField(max_length=16)  # vocab.CONTRACT_KINDS
    signed_date = DateField(index=True)
    amount_wan = BigIntegerField(constraints=[Check("amount_wan > 0")])  # 合同金额, 万元
    supplementary = BooleanField(default=False)  # 补充合同: amount is the added amount
    note = TextField(default="")

    class Meta:
        indexes = ((("project", "signed_date"), False),)


class FundsEntry(RecordModel):
    """实际到位资金: money that arrived on a date, with its proof."""

    audit_owner = "project"
    lock_dates = ("date",)
    lock_unit_field = "project"
    lock_unit_via = "project"

    project = ForeignKeyField(Project, backref="funds", on_delete="CASCADE")
    date = DateField()
    amount_wan = BigIntegerField(constraints=[Check("amount_wan > 0")])
    proof_type = CharField(max_length=16, default="bank_slip")  # vocab.PROOF_TYPES
    verified = BooleanField(default=False)
    note = TextField(default="")

    class Meta:
        # (date, project, amount) lets period sums read the index alone.
        indexes = ((("project", "date"), False), (("date", "project", "amount_wan"), False))


class ProjectLead(RecordModel):
    """项目信息: a lead received and passed to a unit, which owes feedback by a deadline (§18)."""

    lock_dates = ("received_date",)
    lock_unit_field = "assigned_unit"

    received_date = DateField()
    source = CharField(max_length=120, default="")
    description = TextField()
    assigned_unit = ForeignKeyField(Unit, backref="leads", on_delete="RESTRICT")
    shared_by_unit = ForeignKeyField(Unit, backref="shared_leads", null=True, on_delete="SET NULL")
    feedback_deadline = DateField(index=True)
    feedback_date = DateField(null=True)
    feedback = TextField(default="")
    project = ForeignKeyField(Project, backref="leads", null=True, on_delete="SET NULL")

    class Meta:
        constraints = [SQL("CHECK (feedback_deadline >= received_date)")]


class Problem(RecordModel):
    """问题台账: an open problem of a landed project, who owns it and when it was resolved (§24)."""

    audit_owner = "project"
    lock_dates = ("raised_date",)
    lock_unit_field = "project"
    lock_unit_via = "project"

    project = ForeignKeyField(Project, backref="problems", on_delete="CASCADE")
    raised_date = DateField()
    description = TextField()
    owner = CharField(max_length=60, default="")  # 责任单位/责任人
    resolved_date = DateField(null=True)
    resolution = TextField(default="")

    class Meta:
        constraints = [SQL("CHECK (resolved_date IS NULL OR resolved_date >= raised_date)")]
