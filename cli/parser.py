"""The command line's arguments: every command, its options and its help text in Chinese."""

from __future__ import annotations

import argparse
from pathlib import Path

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
  submit        把季度标记为已报送（该季度记录只读，报送时的数据保存）
  unlock        解锁已报送的季度（--reason 必填）
  template      生成空白导入模板
  import        从 Excel 台账导入（--dry-run 只预览）
  export        按模板格式导出数据（可按单位、年份）
  backup        立即备份数据库（--to 备份到 U 盘等文件夹）
  backups       列出本数据库的备份
  restore       用备份恢复数据库（恢复前自动备份当前数据，损坏的文件另存保留）
  check         检查数据库文件是否完好、审计日志是否被改动过（日志链校验）
"""


def _add(
    sub,
    name: str,
    help_text: str,
    *,
    month: bool = False,
    quarter: str | None = None,
    json: bool = True,
):
    """A command over a period: --year, optionally --month or --quarter, --unit, and --json."""
    command = sub.add_parser(name, help=help_text)
    command.add_argument("--year", type=int, required=True, help="年份，如 2020")
    if month:
        command.add_argument(
            "--month", type=int, required=True, choices=range(1, 13), metavar="1-12"
        )
    if quarter:
        command.add_argument(
            "--quarter",
            type=int,
            required=quarter == "required",
            choices=range(1, 5),
            metavar="1-4",
            help="季度",
        )
    command.add_argument("--unit", help="只看一个单位（单位名称；默认全部单位）")
    if json:
        command.add_argument("--json", action="store_true", help="输出 JSON")
    return command


def build_parser() -> argparse.ArgumentParser:
    """All commands share --db; each command adds only its own options."""
    parser = argparse.ArgumentParser(
        prog="zhaoshang",
        description="招商引资工作台：外出招商、企业拜访、项目台账与季度调度报告。",
        epilog=COMMANDS_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action=_VersionAction, help="显示版本号并退出")
    parser.add_argument(
        "--db",
        metavar="PATH",
        help="数据库文件路径（默认：用户数据文件夹下的 zhaoshang.db；也可用环境变量 ZHAOSHANG_DB）",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="输出调试日志")
    parser.add_argument(
        "--user", help="启用登录后：以哪个用户运行（密码取自 ZHAOSHANG_PASSWORD 或提示输入）"
    )
    sub = parser.add_subparsers(dest="command", metavar="命令")
    sub.add_parser("gui", help="打开主窗口（默认）")
    demo = sub.add_parser("demo", help="写入 2019–2020 年示例数据")
    demo.add_argument(
        "--force",
        action="store_true",
        help="数据库已有记录时仍写入：先备份，再以示例数据替换全部记录",
    )
    sub.add_parser("info", help="显示数据库位置和各类记录数")
    comp = _add(sub, "compliance", "某月各领导外出招商达标情况", month=True)
    comp.add_argument(
        "--as-of", type=_iso_date, help="按哪一天判断“进行中”（默认今天），如 2020-04-20"
    )
    visits = _add(sub, "visits-progress", "各单位拜访重点企业进度", quarter="optional")
    _add(sub, "land", "供地期限与逾期比例", quarter="optional")
    lists = _add(sub, "lists", "项目清单", quarter="optional", json=False)
    lists.add_argument(
        "--kind", required=True, choices=["推介", "跟踪", "签约", "开工"], help="清单类型"
    )
    lists.add_argument("--xlsx", metavar="FILE", help="导出为 Excel 文件")
    indicators = _add(sub, "indicators", "季度指标完成情况", quarter="required")
    report = _add(sub, "report", "生成季度调度报告", quarter="required", json=False)
    for command in (visits, indicators, report):
        command.add_argument(
            "--as-of",
            type=_iso_date,
            help="按哪一天统计（默认今天）：期间未结束时统计截至该日，如 2020-12-06",
        )
    report.add_argument("--out", metavar="DIR", default=".", help="输出文件夹（默认当前文件夹）")
    _add(sub, "submit", "把一个季度标记为已报送（该季度记录只读）", quarter="required", json=False)
    unlock = _add(sub, "unlock", "解锁已报送的季度", quarter="required", json=False)
    unlock.add_argument("--reason", required=True, help="解锁原因（记入审计日志）")
    template = sub.add_parser("template", help="生成空白导入模板（Excel）")
    template.add_argument("file", metavar="FILE.xlsx")
    imp = sub.add_parser("import", help="从 Excel 台账导入（可一次导入多个单位的文件）")
    imp.add_argument("files", metavar="FILE.xlsx", nargs="+")
    imp.add_argument(
        "--dry-run", action="store_true", help="只预览将新增、更新、跳过的记录，不写入"
    )
    imp.add_argument("--errors", metavar="ERRORS.xlsx", help="把出错的行写入这个 Excel 文件")
    backup = sub.add_parser("backup", help="立即备份数据库（默认存入数据库旁的 backups 文件夹）")
    backup.add_argument("--to", metavar="FOLDER", help="备份到这个文件夹（如 U 盘）")
    restore = sub.add_parser("restore", help="用备份文件恢复数据库（先备份当前数据）")
    restore.add_argument("file", metavar="BACKUP.db")
    sub.add_parser("backups", help="列出本数据库的备份")
    sub.add_parser("check", help="检查数据库文件完整性和审计日志链（完好时退出码 0，否则 1）")
    exp = sub.add_parser("export", help="按模板格式导出全部数据（Excel）")
    exp.add_argument("file", metavar="FILE.xlsx")
    exp.add_argument("--unit", help="只导出一个单位（单位名称）")
    exp.add_argument("--year", type=int, help="只导出一年")
    return parser


def _iso_date(text: str):
    import datetime as dt

    try:
        return dt.date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"日期格式应为 2020-04-20：{text}") from exc


def app_version() -> str:
    """The version in setup.cfg: read from the file beside the program (the source tree and the
    bundle have it; a millisecond, where importlib.metadata costs ten at every start), else from
    the installed metadata."""
    import configparser

    cfg = configparser.ConfigParser()
    if cfg.read(Path(__file__).resolve().parent.parent / "setup.cfg", encoding="utf-8"):
        return cfg.get("metadata", "version", fallback="0")
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("zhaoshang-desk")
    except PackageNotFoundError:
        return "0"


class _VersionAction(argparse.Action):
    """--version, with the version looked up only when asked for."""

    def __init__(self, option_strings, dest, **kwargs):
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, **kwargs)

    def __call__(self, parser, namespace, values, option_string=None):
        print(f"{parser.prog} {app_version()}")
        parser.exit()
