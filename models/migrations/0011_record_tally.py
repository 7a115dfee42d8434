"""记录总数 kept by triggers, and the land-deadline index: a start-up on a city's data no longer
counts a million visits or reads every project without land (the dashboard's totals and 供地期限)."""

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

PG_FUNCTION = """
CREATE OR REPLACE FUNCTION record_tally_count() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        UPDATE record_tally SET n = n + 1 WHERE kind = TG_TABLE_NAME;
    ELSE
        UPDATE record_tally SET n = n - 1 WHERE kind = TG_TABLE_NAME;
    END IF;
    RETURN NULL;
END
$$
"""


def up(migrator, db):
    class RecordTally(Model):
        kind = CharField(max_length=40, primary_key=True)
        n = IntegerField()

        class Meta:
            database = db
            legacy_table_names = False
            table_name = "record_tally"

    db.create_tables([RecordTally])
    server = isinstance(db, PostgresqlDatabase)
    if server:
        db.execute_sql(PG_FUNCTION)
    for table in TALLIED:
        db.execute_sql(
            f"INSERT INTO record_tally (kind, n) SELECT '{table}', COUNT(*) FROM \"{table}\""
        )
        if server:
            db.execute_sql(
                f'CREATE TRIGGER record_tally_{table} AFTER INSERT OR DELETE ON "{table}" '
                "FOR EACH ROW EXECUTE FUNCTION record_tally_count()"
            )
            continue
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
    for table in TALLIED:
        if isinstance(db, PostgresqlDatabase):
            db.execute_sql(f'DROP TRIGGER record_tally_{table} ON "{table}"')
        else:
            db.execute_sql(f"DROP TRIGGER record_tally_{table}_insert")
            db.execute_sql(f"DROP TRIGGER record_tally_{table}_delete")
    if isinstance(db, PostgresqlDatabase):
        db.execute_sql("DROP FUNCTION record_tally_count()")
    migrator.migrate(migrator.drop_table("record_tally"))
