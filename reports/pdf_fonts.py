"""The four faces of the printed report (GB/T 9704: 小标宋 title, 仿宋 body, 黑体 一、, 楷体 （一）): the
system's own when installed, for the machine-wide or the user's fonts, else the bundled open faces.
Every face is a TrueType font ReportLab embeds; each is found and registered once per process."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from resources import REPORT_HEI, REPORT_KAI, REPORT_SERIF

ROLES = ("title", "body", "heading1", "heading2")

# The bundled faces (resources/fonts, made by tools/subset_fonts.py): registered name and file.
BUNDLED = {
    "title": ("ZhaoshangSerifSC", REPORT_SERIF),  # from Noto Serif CJK SC Regular
    "body": ("ZhaoshangSerifSC", REPORT_SERIF),
    "heading1": ("ZhaoshangSansSC-Bold", REPORT_HEI),  # from Noto Sans CJK SC Bold
    "heading2": ("ZhaoshangKai", REPORT_KAI),  # from LXGW WenKai Regular
}

# The file names under which the faces government PCs use are installed (Windows, the 方正 faces
# and the copies found on Linux desktops), best first; compared without regard to case.
SYSTEM_FILES = {
    "title": ("fzxbsjw.ttf", "fzxbsk.ttf", "方正小标宋简体.ttf", "方正小标宋_gbk.ttf"),
    "body": (
        "仿宋_gb2312.ttf",
        "fangsong_gb2312.ttf",
        "simfang.ttf",
        "fzfsjw.ttf",
        "fzfsk.ttf",
        "方正仿宋简体.ttf",
        "方正仿宋_gbk.ttf",
    ),
    "heading1": ("simhei.ttf", "fzhtjw.ttf", "fzhtk.ttf", "方正黑体简体.ttf", "方正黑体_gbk.ttf"),
    "heading2": (
        "楷体_gb2312.ttf",
        "kaiti_gb2312.ttf",
        "simkai.ttf",
        "fzktjw.ttf",
        "fzktk.ttf",
        "方正楷体简体.ttf",
        "方正楷体_gbk.ttf",
    ),
}
# Else any font file whose name says what it is (a 方正 download keeps its Chinese name).
SYSTEM_WORDS = {
    "title": ("小标宋",),
    "body": ("仿宋",),
    "heading1": ("黑体",),
    "heading2": ("楷体",),
}
_FONT_SUFFIXES = (".ttf", ".ttc")  # ReportLab embeds TrueType outlines only


def font_dirs() -> list[Path]:
    """Machine-wide, then per-user font folders (Windows, macOS, Linux), as this process sees them."""
    home = Path.home()
    dirs = []
    if os.environ.get("WINDIR") or sys.platform == "win32":
        dirs.append(Path(os.environ.get("WINDIR", "C:/Windows")) / "Fonts")
    if os.environ.get("LOCALAPPDATA"):
        dirs.append(Path(os.environ["LOCALAPPDATA"]) / "Microsoft" / "Windows" / "Fonts")
    if sys.platform == "darwin":
        dirs += [Path("/Library/Fonts"), Path("/System/Library/Fonts"), home / "Library" / "Fonts"]
    dirs += [Path("/usr/share/fonts"), Path("/usr/local/share/fonts")]
    data_home = os.environ.get("XDG_DATA_HOME") or str(home / ".local" / "share")
    dirs += [Path(data_home) / "fonts", home / ".local" / "share" / "fonts", home / ".fonts"]
    return list(dict.fromkeys(dirs))


def _installed() -> dict[str, Path]:
    """Lower-case file name → path of every TrueType file in the font folders (first one wins)."""
    found: dict[str, Path] = {}
    for folder in font_dirs():
        if not folder.is_dir():
            continue
        for parent, _dirs, files in os.walk(folder):
            for name in files:
                if name.lower().endswith(_FONT_SUFFIXES):
                    found.setdefault(name.lower(), Path(parent) / name)
    return found


def _candidates(role: str, installed: dict[str, Path]) -> list[Path]:
    """The installed files for a role: known file names first, then names with the face's word."""
    paths = [installed[name] for name in SYSTEM_FILES[role] if name in installed]
    words = SYSTEM_WORDS[role]
    paths += sorted(
        path
        for name, path in installed.items()
        if any(word in name for word in words) and path not in paths
    )
    return paths


def _register(name: str, path: Path) -> bool:
    """Register a TrueType file under a name; False when ReportLab cannot read or embed it."""
    if name in pdfmetrics.getRegisteredFontNames():
        return True
    try:
        pdfmetrics.registerFont(TTFont(name, str(path), subfontIndex=0))
    except Exception:  # PostScript outlines, no embedding allowed, a damaged file: not this one
        return False
    return True


_faces: dict[str, str] = {}


def faces() -> dict[str, str]:
    """Role → registered font name, for the four roles (and the older keys heading/subheading)."""
    if _faces:
        return _faces
    installed = _installed()
    found: dict[str, str] = {}
    for role in ROLES:
        for path in _candidates(role, installed):
            name = f"Sys-{path.stem}"
            if _register(name, path):
                found[role] = name
                break
        else:
            name, path = BUNDLED[role]
            if not _register(name, path):
                raise RuntimeError(f"the bundled report font {path} cannot be read")
            found[role] = name
    found["heading"], found["subheading"] = found["heading1"], found["heading2"]
    _faces.update(found)
    return _faces


def reset() -> None:
    """Forget the faces found, so the next faces() looks again (after fonts are installed)."""
    _faces.clear()


class _Fonts:
    """The roles as attributes: FONTS.title, FONTS.body, FONTS.heading1 (一、), FONTS.heading2 (（一）)."""

    def __getattr__(self, role: str) -> str:
        if role not in ROLES:
            raise AttributeError(role)
        return faces()[role]

    def __dir__(self):
        return [*ROLES]


FONTS = _Fonts()
