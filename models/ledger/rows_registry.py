"""Rows of the 人员 and 企业 sheets: matched by unit + name, and by credit code else normalised name."""

from __future__ import annotations

from models.creditcode import check_credit_code
from models.db.enterprises import Enterprise
from models.db.org import Unit
from models.ledger import cells
from models.ledger.context import ImportContext, Row
from models.ledger.results import ADDED, SKIPPED, UPDATED
from models.names import normalise_enterprise_name
from models.store.enterprises import (
    ContactInput,
    EnterpriseInput,
    enterprise_input,
    save_enterprise,
)
from models.store.people import PersonInput, RoleInput, person_input, save_person
from models.store.settings import add_unit
from models.validation import FieldError, clean_choice
from models.vocab import ENTERPRISE_TAGS, REGIONS, ROLES, UNIT_KINDS


def choice(row: Row, key: str, vocab: dict[str, str], default: str | None = None) -> str | None:
    """A vocabulary value by its Chinese name (or key); empty gives the default."""
    if row.blank(key):
        return default
    return clean_choice(row.text(key, 60), row.header(key), vocab)


def unit_row(ctx: ImportContext, row: Row) -> tuple[str, str]:
    """A unit the rows of the other sheets may name (a city department, say); never renamed."""
    name = row.text("name", 40, required=True)
    kind = choice(row, "kind", UNIT_KINDS)
    if name in ctx.units:
        stored = Unit.get_by_id(ctx.units[name])
        if kind is not None and kind != stored.kind:
            raise FieldError(row.header("kind"), f"库中该单位为“{UNIT_KINDS.get(stored.kind)}”")
        return SKIPPED, name
    if kind is None:
        column = row.header("kind") if row.has("kind") else "类别"
        raise FieldError(column, "新单位须写明类别")
    order = (
        cells.whole_number(row.raw("order"), row.header("order"), 0, 10_000)
        if not row.blank("order")
        else Unit.select().count() + 1
    )
    unit = add_unit(name, kind, order)
    ctx.remember(ctx.units, name, unit.id)
    return ADDED, name


def person_row(ctx: ImportContext, row: Row) -> tuple[str, str]:
    unit = ctx.unit_id(row)
    name = row.text("name", 40, required=True)
    title = row.text("title", 60)
    phone = row.text("phone", 40)
    role = choice(row, "role", ROLES)
    start = end = None
    if role is not None:
        start = row.date("role_from")
        if start is None:
            column = row.header("role_from") if row.has("role_from") else "任职开始"
            raise FieldError(column, "填写了角色时不能为空")
        end = row.date("role_to")
        if end is not None and end < start:
            raise FieldError(row.header("role_to"), f"早于任职开始（{start:%Y-%m-%d}）")
    label = f"{row.text('unit', 40)} {name}"
    existing = ctx.people.get((unit, name))
    if existing is None:
        roles = [RoleInput(role, start, end, title)] if role else []
        person = save_person(PersonInput(unit, name, title, phone, roles=roles))
        ctx.remember(ctx.people, (unit, name), person.id)
        ctx.remember(ctx.person_keys, person.id, (unit, name))
        return ADDED, label
    data = person_input(existing)
    changed = False
    # On a row with a role, 职务 is that role's title (a person's rows may name several posts).
    wanted = [("phone", phone)] if role is not None else [("title", title), ("phone", phone)]
    for attr, value in wanted:
        if value and getattr(data, attr) != value:
            setattr(data, attr, value)
            changed = True
    if role is not None:
        same = next((r for r in data.roles if r.role == role and r.valid_from == start), None)
        if same is None:
            data.roles.append(RoleInput(role, start, end, title))
            changed = True
        else:
            if end is not None and same.valid_to != end:
                same.valid_to = end
                changed = True
            if title and same.title != title:
                same.title = title
                changed = True
    if not changed:
        return SKIPPED, label
    save_person(data, existing)
    return UPDATED, label


def _tag_names() -> dict[str, str]:
    names = {}
    for key, name in ENTERPRISE_TAGS.items():
        names[key] = key
        names[name] = key
        names[name.removesuffix("企业")] = key
    names.update({"链主": "chain_leader", "链主企业": "chain_leader", "上市企业": "listed"})
    names.update({"民企": "private", "跨国企业": "multinational", "独角兽": "unicorn"})
    return names


TAG_NAMES = _tag_names()


def tags(row: Row) -> dict[str, int | None]:
    found = {}
    for name in row.names("tags"):
        key = TAG_NAMES.get(name)
        if key is None:
            raise FieldError(
                row.header("tags"),
                f"未知的企业类别“{name}”（可选：{'、'.join(ENTERPRISE_TAGS.values())}）",
            )
        found[key] = None
    return found


def enterprise_row(ctx: ImportContext, row: Row) -> tuple[str, str]:
    name = row.text("name", 120, required=True)
    code_check = check_credit_code(row.text("code", 40))
    if code_check.error:
        raise FieldError(row.header("code"), code_check.error)
    code = code_check.code
    given = {
        "tags": tags(row),
        "region": choice(row, "region", REGIONS),
        "country": row.text("country", 40),
        "city": row.text("city", 60),
        "industry": row.text("industry", 60),
        "chain": row.text("chain", 60),
        "is_key": row.yes_no("is_key") if not row.blank("is_key") else None,
        "notes": row.text("notes", 4000),
    }
    contact = row.text("contact", 40)
    contact_input = (
        ContactInput(contact, row.text("contact_title", 60), row.text("contact_phone", 40))
        if contact
        else None
    )
    existing = ctx.by_code.get(code) if code else None
    if existing is None:
        existing = ctx.by_key.get(normalise_enterprise_name(name))
        if existing is not None and code:
            stored = Enterprise.get_by_id(existing).credit_code
            if stored and stored != code:
                raise FieldError(
                    row.header("code"), f"库中同名企业的统一社会信用代码为 {stored}，与本行不同"
                )
    if existing is None:
        data = EnterpriseInput(
            name=name,
            credit_code=code,
            tags=given["tags"],
            region=given["region"] or "domestic",
            country=given["country"],
            city=given["city"],
            industry=given["industry"],
            chain=given["chain"],
            is_key=bool(given["is_key"]),
            notes=given["notes"],
            contacts=[contact_input] if contact_input else [],
        )
        warnings: list[str] = []
        enterprise = save_enterprise(data, warnings=warnings, refs=ctx)
        for warning in warnings:
            ctx.warn(row, warning)
        ctx.remember(ctx.by_key, enterprise.name_key, enterprise.id)
        ctx.remember(ctx.enterprises, enterprise.id, True)
        if code:
            ctx.remember(ctx.by_code, code, enterprise.id)
        return ADDED, name
    data = enterprise_input(existing)
    changed = False
    if code and not data.credit_code:
        data.credit_code = code
        changed = True
    for attr in ("region", "country", "city", "industry", "chain", "is_key", "notes"):
        value = given[attr]
        if value not in (None, "") and getattr(data, attr) != value:
            setattr(data, attr, value)
            changed = True
    new_tags = {k: v for k, v in given["tags"].items() if k not in data.tags}
    if new_tags:
        data.tags.update(new_tags)
        changed = True
    if contact_input and all(c.name != contact_input.name for c in data.contacts):
        data.contacts.append(contact_input)
        changed = True
    if not changed:
        return SKIPPED, name
    save_enterprise(data, existing, refs=ctx)
    if code:
        ctx.remember(ctx.by_code, code, existing)
    return UPDATED, name
