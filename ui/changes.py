"""What a change to the data touched, so a page reloads when something it shows changed instead of
on every show (as Anki's OpChanges and operation_did_execute).

Whatever writes (a dialog's save, an import, a delete, a restore from 回收站) announces a Changes
value; the main window passes it to its pages as `data_changed`. The kinds name what the screens
show, not tables: a contract or a stage change is a change to PROJECTS. The value itself is plain
Python; only announce() walks Qt's parent chain.
"""

from __future__ import annotations

from dataclasses import dataclass

TRIPS = "trips"
VISITS = "visits"
ENTERPRISES = "enterprises"
PROJECTS = "projects"  # with their contracts, funds, stages, ownership rulings, events
PEOPLE = "people"  # and the roles they hold
LEADS = "leads"  # 项目信息
PROBLEMS = "problems"  # 问题台账
MEETINGS = "meetings"  # 调度会
RULES = "rules"  # quota rules and indicator targets
SETTINGS = "settings"  # the home unit
USERS = "users"
REPORTS = "reports"  # a quarter's texts and its submission
TRASH = "trash"  # a record purged from 回收站

KINDS = frozenset(
    {
        TRIPS,
        VISITS,
        ENTERPRISES,
        PROJECTS,
        PEOPLE,
        LEADS,
        PROBLEMS,
        MEETINGS,
        RULES,
        SETTINGS,
        USERS,
        REPORTS,
        TRASH,
    }
)


@dataclass(frozen=True)
class Changes:
    """The kinds of record one action changed; empty when it changed nothing."""

    kinds: frozenset[str] = frozenset()

    @classmethod
    def of(cls, *kinds: str) -> Changes:
        unknown = set(kinds) - KINDS
        if unknown:
            raise ValueError(f"unknown kinds of record: {sorted(unknown)}")
        return cls(frozenset(kinds))

    def __or__(self, other: Changes) -> Changes:
        return Changes(self.kinds | other.kinds)

    def __bool__(self) -> bool:
        return bool(self.kinds)

    def touches(self, shown: frozenset[str]) -> bool:
        """Whether a view showing these kinds is out of date after this change."""
        return bool(self.kinds & shown)


NOTHING = Changes()
EVERYTHING = Changes(KINDS)  # an import, a restored backup, the demo data


def announce(source, changes: Changes) -> bool:
    """Tell the window source lives in (through its parents: a dialog's parent is the page that
    opened it) what changed; False when no window listens (a dialog opened on its own)."""
    if not changes:
        return False
    holder = source
    while holder is not None:
        receive = getattr(holder, "announce", None)
        if callable(receive):
            receive(changes, source)
            return True
        holder = holder.parent()
    return False
