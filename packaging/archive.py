"""Pack the built bundle dist/zhaoshang/ into one file to hand out: a .zip on Windows (opened by
Explorer), a .tar.gz elsewhere (keeps the executable bits). Prints the archive's path.

`python packaging/archive.py --name` only prints the path the archive has (for the smoke test).
"""

from __future__ import annotations

import configparser
import platform
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"
BUNDLE = DIST / "zhaoshang"


def version() -> str:
    """The one version: setup.cfg [metadata] version."""
    cfg = configparser.ConfigParser()
    cfg.read(ROOT / "setup.cfg", encoding="utf-8")
    return cfg.get("metadata", "version")


def archive_path() -> Path:
    system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, sys.platform)
    machine = platform.machine().lower().replace("amd64", "x86_64")
    suffix = ".zip" if sys.platform == "win32" else ".tar.gz"
    return DIST / f"zhaoshang-desk-{version()}-{system}-{machine}{suffix}"


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def main(argv: list[str]) -> int:
    target = archive_path()
    if "--name" in argv:
        print(target)
        return 0
    if not (BUNDLE / "_internal").is_dir():
        print(
            f"no bundle at {BUNDLE}: run pyinstaller packaging/zhaoshang.spec first",
            file=sys.stderr,
        )
        return 1
    target.unlink(missing_ok=True)
    base = str(target)[: -len(".zip" if target.suffix == ".zip" else ".tar.gz")]
    made = shutil.make_archive(
        base, "zip" if target.suffix == ".zip" else "gztar", root_dir=DIST, base_dir=BUNDLE.name
    )
    mb = 1024 * 1024
    print(f"bundle  {BUNDLE.relative_to(ROOT)}/  {folder_size(BUNDLE) / mb:.0f} MB")
    print(f"archive {Path(made).relative_to(ROOT)}  {Path(made).stat().st_size / mb:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
