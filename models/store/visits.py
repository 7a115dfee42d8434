"""拜访记录: validation, saving and deleting visits (models/queries/visits.py lists them)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from models.db.enterprises import Visit, VisitParticipant
from models.store import trash
from models.store.participants import replace_people
from models.store.references import DATABASE, References
from models.validation import Check, clean_choice, clean_text, visible
from models.vocab import VISIT_FORMS


@dataclass
class VisitInput:
    """A visit as the dialog or an import gives it."""

    date: dt.date | None
    enterprise_id: int | None
    unit_id: int | None
    person_ids: list[int] = field(default_factory=list)
    form: str = "onsite"
    content: str = ""
    outcome: str = ""
    next_step: str = ""
    follow_up_date: dt.date | None = None
    trip_id: int | None = None


def validate_visit(
    data: VisitInput,
    visit_id: int | None = None,
    today: dt.date | None = None,
    refs: References = DATABASE,
) -> Check:
    """A visit happened (not in the future), with an enterprise, by the unit's people; follow-up after it."""
    today = today or dt.date.today()
    check = Check()
    day = check.date(data.date, "拜访日期", required=True)  # None: refused, nothing compares it
    if day is not None and day > today:
        check.error("拜访日期", f"{day:%Y-%m-%d} 还没到，拜访记录只登记已发生的拜访")
    if not refs.enterprise_exists(data.enterprise_id):
        check.error("企业", "请选择拜访的企业")
    if not refs.unit_exists(data.unit_id):
        check.error("单位", "请选择单位")
    elif data.person_ids:
        names = "、".join(refs.outsiders(data.person_ids, data.unit_id))
        if names:
            check.error("拜访人员", f"{names}不是本单位人员")
    if not data.person_ids:
        check.error("拜访人员", "至少选择一名拜访人员")
    check.capture(clean_choice, data.form, "拜访方式", VISIT_FORMS)
    check.capture(clean_text, data.content, "洽谈内容", 4000)
    check.capture(clean_text, data.outcome, "成效", 2000)
    check.capture(clean_text, data.next_step, "下步工作", 2000)
    if (
        check.date(data.follow_up_date, "跟进日期") is not None
        and day is not None
        and data.follow_up_date < day
    ):
        check.error("跟进日期", f"早于拜访日期（{day:%Y-%m-%d}）")
    if data.trip_id is not None and day is not None:
        span = refs.trip_span(data.trip_id)
        if span is None:
            check.error("所属行程", "该行程已不存在")
        elif span[0] != data.unit_id:
            check.error("所属行程", "行程不属于本单位")
        elif not span[1] <= day <= span[2]:
            check.error(
                "所属行程", f"拜访日期不在行程期间（{span[1]:%Y-%m-%d} 至 {span[2]:%Y-%m-%d}）"
            )
    return check


def save_visit(
    data: VisitInput,
    visit_id: int | None = None,
    today: dt.date | None = None,
    refs: References = DATABASE,
) -> Visit:
    """Validate, then write the visit and who went, in one transaction."""
    validate_visit(data, visit_id, today, refs).raise_errors()
    fields = {
        "date": data.date,
        "enterprise": data.enterprise_id,
        "unit": data.unit_id,
        "trip": data.trip_id,
        "form": clean_choice(data.form, "拜访方式", VISIT_FORMS),
        "content": visible(data.content),
        "outcome": visible(data.outcome),
        "next_step": visible(data.next_step),
        "follow_up_date": data.follow_up_date,
    }
    with refs.transaction():
        visit = Visit.write(visit_id, fields)
        replace_people(VisitParticipant, "visit", visit, data.person_ids, new=visit_id is None)
    return visit


def visit_input(visit_id: int) -> VisitInput:
    v = Visit.get_by_id(visit_id)
    people = [p.person_id for p in v.participants.order_by(VisitParticipant.id)]
    return VisitInput(
        v.date,
        v.enterprise_id,
        v.unit_id,
        people,
        v.form,
        v.content,
        v.outcome,
        v.next_step,
        v.follow_up_date,
        v.trip_id,
    )


def delete_visit(visit_id: int) -> None:
    trash.move_to_trash(Visit, visit_id, "拜访记录")
