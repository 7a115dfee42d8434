"""Money, credit codes and enterprise names: the small value rules every record relies on."""

from __future__ import annotations

from decimal import Decimal

import pytest

from models.creditcode import check_credit_code
from models.money import format_yi, wan_to_yi, yi_to_wan
from models.names import normalise_enterprise_name
from reports.numbers import growth, growth_phrase, text, wan, yi

pytestmark = pytest.mark.server  # run a second time on the PostgreSQL server


def test_money_round_trips_exactly_between_wan_and_yi():
    assert wan_to_yi(123456) == Decimal("12.3456")
    assert yi_to_wan("12.3456") == 123456
    assert yi_to_wan(Decimal("5")) == 50000
    assert format_yi(50000) == "5.0000" and format_yi(None) == ""


def test_report_money_and_growth_follow_the_ruling():
    assert (str(yi(123456)), str(yi(5)), text(yi(None))) == ("12.35", "0.00", "—")
    assert yi(123456) == Decimal("12.3456")  # exact inside: Excel and JSON keep it whole
    assert str(wan(123456)) == "123,456"
    # Up to +100% a percentage; above it 是上年同期的 N.N 倍.
    assert str(growth(20000, 10000, money=True)) == "100.0%"
    assert growth(20001, 10000, money=True) == "是上年同期的 2.0 倍"
    assert str(growth(9000, 10000, money=True)) == "-10.0%"
    # 基数小: last year under 1 亿元 (10,000 万元) or under 3.
    assert growth(9000, 9999, money=True) == "-10.0%（基数小）"
    assert growth(9, 2, money=False) == "是上年同期的 4.5 倍（基数小）"
    assert str(growth(4, 3, money=False)) == "33.3%" and growth(1, 0, money=False) is None
    assert growth_phrase(9000, 10000, money=True) == "同比下降 10.0%"
    assert growth_phrase(3, 2, money=False) == "同比增长 50.0%（基数小）"


def test_money_finer_than_one_wan_is_refused():
    with pytest.raises(ValueError, match="精度"):
        yi_to_wan("1.00001")
    with pytest.raises(ValueError, match="金额"):
        yi_to_wan("一亿")


@pytest.mark.parametrize("code", ["91110000600037341L", "91350200776049653A", "91440101MA5CJQ4N59"])
def test_valid_credit_codes(code):
    result = check_credit_code(code)
    assert (result.error, result.warning) == ("", "")


def test_credit_code_errors_and_warnings():
    assert check_credit_code("91440101ma5cjq4n59").code == "91440101MA5CJQ4N59"
    assert "校验位" in check_credit_code("91110000600037341M").warning
    assert "18 位" in check_credit_code("9111000060003734").error
    assert "不允许" in check_credit_code("91110000600037341O").error
    assert check_credit_code("  ").code == ""


def test_enterprise_names_match_across_width_brackets_spaces_and_suffix():
    a = normalise_enterprise_name("襄阳（中国）汽车 零部件有限公司")
    b = normalise_enterprise_name("襄阳(中国)汽车零部件股份有限公司")
    c = normalise_enterprise_name("襄阳【中国】汽车零部件有限责任公司")
    assert a == b == c
    assert normalise_enterprise_name("ＡＢＣ集团") == "abc"
    assert normalise_enterprise_name("有限公司") == "有限公司"
