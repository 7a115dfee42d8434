"""中文名 live once, on the tables: every table and every field a user changes has its Chinese
verbose_name, and the audit log, the trash and the record totals read them from there."""

from __future__ import annotations

import re

import pytest

import models
from models.db.tables import DERIVED_FIELDS, KEPT_BY_PROGRAM
from models.queries.audit import audit_rows, audit_tables, field_title, history
from models.queries.overview import record_counts
from models.store.baselines import set_baseline
from models.store.report_notes import save_report_note
from models.store.trips import delete_trip
from models.store.users import create_user, set_active
from models.vocab import REGIONS, STAGES
from tests.helpers import D, firm, person, project, trip, unit_id

pytestmark = pytest.mark.server  # run a second time on the PostgreSQL server

CHINESE = re.compile(r"[\u3400-\u9fff]")
BOOKKEEPING = {"id", "created_at", "updated_at"}


def user_fields():
    """(model, name, field) of every field a user changes: tables the program keeps apart, the
    id and timestamps apart, derived fields apart."""
    derived = {(model, name) for model, name in DERIVED_FIELDS}
    for model in models.ALL_MODELS:
        if model in KEPT_BY_PROGRAM:
            continue
        for name, field in model._meta.fields.items():
            if name not in BOOKKEEPING and (model, name) not in derived:
                yield model, name, field


def test_every_table_has_a_chinese_name():
    unnamed = [
        m.__name__
        for m in models.ALL_MODELS
        if not CHINESE.search(getattr(m._meta, "verbose_name", None) or "")
    ]
    assert unnamed == []


def test_every_field_a_user_changes_has_a_chinese_name():
    unnamed = [
        f"{model._meta.table_name}.{name}"
        for model, name, field in user_fields()
        if not CHINESE.search(field.verbose_name or "")
    ]
    assert unnamed == []
    assert len(list(user_fields())) > 150  # the check reaches every table users enter


def test_the_log_names_every_field_by_its_verbose_name():
    for model, name, field in user_fields():
        assert field_title(model._meta.table_name, name) == field.verbose_name, name
    assert field_title("enterprise", "name_key") is None  # derived: not shown
    assert field_title("", "backup_file") == "备份文件"  # a restored database's entry
    assert field_title("quota_rule", "专抓副职") == "专抓副职"  # a key already in Chinese


def test_the_log_and_the_trash_show_the_tables_chinese_names(database):
    assert dict(audit_tables()) == {
        "unit": "单位",
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
        "quota_rule": "外出考核规则",
        "baseline": "上年同期",
        "setting": "设置",
        "report_note": "报告文字",
        "report_submission": "季度报送",
        "app_user": "用户",
    }
    zhang = person("张三", ("deputy", D(2020, 1, 1)))
    trip_id = trip([zhang], D(2020, 4, 1), D(2020, 4, 2), city="深圳")
    entry = history("trip", trip_id)[-1]
    assert entry.table_name == "外出招商"
    assert "目的地=深圳" in entry.describe_changes()
    assert f"区域={REGIONS['gba']}" in entry.describe_changes()  # a vocabulary key by its name
    delete_trip(trip_id)
    [deleted] = [e for e in audit_rows() if e.action == "delete" and e.table == "trip"]
    assert deleted.table_name == "外出招商"


def test_a_field_reads_as_its_own_table_names_it(database):
    """is_key is 重点企业 on an enterprise and 重点项目 on a project, as their screens say."""
    firm_id = firm("比亚迪", key=True)
    project_id = project("新能源电池", D(2020, 3, 1))
    enterprise_entry = history("enterprise", firm_id)[-1].describe_changes()
    assert "重点企业=是" in enterprise_entry and "name_key" not in enterprise_entry
    project_entry = history("project", project_id)[-1].describe_changes()
    assert "重点项目=否" in project_entry and f"阶段={STAGES['lead']}" in project_entry


def test_entries_written_by_hand_read_by_the_fields_names(database):
    create_user("王五", "clerk", "secret-pass-1")
    user_id = models.AppUser.get(models.AppUser.username == "王五").id
    set_active(user_id, False)
    set_baseline(unit_id(), 2019, 2, "contract_amount", 12_000, "襄州区2019年上半年")
    save_report_note("全部", 2020, 2, "土地未落实", "加快供地")
    shown = {(e.table, e.action): e.describe_changes() for e in audit_rows()}
    assert shown[("app_user", "insert")] == "用户名=王五；角色=录入员"
    assert shown[("app_user", "update")] == "启用：是 → 否"
    assert shown[("baseline", "insert")] == "数值=12000"
    assert shown[("report_note", "update")] == "存在问题： → 土地未落实；下步工作： → 加快供地"


def test_record_totals_are_named_by_their_tables(database):
    assert list(record_counts()) == [
        "人员",
        "外出招商",
        "企业",
        "拜访",
        "项目",
        "合同",
        "到位资金",
        "项目信息",
        "问题",
        "招商活动",
        "会议",
    ]
