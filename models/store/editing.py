"""Saving a record edited in a form without overwriting a change another user made meanwhile."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from peewee import DoesNotExist

from models.db.base import db
from models.validation import FieldError

T = TypeVar("T")

CHANGED_ELSEWHERE = (
    "这条记录在您打开后已被修改或删除（另一个窗口或另一台电脑）。"
    "为免覆盖别人的修改，本次没有保存，请取消后重新打开再改。"
)


class ChangedElsewhere(FieldError):
    """The record no longer reads as it did when the form opened; nothing was saved."""

    def __init__(self):
        super().__init__("记录", CHANGED_ELSEWHERE)


def save_unchanged(
    loader: Callable[[int], object], record_id: int, loaded, save: Callable[[], T]
) -> T:
    """Run save() only if loader(record_id) still gives what the form loaded.

    The comparison and the save are one transaction, and a writing transaction holds the write
    lock from its first statement (SQLite's BEGIN IMMEDIATE, the server's advisory lock), so no
    other client's save can land between the check and the write: an update is never lost.
    """
    with db.atomic():
        try:
            now = loader(record_id)
        except DoesNotExist:  # deleted meanwhile
            now = None
        if now != loaded:
            raise ChangedElsewhere()
        return save()
