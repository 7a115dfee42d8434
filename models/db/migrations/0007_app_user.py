"""登录用户: optional sign-in with roles; passwords only as salted scrypt hashes."""

from peewee import *


def up(migrator, db):
    class AppUser(Model):
        username = CharField(max_length=40, unique=True)
        role = CharField(max_length=8)
        password_hash = CharField(max_length=200)
        active = BooleanField(default=True)
        created_at = DateTimeField()

        class Meta:
            database = db
            legacy_table_names = False
            table_name = "app_user"

    db.create_tables([AppUser])


def down(migrator, db):
    migrator.migrate(migrator.drop_table("app_user"))
