"""Tables (peewee models, no behaviour), opening the database, migrations and SQL helpers."""
