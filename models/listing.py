"""Paged lists: a list's row count and one page of its rows at a time, filtered and sorted in SQL.

A list page on a city's data holds hundreds of thousands of records; loading them all into Python to
sort and filter took seconds. A `Listing` answers three questions instead, each a bounded query:
how many rows match (`summary`), which ids fill rows k … k+n in the chosen order (`page_ids`), and
what those rows show (`rows`). Pages past the middle are read in the reversed order from the end,
so the last row costs what the first does. Every query is built from peewee expressions, so it runs
on SQLite and PostgreSQL alike.
"""

from __future__ import annotations

from array import array
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from peewee import Case, Expression, Model, Node, Ordering

# One sort key: an SQL expression and whether it ascends when the list ascends.
Key = tuple[Node, bool]


@dataclass(frozen=True)
class ListQuery:
    """What a list shows: its filter (a frozen dataclass), the typed search text, the sort."""

    filter: Any
    search: str = ""
    sort: int | None = None  # a column; None is the list's own order
    descending: bool = False

    def words(self) -> list[str]:
        """The search words, lower case (every word must occur somewhere in the row)."""
        return self.search.lower().split()


@dataclass(frozen=True)
class PythonOrder:
    """A sort SQL cannot express portably (a trip's days): fetch these fields, order by key."""

    fields: tuple[Node, ...]
    key: Callable[[tuple], Any]


def nulls_first(expr: Node) -> list[Key]:
    """Sort keys that put empty values first when ascending (as an empty date sorted before)."""
    return [(Case(None, [(Expression(expr, "IS", None), 0)], 1), True), (expr, True)]


def ranked(field: Node, labels: dict[str, str]) -> Node:
    """A CASE giving each stored key its label's place in pinyin order (区域, 方式, 阶段 …)."""
    from models.search import sort_key  # pypinyin loads in 0.7 s: only when such a column sorts

    order = sorted(labels, key=lambda k: sort_key(labels[k]))
    return Case(field, [(k, i) for i, k in enumerate(order)], len(order))


class Listing:
    """One list's queries; subclasses give the model, filters, search, sort keys and row loader."""

    model: type[Model]
    # Per column, built when it sorts: SQL sort keys for an ascending sort, or a PythonOrder.
    columns: Sequence[Callable[[], list[Key] | PythonOrder | None]] = ()

    # -- what subclasses give -----------------------------------------------------------------
    def filtered(self, flt) -> Any:
        """`SELECT id FROM …` narrowed by the filter."""
        raise NotImplementedError

    def searched(self, query, word: str) -> Any:
        """The query narrowed to rows where the word occurs."""
        raise NotImplementedError

    def default_order(self) -> list[Key]:
        """The list's own order when no column is chosen, ending with the id."""
        return [(self.model.id, True)]

    def rows(self, ids: Sequence[int]) -> list:
        """The rows with these ids, in this order."""
        raise NotImplementedError

    def summary(self, query: ListQuery) -> tuple:
        """(row count, …) for the list's count label; subclasses add their own figures."""
        return (self.ids(query).count(),)

    # -- the engine ---------------------------------------------------------------------------
    def ids(self, query: ListQuery):
        """The matching ids as a query, unordered."""
        select = self.filtered(query.filter)
        for word in query.words():
            select = self.searched(select, word)
        return select

    def count(self, query: ListQuery) -> int:
        return self.summary(query)[0]

    def column_order(self, column: int | None) -> list[Key] | PythonOrder | None:
        return self.columns[column]() if column is not None else None

    def python_order(self, query: ListQuery) -> PythonOrder | None:
        spec = self.column_order(query.sort)
        return spec if isinstance(spec, PythonOrder) else None

    def order_keys(self, query: ListQuery) -> list[Key]:
        """The sort keys in the chosen direction; the id breaks ties, so the order is total."""
        spec = self.column_order(query.sort)
        if spec is None or isinstance(spec, PythonOrder):
            base = self.default_order()
        else:
            base = [*spec, (self.model.id, True)]
        return [(e, up != query.descending) for e, up in base]

    def page_ids(self, query: ListQuery, offset: int, limit: int, count: int) -> list[int]:
        """Ids of rows offset … offset+limit-1 in the chosen order; the far half read from the end."""
        end = min(count, offset + limit)
        if offset >= end:
            return []
        keys = self.order_keys(query)
        select = self.ids(query)
        if offset > count - end:  # nearer the end: reverse the order, read from there
            ordering = [Ordering(e, "DESC" if up else "ASC") for e, up in keys]
            ids = [
                i
                for (i,) in select.order_by(*ordering)
                .offset(count - end)
                .limit(end - offset)
                .tuples()
            ]
            return ids[::-1]
        ordering = [Ordering(e, "ASC" if up else "DESC") for e, up in keys]
        return [
            i for (i,) in select.order_by(*ordering).offset(offset).limit(end - offset).tuples()
        ]

    def ordered_ids(self, query: ListQuery, order: PythonOrder) -> array:
        """Every matching id in a Python-computed order, kept compactly (an array, not objects)."""
        select = self.ids(query).select_extend(*order.fields)
        pairs = sorted(
            ((order.key(row[1:]), row[0]) for row in select.tuples()),
            reverse=query.descending,
        )
        return array("q", (i for _key, i in pairs))
