"""The interface language: Chinese by default, English from 设置 → 语言 (Qt translations)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication

import resources

LANGUAGE_KEY = "ui/language"
LANGUAGES = {"zh_CN": "简体中文", "en": "English"}  # notr: each language named in itself
TRANSLATIONS = Path(resources.__file__).resolve().parent / "translations"


def chosen_language() -> str:
    value = str(QSettings().value(LANGUAGE_KEY, "zh_CN"))
    return value if value in LANGUAGES else "zh_CN"


def choose_language(language: str) -> None:
    """Kept for the next start: windows already open keep the language they were built in."""
    QSettings().setValue(LANGUAGE_KEY, language)


def install_translators(app: QApplication, language: str | None = None) -> list[QTranslator]:
    """Load the program's and Qt's own translations (standard buttons, file dialogs)."""
    language = language or chosen_language()
    qt_dir = QLibraryInfo.path(QLibraryInfo.TranslationsPath)
    loaded = []
    if language == "en":
        ours = QTranslator(app)
        if ours.load(str(TRANSLATIONS / "zhaoshang_en.qm")):
            loaded.append(ours)
        QLocale.setDefault(QLocale(QLocale.English, QLocale.UnitedStates))
    else:
        qt = QTranslator(app)
        if qt.load(QLocale(QLocale.Chinese, QLocale.China), "qtbase", "_", qt_dir):
            loaded.append(qt)
        QLocale.setDefault(QLocale(QLocale.Chinese, QLocale.China))
    for translator in loaded:
        app.installTranslator(translator)
    return loaded
