"""The only writers: one module per record kind. Importing the room plugs permissions, quarter
locks and the audit log into every write the tables make, and the start-up chores into opening."""

from __future__ import annotations

from models.db.base import HOOKS
from models.store import audit, contracts, enterprises, locks, trips, users  # noqa: F401  (their rules for the bin)


def _opened(seed: bool) -> None:
    """A database was just opened: forget the last one's locks; seed a new one's configuration."""
    from models.store.settings import seed_default_configuration

    locks.forget_locks()
    if seed:
        seed_default_configuration()


HOOKS.may_write = users.require_write
HOOKS.can_write = lambda: users.session().can_write
HOOKS.check = locks.check_unlocked
HOOKS.log = audit.record_change
HOOKS.opened.append(_opened)
