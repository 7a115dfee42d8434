"""Enterprise names compared as people mean them: width, brackets, spaces and legal suffixes ignored."""

from __future__ import annotations

import re
import unicodedata

from models.validation import visible

# Longest first, so 有限责任公司 is removed whole rather than leaving 有限责任.
_SUFFIXES = ("股份有限公司", "有限责任公司", "集团有限公司", "有限公司", "集团公司", "集团", "公司")
_BRACKETS = str.maketrans({"【": "(", "】": ")", "[": "(", "]": ")", "〔": "(", "〕": ")"})


def normalise_enterprise_name(name: str) -> str:
    """Key for duplicate detection: NFKC (full-width → half-width), brackets unified, no spaces,
    zero-width or bidi characters, no suffix."""
    text = unicodedata.normalize("NFKC", visible(name)).translate(_BRACKETS)
    text = re.sub(r"\s+", "", text).lower()
    for suffix in _SUFFIXES:
        if text.endswith(suffix):
            if len(text) > len(suffix):
                text = text[: -len(suffix)]
            break
    return text
