"""审计日志: who changed what and when, written in the same transaction as the change itself.

Every insert, update and delete of a record goes through RecordModel's save and delete, which call
record_change() here; nothing in the program edits or deletes audit rows. Each entry is linked to
the one before it by a hash (models/audit_chain.py), so a change made outside the program shows.
"""

from __future__ import annotations

import datetime as dt
import functools
import getpass
import json
import threading
from contextlib import contextmanager
from dataclasses import dataclass, field
from decimal import Decimal

from peewee import CharField, DateTimeField, IntegerField, TextField

from models import vocab
from models.audit_chain import write_linked
from models.base import BaseModel, db, query_rows

ACTIONS = {
    "insert": "新增",
    "update": "修改",
    "delete": "删除",
    "restore": "从回收站恢复",
    "purge": "彻底删除",
    "unlock": "解锁季度",
    "submit": "报送",
    "restore_db": "恢复数据库",
    "demo": "写入示例数据",
}

# Chinese names of the tables a user meets in the log.
TABLE_NAMES = {
    "person": "人员",
    "role_assignment": "任职",
    "trip": "外出招商",
    "trip_participant": "外出人员",
    "enterprise": "企业",
    "enterprise_tag": "企业类别",
    "contact": "联系人",
    "visit": "拜访",
    "visit_participant": "拜访人员",
    "event": "招商活动",
    "event_enterprise": "活动企业",
    "meeting": "会议",
    "project": "项目",
    "stage_event": "项目阶段",
    "contract": "合同",
    "funds_entry": "到位资金",
    "project_lead": "项目信息",
    "problem": "问题",
    "project_claim": "项目归属争议",
    "report_submission": "季度报送",
    "quota_rule": "外出考核规则",
    "setting": "设置",
    "baseline": "上年同期",
    "report_note": "报告文字",
    "app_user": "用户",
    "unit": "单位",
}

# Chinese names of the fields a clerk meets in the log (others are shown by their key).
FIELD_NAMES = {
    "name": "名称",
    "unit": "单位",
    "person": "人员",
    "trip": "行程",
    "visit": "拜访",
    "enterprise": "企业",
    "project": "项目",
    "title": "职务",
    "phone": "电话",
    "note": "备注",
    "notes": "备注",
    "role": "角色",
    "valid_from": "任职开始",
    "valid_to": "任职结束",
    "start_date": "开始日期",
    "end_date": "结束日期",
    "dest_city": "目的地",
    "region": "区域",
    "country": "国家/地区",
    "purpose": "事由",
    "outcome": "成效",
    "enterprises_text": "拜访企业",
    "date": "日期",
    "form": "方式",
    "content": "内容",
    "next_step": "下步工作",
    "follow_up_date": "跟进日期",
    "credit_code": "统一社会信用代码",
    "city": "所在地",
    "industry": "所属产业",
    "chain": "所属产业链",
    "is_key": "重点",
    "tag": "企业类别",
    "kind": "类型",
    "signed_date": "签约日期",
    "amount_wan": "金额(万元)",
    "supplementary": "补充合同",
    "proof_type": "凭证类型",
    "verified": "已核实",
    "total_investment_wan": "总投资(万元)",
    "industry_category": "产业类别",
    "strategic_emerging": "战略性新兴产业",
    "foreign_funded": "外资",
    "stage": "阶段",
    "lead_date": "登记日期",
    "negotiating_date": "在谈日期",
    "started_date": "开工日期",
    "production_date": "投产日期",
    "started_in_db_date": "开工入库日期",
    "production_in_db_date": "投产入库日期",
    "terminated_date": "终止日期",
    "terminated_reason": "终止原因",
    "needs_land": "需要供地",
    "land_date": "取得土地日期",
    "lead_leader": "包保领导",
    "description": "内容",
    "raised_date": "提出日期",
    "resolved_date": "解决日期",
    "received_date": "收到日期",
    "feedback_deadline": "反馈期限",
    "feedback_date": "反馈日期",
    "feedback": "反馈内容",
    "assigned_unit": "承接单位",
    "legal_rep": "法定代表人",
    "is_correction": "更正",
    "reason": "原因",
    "source": "来源",
    "site": "建设地点",
    "land_area_mu": "用地(亩)",
    "registered_capital_wan": "注册资本(万元)",
    "team": "工作专班",
    "plan": "推进方案",
    "returnee": "楚商回归",
    "alumni": "校友",
    "commissioned": "委托招商",
    "event": "来源活动",
    "rival_location": "落户地",
    "source_city": "来源城市",
    "source_region": "来源区域",
    "list_year": "榜单年份",
    "attendee_count": "参会人数",
    "chair": "主持人",
    "task_force": "产业专班",
    "attendees": "参加人员",
    "shared_by_unit": "推荐单位",
    "owner": "责任人",
    "resolution": "解决情况",
    "project_name": "项目名称",
    "decision": "裁定",
    "decision_note": "裁定说明",
    "backup_file": "备份文件",
    "sort_order": "排序",
    "replaced_chain": "被替换的日志链末条",
}

# Stored keys of fixed lists shown by their Chinese names: (table or "*", field) → vocabulary.
VALUE_NAMES = {
    ("*", "region"): vocab.REGIONS,
    ("*", "source_region"): vocab.REGIONS,
    ("*", "form"): vocab.VISIT_FORMS,
    ("*", "stage"): {**vocab.STAGES, **vocab.DB_EVENTS},
    ("*", "role"): vocab.ROLES,
    ("*", "industry_category"): vocab.INDUSTRY_CATEGORIES,
    ("*", "strategic_emerging"): vocab.STRATEGIC_EMERGING,
    ("*", "proof_type"): vocab.PROOF_TYPES,
    ("*", "tag"): vocab.ENTERPRISE_TAGS,
    ("contract", "kind"): vocab.CONTRACT_KINDS,
    ("meeting", "kind"): vocab.MEETING_KINDS,
    ("event", "kind"): vocab.EVENT_KINDS,
    ("unit", "kind"): vocab.UNIT_KINDS,
}
_HIDDEN = {"name_key"}  # derived fields a clerk never types

_state = threading.local()
_SKIP = {"created_at", "updated_at", "id"}


class AuditLog(BaseModel):
    """One change of one record; owner is the record a link row belongs to (a trip's participant)."""

    at = DateTimeField(index=True)
    user = CharField(max_length=60)
    action = CharField(max_length=16)
    table_name = CharField(max_length=40)
    record_id = IntegerField(null=True)
    owner_table = CharField(max_length=40, null=True)
    owner_id = IntegerField(null=True)
    label = CharField(max_length=200, default="")
    changes = TextField(default="{}")  # {"field": [old, new]}
    reason = TextField(default="")
    prev_hash = CharField(max_length=64, null=True)  # the entry before's entry_hash
    entry_hash = CharField(max_length=64, null=True)  # of prev_hash and the columns above

    class Meta:
        indexes = ((("table_name", "record_id"), False), (("owner_table", "owner_id"), False))


_user: list[str | None] = [None]  # the whole program's, so background imports name them too


def set_user(name: str | None) -> None:
    """The signed-in user (None: the operating-system user) named in every later change."""
    _user[0] = name


@functools.cache
def _os_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no user name in this environment
        return "未知用户"


def current_user() -> str:
    return _user[0] or _os_user()


@contextmanager
def audit_paused():
    """Bulk loads that log themselves once (the demo data), not row by row."""
    before = getattr(_state, "paused", False)
    _state.paused = True
    try:
        yield
    finally:
        _state.paused = before


@contextmanager
def audit_batched():
    """Bulk writes (a ledger import) log every change as usual, gathered in a list and written
    in 500-row statements when the block ends, inside the caller's transaction: one INSERT per
    record was a fifth of a 10,000-row import. A caller that rolls its transaction back clears the
    list."""
    if getattr(_state, "batch", None) is not None:  # already gathering: the outer block writes
        yield _state.batch
        return
    batch = _state.batch = []
    try:
        yield batch
    finally:
        _state.batch = None
    if batch:
        write_linked(batch, _insert_sql, _ROWS_PER_INSERT)


def plain(value):
    """A field value as JSON can hold it: dates as ISO text, money as text, ids as numbers."""
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


_INSERT = (
    'INSERT INTO audit_log ("at", "user", "action", "table_name", "record_id", "owner_table",'
    ' "owner_id", "label", "changes", "reason", "prev_hash", "entry_hash")'
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


_ROWS_PER_INSERT = 500  # 6,000 parameters a statement, well inside SQLite's limit


def _insert_sql(rows: int = 1) -> str:
    """_INSERT for this many rows, in the bound database's parameter style (? or %s)."""
    sql = _INSERT + ", (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)" * (rows - 1)
    param = db.obj.param
    return sql if param == "?" else sql.replace("?", param)


def write_entry(
    action: str,
    table: str,
    record_id: int | None,
    changes: dict,
    label: str = "",
    owner: tuple[str, int | None] | None = None,
    reason: str = "",
) -> None:
    """One audit row, linked to the chain, by hand-written SQL (it runs once per saved record)."""
    if getattr(_state, "paused", False):
        return
    if action == "delete":
        from models.base import note_deleted_id

        note_deleted_id(table, record_id)
    row = (
        dt.datetime.now().replace(microsecond=0).isoformat(" "),
        current_user(),
        action,
        table,
        record_id,
        owner[0] if owner else None,
        owner[1] if owner else None,
        label[:200],
        json.dumps(changes, ensure_ascii=False, default=str),
        reason,
    )
    batch = getattr(_state, "batch", None)
    if batch is not None:
        batch.append(row)
        return
    write_linked([row], _insert_sql, 1)


def field_changes(before: dict | None, after: dict | None) -> dict:
    """{field: [old, new]} for each field whose value differs (an insert: each one it holds)."""
    changes = {}
    for name in sorted((set(before or {}) | set(after or {})) - _SKIP):
        old = plain((before or {}).get(name))
        new = plain((after or {}).get(name))
        if old != new:
            changes[name] = [old, new]
    return changes


def record_change(record, action: str, before: dict | None, after: dict | None) -> None:
    """Log a record's insert / update / delete with the old and new value of each changed field."""
    changes = field_changes(before, after)
    if action == "update" and not changes:
        return
    owner = None
    owner_field = getattr(type(record), "audit_owner", None)
    if owner_field:
        field = type(record)._meta.fields[owner_field]
        values = after or before or {}
        owner = (field.rel_model._meta.table_name, values.get(owner_field))
    write_entry(
        action,
        type(record)._meta.table_name,
        record.get_id(),
        changes,
        record.audit_label(),
        owner,
    )


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: dt.datetime
    user: str
    action: str
    table: str
    record_id: int | None
    label: str
    changes: dict
    reason: str
    names: dict = field(default_factory=dict, compare=False)  # (field, id) → what it names

    def _shown(self, key: str, value):
        if value is None:
            return ""
        if isinstance(value, bool):
            return "是" if value else "否"
        words = VALUE_NAMES.get((self.table, key)) or VALUE_NAMES.get(("*", key))
        if words and value in words:
            return words[value]
        return self.names.get((key, value), value)

    @property
    def shown_label(self) -> str:
        """The label, with a participant row named by its person."""
        if self.table in ("trip_participant", "visit_participant") and "person" in self.changes:
            person_id = next((v for v in self.changes["person"] if v is not None), None)
            return str(self.names.get(("person", person_id), self.label))
        return self.label

    @property
    def action_name(self) -> str:
        return ACTIONS.get(self.action, self.action)

    @property
    def table_name(self) -> str:
        return TABLE_NAMES.get(self.table, self.table)

    def describe_changes(self) -> str:
        """字段：旧 → 新, one per change, for the log table and its Excel export."""
        parts = []
        for key, (old, new) in self.changes.items():
            if key in _SKIP or key in _HIDDEN:
                continue
            name = FIELD_NAMES.get(key, key)
            old, new = self._shown(key, old), self._shown(key, new)
            if self.action in ("insert", "restore", "restore_db"):
                parts.append(f"{name}={new}")
            elif self.action == "delete":
                parts.append(f"{name}={old}")
            else:
                parts.append(f"{name}：{old} → {new}")
        return "；".join(parts)


# Fields holding the id of a record whose name the log shows instead.
_NAMED = {
    "person": ("person", "name"),
    "lead_leader": ("person", "name"),
    "unit": ("unit", "name"),
    "assigned_unit": ("unit", "name"),
    "enterprise": ("enterprise", "name"),
    "project": ("project", "name"),
}


def _names(rows: list[AuditRow]) -> dict:
    """One query per kind of record for every id the rows mention."""
    wanted: dict[tuple[str, str], set[int]] = {}
    for row in rows:
        for key, values in row.changes.items():
            if key in _NAMED:
                wanted.setdefault(_NAMED[key], set()).update(
                    v for v in values if isinstance(v, int)
                )
    names = {}
    for (table, column), ids in wanted.items():
        found = (
            dict(
                query_rows(
                    f"SELECT id, {column} FROM {table} WHERE id IN ({', '.join('?' * len(ids))})",
                    *ids,
                )
            )
            if ids
            else {}
        )
        for key, target in _NAMED.items():
            if target == (table, column):
                names.update({(key, i): f"{n}" for i, n in found.items()})
    return names


def _rows(query, limit: int | None) -> list[AuditRow]:
    if limit:
        query = query.limit(limit)
    rows = _plain_rows(query)
    names = _names(rows)
    for row in rows:
        row.names.update(names)
    return rows


def _plain_rows(query) -> list[AuditRow]:
    return [
        AuditRow(
            a.id,
            a.at,
            a.user,
            a.action,
            a.table_name,
            a.record_id,
            a.label,
            json.loads(a.changes or "{}"),
            a.reason,
        )
        for a in query
    ]


def history(table: str, record_id: int) -> list[AuditRow]:
    """A record's own changes and those of the rows that belong to it, newest first."""
    query = (
        AuditLog.select()
        .where(
            ((AuditLog.table_name == table) & (AuditLog.record_id == record_id))
            | ((AuditLog.owner_table == table) & (AuditLog.owner_id == record_id))
        )
        .order_by(AuditLog.id.desc())
    )
    return _rows(query, None)


@dataclass(frozen=True)
class AuditFilter:
    table: str | None = None
    user: str | None = None
    start: dt.date | None = None
    end: dt.date | None = None
    text: str = ""


def audit_rows(flt: AuditFilter = AuditFilter(), limit: int | None = 5000) -> list[AuditRow]:
    """The log, newest first, narrowed by table, user, dates and text in the label or changes."""
    query = AuditLog.select().order_by(AuditLog.id.desc())
    if flt.table:
        query = query.where(AuditLog.table_name == flt.table)
    if flt.user:
        query = query.where(AuditLog.user == flt.user)
    if flt.start:
        query = query.where(AuditLog.at >= dt.datetime.combine(flt.start, dt.time()))
    if flt.end:
        query = query.where(AuditLog.at < dt.datetime.combine(flt.end + dt.timedelta(1), dt.time()))
    if flt.text.strip():
        words = flt.text.strip()
        query = query.where(AuditLog.label.contains(words) | AuditLog.changes.contains(words))
    return _rows(query, limit)


def audit_users() -> list[str]:
    return [
        u for (u,) in AuditLog.select(AuditLog.user).distinct().order_by(AuditLog.user).tuples()
    ]
