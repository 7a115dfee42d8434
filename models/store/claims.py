"""项目归属争议: two units reporting the same project (same investor and name) — counted once.

When a consolidated import meets a project another unit already holds, no second project is made:
a claim is kept for the city bureau, which either leaves the project where it is or moves it to
the claiming unit. Either way the project exists once, so every indicator counts it once.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from models.db.base import db
from models.db.claims import ProjectClaim
from models.db.enterprises import Enterprise
from models.db.org import Unit
from models.db.projects import Project
from models.validation import FieldError, ValidationFailed, clean_text

KEPT, MOVED = "kept", "moved"


@dataclass(frozen=True)
class ClaimRow:
    id: int
    project_id: int
    project: str
    investor: str
    holder: str
    claimant: str
    source: str
    decision: str
    created: dt.datetime

    def describe(self) -> str:
        return f"“{self.project}”（投资方：{self.investor}）由{self.holder}登记，{self.claimant}也报送了该项目"


def claim_rows(open_only: bool = True) -> list[ClaimRow]:
    """Claims for the bureau, oldest first."""
    holder = Unit.alias()
    query = (
        ProjectClaim.select(
            ProjectClaim.id,
            Project.id,
            Project.name,
            Enterprise.name,
            holder.name,
            Unit.name,
            ProjectClaim.source,
            ProjectClaim.decision,
            ProjectClaim.created_at,
        )
        .join(Project)
        .join(Enterprise)
        .switch(Project)
        .join(holder, on=(Project.unit == holder.id))
        .switch(ProjectClaim)
        .join(Unit, on=(ProjectClaim.unit == Unit.id))
        .order_by(ProjectClaim.created_at, ProjectClaim.id)
    )
    if open_only:
        query = query.where(ProjectClaim.decision == "")
    return [ClaimRow(*values) for values in query.tuples()]


def _open_claim(claim_id: int) -> ProjectClaim:
    claim = ProjectClaim.get_or_none(ProjectClaim.id == claim_id)
    if claim is None or claim.decision:
        raise ValidationFailed([FieldError("归属争议", "该争议已处理或已不存在")])
    return claim


def keep_with_holder(claim_id: int, note: str = "") -> None:
    """The project stays with the unit that holds it; the claimant's rows keep being skipped."""
    note = clean_text(note, "说明", 500)
    with db.atomic():
        claim = _open_claim(claim_id)
        claim.decision = KEPT
        claim.decided_at = dt.datetime.now().replace(microsecond=0)
        claim.decision_note = note
        claim.save()


def move_to_claimant(claim_id: int, note: str = "") -> None:
    """The project (with its contracts and funds) moves to the claiming unit, under its name there."""
    note = clean_text(note, "说明", 500)
    with db.atomic():
        claim = _open_claim(claim_id)
        project = claim.project
        clash = Project.select().where(
            Project.unit == claim.unit_id,
            Project.name == claim.project_name,
            Project.id != project.id,
        )
        if clash.exists():
            raise ValidationFailed(
                [FieldError("归属争议", f"{claim.unit.name}已有名为“{claim.project_name}”的项目")]
            )
        holder, old_name = project.unit_id, project.name
        project.unit = claim.unit_id
        project.name = claim.project_name
        project.save()
        # The former holder's own ledger still lists the project: its rows are settled too.
        ProjectClaim.insert(
            project=project.id,
            unit=holder,
            project_name=old_name,
            source="改归后，原登记单位的台账不再导入该项目",
            decision=KEPT,
            decided_at=dt.datetime.now().replace(microsecond=0),
            decision_note=note,
        ).on_conflict_ignore().execute()
        claim.decision = MOVED
        claim.decided_at = dt.datetime.now().replace(microsecond=0)
        claim.decision_note = note
        claim.save()


def claim_for(project_id: int, unit: int, name: str, source: str) -> ProjectClaim:
    """The claim of a unit reporting a project another unit holds: found, or recorded now."""
    claim, _new = ProjectClaim.get_or_create(
        project=project_id, unit=unit, defaults={"project_name": name, "source": source}
    )
    return claim
