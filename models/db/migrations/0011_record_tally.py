"""记录总数 kept by triggers, and the land-deadline index: a start-up on a city's data no longer
counts a million visits or reads every project without land (the dashboard's totals and 供地期限).

On PostgreSQL the table stays empty and the totals are counted: there, one row updated by every
insert of a long transaction slows each update down (old row versions pile up until it ends), and
a city-wide import or `demo --force` would take minutes while holding the write lock."""

from peewee import *

# The tables the dashboard totals, as they stood at this migration.
TALLIED = (
    "person",
    "trip",
    "enterprise",
    "visit",
    "project",
    "contract",
    "funds_entry",
    "project_lead",
    "problem",
    "event",
    "meeting",
)


def up(migrator, db):
    class RecordTally(Model):
        kind = CharField(max_length=40, primary_key=True)
        n = IntegerField()

        class Meta:
            database = db
            legacy_table_names = False
            table_name = "record_tally"

    db.create_tables([RecordTally])
    if not isinstance(db, PostgresqlDatabase):
        for table in TALLIED:
            db.execute_sql(
                f"INSERT INTO record_tally (kind, n) SELECT '{table}', COUNT(*) FROM \"{table}\""
            )
            for event, step in (("insert", "+ 1"), ("delete", "- 1")):
                db.execute_sql(
                    f'CREATE TRIGGER record_tally_{table}_{event} AFTER {event.upper()} ON "{table}" '
                    f"BEGIN UPDATE record_tally SET n = n {step} WHERE kind = '{table}'; END"
                )
    migrator.migrate(
        migrator.add_index("project", ("needs_land", "land_date", "signed_date", "unit_id"), False)
    )


def down(migrator, db):
    migrator.migrate(
        migrator.drop_index("project", "project_needs_land_land_date_signed_date_unit_id")
    )
    if not isinstance(db, PostgresqlDatabase):
        for table in TALLIED:
            db.execute_sql(f"DROP TRIGGER record_tally_{table}_insert")
            db.execute_sql(f"DROP TRIGGER record_tally_{table}_delete")
    migrator.migrate(migrator.drop_table("record_tally"))
