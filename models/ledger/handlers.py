"""Which function imports a row of which sheet, in the order sheets are imported."""

from __future__ import annotations

from models.ledger.rows_activity import trip_row, visit_row
from models.ledger.rows_ledgers import event_row, lead_row, meeting_row, problem_row
from models.ledger.rows_money import baseline_row, contract_row, funds_row
from models.ledger.rows_projects import project_row
from models.ledger.rows_registry import enterprise_row, person_row, unit_row

# People before the trips that name them, projects before their contracts and funds.
HANDLERS = {
    "单位": unit_row,
    "人员": person_row,
    "企业": enterprise_row,
    "招商活动": event_row,
    "外出招商": trip_row,
    "拜访": visit_row,
    "项目": project_row,
    "合同": contract_row,
    "到位资金": funds_row,
    "项目信息": lead_row,
    "问题台账": problem_row,
    "会议": meeting_row,
    "上年同期": baseline_row,
}
