"""项目归属争议: claims of a unit on a project another unit holds (city consolidation)."""

from peewee import *


def up(migrator, db):
    class Unit(Model):
        class Meta:
            database = db
            legacy_table_names = False
            table_name = "unit"

    class Project(Model):
        class Meta:
            database = db
            legacy_table_names = False
            table_name = "project"

    class ProjectClaim(Model):
        created_at = DateTimeField()
        updated_at = DateTimeField()
        project = ForeignKeyField(Project, on_delete="CASCADE")
        unit = ForeignKeyField(Unit, on_delete="RESTRICT")
        project_name = CharField(max_length=120)
        source = CharField(max_length=260, default="")
        decision = CharField(max_length=8, default="")
        decided_at = DateTimeField(null=True)
        decision_note = TextField(default="")

        class Meta:
            database = db
            legacy_table_names = False
            table_name = "project_claim"
            indexes = ((("project", "unit"), True),)

    db.create_tables([ProjectClaim])


def down(migrator, db):
    migrator.migrate(migrator.drop_table("project_claim"))
