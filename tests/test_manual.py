"""The manual and its pictures stay together: every picture it shows exists, and every picture
`make screenshots` takes is shown (a new page gets described, a removed one is dropped)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

DOCS = Path(__file__).resolve().parent.parent / "docs"


@pytest.mark.parametrize("manual, folder", [("manual.zh.md", "zh"), ("manual.en.md", "en")])
def test_the_manual_shows_every_picture_and_only_pictures_that_exist(manual, folder):
    text = (DOCS / manual).read_text(encoding="utf-8")
    shown = set(re.findall(r"!\[[^\]]*\]\((images/[^)]+)\)", text))
    taken = {f"images/{folder}/{p.name}" for p in (DOCS / "images" / folder).glob("*.png")}
    assert shown and shown == taken


def test_the_screenshot_script_takes_the_pictures_the_manual_names():
    script = (DOCS.parent / "tools" / "screenshots.py").read_text(encoding="utf-8")
    named = set(re.findall(r'"(\d\d-[a-z-]+)"', script))
    assert named == {p.stem for p in (DOCS / "images" / "zh").glob("*.png")}
