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


def search_key(*parts: str) -> str:
    """One lower-case string holding the parts and their initials, for substring matching."""
    texts = [p for p in parts if p]
    return " ".join(texts + [initials(p) for p in texts]).lower()


def matches(key: str, query: str) -> bool:
    """Every space-separated word of the query occurs in the key."""
    return all(word in key for word in query.lower().split())
