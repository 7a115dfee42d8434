"""Bundled data files (fonts, default rule sets); located relative to this package so installs find them."""

from __future__ import annotations

from pathlib import Path

RESOURCES_DIR = Path(__file__).resolve().parent
FONTS_DIR = RESOURCES_DIR / "fonts"
DEFAULTS_DIR = RESOURCES_DIR / "defaults"
CJK_FONT = FONTS_DIR / "wqy-microhei.ttc"
