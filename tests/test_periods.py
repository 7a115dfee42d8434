import datetime as dt
from fractions import Fraction

import pytest

from models.queries.periods import month, quarter, quarter_of, time_progress, year_to_date


def test_quarter_and_year_to_date_bounds():
    assert quarter(2020, 2).start == dt.date(2020, 4, 1)
    assert quarter(2020, 2).end == dt.date(2020, 6, 30)
    assert year_to_date(2020, 3).start == dt.date(2020, 1, 1)
    assert year_to_date(2020, 3).end == dt.date(2020, 9, 30)
    assert month(2020, 2).days == 29
    assert month(2019, 2).days == 28


def test_same_period_last_year_handles_leap_day():
    ytd = month(2020, 2).same_period_last_year()
    assert (ytd.start, ytd.end) == (dt.date(2019, 2, 1), dt.date(2019, 2, 28))


@pytest.mark.parametrize("q,expected", [(1, Fraction(1, 4)), (2, Fraction(1, 2)), (4, Fraction(1))])
def test_time_progress_is_quarter_over_four(q, expected):
    assert time_progress(q) == expected


def test_quarter_of_and_bad_quarter():
    assert [quarter_of(dt.date(2020, m, 1)) for m in (1, 3, 4, 12)] == [1, 1, 2, 4]
    with pytest.raises(ValueError, match="季度"):
        quarter(2020, 5)
