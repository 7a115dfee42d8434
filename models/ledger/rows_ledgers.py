"""Rows of the 招商活动, 项目信息, 问题台账 and 会议 sheets: the ledgers beside the project pipeline."""

from __future__ import annotations

from models.db.activities import Event, Meeting
from models.db.projects import Problem, ProjectLead
from models.ledger import cells
from models.ledger.context import ImportContext, Row
from models.ledger.results import ADDED, CLAIMED, SKIPPED, UPDATED
from models.ledger.rows_registry import choice
from models.store.ledgers import (
    EventInput,
    LeadInput,
    MeetingInput,
    ProblemInput,
    save_event,
    save_lead,
    save_meeting,
    save_problem,
)
from models.vocab import EVENT_KINDS, MEETING_KINDS, REGIONS


def _optional_unit(ctx: ImportContext, row: Row, key: str) -> int | None:
    return None if row.blank(key) else ctx.unit_id(row, key)


def event_row(ctx: ImportContext, row: Row) -> tuple[str, str]:
    name = row.text("name", 120, required=True)
    start = row.date("start", required=True)
    end = row.date("end") or start
    data = EventInput(
        name,
        start,
        end,
        choice(row, "kind", EVENT_KINDS, "promotion"),
        _optional_unit(ctx, row, "unit"),
        choice(row, "region", REGIONS, "domestic"),
        row.text("city", 60),
        row.text("attendees", 2000),
        row.text("note", 2000),
    )
    label = f"{start:%Y-%m-%d} {name}"
    existing = Event.get_or_none(Event.name == name, Event.start_date == start)
    if existing is not None:
        return SKIPPED, label
    event = save_event(data)
    ctx.remember(ctx.events, name, event.id)
    return ADDED, label


def lead_row(ctx: ImportContext, row: Row) -> tuple[str, str]:
    unit = ctx.unit_id(row)
    received = row.date("received", required=True)
    description = row.text("description", 2000, required=True)
    data = LeadInput(
        received,
        description,
        unit,
        row.date("deadline", required=True),
        row.text("source", 120),
        _optional_unit(ctx, row, "shared_by"),
        row.date("feedback_date"),
        row.text("feedback", 2000),
    )
    project = ctx.project_of(row, unit)[0] if not row.blank("project") else None
    label = f"{row.text('unit', 40)} {received:%Y-%m-%d} {description[:20]}"
    existing = ProjectLead.get_or_none(
        ProjectLead.assigned_unit == unit,
        ProjectLead.received_date == received,
        ProjectLead.description == description,
    )
    if existing is not None:
        if data.feedback_date is None or existing.feedback_date == data.feedback_date:
            return SKIPPED, label
        lead = save_lead(data, existing.id, ctx.today)
        action = UPDATED
    else:
        lead = save_lead(data, today=ctx.today)
        action = ADDED
    if project is not None and lead.project_id != project:
        lead.project = project
        lead.save()
    return action, label


def problem_row(ctx: ImportContext, row: Row) -> tuple[str, str]:
    unit = ctx.unit_id(row)
    project, held = ctx.project_of(row, unit)
    if project is None:
        return (SKIPPED if "已裁定" in held else CLAIMED), held
    raised = row.date("raised", required=True)
    description = row.text("description", 2000, required=True)
    data = ProblemInput(
        project,
        raised,
        description,
        row.text("owner", 60),
        row.date("resolved"),
        row.text("resolution", 2000),
    )
    label = f"{row.text('unit', 40)} {row.text('project', 120)} {description[:20]}"
    existing = Problem.get_or_none(
        Problem.project == project,
        Problem.raised_date == raised,
        Problem.description == description,
    )
    if existing is not None:
        if data.resolved_date is None or existing.resolved_date == data.resolved_date:
            return SKIPPED, label
        save_problem(data, existing.id, ctx.today)
        return UPDATED, label
    save_problem(data, today=ctx.today)
    return ADDED, label


def meeting_row(ctx: ImportContext, row: Row) -> tuple[str, str]:
    unit = ctx.unit_id(row)
    day = row.date("date", required=True)
    kind = choice(row, "kind", MEETING_KINDS, "dispatch")
    count = (
        None
        if row.blank("count")
        else cells.whole_number(row.raw("count"), row.header("count"), 1, 9_999)
    )
    data = MeetingInput(
        unit,
        day,
        kind,
        row.text("task_force", 60),
        row.text("chair", 40),
        count,
        row.text("note", 2000),
    )
    label = f"{row.text('unit', 40)} {day:%Y-%m-%d} {MEETING_KINDS[kind]}"
    if Meeting.get_or_none(Meeting.unit == unit, Meeting.date == day, Meeting.kind == kind):
        return SKIPPED, label
    save_meeting(data, today=ctx.today)
    return ADDED, label
