"""项目归属争议 table: two units reporting the same project, counted once until settled."""

from __future__ import annotations

import re
import unicodedata

from peewee import CharField, DateTimeField, ForeignKeyField, TextField

from models.db.base import RecordModel
from models.db.org import Unit
from models.db.projects import Project


class ProjectClaim(RecordModel):
    """A unit's claim on a project held by another unit, until the bureau decides."""

    project = ForeignKeyField(Project, backref="claims", on_delete="CASCADE", verbose_name="项目")
    # the claiming unit
    unit = ForeignKeyField(Unit, backref="claims", on_delete="RESTRICT", verbose_name="单位")
    # as the claiming unit's file names it
    project_name = CharField(max_length=120, verbose_name="项目名称")
    source = CharField(max_length=260, default="", verbose_name="来源")  # the file it came from
    decision = CharField(max_length=8, default="", verbose_name="裁定")  # '' open, kept, moved
    decided_at = DateTimeField(null=True, verbose_name="裁定时间")
    decision_note = TextField(default="", verbose_name="裁定说明")

    class Meta:
        verbose_name = "项目归属争议"
        indexes = ((("project", "unit"), True),)


def project_key(name: str) -> str:
    """Project names compared as people mean them: width and spaces ignored."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", name or "")).lower()
