"""季度报送: a submitted quarter locks its records; its report data is kept as submitted."""

from peewee import *


def up(migrator, db):
    class ReportSubmission(Model):
        scope = CharField(max_length=40)
        year = IntegerField()
        quarter = IntegerField()
        submitted_at = DateTimeField()
        submitted_by = CharField(max_length=60)
        snapshot = TextField(default="{}")
        unlocked_at = DateTimeField(null=True)
        unlocked_by = CharField(max_length=60, default="")
        unlock_reason = TextField(default="")

        class Meta:
            database = db
            legacy_table_names = False
            table_name = "report_submission"
            indexes = ((("scope", "year", "quarter"), False),)

    db.create_tables([ReportSubmission])


def down(migrator, db):
    migrator.migrate(migrator.drop_table("report_submission"))
