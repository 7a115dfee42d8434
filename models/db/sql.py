"""SQL that runs the same on SQLite and PostgreSQL: hand-written queries with :named parameters,
and the few functions the two engines spell differently."""

from __future__ import annotations

import re

from peewee import fn

from models.db.base import db, on_server

_NAMED = re.compile(r"(?<![:\w]):([A-Za-z_]\w*)")


def run(sql: str, params: dict | None = None):
    """Execute a hand-written query whose parameters are written :name; returns the cursor."""
    if on_server():
        sql = _NAMED.sub(r"%(\1)s", sql.replace("%", "%%"))
    return db.obj.execute_sql(sql, params or {})


def greatest(*exprs: str) -> str:
    """The largest of several values in one row (SQLite's MAX(a, b) is an aggregate elsewhere)."""
    return f"{'GREATEST' if on_server() else 'MAX'}({', '.join(exprs)})"


def least(*exprs: str) -> str:
    """The smallest of several values in one row."""
    return f"{'LEAST' if on_server() else 'MIN'}({', '.join(exprs)})"


def days_between(first: str, last: str) -> str:
    """Whole days from first to last (dates or ISO date parameters), as an integer expression."""
    if on_server():
        return f"(CAST({last} AS DATE) - CAST({first} AS DATE))"
    return f"CAST(julianday({last}) - julianday({first}) AS INTEGER)"


def group_concat(expr, separator: str):
    """The values of a group joined into one text, for a peewee query."""
    if on_server():
        return fn.string_agg(expr.cast("TEXT"), separator)
    return fn.GROUP_CONCAT(expr, separator)


def month_of(expr):
    """A date's year and month as one integer (202003), for a peewee query."""
    if on_server():
        return fn.to_char(expr, "YYYYMM").cast("INTEGER")
    return fn.strftime("%Y%m", expr).cast("INTEGER")


def year_of(expr):
    """A date's year as an integer, for a peewee query."""
    if on_server():
        return fn.date_part("year", expr).cast("INTEGER")
    return fn.strftime("%Y", expr).cast("INTEGER")
