"""项目归属争议: two units reporting the same project (same investor and name) — counted once.

When a consolidated import meets a project another unit already holds, no second project is made:
a claim is kept for the city bureau, which either leaves the project where it is or moves it to
the claiming unit. Either way the project exists once, so every indicator counts it once.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass

from peewee import CharField, DateTimeField, ForeignKeyField, TextField

from models.base import RecordModel, db
from models.enterprises import Enterprise
from models.org import Unit
from models.projects import Project
from models.validation import FieldError, ValidationFailed, clean_text

KEPT, MOVED = "kept", "moved"


class ProjectClaim(RecordModel):
    """A unit's claim on a project held by another unit, until the bureau decides."""

    project = ForeignKeyField(Project, backref="claims", on_delete="CASCADE")
    unit = ForeignKeyField(Unit, backref="claims", on_delete="RESTRICT")  # the claiming unit
    project_name = CharField(max_length=120)  # as the claiming unit's file names it
    source = CharField(max_length=260, default="")  # the file it came from
    decision = CharField(max_length=8, default="")  # '' open, kept, moved
    decided_at = DateTimeField(null=True)
    decision_note = TextField(default="")

    class Meta:
        indexes = ((("project", "unit"), True),)


def project_key(name: str) -> str:
    """Project names compared as people mean them: width and spaces ignored."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", name or "")).lower()


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
