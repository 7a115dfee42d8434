"""Validation in one place: every save path (dialog, import, command line) checks records here.

A FieldError names the field in Chinese and says why; warnings are problems the user may confirm.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# Zero-width and bidi control characters: unseen, yet “襄阳\u200b华中公司” would be a second firm.
_INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff\u061c]")
FIRST_DAY = dt.date(1990, 1, 1)
LAST_DAY = dt.date(2100, 12, 31)


class ValidationFailed(ValueError):
    """A save refused because of errors (all of them, so the user can fix them in one go)."""

    def __init__(self, errors: list[FieldError]):
        super().__init__("；".join(str(e) for e in errors))
        self.errors = errors


class FieldError(ValidationFailed):
    """Bad input for one field: shown next to the field, nothing is saved."""

    def __init__(self, field_name: str, message: str):
        ValueError.__init__(self, f"{field_name}：{message}")
        self.field = field_name
        self.message = message
        self.errors = [self]


@dataclass
class Check:
    """The outcome of validating a record: errors refuse the save, warnings need a confirmation."""

    errors: list[FieldError] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors

    def error(self, field_name: str, message: str) -> None:
        self.errors.append(FieldError(field_name, message))

    def capture(self, fn, *args, **kwargs):
        """Run a field cleaner; its FieldError is recorded instead of raised."""
        try:
            return fn(*args, **kwargs)
        except FieldError as exc:
            self.errors.append(exc)
            return None

    def date(self, day: dt.date | None, field_name: str, required: bool = False) -> dt.date | None:
        """The date when within 1990–2100 (or absent and optional); otherwise None and the error
        recorded, so a caller compares only the dates it gets back."""
        return self.capture(clean_date, day, field_name, required)

    def raise_errors(self) -> None:
        if self.errors:
            raise ValidationFailed(self.errors)


def visible(value: str | None) -> str:
    """Text as it shows: zero-width and bidi control characters dropped, whitespace trimmed."""
    return _INVISIBLE.sub("", value or "").strip()


def clean_text(value: str | None, field_name: str, max_len: int, required: bool = False) -> str:
    """Visible, trimmed text without control characters, within max_len; empty refused when required."""
    text = visible(value)
    if required and not text:
        raise FieldError(field_name, "不能为空")
    if _CONTROL.search(text):
        raise FieldError(field_name, "含有不可见的控制字符")
    if len(text) > max_len:
        raise FieldError(field_name, f"不能超过 {max_len} 个字（当前 {len(text)} 个）")
    return text


def clean_choice(value: str | None, field_name: str, vocab: dict[str, str]) -> str:
    """A key of a vocabulary, given as key or Chinese name."""
    text = (value or "").strip()
    if text in vocab:
        return text
    for key, name in vocab.items():
        if name == text:
            return key
    if not text:
        raise FieldError(field_name, "请选择")
    raise FieldError(field_name, f"“{text}”不是可选的值（可选：{'、'.join(vocab.values())}）")


def clean_count(value, field_name: str, minimum: int = 0, maximum: int = 10_000) -> int:
    """A whole number within bounds."""
    try:
        number = int(str(value).strip())
    except (TypeError, ValueError) as exc:
        raise FieldError(field_name, f"应为整数：{value}") from exc
    if not minimum <= number <= maximum:
        raise FieldError(field_name, f"应在 {minimum}–{maximum} 之间")
    return number


def clean_date(day: dt.date | None, field_name: str, required: bool = False) -> dt.date | None:
    """A date within 1990–2100: 0020-04-01 is a slip for 2020, never a record of the year 20."""
    if day is None:
        if required:
            raise FieldError(field_name, "不能为空")
        return None
    if not FIRST_DAY <= day <= LAST_DAY:
        raise FieldError(
            field_name, f"{day.isoformat()} 不在 {FIRST_DAY.year}–{LAST_DAY.year} 年之间"
        )
    return day


def shown(value, limit: int = 30) -> str:
    """A value for an error message, cut short: a 309-digit number or a pasted page helps nobody."""
    text = str(value)
    return text if len(text) <= limit else f"{text[: limit - 10]}…（共 {len(text)} 个字符）"
