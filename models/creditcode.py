"""统一社会信用代码 (GB 32100-2015): shape errors refuse, a bad check character only warns."""

from __future__ import annotations

from dataclasses import dataclass

CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
LENGTH = 18


@dataclass(frozen=True)
class CodeCheck:
    """The normalised code, a refusing error, and a warning the user may override."""

    code: str
    error: str = ""
    warning: str = ""


def check_char(first17: str) -> str:
    """The 18th character for the first 17 (weights and modulus 31 of the standard)."""
    total = sum(CHARSET.index(ch) * w for ch, w in zip(first17, WEIGHTS, strict=True))
    return CHARSET[(31 - total % 31) % 31]


def check_credit_code(raw: str) -> CodeCheck:
    """Normalise (trim, upper-case) and check a code; empty is allowed (foreign firms have none)."""
    code = (raw or "").strip().upper()
    if not code:
        return CodeCheck(code="")
    if len(code) != LENGTH:
        return CodeCheck(code, error=f"统一社会信用代码应为 18 位，当前为 {len(code)} 位")
    bad = sorted({ch for ch in code if ch not in CHARSET})
    if bad:
        return CodeCheck(
            code, error=f"统一社会信用代码含有不允许的字符：{''.join(bad)}（不使用 I、O、S、V、Z）"
        )
    if not code[2:8].isdigit():
        return CodeCheck(code, error="统一社会信用代码第 3–8 位应为数字（行政区划代码）")
    expected = check_char(code[:17])
    if code[17] != expected:
        return CodeCheck(
            code,
            warning=f"统一社会信用代码校验位不符（应为 {expected}）。早期的代码可能如此，确认代码无误并保存吗？",
        )
    return CodeCheck(code)
