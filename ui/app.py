"""Starting the GUI: application identity, Chinese font, the database (with a clear error), the window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from models.db.backup import (
    BackupError,
    damaged,
    describe_counts,
    quick_check,
    record_counts,
    start_up_checks,
)
from models.db.database import (
    DatabaseDamagedError,
    DatabaseOpenError,
    open_database,
    upgrade_pending,
)
from models.db.location import as_target, is_server
from models.restore import restore
from resources import RESOURCES_DIR
from ui.fonts import install_cjk_font
from ui.language import install_translators

ORGANIZATION = "zhaoshang-desk"
APPLICATION = "招商引资工作台"  # notr: the settings folder's name, never shown translated
ICONS_DIR = RESOURCES_DIR / "icons"
TARGET_KEY = "database/target"  # notr: 设置 → 数据库's choice, used from the next start


def saved_target() -> str | None:
    """The location chosen under 设置 → 数据库, if any."""
    value = QSettings().value(TARGET_KEY, "")
    return str(value) if value else None


def app_icon() -> QIcon:
    """Every rendered size, so title bar, taskbar and Alt-Tab each get a sharp one."""
    icon = QIcon()
    for png in sorted(ICONS_DIR.glob("zhaoshang-*.png")):
        icon.addFile(str(png))
    return icon


def make_application() -> QApplication:
    """The one QApplication, named so QSettings keeps window state per user."""
    if QApplication.instance() is None:
        # Office screens at 125 % or 150 %: scale by the exact factor, so text and lines stay sharp
        # instead of being rounded to 100 % or 200 %.
        QApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
        )
    app = QApplication.instance() or QApplication(sys.argv)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setWindowIcon(app_icon())  # every window and dialog without its own icon
    install_cjk_font(app)
    if not _translators:  # once per process, in the language chosen under 设置 → 语言
        _translators.extend(install_translators(app))
    return app


_translators: list = []


def open_main_window(path: Path, version: str):
    """Open the database and build the main window; None (after telling the user) when it cannot open."""
    from models.queries.overview import needs_first_run
    from ui.main_window import MainWindow

    notice = _upgrade_notice() if upgrade_pending(path) else None
    try:
        opened = open_database(path)
    except DatabaseDamagedError as exc:
        opened = _offer_restore(exc)
        if opened is None:
            return None
    except DatabaseOpenError as exc:
        QMessageBox.critical(None, QApplication.translate("App", "无法打开数据库"), str(exc))
        return None
    finally:
        if notice is not None:
            notice.close()
    from models.store.users import login_required

    if login_required():
        from ui.login import LoginDialog

        if not LoginDialog().exec():
            return None
    try:
        window = MainWindow(opened.path, version)
    except Exception as exc:  # damage deep in the file shows only when pages read it
        from models.db.base import is_database_error
        from models.db.database import close_database

        if not is_database_error(exc):
            raise
        close_database()
        found = quick_check(path)
        if not damaged(found):  # sound after all: a passing refusal (locked, disk full)
            QMessageBox.critical(
                None,
                QApplication.translate("App", "无法打开数据库"),
                QApplication.translate("App", "无法读取数据库：{0}（{1}）").format(path, exc),
            )
            return None
        opened = _offer_restore(
            DatabaseDamagedError(
                QApplication.translate("App", "数据库文件已损坏：{0}（{1}）").format(path, found),
                path,
            )
        )
        if opened is None:
            return None
        window = MainWindow(opened.path, version)
    if not opened.created and not is_server(opened.path):  # a server is backed up on the server
        _daily_backup_in_background(window, opened.path)
    if opened.backup is not None:
        window.statusBar().showMessage(
            QApplication.translate("App", "数据库已升级，升级前的备份保存在：{0}").format(
                opened.backup
            ),
            15000,
        )
    window.show()
    if needs_first_run():
        from ui.first_run import FirstRunDialog

        FirstRunDialog(opened.path, window).exec()  # announces what it wrote to the window
    return window


def _upgrade_notice():
    """Shown while a new version upgrades the database (a backup first; on years of data the
    audit log's chain alone takes seconds), so a start that takes long is not taken for a hang."""
    from ui.tasks import busy_notice

    return busy_notice(
        QApplication.translate(
            "App", "正在升级数据库（新版本第一次启动时一次，先自动备份），请稍候……"
        ),
        QApplication.translate("App", "升级数据库"),
    )


def _daily_backup_in_background(window, path: Path) -> None:
    """After the window is up, at the day's first start: a check of the whole file (damage inside
    it does not show at opening) and the day's backup (a large database takes seconds)."""
    from ui.tasks import run_task

    def done(outcome) -> None:
        found, made = outcome
        if found != "ok":
            QMessageBox.critical(
                window,
                QApplication.translate("App", "数据库已损坏"),
                QApplication.translate(
                    "App",
                    "检查发现数据库文件已损坏（{0}）。为免数据出错，请立即在“设置 → 备份与恢复”中"
                    "用最近的完好备份恢复（当前文件会另存保留）。",
                ).format(found),
            )
            window.open_backups()
        elif made is not None:
            window.statusBar().showMessage(
                QApplication.translate("App", "已自动备份：{0}").format(made.name), 10000
            )

    def failed(exc: Exception) -> None:
        QMessageBox.warning(window, QApplication.translate("App", "每日备份失败"), str(exc))

    # Started once the window has painted: the check reads the whole file, which on a city's
    # data would otherwise compete with the first paint.
    QTimer.singleShot(0, lambda: run_task(lambda: start_up_checks(path), done, failed))


def _offer_restore(exc: DatabaseDamagedError):
    """A damaged database: offer the latest good backup, named with what it holds beside what the
    current file still shows. 否 is the default: the current file may hold work the backup lacks.
    Whatever is restored over is kept, never deleted, and its path is named afterwards."""
    title = QApplication.translate("App", "数据库已损坏")
    if exc.latest is None:
        QMessageBox.critical(None, title, str(exc))
        return None
    latest = exc.latest
    question = QApplication.translate(
        "App",
        "{0}\n\n最近的完好备份：{1}（{2}）\n    {6}\n    {3}\n当前文件：{4}\n    {5}\n\n"
        "现在用这份备份恢复吗？备份之后录入的数据不在其中。当前文件不会删除：完好时先另存一份"
        "备份，否则改名保留在原文件夹。",
    ).format(
        exc.reason,
        f"{latest.made:%Y-%m-%d %H:%M}",
        latest.reason_name,
        describe_counts(record_counts(latest.path)),
        exc.path,
        describe_counts(record_counts(exc.path)),
        latest.path,
    )
    answer = QMessageBox.question(
        None, title, question, QMessageBox.Yes | QMessageBox.No, QMessageBox.No
    )
    if answer != QMessageBox.Yes:
        return None
    try:
        done = restore(exc.path, latest.path)
        opened = open_database(exc.path)
        QMessageBox.information(
            None,
            title,
            QApplication.translate("App", "已用 {0} 的备份恢复。原来的文件保留在：{1}").format(
                f"{latest.made:%Y-%m-%d %H:%M}", done.kept
            ),
        )
        return opened
    except (BackupError, DatabaseOpenError) as again:
        QMessageBox.critical(None, title, str(again))
        return None


def _report_unexpected(kind, exc, tb) -> None:
    """An error no dialog caught: say it in Chinese (a database refusal means nothing was saved)."""
    import logging

    from models.db.base import explain_db_error, is_database_error

    logging.getLogger("zhaoshang").error("unexpected error", exc_info=(kind, exc, tb))
    if is_database_error(exc):
        text = explain_db_error(exc)
    else:
        text = QApplication.translate("App", "程序出现意外错误：{0}").format(exc)
    QMessageBox.critical(None, QApplication.translate("App", "出错了"), text)


def _fall_back_to_this_pc(saved: str, path: Path | str) -> bool:
    """The database chosen under 设置 → 数据库 did not open (server down, wrong address, password
    not given): offer this PC's own database, so the program can still start and be set again."""
    from models.db.location import shown

    answer = QMessageBox.question(
        None,
        QApplication.translate("App", "无法打开所选的数据库"),
        QApplication.translate(
            "App",
            "“设置 → 数据库”中选择的数据库没有打开：{0}\n\n改用本机的数据库文件吗？\n{1}\n"
            "（以后可在“设置 → 数据库”重新选择。）",
        ).format(shown(saved), shown(path)),
        QMessageBox.Yes | QMessageBox.No,
        QMessageBox.Yes,
    )
    if answer != QMessageBox.Yes:
        return False
    QSettings().remove(TARGET_KEY)
    return True


def run_app(path: Path | str, version: str, chosen: bool = False) -> int:
    """chosen: the location came from --db or ZHAOSHANG_DB, which win over 设置 → 数据库."""
    app = make_application()
    app.setApplicationVersion(version)
    sys.excepthook = _report_unexpected
    saved = None if chosen else saved_target()
    target = as_target(saved) if saved else path
    if is_server(target):
        from ui.database_panel import ask_password

        target = ask_password(target)
    window = open_main_window(target, version) if target is not None else None
    if window is None and saved and _fall_back_to_this_pc(saved, path):
        window = open_main_window(path, version)
    if window is None:
        return 2
    status = app.exec()
    # Let background work (a report being written) finish before Python shuts down.
    from PySide6.QtCore import QThreadPool

    QThreadPool.globalInstance().waitForDone(30_000)
    return status
