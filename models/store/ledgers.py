"""项目信息, 问题台账, 调度会 and 招商活动: the smaller ledgers around projects (§18, §24, §1, §12)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from models.db.activities import Event, Meeting
from models.db.base import db
from models.db.org import Unit
from models.db.projects import Problem, Project, ProjectLead
from models.store import trash
from models.validation import (
    Check,
    FieldError,
    ValidationFailed,
    clean_choice,
    clean_text,
    visible,
)
from models.vocab import EVENT_KINDS, MEETING_KINDS, REGIONS


def _unit_ok(check: Check, unit_id: int | None, field_name: str) -> None:
    if unit_id is None or not Unit.select().where(Unit.id == unit_id).exists():
        check.error(field_name, "请选择单位")


def _not_future(check: Check, day: dt.date | None, field_name: str, today: dt.date) -> None:
    day = check.date(day, field_name, required=True)
    if day is not None and day > today:
        check.error(field_name, f"{day:%Y-%m-%d} 还没到")


@dataclass
class LeadInput:
    received_date: dt.date | None
    description: str
    assigned_unit_id: int | None
    feedback_deadline: dt.date | None
    source: str = ""
    shared_by_unit_id: int | None = None
    feedback_date: dt.date | None = None
    feedback: str = ""


def validate_lead(data: LeadInput, today: dt.date | None = None) -> Check:
    """A lead passed to a unit owes feedback by its deadline; the deadline cannot precede receipt."""
    today = today or dt.date.today()
    check = Check()
    _not_future(check, data.received_date, "收到日期", today)
    check.capture(clean_text, data.description, "项目信息", 2000, required=True)
    check.capture(clean_text, data.source, "信息来源", 120)
    check.capture(clean_text, data.feedback, "反馈内容", 2000)
    _unit_ok(check, data.assigned_unit_id, "承接单位")
    deadline = check.date(data.feedback_deadline, "反馈期限", required=True)
    if deadline is not None and data.received_date and deadline < data.received_date:
        check.error("反馈期限", "早于收到日期")
    if check.date(data.feedback_date, "反馈日期"):
        if data.received_date and data.feedback_date < data.received_date:
            check.error("反馈日期", "早于收到日期")
        elif data.feedback_date > today:
            check.error("反馈日期", f"{data.feedback_date:%Y-%m-%d} 还没到")
    if data.shared_by_unit_id is not None and data.shared_by_unit_id == data.assigned_unit_id:
        check.error("推荐单位", "推荐单位与承接单位相同")
    return check


def save_lead(
    data: LeadInput, lead_id: int | None = None, today: dt.date | None = None
) -> ProjectLead:
    validate_lead(data, today).raise_errors()
    fields = {
        "received_date": data.received_date,
        "description": visible(data.description),
        "source": visible(data.source),
        "assigned_unit": data.assigned_unit_id,
        "shared_by_unit": data.shared_by_unit_id,
        "feedback_deadline": data.feedback_deadline,
        "feedback_date": data.feedback_date,
        "feedback": visible(data.feedback),
    }
    with db.atomic():
        return ProjectLead.write(lead_id, fields)


def overdue_leads(as_of: dt.date, unit_id: int | None = None) -> list[ProjectLead]:
    """Leads past their deadline with no feedback, or answered late (§18)."""
    # Unanswered past the deadline, or answered late — both as things stood on the as-of day.
    unanswered = ProjectLead.feedback_date.is_null() | (ProjectLead.feedback_date > as_of)
    late = (unanswered & (ProjectLead.feedback_deadline < as_of)) | (
        (ProjectLead.feedback_date > ProjectLead.feedback_deadline)
        & (ProjectLead.feedback_date <= as_of)
    )
    query = (
        ProjectLead.select(ProjectLead, Unit)
        .join(Unit, on=(ProjectLead.assigned_unit == Unit.id))
        .where(late)
    )
    if unit_id is not None:
        query = query.where(ProjectLead.assigned_unit == unit_id)
    return list(query.order_by(ProjectLead.feedback_deadline, Unit.sort_order, ProjectLead.id))


@dataclass
class ProblemInput:
    project_id: int | None
    raised_date: dt.date | None
    description: str
    owner: str = ""
    resolved_date: dt.date | None = None
    resolution: str = ""


def validate_problem(data: ProblemInput, today: dt.date | None = None) -> Check:
    today = today or dt.date.today()
    check = Check()
    if (
        data.project_id is None
        or not Project.select().where(Project.id == data.project_id).exists()
    ):
        check.error("项目", "请选择项目")
    _not_future(check, data.raised_date, "提出日期", today)
    check.capture(clean_text, data.description, "问题描述", 2000, required=True)
    check.capture(clean_text, data.owner, "责任单位/责任人", 60)
    check.capture(clean_text, data.resolution, "解决情况", 2000)
    if check.date(data.resolved_date, "解决日期"):
        if data.raised_date and data.resolved_date < data.raised_date:
            check.error("解决日期", "早于提出日期")
        elif data.resolved_date > today:
            check.error("解决日期", f"{data.resolved_date:%Y-%m-%d} 还没到")
    return check


def save_problem(
    data: ProblemInput, problem_id: int | None = None, today: dt.date | None = None
) -> Problem:
    validate_problem(data, today).raise_errors()
    fields = {
        "project": data.project_id,
        "raised_date": data.raised_date,
        "description": visible(data.description),
        "owner": visible(data.owner),
        "resolved_date": data.resolved_date,
        "resolution": visible(data.resolution),
    }
    with db.atomic():
        return Problem.write(problem_id, fields)


def open_problems(as_of: dt.date | None = None, unit_id: int | None = None) -> list[Problem]:
    """Problems raised by the date and not resolved by it, oldest first."""
    as_of = as_of or dt.date.today()
    query = (
        Problem.select(Problem, Project, Unit)
        .join(Project)
        .join(Unit)
        .where(
            Problem.raised_date <= as_of,
            Problem.resolved_date.is_null() | (Problem.resolved_date > as_of),
        )
    )
    if unit_id is not None:
        query = query.where(Project.unit == unit_id)
    return list(query.order_by(Problem.raised_date, Problem.id))


@dataclass
class MeetingInput:
    unit_id: int | None
    date: dt.date | None
    kind: str = "dispatch"
    task_force: str = ""
    chair: str = ""
    attendee_count: int | None = None
    note: str = ""


def save_meeting(
    data: MeetingInput, meeting_id: int | None = None, today: dt.date | None = None
) -> Meeting:
    today = today or dt.date.today()
    check = Check()
    _unit_ok(check, data.unit_id, "单位")
    _not_future(check, data.date, "会议日期", today)
    kind = check.capture(clean_choice, data.kind, "会议类型", MEETING_KINDS)
    check.capture(clean_text, data.task_force, "产业专班", 60)
    check.capture(clean_text, data.chair, "主持人", 40)
    check.capture(clean_text, data.note, "会议内容", 2000)
    if data.attendee_count is not None and not 0 < data.attendee_count < 10_000:
        check.error("参会人数", "应为正整数")
    check.raise_errors()
    fields = {
        "unit": data.unit_id,
        "date": data.date,
        "kind": kind,
        "task_force": visible(data.task_force),
        "chair": visible(data.chair),
        "attendee_count": data.attendee_count,
        "note": visible(data.note),
    }
    with db.atomic():
        return Meeting.write(meeting_id, fields)


@dataclass
class EventInput:
    name: str
    start_date: dt.date | None
    end_date: dt.date | None
    kind: str = "promotion"
    unit_id: int | None = None
    region: str = "domestic"
    city: str = ""
    attendees: str = ""
    note: str = ""


def save_event(data: EventInput, event_id: int | None = None) -> Event:
    check = Check()
    name = check.capture(clean_text, data.name, "活动名称", 120, required=True)
    kind = check.capture(clean_choice, data.kind, "活动类型", EVENT_KINDS)
    region = check.capture(clean_choice, data.region, "区域", REGIONS)
    check.capture(clean_text, data.city, "举办城市", 60)
    check.capture(clean_text, data.attendees, "参加人员", 2000)
    check.capture(clean_text, data.note, "备注", 2000)
    start = check.date(data.start_date, "开始日期", required=True)
    end = check.date(data.end_date, "结束日期", required=True)
    if start is not None and end is not None and end < start:
        check.error("结束日期", "早于开始日期")
    check.raise_errors()
    fields = {
        "name": name,
        "kind": kind,
        "start_date": data.start_date,
        "end_date": data.end_date,
        "unit": data.unit_id,
        "region": region,
        "city": visible(data.city),
        "attendees": visible(data.attendees),
        "note": visible(data.note),
    }
    with db.atomic():
        return Event.write(event_id, fields)


def delete_record(model, record_id: int, what: str) -> None:
    """Delete one ledger row (lead, problem, meeting); events still named by projects are kept."""
    with db.atomic():
        if model is Event and Project.select().where(Project.event == record_id).exists():
            raise ValidationFailed([FieldError(what, "有项目来源于此活动，不能删除")])
        trash.move_to_trash(model, record_id, what)


def event_choices() -> list[tuple[int, str]]:
    """(id, name) of events, newest first, for pickers."""
    return list(
        Event.select(Event.id, Event.name)
        .order_by(Event.start_date.desc(), Event.id.desc())
        .tuples()
    )


def delete_lead(lead_id: int) -> None:
    delete_record(ProjectLead, lead_id, "项目信息")


def meetings_of(year: int, unit_id: int | None = None) -> list[Meeting]:
    """Meetings held in a year with their units, in date order."""
    query = (
        Meeting.select(Meeting, Unit)
        .join(Unit)
        .where(Meeting.date.between(dt.date(year, 1, 1), dt.date(year, 12, 31)))
    )
    if unit_id is not None:
        query = query.where(Meeting.unit == unit_id)
    return list(query.order_by(Meeting.date, Meeting.id))


def delete_meeting(meeting_id: int) -> None:
    delete_record(Meeting, meeting_id, "会议")
