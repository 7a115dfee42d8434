"""名次: the one ruling on places, shared by the overall ranking, the 市直部门 ranking and 赛马榜.

Equal scores share a place, counted as 1 + the units strictly ahead (两个并列第一 leave no 第二);
from the bottom the same way (倒数第一 = nobody strictly behind).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

TIED = "并列"


@dataclass(frozen=True)
class Place:
    """A unit's place from the top and from the bottom, and whether another unit shares it."""

    rank: int  # 1 + units strictly ahead
    from_bottom: int  # 1 + units strictly behind: 1 is 倒数第一
    tied: bool

    @property
    def shown(self) -> str | int:
        """The 名次 cell: the number, or 'N（并列）' when shared."""
        return f"{self.rank}（{TIED}）" if self.tied else self.rank

    def to_json(self) -> dict:
        return {"rank": self.rank, "rank_from_bottom": self.from_bottom, "tied": self.tied}


def places(values: Sequence) -> list[Place]:
    """The place of each value (higher is better), in the order given."""
    counts = Counter(values)
    ahead: dict = {}
    seen = 0
    for value in sorted(counts, reverse=True):
        ahead[value] = seen
        seen += counts[value]
    total = len(values)
    return [Place(ahead[v] + 1, total - ahead[v] - counts[v] + 1, counts[v] > 1) for v in values]


def group_label(names: Sequence[str], most: int = 3) -> str:
    """Several units at one place: '甲、乙（并列）', or '甲、乙、丙等 5 个单位（并列）'."""
    if len(names) <= 1:
        return "".join(names)
    shown = "、".join(names[:most])
    more = f"等 {len(names)} 个单位" if len(names) > most else ""
    return f"{shown}{more}（{TIED}）"
