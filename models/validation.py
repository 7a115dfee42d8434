"""Validation in one place: every save path (dialog, import, command line) checks records here.

A FieldError names the field in Chinese and says why; warnings are problems the user may confirm.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


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

    def raise_errors(self) -> None:
        if self.errors:
            raise ValidationFailed(self.errors)


def clean_text(value: str | None, field_name: str, max_len: int, required: bool = False) -> str:
    """Trimmed text without control characters, within max_len; empty refused when required."""
    text = (value or "").strip()
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
