"""口径: one Scope value decides the periods every section of a report counts."""

from __future__ import annotations

import datetime as dt

import pytest

from models import Unit
from models.queries.scope import Scope
from reports.indicators import build_indicators
from reports.quarter_report import build_report

pytestmark = pytest.mark.server  # run a second time on the PostgreSQL server

D = dt.date


def test_a_finished_quarter_counts_whole_and_an_open_one_stops_at_its_day():
    done = Scope(2020, 2, as_of=D(2021, 1, 5))
    assert (done.span.start, done.span.end) == (D(2020, 4, 1), D(2020, 6, 30))
    assert (done.ytd.start, done.ytd.end) == (D(2020, 1, 1), D(2020, 6, 30))
    assert not done.seen.open
    open_ = Scope(2020, 2, as_of=D(2020, 5, 10))
    assert (open_.span.start, open_.span.end) == (D(2020, 4, 1), D(2020, 5, 10))
    assert (open_.last_ytd.start, open_.last_ytd.end) == (D(2019, 1, 1), D(2019, 5, 10))
    assert open_.seen.open and open_.of_unit(3).ytd == open_.ytd


def test_a_report_made_mid_quarter_ranks_what_its_indicators_count(demo_db):
    """The 赛马榜 and the ranking count the same days as the indicator table (they used to count
    the whole quarter while the table stopped at the report's day)."""
    scope = Scope(2020, 2, as_of=D(2020, 5, 10))
    report = build_report(scope)
    ids = {u.name: u.id for u in Unit.select()}
    whole_quarter = build_report(Scope(2020, 2, as_of=D(2020, 7, 1)))
    differs = False
    for key in ("contract_amount", "funds_in_place", "key_enterprises_visited"):
        whole = {r.unit: r.value for r in whole_quarter.races[key]}
        for row in report.races[key]:
            assert row.value == build_indicators(scope.of_unit(ids[row.unit]))[key].ytd, row
            differs |= row.value != whole[row.unit]
    assert differs  # the demo has records after 10 May, so the day matters
    assert report.title.count("截至") == 1
