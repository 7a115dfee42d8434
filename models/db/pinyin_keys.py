"""拼音键 table: the pinyin of names, so lists sort and search by pinyin in SQL."""

from __future__ import annotations

from peewee import CharField

from models.db.base import BaseModel


class PinyinKey(BaseModel):
    """One distinct name and its pinyin sort key and initials (lower case)."""

    text = CharField(max_length=200, unique=True)
    pinyin = CharField(max_length=1000, index=True)
    initials = CharField(max_length=200)

    class Meta:
        table_name = "pinyin_key"
        verbose_name = "拼音键"
