"""Entry point: parse arguments → database path → logging → open and migrate → command or window."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from cli.parser import app_version, build_parser

log = logging.getLogger("zhaoshang")


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


def run_gui(path: Path | str, chosen: bool = False) -> int:
    problem = display_problem()
    if problem:
        print(problem, file=sys.stderr)
        return 2
    # The data layer before Qt: PySide6's import hook reads the source of every module imported
    # after it (to look for `from __feature__`), which peewee and models/ need not pay.
    import models.db.database
    import models.queries.overview  # noqa: F401

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
    return run_app(path, version=app_version(), chosen=chosen)


WRITING_COMMANDS = {"demo", "import", "submit", "unlock"}


def _sign_in(args, admin: bool = False) -> str | None:
    """With sign-in on, a command runs as a user: --user, and the password from ZHAOSHANG_PASSWORD
    or typed at the prompt. Returns why it may not run, or None."""
    from models.store.users import login_required, session, sign_in
    from models.validation import ValidationFailed

    if not login_required():
        return None
    if not args.user:
        return "已启用登录：请用 --user 用户名 指定用户（密码可放在环境变量 ZHAOSHANG_PASSWORD 中）"
    password = os.environ.get("ZHAOSHANG_PASSWORD")
    if password is None:
        import getpass

        password = getpass.getpass(f"{args.user} 的密码：")
    try:
        sign_in(args.user, password)
    except ValidationFailed as exc:
        return str(exc)
    if admin and not session().is_admin:
        return "只有管理员可以执行此操作"
    return None


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
    from models.db.database import default_db_path
    from models.db.location import as_target

    path = as_target(args.db) if args.db else default_db_path()
    if args.command in (None, "gui"):
        return run_gui(path, chosen=bool(args.db or os.environ.get("ZHAOSHANG_DB")))

    from models.db.database import DatabaseOpenError, open_database

    if args.command == "restore":
        # Before opening: restoring is how a damaged database is replaced. A database that still
        # opens and has sign-in on needs a 管理员 first.
        from cli.commands import cmd_restore
        from models.db.database import DatabaseDamagedError, close_database

        try:
            open_database(path)
            refusal = _sign_in(args, admin=True)
            close_database()
        except DatabaseDamagedError:
            refusal = None
        except DatabaseOpenError as exc:
            refusal = str(exc)
        if refusal:
            print(f"错误：{refusal}", file=sys.stderr)
            return 2
        return cmd_restore(args, path)
    try:
        opened = open_database(path)
    except DatabaseOpenError as exc:
        print(f"错误：{exc}", file=sys.stderr)
        return 2
    if opened.backup is not None:
        print(f"数据库已升级，升级前的备份：{opened.backup}", file=sys.stderr)
    refusal = _sign_in(args, admin=args.command == "demo" and getattr(args, "force", False))
    from models.store.users import session

    if refusal is None and args.command in WRITING_COMMANDS and not session().can_write:
        refusal = "当前用户为只读，不能执行此命令"
    if refusal:
        print(f"错误：{refusal}", file=sys.stderr)
        return 2
    from cli.commands import COMMANDS

    return COMMANDS[args.command](args, opened.path)


if __name__ == "__main__":
    sys.exit(main())
