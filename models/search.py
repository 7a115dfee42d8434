"""Search keys: pinyin initials so typing `zs` finds 张三, as users of Chinese software expect."""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=20_000)
def initials(text: str) -> str:
    """Lower-case pinyin initials of the Chinese characters in text (others kept): 张三 → zs."""
    from pypinyin import Style, lazy_pinyin

    return "".join(
        p[0] for p in lazy_pinyin(text, style=Style.FIRST_LETTER, errors="default") if p
    ).lower()


def search_key(*plain: str, names: tuple[str, ...] = ()) -> str:
    """One lower-case string for substring matching: all texts, plus pinyin initials of the names only
    (initials of free text match too much: `zs` would find every 招商)."""
    texts = [p for p in (*names, *plain) if p]
    return " ".join(texts + [initials(n) for n in names if n]).lower()


@lru_cache(maxsize=50_000)
def sort_key(text: str) -> str:
    """Chinese sorts by pinyin, as people expect in a list of names (张 after 王)."""
    from pypinyin import Style, lazy_pinyin

    return " ".join(lazy_pinyin(text or "", style=Style.NORMAL, errors="default")).lower()


def matches(key: str, query: str) -> bool:
    """Every space-separated word of the query occurs in the key."""
    return all(word in key for word in query.lower().split())
