"""Benchmark of the quarterly report on a city's worth of data (run with `make bench`).

Builds once (cached in bench/data/) a synthetic database of 12 units over 5 years — by default
1,000,000 visits, 100,000 trips, 50,000 projects and 200,000 funds entries — then times the
indicators, one unit's PDF + Excel and the all-units report, each beside a floor measured in the
same run, and writes the table to bench/results.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import resource
import sqlite3
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from models.queries.scope import Scope

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from models.db.database import close_database, open_database  # noqa: E402

DATA = ROOT / "bench" / "data"
YEARS = range(2016, 2021)
DAY0 = dt.date(2016, 1, 1)
SPAN = (dt.date(2020, 12, 31) - DAY0).days
YEAR, QUARTER = 2020, 2  # the report measured


def _day(rng: random.Random) -> str:
    return (DAY0 + dt.timedelta(days=rng.randrange(SPAN))).isoformat()


def build(path: Path, visits: int, trips: int, projects: int, funds: int) -> None:
    """Synthetic records written with plain executemany (the schema comes from the real migrations)."""
    open_database(path)
    close_database()
    rng = random.Random(7)
    con = sqlite3.connect(path)
    con.execute("PRAGMA synchronous=OFF")
    now = "2020-12-31 00:00:00"
    units = [r[0] for r in con.execute("SELECT id FROM unit ORDER BY id")]
    people = []
    for unit in units:
        for n, role in enumerate(("principal", "principal", "deputy", "staff", "staff", "staff")):
            cur = con.execute(
                "INSERT INTO person (created_at, updated_at, unit_id, name, title, phone, note) VALUES (?,?,?,?,?,?,?)",
                (now, now, unit, f"人员{unit}-{n}", "", "", ""),
            )
            con.execute(
                "INSERT INTO role_assignment (created_at, updated_at, person_id, role, title, valid_from) VALUES (?,?,?,?,?,?)",
                (now, now, cur.lastrowid, role, "", "2016-01-01"),
            )
            people.append((unit, cur.lastrowid))
    firms = 20_000
    con.executemany(
        "INSERT INTO enterprise (created_at, updated_at, name, name_key, region, country, city, industry, chain, is_key, legal_rep, notes)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
        (
            (
                now,
                now,
                f"企业{i}有限公司",
                f"企业{i}",
                "yrd",
                "",
                "上海",
                "制造",
                "",
                rng.random() < 0.4,
                "",
                "",
            )
            for i in range(firms)
        ),
    )
    con.executemany(
        "INSERT INTO enterprise_tag (created_at, updated_at, enterprise_id, tag, list_year) VALUES (?,?,?,?,?)",
        (
            (now, now, i, rng.choice(("global500", "listed", "private")), None)
            for i in range(1, firms, 7)
        ),
    )
    trip_rows = []
    for _ in range(trips):
        unit, _person = rng.choice(people)
        start = DAY0 + dt.timedelta(days=rng.randrange(SPAN))
        trip_rows.append(
            (
                now,
                now,
                unit,
                start.isoformat(),
                (start + dt.timedelta(days=rng.randint(0, 4))).isoformat(),
                "深圳",
                "gba",
                "",
                "",
                "",
                "",
            )
        )
    con.executemany(
        "INSERT INTO trip (created_at, updated_at, unit_id, start_date, end_date, dest_city, region, country, purpose, outcome, enterprises_text)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        trip_rows,
    )
    # One participant per trip keeps the synthetic data free of overlaps that real entry would refuse.
    con.executemany(
        "INSERT OR IGNORE INTO trip_participant (created_at, updated_at, trip_id, person_id) VALUES (?,?,?,?)",
        ((now, now, i + 1, rng.choice(people)[1]) for i in range(trips)),
    )
    con.executemany(
        "INSERT INTO visit (created_at, updated_at, date, enterprise_id, unit_id, form, content, outcome, next_step)"
        " VALUES (?,?,?,?,?,?,?,?,?)",
        (
            (now, now, _day(rng), rng.randrange(1, firms), rng.choice(units), "onsite", "", "", "")
            for _ in range(visits)
        ),
    )
    con.executemany(
        "INSERT INTO visit_participant (created_at, updated_at, visit_id, person_id) VALUES (?,?,?,?)",
        ((now, now, i + 1, rng.choice(people)[1]) for i in range(visits)),
    )
    project_rows, contract_rows = [], []
    for i in range(projects):
        lead = DAY0 + dt.timedelta(days=rng.randrange(SPAN - 200))
        signed = lead + dt.timedelta(days=rng.randint(10, 150)) if rng.random() < 0.6 else None
        started = (
            signed + dt.timedelta(days=rng.randint(10, 90))
            if signed and rng.random() < 0.6
            else None
        )
        total = rng.choice((5000, 20000, 50000, 100000, 400000))
        project_rows.append(
            (
                now,
                now,
                f"项目{i}",
                rng.choice(units),
                rng.randrange(1, firms),
                "",
                total,
                rng.choice(("industry", "industry", "service")),
                "",
                "it" if rng.random() < 0.3 else None,
                rng.random() < 0.05,
                "domestic",
                "",
                False,
                False,
                False,
                "",
                "",
                False,
                rng.random() < 0.5,
                "",
                "signed" if signed else "lead",
                lead.isoformat(),
                signed and signed.isoformat(),
                started and started.isoformat(),
                started and (started + dt.timedelta(days=20)).isoformat(),
                "",
                "",
                "",
            )
        )
        if signed:
            contract_rows.append((now, now, i + 1, "formal", signed.isoformat(), total, False, ""))
    con.executemany(
        "INSERT INTO project (created_at, updated_at, name, unit_id, enterprise_id, content, total_investment_wan, industry_category,"
        " chain, strategic_emerging, foreign_funded, source_region, source_city, returnee, alumni, commissioned, team, plan, is_key,"
        " needs_land, site, stage, lead_date, signed_date, started_date, started_in_db_date, terminated_reason, rival_location, note)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        project_rows,
    )
    con.executemany(
        "INSERT INTO contract (created_at, updated_at, project_id, kind, signed_date, amount_wan, supplementary, note) VALUES (?,?,?,?,?,?,?,?)",
        contract_rows,
    )
    signed_ids = [c[2] for c in contract_rows]
    con.executemany(
        "INSERT INTO funds_entry (created_at, updated_at, project_id, date, amount_wan, proof_type, verified, note) VALUES (?,?,?,?,?,?,?,?)",
        (
            (
                now,
                now,
                rng.choice(signed_ids),
                _day(rng),
                rng.randint(100, 5000),
                "bank_slip",
                True,
                "",
            )
            for _ in range(funds)
        ),
    )
    con.commit()
    con.execute("ANALYZE")
    con.close()


@dataclass
class Figure:
    """One measured figure: our time, its floor measured in the same run, and its target."""

    label: str
    ours: float
    floor: float | None = None
    floor_is: str = ""
    target: float | None = None

    @property
    def ratio(self) -> str:
        return f"{self.ours / self.floor:.1f}×" if self.floor else ""

    @property
    def verdict(self) -> str:
        if self.target is None:
            return ""
        return "pass" if self.ours < self.target else "FAIL"

    def line(self) -> str:
        floor = (
            f"floor {self.floor:7.3f} s ({self.floor_is}), ratio {self.ratio}" if self.floor else ""
        )
        target = f"target < {self.target:g} s: {self.verdict}" if self.target else ""
        return f"{self.label:<34} {self.ours:7.3f} s   {target:<22} {floor}"

    def row(self) -> str:
        floor = "" if self.floor is None else f"{self.floor:.3f}"
        target = "" if self.target is None else f"< {self.target:g}"
        return (
            f"| {self.label} | {self.ours:.3f} | {target} | {self.verdict} | {floor} | {self.floor_is}"
            f" | {self.ratio} |"
        )


def best(fn, repeat: int) -> float:
    """The fastest of several runs: the machine is shared, so the minimum is the least noisy."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


class Captured:
    """The tables a report run wrote, kept so a floor can write the same rows with bare libraries."""

    def __init__(self) -> None:
        self.sheets: list[tuple[str, list, list]] = []
        self.tables: list[tuple[list, list, list | None]] = []

    def __enter__(self):
        import reports.report_pdf as pdf
        import reports.report_xlsx as xlsx

        self._saved = (xlsx.write_table, pdf._table)
        write_table, table = self._saved

        def capture_sheet(ws, title, headers, rows, *args, **kwargs):
            self.sheets.append((title, list(headers), rows))
            return write_table(ws, title, headers, rows, *args, **kwargs)

        def capture_table(headers, rows, widths=None):
            self.tables.append((list(headers), rows, widths))
            return table(headers, rows, widths)

        xlsx.write_table, pdf._table = capture_sheet, capture_table
        return self

    def __exit__(self, *exc) -> None:
        import reports.report_pdf as pdf
        import reports.report_xlsx as xlsx

        xlsx.write_table, pdf._table = self._saved

    def bare_xlsx(self, path: Path) -> None:
        """The same cells through openpyxl's write-only mode: no styles, widths or print setup."""
        from openpyxl import Workbook

        book = Workbook(write_only=True)
        for n, (title, headers, rows) in enumerate(self.sheets):
            ws = book.create_sheet(f"s{n}")
            ws.append([title])
            ws.append(headers)
            for row in rows:
                ws.append(row)
        book.save(path)

    def bare_pdf(self, path: Path) -> None:
        """The same table rows as plain strings in bare reportlab Tables (one font, a grid)."""
        from reportlab.lib.pagesizes import A4
        from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

        from reports.pdf_style import faces

        font = faces()["body"]
        style = TableStyle(
            [("FONT", (0, 0), (-1, -1), font, 9), ("GRID", (0, 0), (-1, -1), 0.5, "grey")]
        )
        story = []
        for headers, rows, widths in self.tables:
            data = [headers] + [["" if v is None else str(v) for v in row] for row in rows]
            story.append(Table(data, colWidths=widths, repeatRows=1, style=style))
        SimpleDocTemplate(str(path), pagesize=A4).build(story)


def report_files(unit: int | None, out: Path, repeat: int) -> tuple[float, float]:
    """Our build + PDF + Excel (fastest of `repeat`), and the floor: the same rows, bare libraries."""
    from reports.files import write_report_files
    from reports.quarter_report import build_report

    ours = best(
        lambda: write_report_files(build_report(Scope(2020, 2, unit)), out / "ours"), repeat
    )
    with Captured() as captured:
        write_report_files(build_report(Scope(2020, 2, unit)), out / "captured")
    floor = best(lambda: captured.bare_pdf(out / "bare.pdf"), repeat) + best(
        lambda: captured.bare_xlsx(out / "bare.xlsx"), repeat
    )
    return ours, floor


# --- The floor of the indicators: the same twelve figures in hand-written SQL --------------------

PERIODS = ("quarter", "ytd", "last")
KEYS = (
    "industrial_contract_amount",
    "industrial_funds_in_place",
    "strategic_emerging_projects",
    "started_in_db",
    "production_in_db",
    "contract_amount",
    "funds_in_place",
    "big_industrial_projects",
    "top500_listed_enterprises",
    "key_enterprises_visited",
    "foreign_projects",
    "major_project",
)
TOP_TAGS = "'global500', 'china500', 'listed'"


def _in(column: str) -> list[str]:
    """SQL: one CASE condition per period, in PERIODS order."""
    return [f"{column} BETWEEN :{p}_start AND :end_{p}" for p in PERIODS]


def _per_period(aggregate: str, column: str, value: str, extra: str = "") -> str:
    """SQL: the aggregate of `value` over each period of `column`, three columns in PERIODS order;
    aggregate "COUNT DISTINCT" counts distinct values."""
    distinct = aggregate.endswith(" DISTINCT")
    name = aggregate.removesuffix(" DISTINCT")
    return ", ".join(
        f"{name}({'DISTINCT ' if distinct else ''}CASE WHEN {cond}{extra} THEN {value} END)"
        for cond in _in(column)
    )


def floor_indicators(con: sqlite3.Connection, year: int, q: int, unit: int | None = None) -> dict:
    """The twelve indicators for the quarter, year to date and last year's YTD, per unit and for
    all units, straight from sqlite3: {unit id or None: {key: (quarter, ytd, last ytd or None)}}.

    Same definitions as the program (DOMAIN.md "Indicators"): 合同金额 counts a project's first
    formal contract and its formal supplements (while the project is signed), each on its own
    signing date; "signed" is the project's signed date; last year's figure is an entered
    baseline, else the records when the unit had any by then, else unknown."""
    params = {
        "quarter_start": dt.date(year, 3 * q - 2, 1).isoformat(),
        "ytd_start": f"{year}-01-01",
        "last_start": f"{year - 1}-01-01",
    }
    q_end = dt.date(year + (q == 4), 3 * q % 12 + 1, 1) - dt.timedelta(days=1)
    params["end_quarter"] = params["end_ytd"] = q_end.isoformat()
    last_end = q_end.replace(year=year - 1)
    params["end_last"] = last_end.isoformat()
    params["unit"] = unit
    mine = "" if unit is None else " AND p.unit_id = :unit"
    ruling = con.execute(
        "SELECT COALESCE((SELECT MAX(year) FROM indicator_rule WHERE year <= ?),"
        " (SELECT MIN(year) FROM indicator_rule))",
        (year,),
    ).fetchone()[0]
    big, major = 50000, {None: 300000}
    for key, unit_id, wan in con.execute(
        "SELECT indicator, unit_id, threshold_wan FROM indicator_rule WHERE year = ?"
        " AND threshold_wan AND indicator IN ('big_industrial_projects', 'major_project') ORDER BY id",
        (ruling,),
    ):
        if key == "big_industrial_projects":
            big = wan
        else:
            major[unit_id] = wan
    major_sql = "(CASE p.unit_id {} ELSE {} END)".format(
        " ".join(f"WHEN {int(u)} THEN {int(w)}" for u, w in major.items() if u is not None),
        int(major[None]),
    )
    figures: dict[int, dict[str, list]] = {}

    def take(keys: tuple[str, ...], rows) -> None:
        for unit_id, *values in rows:
            row = figures.setdefault(unit_id, {})
            for n, key in enumerate(keys):
                row[key] = [int(v or 0) for v in values[3 * n : 3 * n + 3]]

    industrial = " AND p.industry_category = 'industry'"
    take(
        ("contract_amount", "industrial_contract_amount"),
        con.execute(
            f"""SELECT p.unit_id, {_per_period("SUM", "c.signed_date", "c.amount_wan")},
                {_per_period("SUM", "c.signed_date", "c.amount_wan", industrial)}
            FROM contract c JOIN project p ON p.id = c.project_id
            WHERE c.signed_date BETWEEN :last_start AND :end_ytd AND c.kind = 'formal'{mine}
              AND ((c.supplementary AND p.signed_date IS NOT NULL)
                   OR c.id = (SELECT f.id FROM contract f
                              WHERE f.project_id = c.project_id AND f.kind = 'formal'
                                AND NOT f.supplementary
                              ORDER BY f.signed_date, f.id LIMIT 1))
            GROUP BY p.unit_id""",
            params,
        ),
    )
    take(
        ("funds_in_place", "industrial_funds_in_place"),
        con.execute(
            f"""SELECT p.unit_id, {_per_period("SUM", "f.date", "f.amount_wan")},
                {_per_period("SUM", "f.date", "f.amount_wan", industrial)}
            FROM funds_entry f JOIN project p ON p.id = f.project_id
            WHERE f.date BETWEEN :last_start AND :end_ytd{mine}
            GROUP BY p.unit_id""",
            params,
        ),
    )
    signed = "p.signed_date"
    take(
        (
            "strategic_emerging_projects",
            "started_in_db",
            "production_in_db",
            "big_industrial_projects",
            "foreign_projects",
            "major_project",
        ),
        con.execute(
            f"""SELECT p.unit_id,
                {_per_period("COUNT", signed, "1", " AND p.strategic_emerging IS NOT NULL")},
                {_per_period("COUNT", "p.started_in_db_date", "1")},
                {_per_period("COUNT", "p.production_in_db_date", "1")},
                {
                _per_period(
                    "COUNT", signed, "1", industrial + f" AND p.total_investment_wan > {int(big)}"
                )
            },
                {_per_period("COUNT", signed, "1", " AND p.foreign_funded")},
                {
                _per_period(
                    "COUNT",
                    signed,
                    "1",
                    " AND p.industry_category NOT IN ('real_estate', 'town', 'ppp')"
                    f" AND p.total_investment_wan >= {major_sql}",
                )
            }
            FROM project p WHERE 1{mine} GROUP BY p.unit_id""",
            params,
        ),
    )
    tagged = (
        f"p.enterprise_id IN (SELECT enterprise_id FROM enterprise_tag WHERE tag IN ({TOP_TAGS}))"
    )
    top_sql = f"""SELECT {{unit}}, {_per_period("COUNT DISTINCT", signed, "p.enterprise_id")}
        FROM project p WHERE p.signed_date BETWEEN :last_start AND :end_ytd AND {tagged}{mine}"""
    take(
        ("top500_listed_enterprises",),
        con.execute(top_sql.format(unit="p.unit_id") + " GROUP BY p.unit_id", params),
    )
    take(
        ("key_enterprises_visited",),
        con.execute(
            f"""SELECT v.unit_id, {_per_period("COUNT DISTINCT", "v.date", "v.enterprise_id")}
            FROM visit v JOIN enterprise e ON e.id = v.enterprise_id
            WHERE v.date BETWEEN :last_start AND :end_ytd AND e.is_key
              {"" if unit is None else "AND v.unit_id = :unit"}
            GROUP BY v.unit_id""",
            params,
        ),
    )
    # Which units last year's figures are known for, and the baselines entered for them.
    units = {
        uid: (kind, bool(known))
        for uid, kind, known in con.execute(
            """SELECT u.id, u.kind,
                EXISTS (SELECT 1 FROM visit WHERE unit_id = u.id AND date <= :end_last)
                OR EXISTS (SELECT 1 FROM trip WHERE unit_id = u.id AND start_date <= :end_last)
                OR EXISTS (SELECT 1 FROM project WHERE unit_id = u.id AND lead_date <= :end_last)
            FROM unit u WHERE u.active AND (:unit IS NULL OR u.id = :unit)""",
            params,
        )
    }
    baselines = {
        (uid, key): value
        for uid, key, value in con.execute(
            "SELECT unit_id, indicator, value FROM baseline WHERE year = ? AND quarter = ?",
            (year - 1, q),
        )
    }
    result: dict[int | None, dict[str, tuple]] = {}
    for uid, (_kind, known) in units.items():
        row = figures.get(uid, {})
        result[uid] = {}
        for key in KEYS:
            now, ytd, last = row.get(key, (0, 0, 0))
            last = baselines.get((uid, key), last if known else None)
            result[uid][key] = (now, ytd, last)
    if unit is not None:
        result[None] = result[unit]
        return result
    # All units: sums, but for distinct firms city-wide and for the key enterprises, which the
    # county and zone units alone carry.
    city = {}
    for key in KEYS:
        counted = [
            u
            for u in figures
            if key != "key_enterprises_visited" or units.get(u, ("",))[0] in ("county", "zone")
        ]
        now = sum(figures[u].get(key, (0, 0, 0))[0] for u in counted)
        ytd = sum(figures[u].get(key, (0, 0, 0))[1] for u in counted)
        lasts = [result[u][key][2] for u in units if u in counted or u not in figures]
        lasts = [v for v in lasts if v is not None]
        last = sum(lasts) if lasts else None
        city[key] = (now, ytd, last)
    _, now, ytd, last = con.execute(top_sql.format(unit="NULL"), params).fetchone()
    key = "top500_listed_enterprises"
    if any((u, key) in baselines for u in units):
        last = city[key][2]
    elif not any(known for _kind, known in units.values()):
        last = None
    city[key] = (now, ytd, last)
    result[None] = city
    return result


def check_floor(con: sqlite3.Connection) -> list[str]:
    """Where the floor's figures differ from the program's (build_indicators), for each active
    unit, for all units together, and for the one-unit floor; empty when they all agree."""
    from reports.indicators import build_indicators

    floor = floor_indicators(con, YEAR, QUARTER)
    wrong = []

    def compare(scope: str, ours: dict, theirs: dict) -> None:
        for key in KEYS:
            program = (ours[key].quarter, ours[key].ytd, ours[key].last_ytd)
            if tuple(theirs[key]) != program:
                wrong.append(f"{scope} {key}: floor {theirs[key]}, program {program}")

    for uid in [u for u in floor if u is not None]:
        compare(f"unit {uid}", build_indicators(Scope(YEAR, QUARTER, uid)), floor[uid])
    compare("all units", build_indicators(Scope(YEAR, QUARTER)), floor[None])
    compare(
        "one-unit floor, unit 1",
        build_indicators(Scope(YEAR, QUARTER, 1)),
        floor_indicators(con, YEAR, QUARTER, 1)[1],
    )
    return wrong


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--scale",
        type=float,
        default=1.0,
        help="fraction of the full data set (0.1 for a quick run; its results.md is not comparable)",
    )
    parser.add_argument(
        "--repeat", type=int, default=3, help="runs of each measurement; the fastest is reported"
    )
    args = parser.parse_args()
    sizes = {
        k: int(v * args.scale)
        for k, v in {
            "visits": 1_000_000,
            "trips": 100_000,
            "projects": 50_000,
            "funds": 200_000,
        }.items()
    }
    DATA.mkdir(parents=True, exist_ok=True)
    path = DATA / f"city-{args.scale:g}.db"
    if not path.exists():
        started = time.perf_counter()
        build(path, **sizes)
        print(f"built {path.name} in {time.perf_counter() - started:.1f} s: {sizes}")
    open_database(path)
    r = args.repeat

    from reports.quarter_report import build_report

    raw = sqlite3.connect(path)
    floor_all = best(lambda: floor_indicators(raw, YEAR, QUARTER), r)
    floor_one = best(lambda: floor_indicators(raw, YEAR, QUARTER, 1), r)
    mismatches = check_floor(raw)
    if mismatches:
        print("the raw-SQL floor disagrees with the program's indicators:", file=sys.stderr)
        for line in mismatches:
            print(f"  {line}", file=sys.stderr)
        return 1
    print("raw-SQL floor agrees with the program: every unit, all units, 12 indicators × 3 periods")

    out = Path(tempfile.mkdtemp())
    sql = "12 indicators × 3 periods, raw sqlite3"
    bare = "same rows, bare reportlab + openpyxl"
    figures = []

    def measure(figure: Figure) -> None:
        print(figure.line(), flush=True)
        figures.append(figure)

    measure(
        Figure(
            "indicators, all units (JSON)",
            best(lambda: build_report(Scope(YEAR, QUARTER)).to_json(), r),
            floor_all,
            sql,
            1.0,
        )
    )
    measure(
        Figure(
            "indicators, one unit (JSON)",
            best(lambda: build_report(Scope(YEAR, QUARTER, 1)).to_json(), r),
            floor_one,
            sql,
        )
    )
    measure(Figure("one unit: PDF + Excel", *report_files(1, out / "unit", r), bare, 2.0))
    measure(Figure("all units: PDF + Excel", *report_files(None, out / "all", r), bare, 10.0))
    memory = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory {memory:.0f} MB")
    lines = [
        "# Benchmark results",
        "",
        f"Data: {sizes['visits']:,} visits, {sizes['trips']:,} trips, {sizes['projects']:,} projects, {sizes['funds']:,} funds entries;"
        f" {dt.date.today()}, {sys.platform}; fastest of {r} runs. Each figure is build + files, its"
        " floor the same aggregation or the same rows done the bare way, in the same run.",
        "",
        "| measurement | seconds | target | result | floor | floor is | ratio |",
        "|---|---|---|---|---|---|---|",
        *(f.row() for f in figures),
        "",
        f"Peak memory of the whole run: {memory:.0f} MB.",
        "",
    ]
    print("\n".join(lines[4:]))
    (ROOT / "bench" / "results.md").write_text("\n".join(lines), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
