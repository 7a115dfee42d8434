"""Entry point: parse arguments → database path → logging → open and migrate → command or window."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path

log = logging.getLogger("zhaoshang")

COMMANDS_HELP = """命令（不写命令则打开图形界面）：
  gui           打开主窗口（默认）
  demo          写入襄阳各单位 2019–2020 年示例数据
  info          显示数据库位置和各类记录数
  compliance    某月各领导外出招商天数、次数与达标情况
  visits-progress  各单位本年拜访重点企业家数与目标、时序进度
  land          签约后 6 个月内取得土地使用权的情况、逾期比例（5% 红线）
  lists         推介 / 跟踪 / 签约 / 开工清单（可导出 Excel）
  indicators    季度指标完成情况（--json 输出全部报告数据）
  report        生成季度调度报告（PDF 与 Excel）
"""


def app_version() -> str:
    """The version in setup.cfg, read from the installed metadata (or the source tree when not installed)."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("zhaoshang-desk")
    except PackageNotFoundError:
        import configparser

        cfg = configparser.ConfigParser()
        cfg.read(Path(__file__).with_name("setup.cfg"), encoding="utf-8")
        return cfg.get("metadata", "version", fallback="0")


def build_parser() -> argparse.ArgumentParser:
    """All commands share --db; each command adds only its own options."""
    parser = argparse.ArgumentParser(
        prog="zhaoshang",
        description="招商引资工作台：外出招商、企业拜访、项目台账与季度调度报告。",
        epilog=COMMANDS_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {app_version()}")
    parser.add_argument(
        "--db",
        metavar="PATH",
        help="数据库文件路径（默认：用户数据文件夹下的 zhaoshang.db；也可用环境变量 ZHAOSHANG_DB）",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="输出调试日志")
    sub = parser.add_subparsers(dest="command", metavar="命令")
    sub.add_parser("gui", help="打开主窗口（默认）")
    demo = sub.add_parser("demo", help="写入 2019–2020 年示例数据")
    demo.add_argument(
        "--force",
        action="store_true",
        help="数据库已有记录时仍写入：先备份，再以示例数据替换全部记录",
    )
    sub.add_parser("info", help="显示数据库位置和各类记录数")
    comp = sub.add_parser("compliance", help="某月各领导外出招商达标情况")
    comp.add_argument("--year", type=int, required=True, help="年份，如 2020")
    comp.add_argument("--month", type=int, required=True, choices=range(1, 13), metavar="1-12")
    comp.add_argument("--unit", help="只看一个单位（单位名称）")
    comp.add_argument(
        "--as-of", type=_iso_date, help="按哪一天判断“进行中”（默认今天），如 2020-04-20"
    )
    comp.add_argument("--json", action="store_true", help="输出 JSON")
    prog = sub.add_parser("visits-progress", help="各单位拜访重点企业进度")
    prog.add_argument("--year", type=int, required=True, help="年份，如 2020")
    prog.add_argument(
        "--quarter",
        type=int,
        choices=range(1, 5),
        metavar="1-4",
        help="截至某季度末（默认：往年截至年底，本年截至今天）",
    )
    prog.add_argument("--unit", help="只看一个单位（单位名称）")
    prog.add_argument("--json", action="store_true", help="输出 JSON")
    land = sub.add_parser("land", help="供地期限与逾期比例")
    land.add_argument("--year", type=int, required=True, help="年份，如 2020")
    land.add_argument(
        "--quarter",
        type=int,
        choices=range(1, 5),
        metavar="1-4",
        help="截至某季度末（默认截至年底）",
    )
    land.add_argument("--unit", help="只看一个单位（单位名称）")
    land.add_argument("--json", action="store_true", help="输出 JSON")
    lists = sub.add_parser("lists", help="项目清单")
    lists.add_argument(
        "--kind", required=True, choices=["推介", "跟踪", "签约", "开工"], help="清单类型"
    )
    lists.add_argument("--year", type=int, required=True, help="年份，如 2020")
    lists.add_argument(
        "--quarter", type=int, choices=range(1, 5), metavar="1-4", help="只看某季度（默认全年）"
    )
    lists.add_argument("--unit", help="只看一个单位（单位名称）")
    lists.add_argument("--xlsx", metavar="FILE", help="导出为 Excel 文件")
    ind = sub.add_parser("indicators", help="季度指标完成情况")
    ind.add_argument("--year", type=int, required=True, help="年份，如 2020")
    ind.add_argument("--quarter", type=int, required=True, choices=range(1, 5), metavar="1-4")
    ind.add_argument("--unit", help="只看一个单位（单位名称；默认全部单位）")
    ind.add_argument("--json", action="store_true", help="输出 JSON")
    rep = sub.add_parser("report", help="生成季度调度报告")
    rep.add_argument("--year", type=int, required=True, help="年份，如 2020")
    rep.add_argument("--quarter", type=int, required=True, choices=range(1, 5), metavar="1-4")
    rep.add_argument("--unit", help="单位名称（默认全部单位）")
    rep.add_argument("--out", metavar="DIR", default=".", help="输出文件夹（默认当前文件夹）")
    return parser


def _iso_date(text: str):
    import datetime as dt

    try:
        return dt.date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"日期格式应为 2020-04-20：{text}") from exc


def setup_logging(verbose: bool) -> None:
    """Warnings to stderr; details with --verbose."""
    logging.basicConfig(
        level=logging.DEBUG if verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )


def display_problem() -> str | None:
    """Why a window cannot be shown here, in one line, or None when it can (checked before Qt loads)."""
    if not sys.platform.startswith("linux"):
        return None
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform and not platform.startswith(("xcb", "wayland")):
        return None
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return None
    return (
        "没有可用的图形显示（未设置 DISPLAY）：请在桌面环境中运行，"
        "或用 `xvfb-run make run` 在虚拟屏幕上运行；命令行功能见 `zhaoshang --help`。"
    )


def cmd_demo(args: argparse.Namespace) -> int:
    from models.demo import DemoRefused, load_demo

    try:
        result = load_demo(force=args.force)
    except DemoRefused as exc:
        print(str(exc), file=sys.stderr)
        return 1
    if result.backup is not None:
        print(f"原数据库已备份到：{result.backup}")
    print("示例数据已写入：" + "，".join(f"{name} {n} 条" for name, n in result.counts.items()))
    return 0


def cmd_info(args: argparse.Namespace, path: Path) -> int:
    from models.queries import record_counts

    print(f"数据库：{path}")
    for name, n in record_counts().items():
        print(f"  {name}：{n}")
    return 0


def _unit_id(name: str | None) -> int | None:
    """The id of a unit given by name on the command line; exits with the list when unknown."""
    if name is None:
        return None
    from models.queries import units

    known = {u.name: u.id for u in units(active_only=False)}
    if name not in known:
        raise SystemExit(f"错误：没有名为“{name}”的单位。现有单位：{'、'.join(known)}")
    return known[name]


def cmd_compliance(args: argparse.Namespace) -> int:
    import json

    from reports.compliance import month_compliance

    rows = month_compliance(args.year, args.month, _unit_id(args.unit), args.as_of)
    if args.json:
        keys = (
            "unit",
            "person",
            "role",
            "month",
            "days",
            "trips",
            "required_days",
            "required_trips",
            "status",
        )
        print(
            json.dumps(
                [
                    {k: r.to_json()[k] for k in keys}
                    | {"role_key": r.role_key, "need_days": r.need_days}
                    for r in rows
                ],
                ensure_ascii=False,
                indent=2,
            )
        )
        return 0
    if not rows:
        print(f"{args.year} 年 {args.month} 月没有需要考核外出的领导（或未设置考核规则）。")
    for r in rows:
        need = f"，还需 {r.need_days} 天" if r.need_days and r.status != "met" else ""
        print(
            f"{r.unit}\t{r.person}\t{r.role}\t{r.days} 天 {r.trips} 次"
            f"（要求 {r.required_days} 天 {r.required_trips} 次）\t{r.status_name}{need}"
        )
    return 0


def cmd_visits_progress(args: argparse.Namespace) -> int:
    import json

    from reports.visits import visit_progress

    rows = visit_progress(args.year, args.quarter, _unit_id(args.unit))
    if args.json:
        print(json.dumps([r.to_json() for r in rows], ensure_ascii=False, indent=2))
        return 0
    for r in rows:
        target = f"目标 {r.target} 家" if r.target else "未设目标"
        flag = "，落后于时序进度" if r.behind else ""
        print(
            f"{r.unit}\t已拜访重点企业 {r.key_enterprises_visited} 家（{target}，时序进度 {r.time_progress:.0%}{flag}）"
        )
    return 0


def cmd_land(args: argparse.Namespace) -> int:
    import datetime as dt
    import json

    from reports.land import land_status
    from reports.periods import quarter

    as_of = quarter(args.year, args.quarter).end if args.quarter else dt.date(args.year, 12, 31)
    rows = land_status(args.year, as_of, _unit_id(args.unit))
    if args.json:
        print(json.dumps([r.to_json() for r in rows], ensure_ascii=False, indent=2))
        return 0
    print(f"截至 {as_of:%Y-%m-%d}：")
    for r in rows:
        ratio = f"{r.ratio:.1%}" if r.ratio is not None else "—"
        verdict = "" if r.advanced_eligible else "，超过 5%，不得评为先进单位"
        print(
            f"{r.unit}\t正式签约 {r.signed_ytd} 个，逾期未供地 {len(r.overdue)} 个，比例 {ratio}{verdict}"
        )
        for case in r.overdue:
            print(
                f"\t  {case.project}（签约 {case.signed:%Y-%m-%d}，应于 {case.due:%Y-%m-%d} 前取得土地）"
            )
    return 0


def cmd_lists(args: argparse.Namespace) -> int:
    import datetime as dt

    from models.money import format_yi
    from reports.periods import quarter
    from reports.project_lists import KINDS, project_list

    if args.quarter:
        span = quarter(args.year, args.quarter)
        start, end, period = span.start, span.end, f"{args.year}年第{args.quarter}季度"
    else:
        start, end, period = dt.date(args.year, 1, 1), dt.date(args.year, 12, 31), f"{args.year}年"
    rows = project_list(args.kind, start, end, _unit_id(args.unit))
    title = f"{args.unit or ''}{period}{KINDS[args.kind]}"
    if args.xlsx:
        from reports.lists_xlsx import write_list
        from reports.xlsx_common import ReportWriteError

        try:
            path = write_list(Path(args.xlsx), args.kind, rows, title)
        except ReportWriteError as exc:
            print(f"错误：{exc}", file=sys.stderr)
            return 2
        print(f"{title}：{len(rows)} 个项目，已写入 {path}")
        return 0
    print(f"{title}：{len(rows)} 个项目")
    for r in rows:
        print(f"{r.date:%Y-%m-%d}\t{r.unit}\t{r.name}\t总投资 {format_yi(r.total_wan)} 亿元")
    return 0


def cmd_indicators(args: argparse.Namespace) -> int:
    import json

    from reports.quarter_report import build_report

    report = build_report(args.year, args.quarter, _unit_id(args.unit))
    if args.json:
        print(json.dumps(report.to_json(), ensure_ascii=False, indent=2))
        return 0
    print(report.title)
    for ind in report.indicators.values():
        last = ind.shown(ind.last_ytd)
        yoy = f"{ind.yoy:+.1%}" if ind.yoy is not None else "—"
        print(
            f"{ind.name}\t本季度 {ind.shown(ind.quarter)}\t累计 {ind.shown(ind.ytd)}\t"
            f"上年同期 {last if last is not None else '—'}\t同比 {yoy}\t{ind.unit}\t{ind.to_json()['status_name']}"
        )
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    from reports.files import write_report_files

    from reports.quarter_report import build_report
    from reports.xlsx_common import ReportWriteError

    report = build_report(args.year, args.quarter, _unit_id(args.unit))
    try:
        pdf, xlsx = write_report_files(report, Path(args.out))
    except ReportWriteError as exc:
        print(f"错误：{exc}", file=sys.stderr)
        return 2
    print(f"已生成：{pdf}\n        {xlsx}")
    return 0


def run_gui(path: Path) -> int:
    problem = display_problem()
    if problem:
        print(problem, file=sys.stderr)
        return 2
    try:
        from ui.app import run_app
    except ImportError as exc:
        print(
            f"无法加载 Qt 图形库（{exc}）。Debian/Ubuntu 请运行："
            "sudo apt-get install libgl1 libegl1 libxkbcommon0 libfontconfig1 libdbus-1-3 "
            "libxcb-cursor0 libxkbcommon-x11-0",
            file=sys.stderr,
        )
        return 2
    return run_app(path, version=app_version())


def main(argv: list[str] | None = None) -> int:
    try:
        return _main(argv)
    except BrokenPipeError:
        # Output piped into `head` and the like: stop quietly, as command-line tools do.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0


def _main(argv: list[str] | None) -> int:
    args = build_parser().parse_args(argv)
    setup_logging(args.verbose)
    from models.database import default_db_path

    path = Path(args.db).expanduser() if args.db else default_db_path()
    if args.command in (None, "gui"):
        return run_gui(path)

    from models.database import DatabaseOpenError, open_database

    try:
        opened = open_database(path)
    except DatabaseOpenError as exc:
        print(f"错误：{exc}", file=sys.stderr)
        return 2
    if opened.backup is not None:
        print(f"数据库已升级，升级前的备份：{opened.backup}", file=sys.stderr)
    if args.command == "demo":
        return cmd_demo(args)
    if args.command == "info":
        return cmd_info(args, opened.path)
    if args.command == "compliance":
        return cmd_compliance(args)
    if args.command == "visits-progress":
        return cmd_visits_progress(args)
    if args.command == "land":
        return cmd_land(args)
    if args.command == "lists":
        return cmd_lists(args)
    if args.command == "indicators":
        return cmd_indicators(args)
    if args.command == "report":
        return cmd_report(args)
    return 2


if __name__ == "__main__":
    sys.exit(main())
