"""审计日志 table: one row per change, and the Chinese names its entries are shown with."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Sequence

from peewee import CharField, DateTimeField, IntegerField, TextField

from models import vocab
from models.db.base import BaseModel

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


# The stored columns an entry's hash covers, in this order, after the previous entry's hash.
CONTENT = (
    "at",
    "user",
    "action",
    "table_name",
    "record_id",
    "owner_table",
    "owner_id",
    "label",
    "changes",
    "reason",
)


GENESIS = ""  # the previous hash of a log's first entry


_JSON = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


def _stamp(value):
    """A time as SQLite stores it (the text written, 2020-04-01 09:30:00), which PostgreSQL gives
    back as a datetime."""
    return value.isoformat(" ") if isinstance(value, dt.datetime) else value


def entry_hash(prev_hash: str, content: Sequence) -> str:
    """sha256 of the previous hash and the entry's columns (CONTENT order) as compact JSON.

    Frozen: every entry hashed with it must verify for as long as the log is kept.
    """
    at, *rest = content
    text = _JSON.encode([prev_hash, _stamp(at), *rest])
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def chained(rows: Sequence[Sequence], head: str) -> list[tuple]:
    """The rows (CONTENT order) with prev_hash and entry_hash appended, linked on from head."""
    linked = []
    for row in rows:
        digest = entry_hash(head, row)
        linked.append((*row, head, digest))
        head = digest
    return linked
