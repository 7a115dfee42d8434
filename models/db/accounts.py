"""登录用户 table: users and their role; passwords only as salted scrypt hashes."""

from __future__ import annotations

from peewee import BooleanField, CharField, DateTimeField

from models.db.base import BaseModel

ROLES = {"admin": "管理员", "clerk": "录入员", "viewer": "只读"}


class AppUser(BaseModel):
    """A person who signs in; the password itself is never stored."""

    username = CharField(max_length=40, unique=True)
    role = CharField(max_length=8)  # key of ROLES
    password_hash = CharField(max_length=200)
    active = BooleanField(default=True)
    created_at = DateTimeField()
