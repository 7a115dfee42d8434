"""The command-line commands: each prints what a screen would show, or writes the file it names."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from models.queries.scope import Scope


def cmd_demo(args: argparse.Namespace, path: Path) -> int:
    from models.store.demo import DemoRefused, load_demo

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
    from models.queries.overview import record_counts

    print(f"数据库：{path}")
    for name, n in record_counts().items():
        print(f"  {name}：{n}")
    return 0


def _unit_id(name: str | None) -> int | None:
    """The id of a unit given by name on the command line; exits with the list when unknown."""
    if name is None:
        return None
    from models.queries.overview import units

    known = {u.name: u.id for u in units(active_only=False)}
    if name not in known:
        raise SystemExit(f"错误：没有名为“{name}”的单位。现有单位：{'、'.join(known)}")
    return known[name]


def cmd_compliance(args: argparse.Namespace, path: Path) -> int:
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
        need = f"，{r.shortfall()}" if r.shortfall() else ""
        print(
            f"{r.unit}\t{r.person}\t{r.role}\t{r.days} 天 {r.trips} 次"
            f"（要求 {r.required_days} 天 {r.required_trips} 次）\t{r.status_name}{need}"
        )
    return 0


def cmd_visits_progress(args: argparse.Namespace, path: Path) -> int:
    import json

    from reports.visits import visit_progress

    rows = visit_progress(args.year, args.quarter, _unit_id(args.unit), args.as_of)
    if args.json:
        print(json.dumps([r.to_json() for r in rows], ensure_ascii=False, indent=2))
        return 0
    for r in rows:
        if not r.assessed:  # a 市直部门: the count, without a target or a status
            judged = ""
        elif r.target is None:
            judged = "（未设目标）"
        else:
            judged = (
                f"（目标 {r.target} 家，完成率 {r.completion:.1%}，"
                f"时序进度 {r.time_progress:.1%}，{r.status_name}）"
            )
        print(f"{r.unit}\t已拜访重点企业 {r.key_enterprises_visited} 家{judged}")
    return 0


def cmd_land(args: argparse.Namespace, path: Path) -> int:
    import datetime as dt
    import json

    from models.queries.periods import quarter
    from reports.land import land_status

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


def cmd_lists(args: argparse.Namespace, path: Path) -> int:
    import datetime as dt

    from models.queries.periods import quarter
    from reports.numbers import text, yi
    from reports.project_lists import KINDS, project_list

    if args.quarter:
        span = quarter(args.year, args.quarter)
        start, end, period = span.start, span.end, f"{args.year}年第{args.quarter}季度"
    else:
        start, end, period = dt.date(args.year, 1, 1), dt.date(args.year, 12, 31), f"{args.year}年"
    rows = project_list(args.kind, start, end, _unit_id(args.unit))
    title = f"{args.unit or ''}{period}{KINDS[args.kind]}"
    if args.xlsx:
        from reports.errors import ReportWriteError
        from reports.lists_xlsx import write_list

        try:
            path = write_list(Path(args.xlsx), args.kind, rows, title)
        except ReportWriteError as exc:
            print(f"错误：{exc}", file=sys.stderr)
            return 2
        print(f"{title}：{len(rows)} 个项目，已写入 {path}")
        return 0
    print(f"{title}：{len(rows)} 个项目")
    for r in rows:
        print(f"{r.date:%Y-%m-%d}\t{r.unit}\t{r.name}\t总投资 {text(yi(r.total_wan))} 亿元")
    return 0


def cmd_indicators(args: argparse.Namespace, path: Path) -> int:
    import json

    from reports.numbers import growth, text
    from reports.quarter_report import build_report

    report = build_report(Scope(args.year, args.quarter, _unit_id(args.unit), as_of=args.as_of))
    if args.json:
        print(json.dumps(report.to_json(), ensure_ascii=False, indent=2))
        return 0
    print(report.title)
    for ind in report.indicators.values():
        yoy = text(growth(ind.ytd, ind.last_ytd, ind.money))
        print(
            f"{ind.name}\t本季度 {text(ind.shown(ind.quarter))}\t累计 {text(ind.shown(ind.ytd))}\t"
            f"上年同期 {text(ind.shown(ind.last_ytd))}\t同比 {yoy}\t{ind.unit}\t{ind.to_json()['status_name']}"
        )
    return 0


def cmd_report(args: argparse.Namespace, path: Path) -> int:
    from reports.errors import ReportWriteError
    from reports.files import write_report_files
    from reports.quarter_report import build_report

    report = build_report(Scope(args.year, args.quarter, _unit_id(args.unit), as_of=args.as_of))
    try:
        pdf, xlsx = write_report_files(report, Path(args.out))
    except ReportWriteError as exc:
        print(f"错误：{exc}", file=sys.stderr)
        return 2
    print(f"已生成：{pdf}\n        {xlsx}")
    return 0


def _scope(args: argparse.Namespace) -> str:
    from models.db.submissions import ALL_UNITS

    _unit_id(args.unit)  # refuses an unknown unit with the list
    return args.unit or ALL_UNITS


WRITE_ATTEMPTS = 12  # each waits up to the busy timeout (5 s): about a minute in all


def _when_free(action) -> None:
    """Run a write; while another program holds the database (an import, say), wait and retry."""
    from models.db.base import DatabaseWriteError

    for attempt in range(1, WRITE_ATTEMPTS + 1):
        try:
            return action()
        except DatabaseWriteError as exc:
            if not exc.busy or attempt == WRITE_ATTEMPTS:
                raise
            print("数据库正被其他程序写入，稍候重试……", file=sys.stderr)
            time.sleep(1)


def cmd_submit(args: argparse.Namespace, path: Path) -> int:
    from models.db.base import DatabaseWriteError
    from models.store.locks import submit_quarter
    from models.validation import ValidationFailed
    from reports.quarter_report import build_report

    scope = _scope(args)
    snapshot = build_report(Scope(args.year, args.quarter, _unit_id(args.unit))).to_json()
    try:
        _when_free(lambda: submit_quarter(scope, args.year, args.quarter, snapshot))
    except ValidationFailed as exc:
        print(f"错误：{exc}", file=sys.stderr)
        return 1
    except DatabaseWriteError as exc:
        print(f"错误：{exc}", file=sys.stderr)
        return 2
    print(f"{scope}{args.year}年第{args.quarter}季度已标记为已报送，该季度记录只读。")
    return 0


def cmd_unlock(args: argparse.Namespace, path: Path) -> int:
    from models.db.base import DatabaseWriteError
    from models.store.locks import unlock_quarter
    from models.validation import ValidationFailed

    scope = _scope(args)
    try:
        _when_free(lambda: unlock_quarter(scope, args.year, args.quarter, args.reason))
    except ValidationFailed as exc:
        print(f"错误：{exc}", file=sys.stderr)
        return 1
    except DatabaseWriteError as exc:
        print(f"错误：{exc}", file=sys.stderr)
        return 2
    print(f"{scope}{args.year}年第{args.quarter}季度已解锁。")
    return 0


def cmd_template(args: argparse.Namespace, path: Path) -> int:
    from reports.errors import ReportWriteError
    from reports.ledger_file import write_ledger

    try:
        print(f"已生成导入模板：{write_ledger(Path(args.file))}")
    except ReportWriteError as exc:
        print(f"错误：{exc}", file=sys.stderr)
        return 2
    return 0


def cmd_import(args: argparse.Namespace, path: Path) -> int:
    from models.db.backup import BackupError, timestamped_backup
    from models.db.base import DatabaseWriteError
    from models.db.location import is_server
    from models.ledger.layout import import_files
    from reports.errors import ReportWriteError
    from reports.ledger_file import LedgerFileError, read_ledgers, write_error_list

    try:
        files = read_ledgers([Path(f) for f in args.files])
    except LedgerFileError as exc:
        print(f"错误：{exc}，未导入任何数据", file=sys.stderr)
        return 2
    try:
        preview = import_files(files, commit=False)
        if not args.dry_run and not preview.errors:
            if not is_server(path):
                print(f"导入前已备份数据库：{timestamped_backup(path, 'before-import')}")
            result = import_files(files, commit=True)
        else:
            result = preview
    except (DatabaseWriteError, BackupError) as exc:
        print(f"错误：{exc}", file=sys.stderr)
        return 2
    print(result.summary())
    for warning in result.warnings[:50]:
        print(f"提示：{warning}")
    if result.errors:
        print(f"有 {len(result.errors)} 处错误，未导入任何数据：", file=sys.stderr)
        for error in result.errors[:200]:
            print(f"  {error.describe()}", file=sys.stderr)
        if len(result.errors) > 200:
            print(f"  ……其余 {len(result.errors) - 200} 处略", file=sys.stderr)
        if args.errors:
            try:
                print(f"错误清单：{write_error_list(Path(args.errors), files, result.errors)}")
            except ReportWriteError as exc:
                print(f"错误：{exc}", file=sys.stderr)
        return 1
    print("预览完成，未写入数据库（去掉 --dry-run 即导入）" if args.dry_run else "导入完成")
    return 0


def cmd_export(args: argparse.Namespace, path: Path) -> int:
    from models.ledger.export import ledger_tables
    from reports.errors import ReportWriteError
    from reports.ledger_file import write_ledger

    tables = ledger_tables(_unit_id(args.unit), args.year)
    try:
        written = write_ledger(Path(args.file), tables)
    except ReportWriteError as exc:
        print(f"错误：{exc}", file=sys.stderr)
        return 2
    print(f"已导出：{written}（" + "，".join(f"{k} {len(v)} 行" for k, v in tables.items()) + "）")
    return 0


def _refuse_on_server(path) -> bool:
    """Backup copies are of a file; a server database is backed up on the server (pg_dump)."""
    from models.db.location import SERVER_BACKUP_NOTE, is_server

    if is_server(path):
        print(f"错误：{SERVER_BACKUP_NOTE}", file=sys.stderr)
    return is_server(path)


def cmd_backup(args: argparse.Namespace, path: Path) -> int:
    from models.db.backup import BackupError, backup_to_folder, timestamped_backup

    if _refuse_on_server(path):
        return 2
    try:
        made = (
            backup_to_folder(path, Path(args.to)) if args.to else timestamped_backup(path, "manual")
        )
    except BackupError as exc:
        print(f"错误：{exc}", file=sys.stderr)
        return 2
    print(f"已备份（完整性检查通过）：{made}")
    return 0


def cmd_backups(args: argparse.Namespace, path: Path) -> int:
    from models.db.backup import list_backups

    if _refuse_on_server(path):
        return 2
    found = list_backups(path)
    if not found:
        print("还没有备份。")
    for b in found:
        print(f"{b.made:%Y-%m-%d %H:%M:%S}  {b.reason_name:<8}  {b.size / 2**20:7.1f} MB  {b.path}")
    return 0


def cmd_restore(args: argparse.Namespace, path: Path) -> int:
    from models.db.backup import BackupError
    from models.db.database import DatabaseOpenError, close_database, open_database
    from models.restore import restore

    if _refuse_on_server(path):
        return 2
    close_database()
    try:
        before = restore(path, Path(args.file))
    except BackupError as exc:
        print(f"错误：{exc}", file=sys.stderr)
        return 2
    if before.before is not None:
        print(f"恢复前的数据已备份到：{before.before}")
    if before.set_aside is not None:
        print(f"损坏的原文件已另存为：{before.set_aside}")
    try:
        open_database(path)
    except DatabaseOpenError as exc:
        print(f"错误：恢复后无法打开数据库：{exc}", file=sys.stderr)
        return 2
    print(f"已用 {args.file} 恢复数据库：{path}")
    return 0


def cmd_check(args: argparse.Namespace, path: Path) -> int:
    """Is the file sound (SQLite's integrity_check) and the audit log unchanged (its hash chain)?"""
    from models.db.location import is_server
    from models.store.audit_chain import verify_chain

    sound = True
    if is_server(path):
        print("数据库在服务器上：文件完整性由服务器负责，跳过文件检查。")
    else:
        from models.db.backup import integrity

        found = integrity(path)
        sound = found == "ok"
        print("数据库文件完整性检查：通过" if sound else f"数据库文件完整性检查未通过：{found}")
    try:
        checked = verify_chain()
    except Exception as exc:
        from models.db.base import is_database_error

        if not is_database_error(exc):
            raise
        print(f"无法读取审计日志（数据库可能已损坏）：{exc}")
        return 1
    print(checked.summary())
    return 0 if sound and checked.sound else 1


COMMANDS = {
    "demo": cmd_demo,
    "info": cmd_info,
    "compliance": cmd_compliance,
    "visits-progress": cmd_visits_progress,
    "land": cmd_land,
    "lists": cmd_lists,
    "indicators": cmd_indicators,
    "report": cmd_report,
    "template": cmd_template,
    "submit": cmd_submit,
    "unlock": cmd_unlock,
    "import": cmd_import,
    "export": cmd_export,
    "backup": cmd_backup,
    "backups": cmd_backups,
    "restore": cmd_restore,
    "check": cmd_check,
}
