"""The printed report's faces: every font in the PDF embedded, the bundled open faces when the system
has no 仿宋 / 小标宋 / 黑体 / 楷体, and the system's own (machine-wide or the user's) when it does."""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.pdfbase import pdfmetrics

from models.queries.scope import Scope
from reports import pdf_fonts
from reports.files import write_report_files
from reports.quarter_report import build_report
from resources import REPORT_HEI, REPORT_KAI, REPORT_SERIF
from tests.helpers import D, unit_id

pytestmark = pytest.mark.server  # run a second time on the PostgreSQL server

ROOT = Path(__file__).resolve().parent.parent


def _subset_tool():
    spec = importlib.util.spec_from_file_location(
        "subset_fonts", ROOT / "tools" / "subset_fonts.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def fonts_in(monkeypatch, tmp_path):
    """Only font folders under tmp_path count (the machine's own are hidden); the per-user folders
    are computed from HOME, XDG_DATA_HOME and LOCALAPPDATA pointed into tmp_path."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("USERPROFILE", str(home))
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    monkeypatch.setenv("LOCALAPPDATA", str(tmp_path / "AppData" / "Local"))
    real = pdf_fonts.font_dirs
    monkeypatch.setattr(
        pdf_fonts, "font_dirs", lambda: [d for d in real() if tmp_path in d.parents]
    )
    pdf_fonts.reset()
    yield home
    pdf_fonts.reset()


def _font_files(resources) -> list[tuple[str, bool]]:
    """(BaseFont, embedded) of every font a page's resources use, forms' resources included."""
    found = []
    fonts = resources.get("/Font", {})
    for ref in fonts.values():
        font = ref.get_object()
        leaves = [d.get_object() for d in font.get("/DescendantFonts", [])] or [font]
        for leaf in leaves:
            descriptor = leaf.get("/FontDescriptor")
            descriptor = descriptor.get_object() if descriptor is not None else {}
            found.append((str(font["/BaseFont"]), "/FontFile2" in descriptor))
    for ref in resources.get("/XObject", {}).values():
        xobject = ref.get_object()
        if xobject.get("/Subtype") == "/Form" and "/Resources" in xobject:
            found += _font_files(xobject["/Resources"].get_object())
    return found


def _fonts_of(pdf: Path) -> list[list[tuple[str, bool]]]:
    return [_font_files(page["/Resources"].get_object()) for page in PdfReader(pdf).pages]


def test_demo_reports_embed_every_font_as_truetype(demo_db, fonts_in, tmp_path):
    unit = build_report(Scope(2020, 2, unit_id("襄州区")))
    city = build_report(Scope(2020, 4, None, as_of=D(2020, 12, 6)))
    for report in (unit, city):
        pdf, _xlsx = write_report_files(report, tmp_path / "out")
        pages = _fonts_of(pdf)
        assert len(pages) > 2
        for number, fonts in enumerate(pages, 1):
            assert fonts, f"page {number} uses no font"
            for name, embedded in fonts:
                assert "Helvetica" not in name and "Times" not in name, (pdf.name, number, name)
                assert embedded, (pdf.name, number, name)
        used = {name.split("+")[-1] for fonts in pages for name, _ in fonts}
        # Title and body in the 宋 face, 一、 in the bold 黑 face, （一） headings in the 楷 face.
        assert used == {"ZhaoshangSerifSC-Regular", "ZhaoshangSansSC-Bold", "ZhaoshangKai-Regular"}


def test_without_system_faces_each_role_gets_its_bundled_face(fonts_in):
    assert pdf_fonts.FONTS.title == pdf_fonts.FONTS.body == "ZhaoshangSerifSC"
    assert pdf_fonts.FONTS.heading1 == "ZhaoshangSansSC-Bold"
    assert pdf_fonts.FONTS.heading2 == "ZhaoshangKai"
    assert pdfmetrics.getFont("ZhaoshangKai").face.name == b"ZhaoshangKai-Regular"


def test_system_faces_in_the_users_font_folders_win(fonts_in, tmp_path):
    linux_user = fonts_in / ".local" / "share" / "fonts" / "fangzheng"
    windows_user = tmp_path / "AppData" / "Local" / "Microsoft" / "Windows" / "Fonts"
    for folder in (linux_user, windows_user):
        folder.mkdir(parents=True)
    # Stand-ins under the names the real faces are installed as (their outlines do not matter here).
    shutil.copy(REPORT_SERIF, windows_user / "方正小标宋简体.ttf")
    shutil.copy(REPORT_KAI, linux_user / "KAITI_GB2312.TTF")
    (fonts_in / ".fonts").mkdir()
    shutil.copy(REPORT_HEI, fonts_in / ".fonts" / "simhei.ttf")
    assert pdf_fonts.FONTS.title == "Sys-方正小标宋简体"
    assert pdf_fonts.FONTS.heading2 == "Sys-KAITI_GB2312"
    assert pdf_fonts.FONTS.heading1 == "Sys-simhei"
    assert pdf_fonts.FONTS.body == "ZhaoshangSerifSC"  # no 仿宋 installed: the bundled 宋 face


def test_an_unreadable_system_font_falls_back_to_the_bundled_face(fonts_in):
    folder = fonts_in / ".fonts"
    folder.mkdir()
    (folder / "simfang.ttf").write_bytes(b"not a font at all")
    assert pdf_fonts.FONTS.body == "ZhaoshangSerifSC"


def test_bundled_faces_hold_every_character_the_program_prints():
    tool = _subset_tool()
    printed = set()
    for path in (
        *ROOT.glob("reports/*.py"),
        ROOT / "models" / "vocab.py",
        ROOT / "models" / "store" / "demo_names.py",
        *ROOT.glob("resources/defaults/*"),
    ):
        printed |= set(path.read_text(encoding="utf-8"))
    printed = {c for c in printed if c.isprintable() and c != "\ufeff"}
    must = printed | tool.gb2312() | set("—、（）《》%‰×÷")
    for name, path in (("serif", REPORT_SERIF), ("hei", REPORT_HEI), ("kai", REPORT_KAI)):
        from reportlab.pdfbase.ttfonts import TTFontFile

        face = TTFontFile(str(path))
        missing = sorted(c for c in must if ord(c) not in face.charToGlyph)
        assert not missing, (name, "".join(missing[:40]))
        assert path.stat().st_size < 4_000_000, name  # a subset, not the whole CJK font
