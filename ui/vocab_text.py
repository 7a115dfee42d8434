"""The fixed vocabularies (stages, roles, regions …) in the interface language. Only what is shown
changes: records and combo boxes keep the stored keys."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from models.vocab import label as chinese_label


def shown(name: str) -> str:
    """A vocabulary's Chinese name as the interface shows it (English when chosen)."""
    return QCoreApplication.translate("Vocabulary", name) if name else name


def label(vocab: dict[str, str], key: str | None) -> str:
    """The shown name of a stored key (unknown keys as they are)."""
    return shown(chinese_label(vocab, key))


def items(vocab: dict[str, str]) -> list[tuple[str, str]]:
    """(key, shown name) pairs, in the vocabulary's order, for combo boxes."""
    return [(key, shown(name)) for key, name in vocab.items()]
