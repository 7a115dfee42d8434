"""Who took part in a trip or a visit: the link rows, written with their audit entries."""

from __future__ import annotations

from models.db.base import _now, insert_row
from models.store.audit import plain, write_entry


def replace_people(
    link_model, owner_field: str, owner, person_ids: list[int], new: bool = False
) -> None:
    """Set who took part in a trip or visit: the link rows become exactly these people, once each."""
    field = getattr(link_model, owner_field)
    owner_id = owner if isinstance(owner, int) else owner.get_id()
    wanted = list(dict.fromkeys(person_ids))
    if not new:
        current = {link.person_id: link for link in link_model.select().where(field == owner_id)}
        for person_id, link in current.items():
            if person_id not in wanted:
                link.delete_instance()
        wanted = [p for p in wanted if p not in current]
    now = _now()
    table = link_model._meta.table_name
    owner_table = field.rel_model._meta.table_name
    for person_id in wanted:
        link = {owner_field: owner_id, "person": person_id, "created_at": now, "updated_at": now}
        link_id = insert_row(link_model, link)
        write_entry(
            "insert",
            table,
            link_id,
            {owner_field: [None, owner_id], "person": [None, plain(person_id)]},
            f"人员 #{person_id}",
            (owner_table, owner_id),
        )
