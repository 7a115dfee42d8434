"""Where the data lives: a SQLite file on this PC, or a PostgreSQL server named by a URL."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import parse_qsl, unquote, urlsplit

SERVER_SCHEMES = ("postgresql://", "postgres://")

# What to say wherever a file-only action (backup copies, restore) is asked of a server database.
SERVER_BACKUP_NOTE = (
    "数据库在服务器上，备份由服务器管理员用 pg_dump 完成（见使用说明“市级共享服务器”），"
    "本程序不在本机复制服务器数据。"
)


def is_server(target: Path | str | None) -> bool:
    """A PostgreSQL URL (postgresql://user:pass@host:5432/name) rather than a file path."""
    return isinstance(target, str) and target.startswith(SERVER_SCHEMES)


def as_target(text: str) -> Path | str:
    """What the user typed (--db, ZHAOSHANG_DB, 设置 → 数据库): a URL as given, else a file path."""
    text = text.strip()
    return text if is_server(text) else Path(text).expanduser()


def shown(target: Path | str) -> str:
    """The target as shown on screen and in logs: a URL without its password."""
    if not is_server(target):
        return str(target)
    parts = urlsplit(target)
    host = parts.hostname or "localhost"
    try:
        port = f":{parts.port}" if parts.port else ""
    except ValueError:  # not a number: shown as typed, so the user sees the mistake
        port = ":" + parts.netloc.rsplit(":", 1)[-1]
    user = f"{unquote(parts.username)}@" if parts.username else ""
    return f"postgresql://{user}{host}{port}{parts.path}"


def server_params(url: str) -> tuple[str, dict]:
    """The database name and the connection settings a URL gives (query options passed through)."""
    parts = urlsplit(url)
    name = unquote(parts.path.lstrip("/"))
    if not name:
        raise ValueError("服务器地址缺少数据库名，应为 postgresql://用户:密码@主机:5432/数据库名")
    try:
        port = parts.port or 5432
    except ValueError as exc:
        raise ValueError(
            "服务器地址中的端口应为数字，如 postgresql://用户@主机:5432/数据库名"
        ) from exc
    params: dict = {"host": parts.hostname or "localhost", "port": port}
    if parts.username:
        params["user"] = unquote(parts.username)
    if parts.password:
        params["password"] = unquote(parts.password)
    params.update(parse_qsl(parts.query))
    return name, params
