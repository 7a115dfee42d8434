"""The trips list: columns of TripRow records, each named by the key its list sorts by."""

from __future__ import annotations

from models.vocab import REGIONS
from ui.record_table import (
    Column,
    RecordTableModel,
    iso,
    ordinal,
)
from ui.vocab_text import label


def _region(row) -> str:
    name = label(REGIONS, row.region)
    return f"{name}（{row.country}）" if row.country else name


class TripTableModel(RecordTableModel):
    """Columns of the 外出招商 list."""

    COLUMNS = (
        Column("单位", lambda r: r.unit, key="unit"),
        Column("参加人员", lambda r: r.participants, tooltip=True, key="participants"),
        Column(
            "开始日期",
            lambda r: iso(r.start_date),
            lambda r: ordinal(r.start_date),
            key="start_date",
        ),
        Column(
            "结束日期", lambda r: iso(r.end_date), lambda r: ordinal(r.end_date), key="end_date"
        ),
        Column("天数", lambda r: str(r.days), lambda r: r.days, numeric=True, key="days"),
        Column("目的地", lambda r: r.dest_city, key="dest_city"),
        Column("区域", _region, key="region"),
        Column("事由", lambda r: r.purpose, tooltip=True, key="purpose"),
        Column("成效", lambda r: r.outcome, tooltip=True, key="outcome"),
    )
