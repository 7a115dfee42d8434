"""The quarterly report's own text (存在问题, 下步工作), kept per scope and quarter."""

from peewee import *


def up(migrator, db):
    class ReportNote(Model):
        scope = CharField(max_length=40)
        year = IntegerField()
        quarter = IntegerField(constraints=[SQL("CHECK (quarter BETWEEN 1 AND 4)")])
        problems = TextField(default="")
        next_steps = TextField(default="")

        class Meta:
            database = db
            legacy_table_names = False
            table_name = "report_note"
            indexes = ((("scope", "year", "quarter"), True),)

    db.create_tables([ReportNote])


def down(migrator, db):
    migrator.migrate(migrator.drop_table("report_note"))
