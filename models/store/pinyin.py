"""拼音键: the pinyin of names kept in the database, so lists sort and search by pinyin in SQL.

A name's pinyin (张三 → "zhang san") orders a list the way people expect, and its initials ("zs") let
them search by typing a few letters. Working these out in Python for a city's 70,000 names takes
seconds, so each distinct name is worked out once and kept in `pinyin_key`; lists read it in SQL.
The table is a cache of `models.search`: rows are added for names it lacks (`sync_pinyin_keys`), so
a record entered anywhere (dialog, import, merge) is found once its list is reloaded.
"""

from __future__ import annotations

from peewee import JOIN

from models.db.base import db
from models.db.pinyin_keys import PinyinKey
from models.search import initials, sort_key

# The texts lists sort or search by pinyin: (model, field) pairs, read lazily to avoid cycles.
_SOURCES: list[tuple[str, str]] = [
    ("models.db.enterprises:Enterprise", "name"),
    ("models.db.enterprises:Enterprise", "city"),
    ("models.db.enterprises:Enterprise", "industry"),
    ("models.db.projects:Project", "name"),
    ("models.db.org:Person", "name"),
    ("models.db.org:Unit", "name"),
    ("models.db.trips:Trip", "dest_city"),
]
_CHUNK = 500


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
