"""Indexes that answer the period counts and sums from the index alone (fast on a city's data)."""

from peewee import *


def up(migrator, db):
    db.execute_sql('DROP INDEX IF EXISTS "visit_unit_id_date"')
    db.execute_sql(
        'CREATE INDEX IF NOT EXISTS "visit_unit_id_date_enterprise_id" '
        'ON "visit" ("unit_id", "date", "enterprise_id")'
    )
    db.execute_sql('DROP INDEX IF EXISTS "funds_entry_date"')
    db.execute_sql(
        'CREATE INDEX IF NOT EXISTS "funds_entry_date_project_id_amount_wan" '
        'ON "funds_entry" ("date", "project_id", "amount_wan")'
    )


def down(migrator, db):
    db.execute_sql('DROP INDEX IF EXISTS "visit_unit_id_date_enterprise_id"')
    db.execute_sql('CREATE INDEX IF NOT EXISTS "visit_unit_id_date" ON "visit" ("unit_id", "date")')
    db.execute_sql('DROP INDEX IF EXISTS "funds_entry_date_project_id_amount_wan"')
    db.execute_sql('CREATE INDEX IF NOT EXISTS "funds_entry_date" ON "funds_entry" ("date")')
