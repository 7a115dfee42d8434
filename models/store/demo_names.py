"""Word lists for the demo data: fictional firms and people, real Chinese place names."""

from __future__ import annotations

import itertools
import random
from collections.abc import Iterator

CITY_DEPARTMENTS = ("市发改委", "市经信局", "市商务局")

# (region key, city, country or area for 境外)
DESTINATIONS = (
    ("gba", "深圳", ""),
    ("gba", "广州", ""),
    ("gba", "东莞", ""),
    ("gba", "佛山", ""),
    ("gba", "香港", "港澳台"),
    ("yrd", "上海", ""),
    ("yrd", "杭州", ""),
    ("yrd", "苏州", ""),
    ("yrd", "南京", ""),
    ("yrd", "宁波", ""),
    ("yrd", "无锡", ""),
    ("jjj", "北京", ""),
    ("jjj", "天津", ""),
    ("jjj", "石家庄", ""),
    ("province", "武汉", ""),
    ("province", "宜昌", ""),
    ("province", "十堰", ""),
    ("domestic", "成都", ""),
    ("domestic", "西安", ""),
    ("domestic", "郑州", ""),
    ("domestic", "重庆", ""),
    ("domestic", "长沙", ""),
    ("abroad", "东京", "日韩"),
    ("abroad", "首尔", "日韩"),
    ("abroad", "法兰克福", "欧美"),
    ("abroad", "新加坡", "东盟"),
)

_FIRM_HEADS = (
    "华鑫",
    "瑞达",
    "宏图",
    "恒通",
    "中科",
    "鼎盛",
    "天成",
    "博远",
    "金桥",
    "汉江",
    "楚天",
    "长风",
    "远景",
    "凯圣",
    "新元",
    "同创",
    "卓越",
    "海纳",
    "万向",
    "正泰",
)
_FIRM_TRADES = (
    "新能源科技",
    "汽车零部件",
    "智能装备",
    "新材料",
    "生物医药",
    "电子信息",
    "节能环保",
    "食品科技",
    "精密机械",
    "数字科技",
    "现代物流",
    "化工",
)
_SUFFIXES = ("有限公司", "有限公司", "股份有限公司", "集团有限公司")

ENTERPRISE_STEMS = tuple(
    (head + trade, _SUFFIXES[(i * 7 + j) % len(_SUFFIXES)])
    for i, head in enumerate(_FIRM_HEADS)
    for j, trade in enumerate(_FIRM_TRADES)
)

# (industry, 所属产业链)
INDUSTRIES = (
    ("汽车制造", "新能源汽车产业链"),
    ("装备制造", "高端装备产业链"),
    ("新材料", "新材料产业链"),
    ("医药制造", "医疗健康产业链"),
    ("电子信息", "电子信息产业链"),
    ("农产品加工", "农产品加工产业链"),
    ("现代服务业", "现代物流产业链"),
    ("节能环保", "节能环保产业链"),
)

PROJECT_WORDS = {
    "project": (
        "新能源汽车电机",
        "动力电池",
        "智能制造产业园",
        "高端轴承",
        "碳纤维复合材料",
        "生物制药",
        "冷链物流园",
        "光伏组件",
        "半导体封装",
        "绿色食品加工",
        "精密铸造",
        "数据中心",
    ),
    "purpose": (
        "拜访重点企业洽谈项目合作",
        "参加产业链招商推介会",
        "对接在谈项目投资协议",
        "开展驻点招商",
        "回访签约企业推动项目落地",
        "参加校友企业家座谈会",
    ),
    "outcome": (
        "达成初步投资意向",
        "企业同意来襄考察",
        "推动项目进入协议文本阶段",
        "收集项目信息2条",
        "签订框架协议",
        "明确下步对接事项",
    ),
    "visit": (
        "介绍襄阳产业基础和招商政策，了解企业扩产计划",
        "洽谈项目选址、用地和配套政策",
        "对接投资协议条款",
        "邀请企业参加襄阳招商推介会",
    ),
    "problem": (
        "项目用地报批进度滞后",
        "电力增容需协调",
        "环评手续尚未办结",
        "融资渠道需拓宽",
        "施工许可办理缓慢",
    ),
}

RIVALS = ("宜昌市", "十堰市", "荆门市", "南阳市", "孝感市", "")

_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程"
_GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰涛明超秀兰霞平刚桂英华建国志红文斌宇浩凯鹏"


def person_names(rng: random.Random) -> Iterator[str]:
    """Unique two- or three-character names, in a shuffled but repeatable order."""
    names = [s + g for s in _SURNAMES for g in _GIVEN]
    names += [s + a + b for s, a, b in itertools.product(_SURNAMES, _GIVEN[:12], _GIVEN[12:24])]
    rng.shuffle(names)
    return iter(names)
