"""The database handle and base model shared by every table; bound once at open time."""

from __future__ import annotations

import datetime

from peewee import DatabaseProxy, DateTimeField, Model

db = DatabaseProxy()


def _now() -> datetime.datetime:
    """Timestamps to the second: enough for a ledger, and stable in exports."""
    return datetime.datetime.now().replace(microsecond=0)


class BaseModel(Model):
    """Configuration and record tables alike; table names are snake_case of the class."""

    class Meta:
        database = db
        legacy_table_names = False
        # An UPDATE writes only the fields that changed: cheaper, and two edits of different fields
        # of one record no longer overwrite each other.
        only_save_dirty = True


class RecordModel(BaseModel):
    """A record users enter (as opposed to configuration): keeps when it was made and last changed."""

    created_at = DateTimeField(default=_now)
    updated_at = DateTimeField(default=_now)

    @classmethod
    def write(cls, record_id: int | None, fields: dict):
        """Create the record, or update the one with this id; the caller holds the transaction."""
        if record_id is None:
            return cls.create(**fields)
        record = cls.get_by_id(record_id)
        for key, value in fields.items():
            setattr(record, key, value)
        record.save()
        return record

    def save(self, *args, **kwargs):
        """Touch updated_at on every save so later audit and sync can rely on it."""
        if self._pk is not None and self.is_dirty():
            self.updated_at = _now()
        return super().save(*args, **kwargs)


def replace_people(
    link_model, owner_field: str, owner, person_ids: list[int], new: bool = False
) -> None:
    """Set who took part in a trip or visit: the link rows become exactly these people, once each."""
    field = getattr(link_model, owner_field)
    if not new:
        link_model.delete().where(field == owner).execute()
    if not person_ids:
        return
    now = _now()
    link_model.insert_many(
        [
            {owner_field: owner, "person": person_id, "created_at": now, "updated_at": now}
            for person_id in dict.fromkeys(person_ids)
        ]
    ).execute()


def first_id(sql: str, *params) -> int | None:
    """The first column of the first row of a small hand-written lookup, or None.

    Used on import paths that run once per ledger row, where building the query costs more than
    running it. Placeholders are written ?; dates are passed as ISO text, as peewee stores them.
    """
    database = db.obj
    if database.param != "?":
        sql = sql.replace("?", database.param)
    values = tuple(p.isoformat() if isinstance(p, datetime.date) else p for p in params)
    row = database.execute_sql(sql, values).fetchone()
    return row[0] if row else None
