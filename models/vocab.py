"""Fixed vocabularies of the domain: stored keys and their Chinese names, in display order.

Records store the short English key; screens, reports and imports show or accept the Chinese name.
"""

from __future__ import annotations

UNIT_KINDS = {
    "county": "县(市、区)",
    "zone": "开发区",
    "city_dept": "市直部门",
    "city": "市级",
}

ROLES = {
    "principal": "党政主要负责人",
    "deputy": "政府(管委会)分管负责人",
    "dept_head": "市直部门主要负责人",
    "dept_deputy": "专抓副职",
    "staff": "工作人员",
}

REGIONS = {
    "gba": "粤港澳大湾区",
    "yrd": "长三角",
    "jjj": "京津冀",
    "abroad": "境外",
    "province": "省内",
    "domestic": "其他国内",
}

ABROAD_AREAS = ("港澳台", "日韩", "欧美", "东盟", "俄罗斯", "其他")

ENTERPRISE_TAGS = {
    "global500": "世界500强",
    "china500": "中国500强",
    "central_soe": "央企",
    "soe": "国企",
    "private": "民营企业",
    "listed": "上市公司",
    "multinational": "知名跨国企业",
    "chain_leader": "产业链核心企业(链主)",
    "leading": "龙头企业",
    "unicorn": "独角兽企业",
    "hidden_champion": "隐形冠军企业",
    "strategic_emerging": "战略性新兴产业企业",
}

# Tags whose lists are republished every year, so a tag records which year's list it is from.
YEARLY_LIST_TAGS = ("global500", "china500")
# The tags the indicator 新引进世界500强、中国500强、上市公司 counts an enterprise by.
TOP_LIST_TAGS = ("global500", "china500", "listed")

VISIT_FORMS = {
    "onsite": "上门拜访",
    "inspection": "来襄考察",
    "meeting": "会议洽谈",
    "video": "视频对接",
}

STAGES = {
    "lead": "线索",
    "negotiating": "在谈",
    "signed": "签约",
    "started": "开工",
    "production": "投产",
    "terminated": "终止",
}

# Forward order of the pipeline; 终止 stands outside it.
STAGE_ORDER = ("lead", "negotiating", "signed", "started", "production")

# Statistical events recorded beside the stages (开工入库 / 投产入库).
DB_EVENTS = {
    "started_in_db": "开工入库",
    "production_in_db": "投产入库",
}

CONTRACT_KINDS = {
    "intent": "意向书",
    "framework": "框架协议",
    "investment": "投资协议",
    "formal": "正式合同",
}

INDUSTRY_CATEGORIES = {
    "industry": "工业",
    "service": "服务业",
    "agriculture": "农业",
    "infrastructure": "基础设施",
    "real_estate": "房地产",
    "town": "特色小镇",
    "ppp": "PPP",
}

# Categories a 重大产业项目 may not be (DOMAIN.md, indicator major_project).
NON_MAJOR_CATEGORIES = ("real_estate", "town", "ppp")

STRATEGIC_EMERGING = {
    "it": "新一代信息技术产业",
    "equipment": "高端装备制造产业",
    "materials": "新材料产业",
    "bio": "生物产业",
    "nev": "新能源汽车产业",
    "energy": "新能源产业",
    "green": "节能环保产业",
    "digital": "数字创意产业",
    "services": "相关服务业",
}

PROOF_TYPES = {
    "capital_report": "验资报告",
    "bank_slip": "银行进账单",
    "equipment_list": "设备清单",
    "other": "其他",
}

MEETING_KINDS = {
    "dispatch": "调度会",
    "task_force": "产业专班会议",
}

EVENT_KINDS = {
    "promotion": "招商推介会",
    "themed": "主题招商活动",
    "summer": "夏季招商推介",
    "expo": "展会",
    "other": "其他",
}

INDICATORS = {
    "industrial_contract_amount": "工业项目正式合同金额",
    "industrial_funds_in_place": "工业项目实际到位资金",
    "strategic_emerging_projects": "新引进战略性新兴产业项目个数",
    "started_in_db": "项目开工入库数",
    "production_in_db": "投产入库数",
    "contract_amount": "新签约正式项目合同投资额",
    "funds_in_place": "招商引资实际到位资金",
    "big_industrial_projects": "新引进投资过5亿元工业项目",
    "top500_listed_enterprises": "新引进世界500强、中国500强、上市公司",
    "key_enterprises_visited": "拜访对接重点企业",
    "foreign_projects": "引进外资项目",
    "major_project": "重大产业项目",
}

# Indicators measured in money (stored as 万元, shown as 亿元); the rest are counts.
MONEY_INDICATORS = (
    "industrial_contract_amount",
    "industrial_funds_in_place",
    "contract_amount",
    "funds_in_place",
)


def label(vocab: dict[str, str], key: str | None) -> str:
    """Chinese name of a stored key; unknown keys are shown as they are rather than hidden."""
    if key is None:
        return ""
    return vocab.get(key, key)
