"""Start-up and list pages on the synthetic city database (run `make bench` first to build it).

Start-up is timed as a user sees it: from launching the process to its event loop first waiting
with the main window shown (idle), for a bare PySide6 QMainWindow and for the program started
through its own entry point (`main.main(["--db", …])`, as the desktop shortcut does). Between them
stand two floors: a bare window that also imports Qt's namespace and peewee (the chosen stack), and
one that also imports the program's models and database code. Then, in one process: each page
opened; on every long list (trips, enterprises, visits, projects) the first rows painted, a jump to
the last row, and a search answered; the memory of the whole program. Each figure is the best of several runs (the machine is shared). Prints a
table with the scale issue's targets and writes bench/gui_results.md.

Byte-code caching is left on in the measured processes (a user's installation has its .pyc files),
whatever PYTHONDONTWRITEBYTECODE says in the developer's shell.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RUNS = 3
LAUNCHES = 9  # start-up is short and the machine is shared: the best of more runs

# Prints the wall-clock time when the event loop first waits with a main window shown, then ends
# the process (the daily check and backup threads are not waited for).
IDLE = """
def _idle_watch(app):
    import os, time
    from PySide6.QtCore import QAbstractEventDispatcher
    from PySide6.QtWidgets import QMainWindow

    def idle():
        if any(isinstance(w, QMainWindow) and w.isVisible() for w in app.topLevelWidgets()):
            print(time.time(), flush=True)
            os._exit(0)

    QAbstractEventDispatcher.instance().aboutToBlock.connect(idle)
"""
BARE_LAUNCH = (
    IDLE
    + """
import sys
{imports}
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
w = QMainWindow(); w.resize(1200, 800); w.show()
_idle_watch(app)
app.exec()
"""
)
# The floors: Qt's namespace (every real window uses it) and peewee without the server driver, as
# the program imports it; then also the program's models and database opening code.
PEEWEE_IMPORTS = (
    "from PySide6.QtCore import Qt; sys.modules['psycopg'] = None; import peewee;"
    " del sys.modules['psycopg']"
)
MODELS_IMPORTS = (
    "from PySide6.QtCore import Qt; sys.path.insert(0, {root!r}); import models.db.database"
)
# The program through its entry point; ui.app's make_application is wrapped when ui.app is first
# imported (a finder on sys.meta_path), so the program's own import order is kept.
OURS_LAUNCH = (
    IDLE
    + """
import sys
sys.path.insert(0, {root!r})
import importlib.util


class _WrapApp:
    def find_spec(self, name, path, target=None):
        if name != "ui.app":
            return None
        sys.meta_path.remove(self)
        spec = importlib.util.find_spec(name)
        run = spec.loader.exec_module

        def exec_module(module):
            run(module)
            real = module.make_application

            def make_application():
                app = real()
                _idle_watch(app)
                return app

            module.make_application = make_application

        spec.loader.exec_module = exec_module
        return spec


sys.meta_path.insert(0, _WrapApp())
import main
main.main(["--db", {db!r}])
"""
)
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
from models.db.database import open_database
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


def _env(settings: str) -> dict[str, str]:
    """Offscreen, byte code kept, and a fresh settings folder (the window opens on 工作台)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": settings}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def launched(code: str, settings: str) -> float:
    """Seconds from starting the process to the time it prints (its first idle moment)."""
    start = time.time()
    child = subprocess.Popen(
        [sys.executable, "-c", code],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=_env(settings),
    )
    out, err = child.communicate(timeout=120)
    if child.returncode:
        raise SystemExit(err)
    return float(out.split()[0]) - start


def start_up(db: Path) -> dict[str, float]:
    """Best of LAUNCHES for the bare window, the two floors and the program, interleaved."""
    root = str(ROOT)
    codes = {
        "bare": BARE_LAUNCH.format(imports=""),
        "peewee": BARE_LAUNCH.format(imports=PEEWEE_IMPORTS),
        "models": BARE_LAUNCH.format(imports=MODELS_IMPORTS.format(root=root)),
        "ours": OURS_LAUNCH.format(root=root, db=str(db)),
    }
    with tempfile.TemporaryDirectory() as settings:
        times = {name: [] for name in codes}
        for _ in range(LAUNCHES):
            for name, code in codes.items():
                times[name].append(launched(code, settings))
    return {name: min(values) for name, values in times.items()}


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
    launch = start_up(db)
    bare, shown = launch["bare"], launch["ours"]
    in_process_bare = min(float(run(BARE)[0]) for _ in range(RUNS))
    runs = [figures(run(ours)) for _ in range(RUNS)]
    best = {key: min(r[key] for r in runs) for key in runs[0]}
    memory = max(r[("memory", "")] for r in runs)
    rows = [
        f"# Start-up and pages (city database, offscreen; start-up best of {LAUNCHES} launches,"
        f" the rest best of {RUNS} runs)",
        "",
        "| measurement | seconds | target | result |",
        "|---|---|---|---|",
        f"| bare QMainWindow, launch to idle | {bare:.3f} | | |",
        f"| … also importing Qt's namespace and peewee (the chosen stack's floor)"
        f" | {launch['peewee']:.3f} | ({launch['peewee'] / bare:.1f}× bare) | |",
        f"| … and the program's models and database code | {launch['models']:.3f}"
        f" | ({launch['models'] / bare:.1f}× bare) | |",
        f"| main window, launch to shown and idle | {shown:.3f} | < 0.8 and < 2× bare "
        f"(ratio {shown / bare:.1f}×) | {verdict(shown < 0.8 and shown < 2 * bare)} |",
        f"| in one process, from its first line: bare {in_process_bare:.3f}, main window"
        f" {best[('shown', '')]:.3f} | | ({best[('shown', '')] / in_process_bare:.1f}×) | |",
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
