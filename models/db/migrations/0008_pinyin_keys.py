"""拼音键: each distinct name's pinyin and initials, so long lists sort and search by pinyin in SQL."""

from peewee import *

# The names lists sort or search by pinyin, as the tables stood at this migration.
SOURCES = (
    ("enterprise", "name"),
    ("enterprise", "city"),
    ("enterprise", "industry"),
    ("project", "name"),
    ("person", "name"),
    ("unit", "name"),
    ("trip", "dest_city"),
)


def up(migrator, db):
    from models.search import initials, sort_key

    class PinyinKey(Model):
        text = CharField(max_length=200, unique=True)
        pinyin = CharField(max_length=1000, index=True)
        initials = CharField(max_length=200)

        class Meta:
            database = db
            legacy_table_names = False
            table_name = "pinyin_key"

    db.create_tables([PinyinKey])
    texts = set()
    for table, column in SOURCES:
        source = Table(table).bind(db)
        query = source.select(Column(source, column)).distinct()
        texts.update(t for (t,) in query.tuples() if t)
    rows = [(t[:200], sort_key(t)[:1000], initials(t)[:200]) for t in sorted(texts)]
    for start in range(0, len(rows), 500):
        PinyinKey.insert_many(
            rows[start : start + 500], fields=[PinyinKey.text, PinyinKey.pinyin, PinyinKey.initials]
        ).execute()


def down(migrator, db):
    migrator.migrate(migrator.drop_table("pinyin_key"))
