"""Every table in one place: the order tables are created in, and which hold users' records."""

from __future__ import annotations

import models.db.driver  # noqa: F401  (first: peewee without the server driver)
from models.db.accounts import AppUser
from models.db.activities import Event, EventEnterprise, Meeting
from models.db.audit_log import AuditLog
from models.db.base import RecordModel
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
