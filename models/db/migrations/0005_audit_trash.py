"""审计日志 and 回收站: every change logged with old and new values; deletions kept restorable."""

from peewee import *


def up(migrator, db):
    class AuditLog(Model):
        at = DateTimeField(index=True)
        user = CharField(max_length=60)
        action = CharField(max_length=16)
        table_name = CharField(max_length=40)
        record_id = IntegerField(null=True)
        owner_table = CharField(max_length=40, null=True)
        owner_id = IntegerField(null=True)
        label = CharField(max_length=200, default="")
        changes = TextField(default="{}")
        reason = TextField(default="")

        class Meta:
            database = db
            legacy_table_names = False
            table_name = "audit_log"
            indexes = ((("table_name", "record_id"), False), (("owner_table", "owner_id"), False))

    class TrashItem(Model):
        at = DateTimeField(index=True)
        user = CharField(max_length=60)
        table_name = CharField(max_length=40)
        record_id = IntegerField()
        label = CharField(max_length=200, default="")
        payload = TextField()

        class Meta:
            database = db
            legacy_table_names = False
            table_name = "trash_item"

    db.create_tables([AuditLog, TrashItem])


def down(migrator, db):
    migrator.migrate(migrator.drop_table("trash_item"), migrator.drop_table("audit_log"))
