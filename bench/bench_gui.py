"""Start-up and list pages on the synthetic city database (run `make bench` first to build it).

Measures, offscreen: a bare QMainWindow shown; the program's main window shown and idle; each page
opened; on every long list (trips, enterprises, visits, projects) the first rows painted, a jump to
the last row, and a search answered; the memory of the whole program. Each figure is the best of
three runs (the machine is shared). Prints a table with the scale issue's targets and writes
bench/gui_results.md.

Byte-code caching is left on in the measured processes (a user's installation has its .pyc files),
whatever PYTHONDONTWRITEBYTECODE says in the developer's shell.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RUNS = 3
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
print("shown", shown)
for i, title in enumerate(w.page_titles):  # a page is built when first opened: timed here
    t = time.perf_counter()
    w.nav.setCurrentRow(i); app.processEvents()
    print("page", title, time.perf_counter() - t)

def measure(name, away, show, rows_list, word):
    table = rows_list.table
    away(); app.processEvents()
    t = time.perf_counter()
    show(); app.processEvents(); table.viewport().repaint()
    print("first", name, time.perf_counter() - t)
    model = table.model()
    count = model.rowCount()
    t = time.perf_counter()
    table.scrollToBottom(); app.processEvents()
    last = model.index(count - 1, 0).data()
    table.viewport().repaint()
    print("last", name, time.perf_counter() - t)
    assert last, (name, count)
    t = time.perf_counter()
    rows_list.search.setText(word); app.processEvents(); table.viewport().repaint()
    print("search", name, time.perf_counter() - t)
    assert model.rowCount() < count, (name, word)
    rows_list.search.clear(); app.processEvents()

trips, firms, projects = w.pages[1][1], w.pages[2][1], w.pages[3][1]
home = lambda: w.nav.setCurrentRow(0)
measure("外出招商·行程", home, lambda: w.nav.setCurrentRow(1), trips.list, "人员3")
measure("企业与拜访·企业库", home, lambda: w.nav.setCurrentRow(2), firms.registry.list, "qy1")
measure(
    "企业与拜访·拜访记录",
    lambda: firms.tabs.setCurrentWidget(firms.registry),
    lambda: firms.tabs.setCurrentWidget(firms.visits),
    firms.visits.list,
    "企业12",
)
measure("项目与合同·项目库", home, lambda: w.nav.setCurrentRow(3), projects.library.list, "项目12")
import resource
print("memory", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
"""


def run(code: str) -> list[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=False
    )
    if out.returncode:
        raise SystemExit(out.stderr)
    return out.stdout.split("\n")


def figures(lines: list[str]) -> dict[tuple[str, str], float]:
    """("page", "外出招商") → seconds, from the measured process's output."""
    found = {}
    for line in lines:
        if line:
            kind, *name, value = line.split(" ")
            found[(kind, " ".join(name))] = float(value)
    return found


def verdict(ok: bool) -> str:
    return "达标" if ok else "未达标"


def main() -> int:
    db = ROOT / "bench" / "data" / "city-1.db"
    if not db.exists():
        print("先运行 make bench 生成 bench/data/city-1.db")
        return 1
    ours = OURS.format(root=str(ROOT), db=str(db))
    run(ours)  # first open migrates, backs up and writes byte code: not timed
    bare = min(float(run(BARE)[0]) for _ in range(RUNS))
    runs = [figures(run(ours)) for _ in range(RUNS)]
    best = {key: min(r[key] for r in runs) for key in runs[0]}
    memory = max(r[("memory", "")] for r in runs)
    shown = best[("shown", "")]
    rows = [
        f"# Start-up and pages (city database, offscreen, best of {RUNS} runs)",
        "",
        "| measurement | seconds | target | result |",
        "|---|---|---|---|",
        f"| bare QMainWindow shown | {bare:.3f} | | |",
        f"| main window shown and idle | {shown:.3f} | < 0.8 and < 2× bare "
        f"(ratio {shown / bare:.1f}×) | {verdict(shown < 0.8 and shown < 2 * bare)} |",
    ]
    for (kind, name), seconds in best.items():
        if kind == "page":
            rows.append(f"| open page {name} | {seconds:.3f} | | |")
    targets = {"first": ("first rows painted", 0.3), "last": ("jump to last row", 0.05)}
    targets["search"] = ("search answered", 0.3)
    for (kind, name), seconds in best.items():
        if kind in targets:
            label, limit = targets[kind]
            rows.append(
                f"| {name}: {label} | {seconds:.3f} | < {limit} ({seconds / limit:.0%} of it) "
                f"| {verdict(seconds < limit)} |"
            )
    rows.append(
        f"| memory of the whole program (worst run) | {memory:.0f} MB | < 300 MB "
        f"| {verdict(memory < 300)} |"
    )
    rows.append("")
    print("\n".join(rows))
    (ROOT / "bench" / "gui_results.md").write_text("\n".join(rows), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
