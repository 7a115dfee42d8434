"""What the paged lists share: units and people by name, in pinyin order, found by a search word,
and who went on a page of trips or visits."""

from __future__ import annotations

from collections import defaultdict

from peewee import JOIN, SQL, Case, fn

from models.db.org import Person, Unit
from models.db.pinyin_keys import PinyinKey
from models.queries.lists import id_in, plain_rows
from models.queries.pinyin import texts_matching


def unit_names() -> dict[int, str]:
    return dict(Unit.select(Unit.id, Unit.name).tuples())


def person_names() -> dict[int, str]:
    return dict(Person.select(Person.id, Person.name).tuples())


def ranked_ids(field, order: list[int]):
    """A CASE giving each id its place in the order (units: a dozen, no join needed)."""
    return Case(field, [(i, n) for n, i in enumerate(order)], len(order))


def unit_by_name(field):
    """Units in the pinyin order of their names."""
    order = (
        Unit.select(Unit.id)
        .join(PinyinKey, JOIN.LEFT_OUTER, on=(PinyinKey.text == Unit.name))
        .order_by(PinyinKey.pinyin, Unit.id)
    )
    return ranked_ids(field, [i for (i,) in order.tuples()])


def units_matching(word: str):
    """Units whose name contains the word, or whose pinyin initials do."""
    return Unit.select(Unit.id).where(
        Unit.name.contains(word) | Unit.name.in_(texts_matching(word))
    )


def people_matching(word: str):
    """People whose name contains the word, or whose pinyin initials do (`zs` finds 张三)."""
    return Person.select(Person.id).where(
        Person.name.contains(word) | Person.name.in_(texts_matching(word))
    )


def someone_matching(link, owner_field, owner_id, word: str):
    """Whether a trip or visit has a participant matching the word, probed row by row; None when
    nobody matches (the people are a short table, read first).

    `id IN (the visits of everyone matching)` lists every such visit before the first row: a
    million ids when the word matches most people (6 s). The probe follows the (owner, person)
    index and reads only the rows the list looks at; `person + 0` keeps SQLite on the owner part
    of that index rather than one probe per matching person.
    """
    people = [i for (i,) in people_matching(word).tuples()]
    if not people:
        return None
    return fn.EXISTS(
        link.select(SQL("1")).where((owner_field == owner_id) & (link.person + 0).in_(people))
    )


def first_person_pinyin(link, owner_field, owner_id):
    """The pinyin of the first person on a trip or visit: a people column sorts by it."""
    return (
        link.select(PinyinKey.pinyin)
        .join(Person)
        .join(PinyinKey, on=(PinyinKey.text == Person.name))
        .where(owner_field == owner_id)
        .order_by(link.id)
        .limit(1)
    )


def people_of(link, owner_field, owners) -> dict[int, str]:
    """Who went, joined as the lists show it (张三、李四, in the order they were entered), on the
    trips or visits in `owners` (a page's ids, or a query selecting a filter's)."""
    names: dict[int, list[tuple[int, str]]] = defaultdict(list)
    # Ordered here, not in SQL: ORDER BY the link's id would have the database read every link.
    query = (
        link.select(owner_field, link.id, Person.name)
        .join(Person)
        .where(id_in(owner_field, owners))
    )
    for owner, link_id, name in plain_rows(query):
        names[owner].append((link_id, name))
    return {
        owner: "、".join(name for _i, name in sorted(people)) for owner, people in names.items()
    }
