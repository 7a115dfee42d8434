"""The facts validation needs about other records (does this unit exist, whose are these people).

Dialogs read them from the database; an import answers from the lookups it already holds, so a
10,000-row ledger is checked by the same rules without thousands of extra queries.
"""

from __future__ import annotations

from models.enterprises import Enterprise
from models.org import Person, Unit


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


DATABASE = References()
