"""The report's bundled faces (resources/fonts/report-*.ttf): open CJK fonts cut down to the characters
reports print and, where they hold PostScript (CFF) outlines, converted to TrueType outlines, the
only kind ReportLab embeds. Run once when the sources' characters change; the output is committed.

    pip install fonttools            # only this tool needs it, not the program
    apt-get download fonts-noto-cjk fonts-lxgw-wenkai
    dpkg-deb -x fonts-noto-cjk_*.deb x; dpkg-deb -x fonts-lxgw-wenkai_*.deb x
    python tools/subset_fonts.py x/usr/share/fonts   # the folder holding both packages' fonts

The kept characters: ASCII, every GB 2312 character, the punctuation and symbols of Chinese
documents, and every character in the program's report texts, vocabularies, default rule sets and
demo data. The subsets are renamed (the SIL OFL keeps a modified font from its Reserved Font Names).
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "fonts"

# Where the program's printed words come from: report texts, vocabularies, rule sets, demo data.
SOURCE_GLOBS = ("reports/**/*.py", "models/**/*.py", "resources/defaults/*")

# output file, source file name, index in a collection, family, PostScript name, style
FACES = (
    (
        "report-serif.ttf",
        "NotoSerifCJK-Regular.ttc",
        "Noto Serif CJK SC",
        "ZhaoshangSerifSC",
        "Regular",
    ),
    ("report-hei.ttf", "NotoSansCJK-Bold.ttc", "Noto Sans CJK SC Bold", "ZhaoshangSansSC", "Bold"),
    ("report-kai.ttf", "LXGWWenKai-Regular.ttf", None, "ZhaoshangKai", "Regular"),
)

EXTRA = (
    "—–―‐‑‒…‥·•、。，；：？！（）《》〈〉「」『』【】〔〕〖〗“”‘’"
    "%‰％×÷±≈≠≤≥～~℃°№§※→←↑↓△▲○●□■◇◆☆★√"
    "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ"
    "￥¥€£­ "
)


def gb2312() -> set[str]:
    """Every character GB 2312 encodes (its symbols, full-width forms and 6763 hanzi)."""
    found = set()
    for high in range(0xA1, 0xF8):
        for low in range(0xA1, 0xFF):
            try:
                found.add(bytes((high, low)).decode("gb2312"))
            except UnicodeDecodeError:
                continue
    return found


def source_characters(root: Path = ROOT) -> set[str]:
    """The non-ASCII characters written in the program's report, model and rule-set files."""
    found: set[str] = set()
    for pattern in SOURCE_GLOBS:
        for path in root.glob(pattern):
            if path.is_file():
                found.update(path.read_text(encoding="utf-8"))
    return {c for c in found if ord(c) > 0x7E and c.isprintable()}


def characters(root: Path = ROOT) -> set[str]:
    """What each bundled face keeps."""
    ascii_ = {chr(c) for c in range(0x20, 0x7F)}
    return ascii_ | gb2312() | set(EXTRA) | source_characters(root)


def _to_quadratic(font) -> None:
    """CFF outlines → TrueType (quadratic) outlines in a glyf table, as fontTools' otf2ttf does."""
    from fontTools.pens.cu2quPen import Cu2QuPen
    from fontTools.pens.ttGlyphPen import TTGlyphPen
    from fontTools.ttLib import newTable

    order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyphs = {}
    for name in order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, max_err=1.0, reverse_direction=True))
        glyphs[name] = pen.glyph()
    font["loca"] = newTable("loca")
    font["glyf"] = glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = glyphs
    del font["CFF "]
    glyf.compile(font)
    hmtx = font["hmtx"]
    for name, glyph in glyf.glyphs.items():
        width = hmtx.metrics[name][0]
        hmtx.metrics[name] = (width, getattr(glyph, "xMin", 0))
    maxp = newTable("maxp")
    maxp.tableVersion = 0x00010000
    for field in (
        "maxZones",
        "maxTwilightPoints",
        "maxStorage",
        "maxFunctionDefs",
        "maxInstructionDefs",
        "maxStackElements",
        "maxSizeOfInstructions",
    ):
        setattr(maxp, field, 0)
    maxp.maxZones = 1
    maxp.maxComponentElements = max(
        (len(getattr(g, "components", [])) for g in glyf.glyphs.values()), default=0
    )
    font["maxp"] = maxp
    maxp.compile(font)
    post = font["post"]
    post.formatType = 3.0
    post.extraNames, post.mapping = [], {}
    font.sfntVersion = "\x00\x01\x00\x00"


def _rename(font, family: str, style: str, source: str) -> None:
    """New names for the cut-down face; the copyright and licence entries stay as they were."""
    name = font["name"]
    full = f"{family} {style}" if style != "Regular" else family
    names = {
        1: family,
        2: style if style in ("Regular", "Bold") else "Regular",
        3: f"{family}-{style}; subset of {source}",
        4: full,
        6: f"{family}-{style}",
        16: family,
        17: style,
    }
    name.names = [r for r in name.names if r.nameID not in names and r.nameID < 256]
    for name_id, value in names.items():
        name.setName(value, name_id, 3, 1, 0x409)
        name.setName(value, name_id, 1, 0, 0)


def build(source_dir: Path, out: Path = OUT) -> list[Path]:
    """Subset, convert and rename each face; returns the written files."""
    from fontTools import subset
    from fontTools.ttLib import TTCollection, TTFont

    keep = characters()
    written = []
    for out_name, source_name, member, family, style in FACES:
        source = next(source_dir.rglob(source_name))
        if member is not None:
            collection = TTCollection(str(source))
            font = next(f for f in collection.fonts if f["name"].getDebugName(4) == member)
        else:
            font = TTFont(str(source))
        options = subset.Options()
        options.layout_features = []
        options.name_IDs = ["*"]
        options.name_languages = ["*"]
        options.hinting = False
        options.notdef_outline = True
        options.glyph_names = False
        options.drop_tables += ["BASE", "VORG", "vhea", "vmtx", "GSUB", "GPOS", "GDEF", "DSIG"]
        subsetter = subset.Subsetter(options)
        subsetter.populate(unicodes=[ord(c) for c in keep])
        subsetter.subset(font)
        if "CFF " in font:
            _to_quadratic(font)
        _rename(font, family, style, member or source.stem)
        target = out / out_name
        font.save(str(target))
        written.append(target)
    return written


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    for path in build(Path(sys.argv[1])):
        print(f"{path.relative_to(ROOT)}: {path.stat().st_size / 1e6:.2f} MB")
