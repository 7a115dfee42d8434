"""The dispatch report's typesetting, read back from the PDF as a reader sees it (pypdf lines)."""

from __future__ import annotations

import datetime as dt
import itertools
import re

import pytest
from pypdf import PdfReader

from models.queries.scope import Scope
from reports.files import write_report_files
from reports.linebreak import line_texts
from reports.pdf_style import BODY_SIZE, CHAR_SPACE, TEXT_WIDTH, TITLE_SIZE, faces, styles
from reports.pdf_title import title_lines
from reports.quarter_report import build_report, report_title
from reports.report_tables import chinese_date
from tests.helpers import unit_id

CLOSING = "，。、；：？！）》」%"
OPENING = "（《「"
pytestmark = pytest.mark.server  # run a second time on the PostgreSQL server

DEMO_UNITS = ["襄州区", "襄城区", "樊城区", "高新区", "东津新区", "鱼梁洲", "枣阳市", "宜城市"]
DEMO_UNITS += ["老河口市", "南漳县", "谷城县", "保康县", "市发改委", "市经信局", "市商务局"]


def _pages(pdf) -> list[list[str]]:
    return [
        [line.strip() for line in page.extract_text().splitlines() if line.strip()]
        for page in PdfReader(pdf).pages
    ]


@pytest.fixture
def unit_pdf(demo_db, tmp_path):
    pdf, _xlsx = write_report_files(build_report(Scope(2020, 2, unit_id("襄州区"))), tmp_path)
    return pdf


@pytest.fixture
def city_pdf(demo_db, tmp_path):
    scope = Scope(2020, 4, None, as_of=dt.date(2020, 12, 6))
    pdf, _xlsx = write_report_files(build_report(scope), tmp_path)
    return pdf


@pytest.fixture
def year_pdf(demo_db, tmp_path):
    """The city's report on a finished year: time progress 100%."""
    pdf, _xlsx = write_report_files(build_report(Scope(2020, 4, None)), tmp_path)
    return pdf


def test_no_line_begins_with_closing_punctuation_or_ends_with_an_opening_bracket(
    unit_pdf, city_pdf
):
    for pdf in (unit_pdf, city_pdf):
        lines = [line for page in _pages(pdf) for line in page]
        assert len(lines) > 100
        assert [x for x in lines if x[0] in CLOSING] == []
        assert [x for x in lines if x[-1] in OPENING] == []


def test_no_number_is_split_from_its_unit_or_percent(unit_pdf, city_pdf, year_pdf):
    for pdf in (unit_pdf, city_pdf, year_pdf):
        for page in _pages(pdf):
            for line, following in itertools.pairwise(page):
                if re.search(r"\d$", line):
                    split = re.match(r"\s*(%|亿元|万元|倍|个[，。、；）]|天\s)", following)
                    assert not split, (line, following)
                assert not (line.endswith("亿") and following.startswith("元")), (line, following)


def test_no_figure_prints_more_than_two_decimals(unit_pdf, city_pdf, year_pdf):
    """亿元 with two decimals, percentages with one: 36.7000 never reaches the paper."""
    for pdf in (unit_pdf, city_pdf, year_pdf):
        text = "\n".join("\n".join(page) for page in _pages(pdf))
        assert re.search(r"\d\.\d{3,}", text) is None
        assert re.search(r"\d\.\d\d ?亿元", text)  # the money is there, with two decimals


def test_body_text_runs_28_characters_to_the_line(unit_pdf):
    text = "招" * 60
    s = styles()["body"]
    lines = line_texts(text, s.fontName, BODY_SIZE, TEXT_WIDTH, CHAR_SPACE)
    assert [len(x) for x in lines] == [28, 28, 4]


def test_line_breaking_keeps_numbers_units_and_punctuation_together():
    font = faces()["body"]
    width = 10 * 16 + 2  # ten characters of 3号
    assert line_texts("一二三四五六七八九8.0%，", font, 16, width)[-1] == "8.0%，"
    lines = line_texts("一二三四五六七八九36.70 亿元。", font, 16, width)
    assert lines[-1] == "36.70 亿元。"
    lines = line_texts("一二三四五六七八九（并列）", font, 16, width)
    assert lines[0] == "一二三四五六七八九" and lines[1] == "（并列）"
    lines = line_texts("一二三四五六七八九十，下一行", font, 16, width)
    assert not lines[1].startswith("，")


@pytest.mark.parametrize("unit", [*DEMO_UNITS, None])
@pytest.mark.parametrize("as_of", [None, dt.date(2020, 12, 6)])
def test_each_title_is_whole_or_broken_with_no_single_character_line(unit, as_of):
    title = report_title(unit, 2020, 4, as_of)
    lines = title_lines(title, unit or "全市", faces()["title"], TITLE_SIZE, TEXT_WIDTH)
    assert "".join(lines).replace(" ", "") == title.replace(" ", "")
    assert all(len(line) >= 2 for line in lines)
    if len(lines) > 1:  # broken where the title's parts meet
        assert any(line.startswith(("招商引资", "（", "第", "工作", "调度")) for line in lines[1:])


def test_the_unit_title_breaks_before_the_report_name(unit_pdf):
    first = _pages(unit_pdf)[0]
    at = first.index("襄州区2020年第二季度")
    assert first[at + 1] == "招商引资工作调度报告"


def test_every_page_carries_its_number(unit_pdf, city_pdf):
    for pdf in (unit_pdf, city_pdf):
        pages = _pages(pdf)
        assert len(pages) >= 3
        for n, page in enumerate(pages, start=1):
            assert f"— {n} —" in page, (n, page[-3:])


def test_the_report_ends_with_the_issuer_and_date_not_a_generated_note(unit_pdf, city_pdf):
    today = chinese_date(dt.date.today())
    for pdf, issuer in ((unit_pdf, "襄州区"), (city_pdf, "市招商局")):
        lines = [line for page in _pages(pdf) for line in page]
        assert "生成" not in "".join(lines)
        at = lines.index(today)
        assert lines[at - 1] == issuer


def test_list_dates_say_which_date_they_are(unit_pdf):
    text = "".join("".join(page) for page in _pages(unit_pdf))
    assert "签约日期" in text
    assert "二、外出招商情况" in text and "（一）外出招商达标情况（按月）" in text
