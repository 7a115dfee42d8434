"""A Chinese-capable UI font on every machine: a system face when present, else the bundled one."""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from resources import CJK_FONT

log = logging.getLogger(__name__)

# Faces office PCs already have, best first; the bundled WenQuanYi Micro Hei is the fallback.
PREFERRED = (
    "Microsoft YaHei UI",
    "Microsoft YaHei",
    "PingFang SC",
    "Noto Sans CJK SC",
    "Source Han Sans SC",
)
BUNDLED_FAMILY = "WenQuanYi Micro Hei"


def install_cjk_font(app: QApplication, point_size: int = 10) -> str:
    """Register the bundled font and make a CJK family the application font; returns the family."""
    font_id = QFontDatabase.addApplicationFont(str(CJK_FONT))
    bundled = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if not bundled:
        log.warning("could not load bundled font %s", CJK_FONT)
    available = set(QFontDatabase.families())
    family = next((f for f in PREFERRED if f in available), bundled[0] if bundled else "")
    if family:
        font = QFont(family, point_size)
        app.setFont(font)
    return family
