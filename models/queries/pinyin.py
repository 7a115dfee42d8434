"""Pinyin in SQL: sort keys and initials-search subqueries over the stored 拼音键."""

from __future__ import annotations

from models.db.pinyin_keys import PinyinKey


def pinyin_of(field):
    """A scalar subquery: the pinyin sort key of the text in field (NULL if not synced yet)."""
    return PinyinKey.select(PinyinKey.pinyin).where(PinyinKey.text == field)


def texts_matching(word: str):
    """A subquery of stored texts whose initials contain the word (张三 for `zs`)."""
    return PinyinKey.select(PinyinKey.text).where(PinyinKey.initials.contains(word))
