"""Visits by follow-up date: the dashboard's 到期未跟进 reads the visits due, not all of them."""

from peewee import *


def up(migrator, db):
    migrator.migrate(migrator.add_index("visit", ("follow_up_date",), False))


def down(migrator, db):
    migrator.migrate(migrator.drop_index("visit", "visit_follow_up_date"))
