"""Trips by (start, end): a year's trips are found, counted and paged from the index alone."""

from peewee import *


def up(migrator, db):
    migrator.migrate(
        migrator.drop_index("trip", "trip_start_date"),
        migrator.add_index("trip", ("start_date", "end_date"), False),
    )


def down(migrator, db):
    migrator.migrate(
        migrator.drop_index("trip", "trip_start_date_end_date"),
        migrator.add_index("trip", ("start_date",), False),
    )
