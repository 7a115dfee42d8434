"""Reading one ledger cell as the program's value: dates, yes/no, lists, amounts, text — or a FieldError.

Nothing is coerced silently: 2020-02-30, a negative amount or 1.5 万元 is an error naming the column.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation, localcontext

from models.validation import FieldError, clean_date, clean_text, shown


@dataclass(frozen=True)
class FormulaWithoutValue:
    """A formula cell the file holds no computed value for (saved by a program that does not calculate)."""

    formula: str


@dataclass(frozen=True)
class CellErrorValue:
    """An Excel error value such as #DIV/0! or #N/A."""

    code: str


_DATE = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$")
_YES = {"是", "y", "yes", "√", "✓", "✔", "true", "1"}
_NO = {"否", "n", "no", "×", "✗", "false", "0", ""}
_LIST_SPLIT = re.compile(r"[、,，;；\n]+")
_NUMBER = re.compile(r"^[+-]?\d+(\.\d+)?$")


def _plain(value, column: str):
    """The cell's value, with formula and error cells refused."""
    if isinstance(value, FormulaWithoutValue):
        raise FieldError(
            column, f"公式 {value.formula} 没有计算结果，请在 Excel 中打开并保存后再导入"
        )
    if isinstance(value, CellErrorValue):
        raise FieldError(column, f"单元格是错误值 {value.code}")
    return value


def is_blank(value) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def text(value, column: str, max_len: int, required: bool = False) -> str:
    """Text as written; numbers lose a trailing .0 (phone numbers are often stored as numbers)."""
    value = _plain(value, column)
    if isinstance(value, bool):
        value = "是" if value else "否"
    elif isinstance(value, float) and value.is_integer():
        value = str(int(value))
    elif isinstance(value, dt.datetime):
        value = value.date().isoformat() if value.time() == dt.time() else value.isoformat(" ")
    elif value is not None and not isinstance(value, str):
        value = str(value)
    return clean_text(value, column, max_len, required)


def date(value, column: str, required: bool = False) -> dt.date | None:
    """A real Excel date, or text as 2020-04-01, 2020/4/1, 2020.4.1 or 2020年4月1日; 1990–2100."""
    value = _plain(value, column)
    if is_blank(value):
        if required:
            raise FieldError(column, "不能为空")
        return None
    if isinstance(value, dt.datetime):
        if value.time() != dt.time():
            raise FieldError(column, f"应为日期，不带时刻：{value}")
        return clean_date(value.date(), column)
    if isinstance(value, dt.date):
        return clean_date(value, column)
    if isinstance(value, str):
        match = _DATE.match(value.strip())
        if match:
            year, month, day = (int(g) for g in match.groups())
            try:
                day_ = dt.date(year, month, day)
            except ValueError as exc:
                raise FieldError(column, f"不存在的日期：{value.strip()}") from exc
            return clean_date(day_, column)
    raise FieldError(
        column, f"不是日期：{shown(value)}（可写作 2020-04-01、2020/4/1 或 2020年4月1日）"
    )


def yes_no(value, column: str) -> bool:
    """是/否, Y/N, √, or empty (= 否)."""
    value = _plain(value, column)
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)) and value in (0, 1):
        return bool(value)
    word = str(value if value is not None else "").strip().lower()
    if word in _YES:
        return True
    if word in _NO:
        return False
    raise FieldError(column, f"应填 是 或 否：{shown(value)}")


def names(value, column: str) -> list[str]:
    """A list in one cell, separated by 、 , ， ; or ；; order kept, repeats dropped."""
    raw = text(value, column, 2000)
    return list(dict.fromkeys(p.strip() for p in _LIST_SPLIT.split(raw) if p.strip()))


def _decimal(value, column: str) -> Decimal:
    value = _plain(value, column)
    if isinstance(value, bool):
        raise FieldError(column, f"应为数字：{value}")
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            raise FieldError(column, f"应为数字：{value}")
        return Decimal(repr(value))
    raw = str(value if value is not None else "").strip().replace(",", "").replace("，", "")
    if not _NUMBER.match(raw):
        raise FieldError(column, f"应为数字：{shown(value)}")
    try:
        return Decimal(raw)
    except InvalidOperation as exc:  # pragma: no cover - the pattern admits only plain numbers
        raise FieldError(column, f"应为数字：{shown(value)}") from exc


def number_text(number: Decimal) -> str:
    """A number for a message: plain digits, or 1e+308 rather than 309 of them."""
    plain = f"{number:f}"
    return plain if len(plain) <= 20 else f"{number:.6g}"


# 万元 in one of the header's unit (亿元 by default; see columns.AMOUNT_UNITS).
WAN_PER_UNIT = {"亿元": Decimal(10_000), "万元": Decimal(1), "元": Decimal("0.0001")}
MAX_WAN = 100_000_000  # 1 万亿元: far beyond any project, so a unit mix-up is caught


def amount_wan(value, column: str, unit: str, required: bool = False) -> int | None:
    """An amount in the header's unit (亿元, 万元 or 元) as integer 万元; negatives and <1 万元 refused."""
    if is_blank(_plain(value, column)):
        if required:
            raise FieldError(column, "不能为空")
        return None
    number = _decimal(value, column)
    if number < 0:
        raise FieldError(column, f"不能为负数：{number_text(number)}")
    if number.adjusted() > 20:  # beyond any amount in any unit; spares exact arithmetic on 1e308
        raise FieldError(column, f"{number_text(number)} {unit} 超过 1 万亿元，请核对单位")
    with localcontext(
        prec=len(number.as_tuple().digits) + 8
    ):  # exact: 1.00000…01 亿元 stays inexact
        wan = number * WAN_PER_UNIT[unit]
    if wan != wan.to_integral_value():
        raise FieldError(column, f"{number_text(number)} {unit} 不是整万元（金额精确到 1 万元）")
    if wan > MAX_WAN:
        raise FieldError(column, f"{number_text(number)} {unit} 超过 1 万亿元，请核对单位")
    return int(wan)


def whole_number(value, column: str, minimum: int, maximum: int) -> int:
    """A whole number within bounds (年份, 季度, counts)."""
    if is_blank(_plain(value, column)):
        raise FieldError(column, "不能为空")
    number = _decimal(value, column)
    if number != number.to_integral_value():
        raise FieldError(column, f"应为整数：{shown(value)}")
    if not minimum <= number <= maximum:
        raise FieldError(column, f"应在 {minimum}–{maximum} 之间：{shown(value)}")
    return int(number)
