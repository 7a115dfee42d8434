"""The first schema: every table of the foundation, frozen as it was when it shipped."""

from peewee import *


def up(migrator, db):
    class Unit(Model):
        name = CharField(
            unique=True, max_length=40, constraints=[SQL("CHECK (length(trim(name)) > 0)")]
        )
        kind = CharField(max_length=16)
        sort_order = IntegerField(default=0)
        active = BooleanField(default=True)

        class Meta:
            database = db
            legacy_table_names = False
            table_name = "unit"

    db.create_tables([Unit])

    class Person(Model):
        created_at = DateTimeField()
        updated_at = DateTimeField()
        unit = ForeignKeyField(Unit, on_delete="RESTRICT")
        name = CharField(max_length=40, constraints=[SQL("CHECK (length(trim(name)) > 0)")])
        title = CharField(max_length=60, default="")
        phone = CharField(max_length=40, default="")
        note = TextField(default="")

        class Meta:
            database = db
            legacy_table_names = False
            table_name = "person"
            indexes = ((("unit", "name"), True),)

    db.create_tables([Person])

    class RoleAssignment(Model):
        created_at = DateTimeField()
        updated_at = DateTimeField()
        person = ForeignKeyField(Person, on_delete="CASCADE")
        role = CharField(max_length=16)
        title = CharField(max_length=60, default="")
        valid_from = DateField()
        valid_to = DateField(null=True)

        class Meta:
            database = db
            legacy_table_names = False
            table_name = "role_assignment"
            constraints = [SQL("CHECK (valid_to IS NULL OR valid_to >= valid_from)")]
            indexes = ((("person", "valid_from"), False),)

    db.create_tables([RoleAssignment])

    class Trip(Model):
        created_at = DateTimeField()
        updated_at = DateTimeField()
        unit = ForeignKeyField(Unit, on_delete="RESTRICT")
        start_date = DateField(index=True)
        end_date = DateField(index=True)
        dest_city = CharField(max_length=60, default="")
        region = CharField(max_length=16)
        country = CharField(max_length=40, default="")
        purpose = TextField(default="")
        outcome = TextField(default="")
        enterprises_text = TextField(default="")

        class Meta:
            database = db
            legacy_table_names = False
            table_name = "trip"
            constraints = [SQL("CHECK (end_date >= start_date)")]
            indexes = ((("unit", "start_date"), False),)

    db.create_tables([Trip])

    class TripParticipant(Model):
        created_at = DateTimeField()
        updated_at = DateTimeField()
        trip = ForeignKeyField(Trip, on_delete="CASCADE")
        person = ForeignKeyField(Person, on_delete="RESTRICT")

        class Meta:
            database = db
            legacy_table_names = False
            table_name = "trip_participant"
            indexes = ((("trip", "person"), True),)

    db.create_tables([TripParticipant])

    class Enterprise(Model):
        created_at = DateTimeField()
        updated_at = DateTimeField()
        name = CharField(max_length=120, constraints=[SQL("CHECK (length(trim(name)) > 0)")])
        name_key = CharField(index=True, max_length=120)
        credit_code = CharField(unique=True, null=True, max_length=18)
        region = CharField(max_length=16, default="domestic")
        country = CharField(max_length=40, default="")
        city = CharField(max_length=60, default="")
        industry = CharField(max_length=60, default="")
        chain = CharField(max_length=60, default="")
        is_key = BooleanField(index=True, default=False)
        registered_capital_wan = BigIntegerField(null=True)
        legal_rep = CharField(max_length=40, default="")
        notes = TextField(default="")

        class Meta:
            database = db
            legacy_table_names = False
            table_name = "enterprise"

    db.create_tables([Enterprise])

    class EnterpriseTag(Model):
        created_at = DateTimeField()
        updated_at = DateTimeField()
        enterprise = ForeignKeyField(Enterprise, on_delete="CASCADE")
        tag = CharField(max_length=24)
        list_year = IntegerField(null=True)

        class Meta:
            database = db
            legacy_table_names = False
            table_name = "enterprise_tag"
            indexes = ((("enterprise", "tag"), True), (("tag",), False))

    db.create_tables([EnterpriseTag])

    class Contact(Model):
        created_at = DateTimeField()
        updated_at = DateTimeField()
        enterprise = ForeignKeyField(Enterprise, on_delete="CASCADE")
        name = CharField(max_length=40)
        title = CharField(max_length=60, default="")
        phone = CharField(max_length=40, default="")
        note = TextField(default="")

        class Meta:
            database = db
            legacy_table_names = False
            table_name = "contact"

    db.create_tables([Contact])

    class Visit(Model):
        created_at = DateTimeField()
        updated_at = DateTimeField()
        date = DateField()
        enterprise = ForeignKeyField(Enterprise, on_delete="RESTRICT")
        unit = ForeignKeyField(Unit, on_delete="RESTRICT")
        trip = ForeignKeyField(Trip, null=True, on_delete="SET NULL")
        form = CharField(max_length=16)
        content = TextField(default="")
        outcome = TextField(default="")
        next_step = TextField(default="")
        follow_up_date = DateField(null=True)

        class Meta:
            database = db
            legacy_table_names = False
            table_name = "visit"
            constraints = [SQL("CHECK (follow_up_date IS NULL OR follow_up_date >= date)")]
            indexes = (
                (("unit", "date"), False),
                (("enterprise", "date"), False),
                (("date",), False),
            )

    db.create_tables([Visit])

    class VisitParticipant(Model):
        created_at = DateTimeField()
        updated_at = DateTimeField()
        visit = ForeignKeyField(Visit, on_delete="CASCADE")
        person = ForeignKeyField(Person, on_delete="RESTRICT")

        class Meta:
            database = db
            legacy_table_names = False
            table_name = "visit_participant"
            indexes = ((("visit", "person"), True),)

    db.create_tables([VisitParticipant])

    class Event(Model):
        created_at = DateTimeField()
        updated_at = DateTimeField()
        name = CharField(max_length=120)
        kind = CharField(max_length=16, default="promotion")
        start_date = DateField(index=True)
        end_date = DateField()
        unit = ForeignKeyField(Unit, null=True, on_delete="RESTRICT")
        region = CharField(max_length=16, default="domestic")
        city = CharField(max_length=60, default="")
        attendees = TextField(default="")
        note = TextField(default="")

        class Meta:
            database = db
            legacy_table_names = False
            table_name = "event"
            constraints = [SQL("CHECK (end_date >= start_date)")]

    db.create_tables([Event])

    class EventEnterprise(Model):
        created_at = DateTimeField()
        updated_at = DateTimeField()
        event = ForeignKeyField(Event, on_delete="CASCADE")
        enterprise = ForeignKeyField(Enterprise, on_delete="RESTRICT")

        class Meta:
            database = db
            legacy_table_names = False
            table_name = "event_enterprise"
            indexes = ((("event", "enterprise"), True),)

    db.create_tables([EventEnterprise])

    class Meeting(Model):
        created_at = DateTimeField()
        updated_at = DateTimeField()
        unit = ForeignKeyField(Unit, on_delete="RESTRICT")
        date = DateField()
        kind = CharField(max_length=16, default="dispatch")
        task_force = CharField(max_length=60, default="")
        chair = CharField(max_length=40, default="")
        attendee_count = IntegerField(null=True)
        note = TextField(default="")

        class Meta:
            database = db
            legacy_table_names = False
            table_name = "meeting"
            indexes = ((("unit", "date"), False),)

    db.create_tables([Meeting])

    class Project(Model):
        created_at = DateTimeField()
        updated_at = DateTimeField()
        name = CharField(max_length=120, constraints=[SQL("CHECK (length(trim(name)) > 0)")])
        unit = ForeignKeyField(Unit, on_delete="RESTRICT")
        enterprise = ForeignKeyField(Enterprise, null=True, on_delete="RESTRICT")
        content = TextField(default="")
        total_investment_wan = BigIntegerField(
            constraints=[SQL("CHECK (total_investment_wan >= 0)")]
        )
        industry_category = CharField(max_length=16, default="industry")
        chain = CharField(max_length=60, default="")
        strategic_emerging = CharField(null=True, max_length=16)
        foreign_funded = BooleanField(default=False)
        source_region = CharField(max_length=16, default="domestic")
        source_city = CharField(max_length=60, default="")
        returnee = BooleanField(default=False)
        alumni = BooleanField(default=False)
        commissioned = BooleanField(default=False)
        event = ForeignKeyField(Event, null=True, on_delete="SET NULL")
        lead_leader = ForeignKeyField(Person, null=True, on_delete="SET NULL")
        team = TextField(default="")
        plan = TextField(default="")
        is_key = BooleanField(default=False)
        needs_land = BooleanField(default=False)
        land_date = DateField(null=True)
        site = CharField(max_length=120, default="")
        land_area_mu = DecimalField(null=True, max_digits=12, decimal_places=2)
        stage = CharField(index=True, max_length=16, default="lead")
        lead_date = DateField(null=True)
        negotiating_date = DateField(null=True)
        signed_date = DateField(index=True, null=True)
        started_date = DateField(index=True, null=True)
        production_date = DateField(index=True, null=True)
        started_in_db_date = DateField(index=True, null=True)
        production_in_db_date = DateField(index=True, null=True)
        terminated_date = DateField(null=True)
        terminated_reason = TextField(default="")
        rival_location = CharField(max_length=60, default="")
        note = TextField(default="")

        class Meta:
            database = db
            legacy_table_names = False
            table_name = "project"
            indexes = ((("unit", "name"), True), (("unit", "signed_date"), False))

    db.create_tables([Project])

    class StageEvent(Model):
        created_at = DateTimeField()
        updated_at = DateTimeField()
        project = ForeignKeyField(Project, on_delete="CASCADE")
        stage = CharField(max_length=20)
        date = DateField()
        is_correction = BooleanField(default=False)
        reason = TextField(default="")

        class Meta:
            database = db
            legacy_table_names = False
            table_name = "stage_event"
            indexes = ((("project", "date"), False),)

    db.create_tables([StageEvent])

    class Contract(Model):
        created_at = DateTimeField()
        updated_at = DateTimeField()
        project = ForeignKeyField(Project, on_delete="CASCADE")
        kind = CharField(max_length=16)
        signed_date = DateField(index=True)
        amount_wan = BigIntegerField(constraints=[SQL("CHECK (amount_wan > 0)")])
        supplementary = BooleanField(default=False)
        note = TextField(default="")

        class Meta:
            database = db
            legacy_table_names = False
            table_name = "contract"
            indexes = ((("project", "signed_date"), False),)

    db.create_tables([Contract])

    class FundsEntry(Model):
        created_at = DateTimeField()
        updated_at = DateTimeField()
        project = ForeignKeyField(Project, on_delete="CASCADE")
        date = DateField(index=True)
        amount_wan = BigIntegerField(constraints=[SQL("CHECK (amount_wan > 0)")])
        proof_type = CharField(max_length=16, default="bank_slip")
        verified = BooleanField(default=False)
        note = TextField(default="")

        class Meta:
            database = db
            legacy_table_names = False
            table_name = "funds_entry"
            indexes = ((("project", "date"), False),)

    db.create_tables([FundsEntry])

    class ProjectLead(Model):
        created_at = DateTimeField()
        updated_at = DateTimeField()
        received_date = DateField()
        source = CharField(max_length=120, default="")
        description = TextField()
        assigned_unit = ForeignKeyField(Unit, on_delete="RESTRICT")
        shared_by_unit = ForeignKeyField(Unit, null=True, on_delete="SET NULL")
        feedback_deadline = DateField(index=True)
        feedback_date = DateField(null=True)
        feedback = TextField(default="")
        project = ForeignKeyField(Project, null=True, on_delete="SET NULL")

        class Meta:
            database = db
            legacy_table_names = False
            table_name = "project_lead"
            constraints = [SQL("CHECK (feedback_deadline >= received_date)")]

    db.create_tables([ProjectLead])

    class Problem(Model):
        created_at = DateTimeField()
        updated_at = DateTimeField()
        project = ForeignKeyField(Project, on_delete="CASCADE")
        raised_date = DateField()
        description = TextField()
        owner = CharField(max_length=60, default="")
        resolved_date = DateField(null=True)
        resolution = TextField(default="")

        class Meta:
            database = db
            legacy_table_names = False
            table_name = "problem"
            constraints = [SQL("CHECK (resolved_date IS NULL OR resolved_date >= raised_date)")]

    db.create_tables([Problem])

    class QuotaRule(Model):
        year = IntegerField()
        role = CharField(max_length=16)
        min_days = IntegerField(default=0, constraints=[SQL("CHECK (min_days >= 0)")])
        min_trips = IntegerField(default=0, constraints=[SQL("CHECK (min_trips >= 0)")])
        pooled = BooleanField(default=False)

        class Meta:
            database = db
            legacy_table_names = False
            table_name = "quota_rule"
            indexes = ((("year", "role"), True),)

    db.create_tables([QuotaRule])

    class IndicatorRule(Model):
        year = IntegerField()
        indicator = CharField(max_length=40)
        unit = ForeignKeyField(Unit, null=True, on_delete="CASCADE")
        city_total = BooleanField(default=False)
        target_growth = DecimalField(null=True, max_digits=6, decimal_places=4)
        target_count = IntegerField(null=True)
        threshold_wan = BigIntegerField(null=True)

        class Meta:
            database = db
            legacy_table_names = False
            table_name = "indicator_rule"
            indexes = ((("year", "indicator"), False),)

    db.create_tables([IndicatorRule])

    class Baseline(Model):
        unit = ForeignKeyField(Unit, on_delete="CASCADE")
        year = IntegerField()
        quarter = IntegerField(constraints=[SQL("CHECK (quarter BETWEEN 1 AND 4)")])
        indicator = CharField(max_length=40)
        value = BigIntegerField()
        note = TextField(default="")

        class Meta:
            database = db
            legacy_table_names = False
            table_name = "baseline"
            indexes = ((("unit", "year", "quarter", "indicator"), True),)

    db.create_tables([Baseline])

    class Setting(Model):
        key = CharField(primary_key=True, max_length=60)
        value = TextField(default="")

        class Meta:
            database = db
            legacy_table_names = False
            table_name = "setting"

    db.create_tables([Setting])


def down(migrator, db):
    migrator.migrate(migrator.drop_table("setting"))
    migrator.migrate(migrator.drop_table("baseline"))
    migrator.migrate(migrator.drop_table("indicator_rule"))
    migrator.migrate(migrator.drop_table("quota_rule"))
    migrator.migrate(migrator.drop_table("problem"))
    migrator.migrate(migrator.drop_table("project_lead"))
    migrator.migrate(migrator.drop_table("funds_entry"))
    migrator.migrate(migrator.drop_table("contract"))
    migrator.migrate(migrator.drop_table("stage_event"))
    migrator.migrate(migrator.drop_table("project"))
    migrator.migrate(migrator.drop_table("meeting"))
    migrator.migrate(migrator.drop_table("event_enterprise"))
    migrator.migrate(migrator.drop_table("event"))
    migrator.migrate(migrator.drop_table("visit_participant"))
    migrator.migrate(migrator.drop_table("visit"))
    migrator.migrate(migrator.drop_table("contact"))
    migrator.migrate(migrator.drop_table("enterprise_tag"))
    migrator.migrate(migrator.drop_table("enterprise"))
    migrator.migrate(migrator.drop_table("trip_participant"))
    migrator.migrate(migrator.drop_table("trip"))
    migrator.migrate(migrator.drop_table("role_assignment"))
    migrator.migrate(migrator.drop_table("person"))
    migrator.migrate(migrator.drop_table("unit"))
