"""Paged lists: a list's row count and one page of its rows at a time, filtered and sorted in SQL.

A list page on a city's data holds hundreds of thousands of records; loading them all into Python to
sort and filter took seconds. A `Listing` answers three questions instead, each a bounded query:
how many rows match (`summary`), which ids fill rows k … k+n in the chosen order (`page_ids`), and
what those rows show (`rows`). Pages past the middle are read in the reversed order from the end,
so the last row costs what the first does. Every query is built from peewee expressions, so it runs
on SQLite and PostgreSQL alike.
"""

from __future__ import annotations

import datetime as dt
from array import array
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from peewee import Case, Expression, Model, Node, Ordering, fn

from models.db.base import as_date

# A search finding at most this many rows reads them all at once (see Listing.survey).
SHORT = 1000
# One sort key: an SQL expression and whether it ascends when the list ascends.
Key = tuple[Node, bool]


@dataclass(frozen=True)
class ListQuery:
    """What a list shows: its filter (a frozen dataclass), the typed search text, the sort."""

    filter: Any
    search: str = ""
    sort: str | None = None  # a column's key ("start_date"); None is the list's own order
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
    # The tables whose names this list sorts or searches by pinyin (see models/store/pinyin.py).
    pinyin_tables: tuple[str, ...] = ()
    # Columns whose order an index gives: their pages are read by LIMIT/OFFSET as the view asks.
    # Any other chosen order is worked out once per query (see in_order), not once per page.
    indexed_columns: frozenset[str] = frozenset()
    # Per column key (the table model names its columns with the same keys), built when it
    # sorts: SQL sort keys for an ascending sort, or a PythonOrder. A key, not a place, so a
    # column moved or added in the window never sorts by its neighbour's key.
    columns: Mapping[str, Callable[[], list[Key] | PythonOrder]] = {}

    # -- what subclasses give -----------------------------------------------------------------
    def filtered(self, flt, whole: bool = False) -> Any:
        """`SELECT id FROM …` narrowed by the filter.

        `whole` asks for a query that reads every matching row (a count, a search's full result):
        a list may then prefer reading the table in order to following an index row by row.
        """
        raise NotImplementedError

    def searched(self, query, word: str) -> Any:
        """The query narrowed to rows where the word occurs."""
        raise NotImplementedError

    def default_order(self) -> list[Key]:
        """The list's own order when no column is chosen, ending with the id."""
        return [(self.model.id, True)]

    def load(self, owners, order: Sequence[Ordering] = ()) -> list:
        """The rows whose ids are in `owners` (a list of ids, or a query selecting them)."""
        raise NotImplementedError

    def summary(self, query: ListQuery, ids: Sequence[int] | None = None) -> tuple:
        """(row count, …) for the list's count label; subclasses add their own figures."""
        return (self.counted(query, ids).count(),)

    # -- the engine ---------------------------------------------------------------------------
    def rows(self, ids: Sequence[int]) -> list:
        """The rows with these ids, in this order (a page, or a short list of chosen records)."""
        ids = list(ids)
        found = {row.id: row for row in self.load(ids)}
        return [found[i] for i in ids if i in found]

    def all_rows(self, flt) -> list:
        """Every row of a filter in the list's own order: the rows a page shows, read through the
        filter's query as a subquery, so a year of a city's records needs no list of ids."""
        query = ListQuery(flt)
        order = [Ordering(e, "ASC" if up else "DESC") for e, up in self.order_keys(query)]
        return self.load(self.ids(query, whole=True), order)

    def prepare(self) -> None:
        """Before a new filter is shown: names entered since (anywhere) get their pinyin keys."""
        from models.store.pinyin import sync_pinyin_keys

        sync_pinyin_keys(*self.pinyin_tables)

    def ids(self, query: ListQuery, whole: bool = False):
        """The matching ids as a query, unordered (`whole`: see filtered)."""
        select = self.filtered(query.filter, whole)
        for word in query.words():
            select = self.searched(select, word)
        return select

    def count(self, query: ListQuery) -> int:
        return self.summary(query)[0]

    def counted(self, query: ListQuery, ids: Sequence[int] | None = None):
        """What a summary adds up: every matching row, or these (already found) ids."""
        if ids is None:
            return self.ids(query, whole=True)
        return self.model.select(self.model.id).where(self.model.id.in_(list(ids)))

    def survey(self, query: ListQuery) -> tuple[tuple, array | None]:
        """The summary and, for a short search result, all its ids in order.

        A search that finds little would read the whole table twice (to count, then to fill the
        first page); reading it once for up to SHORT ids answers both.
        """
        if query.words():
            found = [i for (i,) in self.ids(query, whole=True).limit(SHORT + 1).tuples()]
            if len(found) <= SHORT:
                return self.summary(query, found), self.in_order(query, found)
        return self.summary(query), None

    def pages_in_sql(self, query: ListQuery) -> bool:
        """Whether pages of this order are best read one by one (the list's own or an indexed one)."""
        return query.sort is None or query.sort in self.indexed_columns

    def in_order(self, query: ListQuery, ids: Sequence[int] | None = None) -> array:
        """These ids (or all matching) in the chosen order."""
        if ids is not None and not ids:
            return array("q")
        order = self.python_order(query)
        if order is not None:
            return self.ordered_ids(query, order, ids)
        ordering = [Ordering(e, "ASC" if up else "DESC") for e, up in self.order_keys(query)]
        return _id_array(self.counted(query, ids).order_by(*ordering))

    def column_order(self, column: str | None) -> list[Key] | PythonOrder | None:
        if column is None:
            return None
        if column not in self.columns:
            raise KeyError(f"{type(self).__name__} has no column {column!r}")
        return self.columns[column]()

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

    def ordered_ids(
        self, query: ListQuery, order: PythonOrder, ids: Sequence[int] | None = None
    ) -> array:
        """Every matching id in a Python-computed order, kept compactly (an array, not objects)."""
        select = self.counted(query, ids).select_extend(*order.fields)
        pairs = sorted(
            ((order.key(row[1:]), row[0]) for row in select.tuples()),
            reverse=query.descending,
        )
        return array("q", (i for _key, i in pairs))


def id_in(field, owners) -> Expression:
    """`field IN (…)` for a list of ids (a page) or a query selecting them (every row of a filter)."""
    return field.in_(owners if isinstance(owners, Node) else list(owners))


def plain_rows(select):
    """The rows as the database driver gives them, without peewee's per-cell conversion (dates
    stay ISO text on SQLite: read them with as_date). A converter per cell costs more than the
    query on a year of a city's visits."""
    sql, params = select.sql()
    return select.model._meta.database.execute_sql(sql, params)


def _id_array(select) -> array:
    """The first column of every row, read straight from the cursor: peewee's row wrapper costs a
    microsecond a row, a fifth of a second for a year of a city's visits."""
    return array("q", [row[0] for row in plain_rows(select)])


def years_of(field) -> list[int]:
    """The years that have records, newest first, from the date index alone (MIN, MAX, then one
    EXISTS a year) rather than reading a million dates."""
    model = field.model
    first, last = model.select(fn.MIN(field), fn.MAX(field)).tuples().get()
    if first is None:
        return []
    first, last = as_date(first), as_date(last)
    return [
        year
        for year in range(last.year, first.year - 1, -1)
        if model.select(model.id)
        .where(field.between(dt.date(year, 1, 1), dt.date(year, 12, 31)))
        .exists()
    ]
