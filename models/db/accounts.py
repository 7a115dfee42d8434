"""登录用户 table: users and their role; passwords only as salted scrypt hashes."""

from __future__ import annotations

from peewee import BooleanField, CharField, DateTimeField

from models.db.base import BaseModel, choices

ROLES = {"admin": "管理员", "clerk": "录入员", "viewer": "只读"}


class AppUser(BaseModel):
    """A person who signs in; the password itself is never stored."""

    username = CharField(max_length=40, unique=True, verbose_name="用户名")
    role = CharField(max_length=8, choices=choices(ROLES), verbose_name="角色")
    password_hash = CharField(max_length=200, verbose_name="密码")  # what a password is kept as
    active = BooleanField(default=True, verbose_name="启用")
    created_at = DateTimeField()

    class Meta:
        verbose_name = "用户"
