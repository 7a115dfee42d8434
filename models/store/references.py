"""The facts validation needs about other records (does this unit exist, whose are these people).

Dialogs read them from the database; an import answers from the lookups it already holds, so a
10,000-row ledger is checked by the same rules without thousands of extra queries.
"""

from __future__ import annotations

import datetime as dt

from models.db.activities import Event
from models.db.base import db
from models.db.enterprises import Enterprise
from models.db.org import Person, Unit
from models.db.projects import Project
from models.db.trips import Trip


class References:
    """Read from the database, one small query per question."""

    def unit_exists(self, unit_id: int | None) -> bool:
        return unit_id is not None and Unit.select().where(Unit.id == unit_id).exists()

    def enterprise_exists(self, enterprise_id: int | None) -> bool:
        return (
            enterprise_id is not None
            and Enterprise.select().where(Enterprise.id == enterprise_id).exists()
        )

    def outsiders(self, person_ids: list[int], unit_id: int) -> list[str]:
        """Names of the people who are not in the unit."""
        query = Person.select(Person.name).where(Person.id.in_(person_ids), Person.unit != unit_id)
        return [p.name for p in query]

    def person_exists(self, person_id: int) -> bool:
        return Person.select().where(Person.id == person_id).exists()

    def event_exists(self, event_id: int) -> bool:
        return Event.select().where(Event.id == event_id).exists()

    def project_named(self, unit_id: int, name: str) -> int | None:
        """The unit's project of this name, if any (names are unique within a unit)."""
        found = Project.select(Project.id).where(Project.unit == unit_id, Project.name == name)
        return next((p.id for p in found), None)

    def trip_span(self, trip_id: int) -> tuple[int, dt.date, dt.date] | None:
        """A trip's unit, first and last day; None when it does not exist."""
        try:
            trip = Trip.get_by_id(trip_id)
        except Trip.DoesNotExist:
            return None
        return trip.unit_id, trip.start_date, trip.end_date

    def transaction(self):
        """Around one record's writes; an import already holds a savepoint for each row."""
        return db.atomic()


DATABASE = References()
