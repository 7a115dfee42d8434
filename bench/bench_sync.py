"""What SQLite's synchronous=FULL costs over NORMAL (WAL): a dialog's save, and a 10,000-row import.

With WAL, NORMAL syncs only at checkpoints, so a power cut can lose the last commits; FULL also
syncs the WAL on every commit, so a saved record survives one. Measured on a real disk folder (by
default bench/data/sync/, never tmpfs, where a sync costs nothing): (a) one visit saved through
its store function as the 拜访 dialog saves it, each a committed transaction, on a copy of the
demo database, many times at each level in alternating rounds, median and p95; (b) the import
benchmark's 10,000-row ledger into an empty database, fastest of --repeat runs at each level.
Also the bare cost of one fsync on the same disk. Writes bench/sync_results.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from models.db.backup import backup_file  # noqa: E402
from models.db.base import db  # noqa: E402
from models.db.database import close_database, open_database  # noqa: E402

LEVELS = ("normal", "full")
NOTICEABLE_SAVE = 0.100  # seconds a save may grow before the user notices a wait
ACCEPTABLE_IMPORT = 0.05  # an import a few per cent slower is no noticeable wait


def filesystem(folder: Path) -> str:
    """The type of the filesystem holding folder (Linux's /proc/mounts), or 'unknown'."""
    try:
        mounts = Path("/proc/mounts").read_text().splitlines()
    except OSError:
        return "unknown"
    best, kind = "", "unknown"
    real = str(folder.resolve())
    for line in mounts:
        parts = line.split()
        point = parts[1].replace("\\040", " ")
        inside = real == point or real.startswith(point.rstrip("/") + "/")
        if inside and len(point) > len(best):
            best, kind = point, parts[2]
    return kind


def fsync_cost(folder: Path, times: int = 50) -> float:
    """Median seconds of writing 4 KiB and fsync-ing it: the disk's price of one synced commit."""
    path = folder / "fsync.probe"
    samples = []
    with path.open("wb") as fh:
        for _ in range(times):
            fh.write(os.urandom(4096))
            fh.flush()
            started = time.perf_counter()
            os.fsync(fh.fileno())
            samples.append(time.perf_counter() - started)
    path.unlink()
    return statistics.median(samples)


def use_level(level: str) -> None:
    """This connection (and any reopened one) commits at the given synchronous level."""
    db.pragma("synchronous", level, permanent=True)
    assert db.execute_sql("PRAGMA synchronous").fetchone()[0] == {"normal": 1, "full": 2}[level]


def demo_copy(folder: Path) -> Path:
    """The demo database, built once into folder (a realistic size for a dialog's save)."""
    path = folder / "demo.db"
    if path.exists():  # migrated here once, not in every copy
        open_database(path, seed=False)
        close_database()
    else:
        from models.store.demo import load_demo

        open_database(folder / "demo-building.db")
        load_demo()
        close_database()
        (folder / "demo-building.db").rename(path)
    return path


def save_samples(database: Path, level: str, saves: int) -> list[float]:
    """Seconds of each of saves visits, each saved and committed as the 拜访 dialog does."""
    from models.db.enterprises import Enterprise
    from models.db.org import Person
    from models.store.visits import VisitInput, save_visit

    open_database(database, seed=False)
    use_level(level)
    people = list(Person.select().order_by(Person.id).limit(20))
    firms = [e.id for e in Enterprise.select(Enterprise.id).order_by(Enterprise.id).limit(50)]
    samples = []
    for n in range(saves):
        person = people[n % len(people)]
        data = VisitInput(
            date=dt.date(2021, 1, 1) + dt.timedelta(days=n % 300),
            enterprise_id=firms[n % len(firms)],
            unit_id=person.unit_id,
            person_ids=[person.id],
            content="洽谈投资意向，对方计划下月来考察。",
        )
        started = time.perf_counter()
        save_visit(data, today=dt.date(2021, 12, 31))
        samples.append(time.perf_counter() - started)
    close_database()
    return samples


def import_seconds(folder: Path, ledger_path: Path, level: str, run: int) -> float:
    """Seconds of importing the ledger (checked, committed) into an empty database at this level."""
    from models.ledger.layout import import_files
    from reports.ledger_file import read_ledger

    open_database(folder / f"import-{level}-{run}.db")
    use_level(level)
    ledger = read_ledger(ledger_path)
    started = time.perf_counter()
    result = import_files([ledger], commit=True)
    seconds = time.perf_counter() - started
    assert result.committed and not result.errors, result.errors[:5]
    close_database()
    return seconds


def _clean(folder: Path) -> None:
    """Remove the measured copies (hundreds of MB); the demo database and the ledger stay cached."""
    for pattern in ("run-*", "import-*", "backups/*"):
        for old in folder.glob(pattern):
            old.unlink()


def p95(samples: list[float]) -> float:
    return statistics.quantiles(samples, n=20)[-1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--folder",
        type=Path,
        default=ROOT / "bench" / "data" / "sync",
        help="a folder on the disk to measure (not tmpfs)",
    )
    parser.add_argument("--saves", type=int, default=100, help="saves per level in each round")
    parser.add_argument("--rounds", type=int, default=3, help="alternating rounds of saves")
    parser.add_argument("--repeat", type=int, default=5, help="imports per level; fastest counts")
    args = parser.parse_args()
    folder = args.folder.absolute()
    folder.mkdir(parents=True, exist_ok=True)
    kind = filesystem(folder)
    if kind in ("tmpfs", "ramfs"):
        print(f"warning: {folder} is on {kind}, where a sync costs nothing", file=sys.stderr)
    _clean(folder)

    demo = demo_copy(folder)
    saves: dict[str, list[float]] = {level: [] for level in LEVELS}
    for r in range(args.rounds):
        order = LEVELS if r % 2 == 0 else LEVELS[::-1]  # neither level always runs first
        for level in order:
            copy = backup_file(demo, folder / f"run-{level}-{r}.db")
            saves[level] += save_samples(copy, level, args.saves)

    from bench_import import build

    ledger_path = folder / "台账.xlsx"
    counts = build(ledger_path)
    imports: dict[str, list[float]] = {level: [] for level in LEVELS}
    for run in range(args.repeat):
        for level in LEVELS if run % 2 == 0 else LEVELS[::-1]:
            imports[level].append(import_seconds(folder, ledger_path, level, run))
    fsync = fsync_cost(folder)
    _clean(folder)

    med = {level: statistics.median(saves[level]) for level in LEVELS}
    tail = {level: p95(saves[level]) for level in LEVELS}
    best = {level: min(imports[level]) for level in LEVELS}
    mid = {level: statistics.median(imports[level]) for level in LEVELS}
    extra_save = tail["full"] - tail["normal"]
    extra_import = best["full"] / best["normal"] - 1
    verdict = "not noticeable" if extra_save < NOTICEABLE_SAVE else "NOTICEABLE"
    import_verdict = "acceptable" if extra_import < ACCEPTABLE_IMPORT else "SLOWER"
    n = args.rounds * args.saves
    shown = folder.relative_to(ROOT) if folder.is_relative_to(ROOT) else folder
    lines = [
        "# synchronous=NORMAL vs FULL (WAL)",
        "",
        f"{shown} on {kind}; {dt.date.today()}, {sys.platform}. One fsync of 4 KiB on this disk:"
        f" {fsync * 1000:.2f} ms (median of 50). Save: one visit through save_visit (validated,"
        f" written with its participant and audit entry, committed) on a copy of the demo"
        f" database, {n} saves per level in {args.rounds} alternating rounds. Import:"
        f" {sum(counts.values()):,} rows into an empty database, {args.repeat} runs per level"
        " in alternating order (the machine is shared: the fastest run is the cost, the median"
        " shows the noise).",
        "",
        "| measurement | NORMAL | FULL | FULL costs | limit | result |",
        "|---|---|---|---|---|---|",
        f"| dialog save, median (ms) | {med['normal'] * 1000:.2f} | {med['full'] * 1000:.2f}"
        f" | {(med['full'] - med['normal']) * 1000:+.2f} ms | | |",
        f"| dialog save, p95 (ms) | {tail['normal'] * 1000:.2f} | {tail['full'] * 1000:.2f}"
        f" | {extra_save * 1000:+.2f} ms | < {NOTICEABLE_SAVE * 1000:.0f} ms | {verdict} |",
        f"| import 10,000 rows, fastest (s) | {best['normal']:.2f} | {best['full']:.2f}"
        f" | {extra_import:+.1%} | < +{ACCEPTABLE_IMPORT:.0%} | {import_verdict} |",
        f"| import 10,000 rows, median (s) | {mid['normal']:.2f} | {mid['full']:.2f}"
        f" | {mid['full'] / mid['normal'] - 1:+.1%} | | |",
        "",
    ]
    print("\n".join(lines))
    (ROOT / "bench" / "sync_results.md").write_text("\n".join(lines), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
