"""The data: peewee models, database opening and migrations, validation and queries (no Qt)."""

from __future__ import annotations

import models.driver  # noqa: F401  (first: peewee without the server driver)
from models.activities import Event, EventEnterprise, Meeting
from models.audit import AuditLog
from models.base import BaseModel, RecordModel, db
from models.claims import ProjectClaim
from models.enterprises import Contact, Enterprise, EnterpriseTag, Visit, VisitParticipant
from models.locks import ReportSubmission
from models.org import Person, RoleAssignment, Unit
from models.pinyin_keys import PinyinKey
from models.projects import Contract, FundsEntry, Problem, Project, ProjectLead, StageEvent
from models.reporting import ReportNote
from models.rules import Baseline, IndicatorRule, QuotaRule, Setting
from models.tally import RecordTally
from models.trash import TrashItem
from models.trips import Trip, TripParticipant
from models.users import AppUser

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

__all__ = [
    "ALL_MODELS",
    "RECORD_MODELS",
    "AppUser",
    "AuditLog",
    "BaseModel",
    "Baseline",
    "Contact",
    "Contract",
    "Enterprise",
    "EnterpriseTag",
    "Event",
    "EventEnterprise",
    "FundsEntry",
    "IndicatorRule",
    "Meeting",
    "Person",
    "PinyinKey",
    "Problem",
    "Project",
    "ProjectClaim",
    "ProjectLead",
    "QuotaRule",
    "RecordModel",
    "RecordTally",
    "ReportNote",
    "ReportSubmission",
    "RoleAssignment",
    "Setting",
    "StageEvent",
    "TrashItem",
    "Trip",
    "TripParticipant",
    "Unit",
    "Visit",
    "VisitParticipant",
    "db",
]
