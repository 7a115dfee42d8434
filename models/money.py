"""Money is stored as integer 万元 and shown as 亿元 with 4 decimals (exact to 1 万元), never float."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation, localcontext

from models.validation import shown

WAN_PER_YI = 10_000
YI_PLACES = Decimal("0.0001")


def wan_to_yi(wan: int | None) -> Decimal | None:
    """万元 → 亿元, exact."""
    if wan is None:
        return None
    return (Decimal(wan) / WAN_PER_YI).quantize(YI_PLACES)


_PLAIN_NUMBER = re.compile(r"^-?\d+(\.\d+)?$")


def yi_to_wan(yi: Decimal | str | int) -> int:
    """亿元 → 万元; refuses amounts finer than 1 万元 rather than rounding them silently."""
    text = str(yi).strip()
    if not _PLAIN_NUMBER.match(text):
        raise ValueError(f"不是有效的金额：{shown(yi)}")
    try:
        with localcontext(prec=len(text) + 8):  # exact, however many digits were typed
            value = Decimal(text) * WAN_PER_YI
    except InvalidOperation as exc:
        raise ValueError(f"不是有效的金额：{shown(yi)}") from exc
    if value != value.to_integral_value():
        raise ValueError(f"金额精度超过 1 万元：{shown(yi)} 亿元")
    return int(value)


def format_yi(wan: int | None) -> str:
    """亿元 text for tables: 12.3456; empty for unknown."""
    yi = wan_to_yi(wan)
    return "" if yi is None else f"{yi:,.4f}"
