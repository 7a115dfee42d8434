"""Bundled data files (fonts, default rule sets); located relative to this package so installs find them."""

from __future__ import annotations

from pathlib import Path

RESOURCES_DIR = Path(__file__).resolve().parent
FONTS_DIR = RESOURCES_DIR / "fonts"
DEFAULTS_DIR = RESOURCES_DIR / "defaults"
CJK_FONT = FONTS_DIR / "wqy-microhei.ttc"  # the window's fallback face
# The printed report's fallback faces (tools/subset_fonts.py): 宋 for title and body, 黑 for 一、, 楷 for （一）.
REPORT_SERIF = FONTS_DIR / "report-serif.ttf"
REPORT_HEI = FONTS_DIR / "report-hei.ttf"
REPORT_KAI = FONTS_DIR / "report-kai.ttf"
