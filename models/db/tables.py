"""Every table in one place: the order tables are created in, and which hold users' records."""

from __future__ import annotations

import models.db.driver  # noqa: F401  (first: peewee without the server driver)
from models.db.accounts import AppUser
from models.db.activities import Event, EventEnterprise, Meeting
from models.db.audit_log import AuditLog
from models.db.base import BaseModel, RecordModel
from models.db.claims import ProjectClaim
from models.db.enterprises import Contact, Enterprise, EnterpriseTag, Visit, VisitParticipant
from models.db.org import Person, RoleAssignment, Unit
from models.db.pinyin_keys import PinyinKey
from models.db.projects import Contract, FundsEntry, Problem, Project, ProjectLead, StageEvent
from models.db.report_notes import ReportNote
from models.db.rules import Baseline, IndicatorRule, QuotaRule, Setting
from models.db.submissions import ReportSubmission
from models.db.tally import RecordTally
from models.db.trash_items import TrashItem
from models.db.trips import Trip, TripParticipant

# Every table, parents before children (the order tables are created and demo data is written).
ALL_MODELS = (
    Unit,
    Person,
    RoleAssignment,
    Trip,
    TripParticipant,
    Enterprise,
    EnterpriseTag,
    Contact,
    Visit,
    VisitParticipant,
    Event,
    EventEnterprise,
    Meeting,
    Project,
    StageEvent,
    Contract,
    FundsEntry,
    ProjectLead,
    Problem,
    ProjectClaim,
    QuotaRule,
    IndicatorRule,
    Baseline,
    Setting,
    ReportNote,
    AuditLog,
    TrashItem,
    ReportSubmission,
    AppUser,
    PinyinKey,
    RecordTally,
)

# Tables of records users enter; configuration tables are not counted as "real data".
RECORD_MODELS = tuple(m for m in ALL_MODELS if issubclass(m, RecordModel))

# Tables no user edits: the log, the trash, the sort keys and totals the program keeps, and the
# targets seeded from resources/defaults. The audit log names none of them.
KEPT_BY_PROGRAM = (IndicatorRule, AuditLog, TrashItem, PinyinKey, RecordTally)

# Fields the program fills from other fields: never typed, so never named (the log hides them).
DERIVED_FIELDS = ((Enterprise, "name_key"),)

_BY_TABLE = {m._meta.table_name: m for m in ALL_MODELS}


def model_of(table: str) -> type[BaseModel] | None:
    """The model of a table name (as the audit log and the trash store it)."""
    return _BY_TABLE.get(table)


def table_title(table: str) -> str:
    """A table's Chinese name, its Meta verbose_name; a name no table has is shown as it is."""
    model = _BY_TABLE.get(table)
    return model._meta.verbose_name if model is not None else table
