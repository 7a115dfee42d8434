"""Opening the database: refuse what is not ours, back up, migrate, seed the default configuration."""

from __future__ import annotations

import logging
import os
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from peewee import DatabaseError, OperationalError, PostgresqlDatabase, SqliteDatabase

from models.db.backup import (
    BackupError,
    clean_partials,
    damaged,
    latest_good_backup,
    list_backups,
    quick_check,
    timestamped_backup,
)
from models.db.base import HOOKS, db, forget_deleted_ids, transaction_began
from models.db.location import as_target, is_server, server_params, shown

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
HISTORY_TABLE = "schema_migration"
SQLITE_HEADER = b"SQLite format 3\x00"
APP_DIR_NAME = "zhaoshang-desk"


class DatabaseOpenError(Exception):
    """The database cannot be used; the message is Chinese, names the path and says what to do."""


class DatabaseDamagedError(DatabaseOpenError):
    """The file is ours but damaged (truncated, overwritten); the latest good backup is offered."""

    def __init__(self, message: str, path: Path):
        self.path = path
        self.reason = message  # without the command-line advice below, for a window to show
        self.latest = latest_good_backup(path)
        if self.latest is not None:
            message += (
                f"\n最近的完好备份：{self.latest.path}"
                f"（{self.latest.made:%Y-%m-%d %H:%M}，{self.latest.reason_name}）。"
                f"可用 `zhaoshang --db {path} restore {self.latest.path}` 恢复，损坏的文件会另存保留。"
            )
        else:
            message += "\n没有找到可用的备份。"
        super().__init__(message)


class DatabaseTooNewError(DatabaseOpenError):
    """The file was written by a newer program version; opening it here could damage it."""


@dataclass(frozen=True)
class OpenedDatabase:
    """What happened while opening, so the caller can tell the user (new file, backup made …)."""

    path: Path | str  # a file, or a server URL (models/db/location.py)
    created: bool
    applied: tuple[str, ...]
    backup: Path | None


def default_db_path() -> Path | str:
    """ZHAOSHANG_DB if set (a file or a server URL), else the platform's per-user data folder
    (never the program folder)."""
    env = os.environ.get("ZHAOSHANG_DB")
    if env:
        return as_target(env)
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_DIR_NAME, appauthor=False)) / "zhaoshang.db"


def _check_file(path: Path) -> bool:
    """Refuse unusable files before SQLite touches them; returns whether the file is new."""
    if path.is_dir():
        raise DatabaseOpenError(f"数据库路径是一个文件夹，不是文件：{path}")
    if not path.exists():
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise DatabaseOpenError(
                f"无法创建数据库所在文件夹：{path.parent}（{exc.strerror}）"
            ) from exc
        if not os.access(path.parent, os.W_OK):
            raise DatabaseOpenError(f"数据库所在文件夹不可写，无法新建数据库：{path.parent}")
        return True
    try:
        with path.open("rb") as fh:
            header = fh.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise DatabaseOpenError(f"无法读取数据库文件：{path}（{exc.strerror}）") from exc
    if header and header != SQLITE_HEADER:
        if list_backups(path):
            raise DatabaseDamagedError(
                f"数据库文件已损坏（内容被覆盖），未做任何改动：{path}", path
            )
        raise DatabaseOpenError(
            f"该文件不是招商引资工作台的数据库（不是 SQLite 格式），未做任何改动：{path}"
        )
    if not header and list_backups(path):
        raise DatabaseDamagedError(f"数据库文件是空的（0 字节），未做任何改动：{path}", path)
    if header and _truncated(path):
        found = quick_check(path)  # only SQLite can say: the -wal may hold what the file lacks
        if damaged(found):
            raise DatabaseDamagedError(
                f"数据库文件已损坏（文件不完整：{found}），未做任何改动：{path}", path
            )
    if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
        raise DatabaseOpenError(f"数据库文件或其所在文件夹只读，无法写入：{path}")
    return not header


def _truncated(path: Path) -> bool:
    """The header's page count says the file should be longer than it is: a cheap sign, no scan,
    that is also seen on a sound database whose checkpoint was cut short (the header is written
    first, the pages are still in the -wal), so it only decides whether SQLite is asked."""
    with path.open("rb") as fh:
        head = fh.read(100)
    if len(head) < 100:
        return True
    page_size = int.from_bytes(head[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(head[28:32], "big")
    valid = head[24:28] == head[92:96]  # the in-header size is trusted only when current
    return valid and pages * page_size > path.stat().st_size


def _inspect(path: Path, timeout: float) -> tuple[set[str], set[str]]:
    """Read-only look at an existing file: its tables and applied migrations; nothing is written."""
    try:
        con = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, timeout=timeout)
        try:
            tables = {
                r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            }
            applied = set()
            if HISTORY_TABLE in tables:
                applied = {r[0] for r in con.execute(f"SELECT name FROM {HISTORY_TABLE}")}
        finally:
            con.close()
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc):
            raise DatabaseOpenError(f"数据库正被其他程序锁定，请稍后再试：{path}") from exc
        raise DatabaseOpenError(f"无法打开数据库：{path}（{exc}）") from exc
    except sqlite3.DatabaseError as exc:
        raise DatabaseDamagedError(
            f"数据库文件已损坏，未做任何改动：{path}（{exc}）", path
        ) from exc
    if tables and HISTORY_TABLE not in tables:
        raise DatabaseOpenError(
            f"该 SQLite 文件属于其他程序，不是招商引资工作台的数据库，未做任何改动：{path}"
        )
    _refuse_newer(applied, str(path))
    return tables, applied


def upgrade_pending(path: Path | str) -> bool:
    """Whether opening this file will upgrade its schema (seconds on years of data, so the window
    can say so first); False for a new, unreadable or server database, which opening judges."""
    if is_server(path):
        return False
    path = Path(path).expanduser().absolute()
    try:
        if not path.is_file() or path.stat().st_size == 0:
            return False
        tables, applied = _inspect(path, timeout=1)
    except (DatabaseOpenError, OSError):
        return False
    return bool(tables) and any(name not in applied for name in migration_names())


def migration_names() -> list[str]:
    """This version's migrations in the order they apply (the files playhouse.migrations runs;
    listed without importing it, which a start-up with nothing to migrate does not need)."""
    names = [p.stem for p in MIGRATIONS_DIR.glob("[0-9]*.py")]
    return sorted(names, key=lambda name: (int(re.match(r"\d+", name).group()), name))


def _migrate(database) -> tuple[str, ...]:
    """Apply the pending migrations (the caller holds the transaction)."""
    from models.db.driver import without_server_driver

    with without_server_driver():
        from playhouse.migrations import Runner

    return tuple(Runner(database, str(MIGRATIONS_DIR), table_name=HISTORY_TABLE).up())


def migrate_file(path: Path) -> tuple[str, ...]:
    """Bring a database file other than the open one (a restore's staged copy) to this version's
    schema, in one transaction."""
    database = _Database(str(path), pragmas={"foreign_keys": 1})
    database.connect()
    try:
        with database.atomic():
            return _migrate(database)
    finally:
        database.close()


def _refuse_newer(applied: set[str], label: str) -> None:
    """A database a newer program version has migrated is never opened: this one could damage it."""
    unknown = sorted(applied - set(migration_names()))
    if unknown:
        raise DatabaseTooNewError(
            f"该数据库由更新版本的招商引资工作台创建（含本版本不认识的结构 {', '.join(unknown)}），"
            f"为免损坏已拒绝打开，请升级程序：{label}"
        )


class _Database(SqliteDatabase):
    """Transactions take the write lock when they begin (BEGIN IMMEDIATE): a second copy of the
    program then waits its turn (busy timeout) instead of failing halfway with 'database is locked'
    when its read turns into a write."""

    immediate = True  # off for a read-only session, whose connection may take no write lock

    def begin(self, lock_type=None):
        result = super().begin(lock_type or ("IMMEDIATE" if self.immediate else None))
        transaction_began()
        return result

    def read_only(self) -> None:
        """A 只读 user's connection: SQLite itself refuses every write."""
        self.immediate = False
        self.pragma("query_only", 1, permanent=True)


# Any fixed number: the advisory lock every client's writing transaction takes on the server.
WRITE_LOCK_KEY = 7_160_530


class _ServerDatabase(PostgresqlDatabase):
    """PostgreSQL, with SQLite's rule of one writer at a time: a transaction takes one shared
    advisory lock when it begins (BEGIN IMMEDIATE does the same on SQLite). Checks made inside a
    transaction (an overlapping trip, a record changed since its form opened) then still hold when
    the write lands, whichever client writes; a client waits up to the lock timeout for its turn."""

    immediate = True

    def init(self, database, **kwargs):
        from models.db.pg_types import DriverAdapter  # the driver is imported only for a server

        self.psycopg2_adapter = self.psycopg3_adapter = DriverAdapter
        super().init(database, **kwargs)

    def begin(self, isolation_level=None):
        super().begin(isolation_level)
        if self.immediate:
            self.execute_sql("SELECT pg_advisory_xact_lock(%s)", (WRITE_LOCK_KEY,))
        transaction_began()

    def read_only(self) -> None:
        """A 只读 user's connection: the server itself refuses every write."""
        self.immediate = False
        self.execute_sql("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")


def _connect(path: Path, timeout: float) -> SqliteDatabase:
    """SQLite with WAL, foreign keys on and a busy timeout, so a second writer waits instead of failing."""
    database = _Database(
        str(path),
        timeout=timeout,
        # A page cache of up to 64 MiB (SQLite's default is 2 MiB): the report's aggregations read
        # the same large tables several times, a third faster on a city's data.
        pragmas={
            "foreign_keys": 1,
            "journal_mode": "wal",
            # Every commit synced to disk (the WAL), so a power cut never loses a saved record;
            # NORMAL could lose the last ones. About 3 ms more a save (bench/bench_sync.py).
            "synchronous": "full",
            "cache_size": -65536,
        },
    )
    database.connect()
    return database


def _connect_server(url: str, timeout: float) -> _ServerDatabase:
    """A server connection that waits at most timeout seconds to connect or for another's lock."""
    try:
        name, params = server_params(url)
    except ValueError as exc:
        raise DatabaseOpenError(f"{exc}：{shown(url)}") from exc
    params.setdefault("connect_timeout", max(1, round(timeout)))
    params.setdefault("application_name", "zhaoshang-desk")
    params["options"] = f"-c lock_timeout={round(timeout * 1000)} " + params.get("options", "")
    database = _ServerDatabase(name, prefer_psycopg3=True, **params)
    try:
        database.connect()
    except (OperationalError, DatabaseError) as exc:
        reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise DatabaseOpenError(
            f"无法连接数据库服务器：{shown(url)}（{reason}）。请检查网络、服务器地址、用户名和密码。"
        ) from exc
    return database


def _server_state(database: _ServerDatabase, url: str) -> tuple[set[str], set[str]]:
    """The server database's tables and applied migrations, with the same refusals as a file."""
    tables = set(database.get_tables())
    applied = set()
    if HISTORY_TABLE in tables:
        applied = {r[0] for r in database.execute_sql(f"SELECT name FROM {HISTORY_TABLE}")}
    elif tables:
        raise DatabaseOpenError(
            f"该服务器数据库里已有其他程序的表，不是招商引资工作台的数据库，未做任何改动：{shown(url)}"
        )
    _refuse_newer(applied, shown(url))
    return tables, applied


def check_server(url: str, timeout: float = 5) -> str:
    """设置 → 数据库's 测试连接: can this server be used, and what is on it (nothing is changed)."""
    database = _connect_server(url, timeout)
    try:
        tables, applied = _server_state(database, url)
        version = database.execute_sql("SHOW server_version").fetchone()[0]
    finally:
        database.close()
    if not tables:
        return f"连接成功（PostgreSQL {version}）。该数据库是空的，首次使用时会自动建立招商引资工作台的数据表。"
    return f"连接成功（PostgreSQL {version}）。该数据库已有招商引资工作台的数据（结构版本 {max(applied)}）。"


def _open_server(url: str, seed: bool, timeout: float) -> OpenedDatabase:
    """The shared city server: same models and migrations; backups are the server's (pg_dump)."""
    close_database()
    database = _connect_server(url, timeout)
    try:
        tables, applied = _server_state(database, url)
    except DatabaseOpenError:
        database.close()
        raise
    pending = set(migration_names()) - applied
    done = _prepare(database, shown(url), seed, bool(pending))
    return OpenedDatabase(path=url, created=not tables, applied=done, backup=None)


def open_database(path: Path | str, *, seed: bool = True, timeout: float = 5) -> OpenedDatabase:
    """Open (or create) the database (a file, or a postgresql:// URL), migrate it (a file after a
    backup), and bind every model to it."""
    if is_server(path):
        return _open_server(path, seed, timeout)
    path = Path(path).expanduser().absolute()
    new_file = _check_file(path)
    if not new_file:
        clean_partials(path)
    close_database()
    tables, applied = (set(), set()) if new_file else _inspect(path, timeout)
    pending = [name for name in migration_names() if name not in applied]
    backup = None
    if pending and tables:
        try:
            backup = timestamped_backup(path, "before-migration")
        except BackupError as exc:
            raise DatabaseOpenError(f"升级数据库前备份失败，未做任何改动：{path}（{exc}）") from exc
        log.info("backed up %s to %s before migrating", path, backup)
    try:
        database = _connect(path, timeout)
    except OperationalError as exc:
        if "locked" in str(exc):
            raise DatabaseOpenError(f"数据库正被其他程序锁定，请稍后再试：{path}") from exc
        raise DatabaseOpenError(f"无法打开数据库：{path}（{exc}）") from exc
    except DatabaseError as exc:
        raise DatabaseOpenError(f"数据库文件已损坏或不是 SQLite 数据库：{path}（{exc}）") from exc
    done = _prepare(database, str(path), seed, bool(pending))
    return OpenedDatabase(path=path, created=not tables, applied=done, backup=backup)


def _prepare(database, label: str, seed: bool, pending: bool) -> tuple[str, ...]:
    """Apply pending migrations in one transaction, bind the models, seed the configuration."""
    try:
        try:
            done = ()
            if pending:  # all in one transaction: an upgrade lands whole or not at all
                with database.atomic():
                    done = _migrate(database)
        except Exception as exc:
            raise DatabaseOpenError(f"数据库升级失败，原数据未改动：{label}（{exc}）") from exc
        db.initialize(database)
        forget_deleted_ids()
        for opened in HOOKS.opened:  # the store forgets cached locks and seeds the configuration
            opened(seed)
    except DatabaseOpenError:
        database.close()
        raise
    except Exception as exc:
        database.close()
        raise DatabaseOpenError(f"无法准备数据库：{label}（{exc}）") from exc
    return done


def close_database() -> None:
    """Close the bound database, if any (tests and restore open several in one process)."""
    current = db.obj
    if current is not None and not current.is_closed():
        current.close()
