"""拼音键: the pinyin of names kept in the database, so lists sort and search by pinyin in SQL.

A name's pinyin (张三 → "zhang san") orders a list the way people expect, and its initials ("zs") let
them search by typing a few letters. Working these out in Python for a city's 70,000 names takes
seconds, so each distinct name is worked out once and kept in `pinyin_key`; lists read it in SQL.
The table is a cache of `models.search`: rows are added for names it lacks (`sync_pinyin_keys`), so
a record entered anywhere (dialog, import, merge) is found once its list is reloaded.
"""

from __future__ import annotations

from peewee import JOIN, CharField

from models.base import BaseModel, db
from models.search import initials, sort_key

# The texts lists sort or search by pinyin: (model, field) pairs, read lazily to avoid cycles.
_SOURCES: list[tuple[str, str]] = [
    ("models.enterprises:Enterprise", "name"),
    ("models.enterprises:Enterprise", "city"),
    ("models.enterprises:Enterprise", "industry"),
    ("models.projects:Project", "name"),
    ("models.org:Person", "name"),
    ("models.org:Unit", "name"),
    ("models.trips:Trip", "dest_city"),
]
_CHUNK = 500


class PinyinKey(BaseModel):
    """One distinct name and its pinyin sort key and initials (lower case)."""

    text = CharField(max_length=200, unique=True)
    pinyin = CharField(max_length=1000, index=True)
    initials = CharField(max_length=200)

    class Meta:
        table_name = "pinyin_key"


def _model(spec: str):
    from importlib import import_module

    module, name = spec.split(":")
    return getattr(import_module(module), name)


def missing_texts(*tables: str) -> list[str]:
    """Names in the record tables (these only, if given: "Trip", "Person" …) lacking a pinyin row."""
    found: set[str] = set()
    for spec, field_name in _SOURCES:
        if tables and spec.split(":")[1] not in tables:
            continue
        model = _model(spec)
        field = getattr(model, field_name)
        query = (
            model.select(field)
            .join(PinyinKey, JOIN.LEFT_OUTER, on=(PinyinKey.text == field))
            .where(PinyinKey.id.is_null(), field != "")
            .distinct()
        )
        found.update(text for (text,) in query.tuples())
    return sorted(found)


def add_texts(texts: list[str]) -> int:
    """Work out and store the pinyin of texts not stored yet; returns how many were added."""
    if not texts:
        return 0
    rows = [(t[:200], sort_key(t)[:1000], initials(t)[:200]) for t in texts]
    with db.atomic():
        for start in range(0, len(rows), _CHUNK):
            (
                PinyinKey.insert_many(
                    rows[start : start + _CHUNK],
                    fields=[PinyinKey.text, PinyinKey.pinyin, PinyinKey.initials],
                )
                .on_conflict_ignore()
                .execute()
            )
    return len(rows)


def sync_pinyin_keys(*tables: str) -> int:
    """Add the names entered since the last sync (cheap when there are none: one anti-join each)."""
    return add_texts(missing_texts(*tables))


def pinyin_of(field):
    """A scalar subquery: the pinyin sort key of the text in field (NULL if not synced yet)."""
    return PinyinKey.select(PinyinKey.pinyin).where(PinyinKey.text == field)


def texts_matching(word: str):
    """A subquery of stored texts whose initials contain the word (张三 for `zs`)."""
    return PinyinKey.select(PinyinKey.text).where(PinyinKey.initials.contains(word))
