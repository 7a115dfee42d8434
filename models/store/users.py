"""登录与用户 (optional, off by default): users with a role, passwords stored only as salted scrypt.

管理员 may do everything; 录入员 enters and imports records but cannot manage users, unlock a
submitted quarter, restore a backup or purge the trash; 只读 can look but not change anything — the
database connection itself is switched to query_only, so no path can write.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import os
from dataclasses import dataclass

from models.db.accounts import ROLES, AppUser
from models.db.base import db
from models.store.audit import set_user, write_entry
from models.store.settings import get_setting, set_setting
from models.validation import FieldError, ValidationFailed, clean_choice, clean_text

LOGIN_KEY = "login_required"
_SCRYPT = {"n": 2**14, "r": 8, "p": 1}


def hash_password(password: str, salt: bytes | None = None) -> str:
    """scrypt$n$r$p$salt$hash — a slow, salted hash, so a copied database does not give passwords away."""
    salt = salt or os.urandom(16)
    digest = hashlib.scrypt(password.encode("utf-8"), salt=salt, dklen=32, **_SCRYPT)
    return f"scrypt${_SCRYPT['n']}${_SCRYPT['r']}${_SCRYPT['p']}${salt.hex()}${digest.hex()}"


def verify_password(password: str, stored: str) -> bool:
    try:
        _kind, n, r, p, salt, digest = stored.split("$")
        again = hashlib.scrypt(
            password.encode("utf-8"),
            salt=bytes.fromhex(salt),
            dklen=32,
            n=int(n),
            r=int(r),
            p=int(p),
        )
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(again.hex(), digest)


def _check_password(password: str) -> None:
    if len(password or "") < 6:
        raise ValidationFailed([FieldError("密码", "至少 6 位")])


def create_user(username: str, role: str, password: str) -> AppUser:
    name = clean_text(username, "用户名", 40, required=True)
    role = clean_choice(role, "角色", ROLES)
    _check_password(password)
    if AppUser.select().where(AppUser.username == name).exists():
        raise ValidationFailed([FieldError("用户名", f"已有用户“{name}”")])
    with db.atomic():
        user = AppUser.create(
            username=name,
            role=role,
            password_hash=hash_password(password),
            created_at=dt.datetime.now().replace(microsecond=0),
        )
        write_entry(
            "insert",
            "app_user",
            user.id,
            {"username": [None, name], "role": [None, role]},
            name,
        )
    return user


def set_password(user_id: int, password: str) -> None:
    _check_password(password)
    with db.atomic():
        user = AppUser.get_by_id(user_id)
        user.password_hash = hash_password(password)
        user.save()
        changes = {"password_hash": ["（已隐藏）", "（已重设）"]}  # shown as 密码, never the hash
        write_entry("update", "app_user", user.id, changes, user.username)


def set_active(user_id: int, active: bool) -> None:
    with db.atomic():
        user = AppUser.get_by_id(user_id)
        if (
            not active
            and user.role == "admin"
            and login_required()
            and _admins(exclude=user_id) == 0
        ):
            raise ValidationFailed([FieldError("用户", "启用登录时至少要保留一名管理员")])
        user.active = active
        user.save()
        write_entry("update", "app_user", user.id, {"active": [not active, active]}, user.username)


def _admins(exclude: int | None = None) -> int:
    query = AppUser.select().where(AppUser.role == "admin", AppUser.active == True)
    if exclude is not None:
        query = query.where(AppUser.id != exclude)
    return query.count()


def login_required() -> bool:
    return get_setting(LOGIN_KEY) == "1"


def require_login(on: bool) -> None:
    """Turn sign-in on (needs an active 管理员 first) or off."""
    if on and _admins() == 0:
        raise ValidationFailed([FieldError("登录", "请先添加至少一名管理员，再启用登录")])
    set_setting(LOGIN_KEY, "1" if on else "")
    write_entry("update", "setting", None, {"启用登录": [not on, on]}, "登录设置")


@dataclass(frozen=True)
class Session:
    username: str | None  # None: sign-in is off, the operating-system user is recorded
    role: str  # admin / clerk / viewer

    @property
    def can_write(self) -> bool:
        return self.role != "viewer"

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"

    @property
    def role_name(self) -> str:
        return ROLES.get(self.role, self.role)


_session = Session(None, "admin")


def session() -> Session:
    return _session


def sign_in(username: str, password: str) -> Session:
    """Check the password; the session's user names every change and its role limits what is allowed."""
    user = AppUser.get_or_none(AppUser.username == (username or "").strip())
    if user is None or not user.active or not verify_password(password or "", user.password_hash):
        raise ValidationFailed([FieldError("登录", "用户名或密码不正确")])
    start_session(Session(user.username, user.role))
    return _session


def start_session(new: Session) -> None:
    """Apply a session: audit user, and a read-only connection for 只读 users."""
    global _session
    _session = new
    set_user(new.username)
    if db.obj is not None and not new.can_write:
        db.obj.read_only()


def require_admin(what: str) -> None:
    """Actions only a 管理员 may take when sign-in is on."""
    if not _session.is_admin:
        raise ValidationFailed([FieldError(what, "只有管理员可以执行此操作")])


def require_write() -> None:
    if not _session.can_write:
        raise ValidationFailed([FieldError("权限", "当前用户为只读，不能修改数据")])


@dataclass(frozen=True)
class UserRow:
    id: int
    username: str
    role: str
    active: bool

    @property
    def role_name(self) -> str:
        return ROLES.get(self.role, self.role)


def user_rows() -> list[UserRow]:
    return [
        UserRow(u.id, u.username, u.role, u.active)
        for u in AppUser.select().order_by(AppUser.username)
    ]
