"""Start-up and list pages on the synthetic city database (run `make bench` first to build it).

Measures, offscreen: a bare QMainWindow shown; the program's main window shown and idle; each page
opened; memory. Prints a table and writes bench/gui_results.md. Targets are those of the scale issue.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BARE = """
import time, sys
start = time.perf_counter()
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
w = QMainWindow(); w.resize(1200, 800); w.show(); app.processEvents()
print(time.perf_counter() - start)
"""
OURS = """
import time, sys
start = time.perf_counter()
sys.path.insert(0, {root!r})
import tempfile
from PySide6.QtCore import QSettings
QSettings.setDefaultFormat(QSettings.IniFormat)  # a fresh profile: the window opens on 工作台
QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, tempfile.mkdtemp())
from ui.app import make_application
app = make_application()
from models.database import open_database
from ui.main_window import MainWindow
opened = open_database({db!r})
w = MainWindow(opened.path, "bench"); w.resize(1200, 800); w.show(); app.processEvents()
shown = time.perf_counter() - start
pages = []
for i, (title, page) in enumerate(w.pages):
    t = time.perf_counter()
    w.nav.setCurrentRow(i); app.processEvents()
    pages.append((title, time.perf_counter() - t))
import resource
print(shown)
for title, seconds in pages:
    print(title, seconds)
print("memory", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
"""


def run(code: str) -> list[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    )
    return out.stdout.split("\n")


def main() -> int:
    db = ROOT / "bench" / "data" / "city-1.db"
    if not db.exists():
        print("先运行 make bench 生成 bench/data/city-1.db")
        return 1
    run(OURS.format(root=str(ROOT), db=str(db)))  # first open migrates and backs up: not timed
    bare = min(float(run(BARE)[0]) for _ in range(3))
    lines = run(OURS.format(root=str(ROOT), db=str(db)))
    shown = float(lines[0])
    pages = [line.rsplit(" ", 1) for line in lines[1:] if line and not line.startswith("memory")]
    memory = float(next(line for line in lines if line.startswith("memory")).split()[1])
    rows = [
        "# Start-up and pages (city database, offscreen)",
        "",
        "| measurement | seconds | target |",
        "|---|---|---|",
        f"| bare QMainWindow shown | {bare:.2f} | |",
        f"| main window shown | {shown:.2f} | < 0.8 and < 2× bare ({shown / bare:.1f}×) |",
        *[f"| open page {title} | {float(s):.2f} | first rows < 0.3 |" for title, s in pages],
        f"| memory of the whole program | {memory:.0f} MB | < 300 MB |",
        "",
    ]
    print("\n".join(rows))
    (ROOT / "bench" / "gui_results.md").write_text("\n".join(rows), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
