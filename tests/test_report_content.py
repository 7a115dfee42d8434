"""What the 调度会 reads beyond the indicators: overdue land by name, 招商活动, meetings, standing,
drafted texts, the 签约清单's marks and a period not yet over — in the PDF (pypdf) and the Excel."""

from __future__ import annotations

import openpyxl
import pytest
from pypdf import PdfReader

from models.queries.scope import Scope
from models.store.ledgers import EventInput, MeetingInput, save_event, save_meeting
from models.store.report_notes import save_report_note
from reports.files import write_report_files
from reports.quarter_report import build_report
from tests.helpers import D, contract, person, project, trip, unit_id

pytestmark = pytest.mark.server  # run a second time on the PostgreSQL server


def _files(report, tmp_path):
    """The PDF's text without line breaks or spaces, and the workbook."""
    pdf, xlsx = write_report_files(report, tmp_path)
    text = "".join(p.extract_text() for p in PdfReader(pdf).pages)
    return text.replace("\n", "").replace(" ", ""), openpyxl.load_workbook(xlsx)


def _rows(book, sheet: str) -> list[tuple]:
    return list(book[sheet].iter_rows(min_row=3, values_only=True))


@pytest.fixture
def late_land(database):
    """襄州区: a project needing land, formally signed 2019-08-31, still without land (due 02-29)."""
    p = project("汉江逾期供地项目", D(2019, 8, 1), "3", needs_land=True)
    contract(p, "formal", D(2019, 8, 31), "3")
    return database


def test_overdue_projects_are_named_with_dates_and_days(late_land, tmp_path):
    report = build_report(Scope(2020, 2, unit_id()))
    (case,) = report.overdue_land
    assert (case.project, case.signed, case.due, case.land) == (
        "汉江逾期供地项目",
        D(2019, 8, 31),
        D(2020, 2, 29),
        None,
    )
    assert case.days == 122  # 2020-02-29 to the quarter's end, 06-30
    text, book = _files(report, tmp_path)
    assert "逾期未取得土地使用权的项目（1个）" in text
    assert "汉江逾期供地项目2019-08-312020-02-29未取得122" in text
    (row,) = [r for r in _rows(book, "逾期未供地项目") if isinstance(r[0], int)]  # not the note
    assert row[1:3] == ("汉江逾期供地项目", "襄州区") and row[5:] == (None, 122)
    assert row[3].date() == D(2019, 8, 31) and row[4].date() == D(2020, 2, 29)
    # The summary sheet keeps its own columns: no project squeezed under them.
    assert all(not str(r[0]).startswith("逾期项目") for r in _rows(book, "土地与要素保障"))
    data = report.to_json()
    assert data["overdue_land"][0]["days_overdue"] == 122


@pytest.fixture
def events_and_meetings(database):
    """2020 events: two city-wide in 粤港澳, one in 长三角, 襄州区's own in 京津冀 (and one of 2019);
    meetings: 襄州区 a 调度会 and a 专班 meeting in Q2; 襄城区 begins with a trip in May."""
    for name, day, region, unit in (
        ("深圳推介会", D(2020, 3, 10), "gba", None),
        ("广州推介会", D(2020, 5, 10), "gba", None),
        ("上海推介会", D(2020, 4, 11), "yrd", None),
        ("襄州区北京专题招商", D(2020, 6, 2), "jjj", unit_id()),
        ("去年深圳推介会", D(2019, 6, 1), "gba", None),
    ):
        save_event(EventInput(name, day, day, "themed", unit, region))
    save_meeting(MeetingInput(unit_id(), D(2020, 5, 6)), today=D(2030, 1, 1))
    save_meeting(
        MeetingInput(unit_id(), D(2020, 6, 8), "task_force", "新能源汽车专班"),
        today=D(2030, 1, 1),
    )
    project("襄州区去年项目", D(2019, 11, 1))
    staff = person("李四", ("staff", D(2020, 1, 1)), unit="襄城区")
    trip([staff], D(2020, 5, 11), D(2020, 5, 12), unit="襄城区")
    return database


def test_events_by_region_against_the_plan(events_and_meetings, tmp_path):
    report = build_report(Scope(2020, 2))
    regions = {r.region: (r.held, r.target, r.status_name) for r in report.events.regions}
    assert regions["粤港澳大湾区"] == (2, 2, "已完成")
    assert regions["长三角"] == (1, 2, "超进度")  # half of the year's 2 by mid-year
    assert regions["京津冀"] == (1, 2, "超进度")
    assert regions["合计"] == (4, 15, "欠进度")
    text, book = _files(report, tmp_path)
    assert "招商活动" in text and "本年已举办境内外专题招商活动4批次（全年目标15批次以上）" in text
    assert "粤港澳大湾区22已完成" in text and "合计415欠进度" in text
    assert ("合计", 4, 15, "欠进度") in _rows(book, "招商活动")
    assert len(_rows(book, "招商活动清单")) == 4
    own = build_report(Scope(2020, 2, unit_id())).events
    assert [(r.region, r.held, r.target) for r in own.regions][-2:] == [
        ("京津冀", 1, None),
        ("合计", 1, None),
    ]
    assert [e[1] for e in own.held] == ["襄州区北京专题招商"]


def test_meetings_have_their_own_section_counted_from_the_first_record(
    events_and_meetings, tmp_path
):
    report = build_report(Scope(2020, 2))
    rows = {m.unit: (m.dispatch, m.task_force, m.missing) for m in report.meeting_rows}
    assert rows["襄州区"] == (1, 1, [1])  # on record since 2019: Q1 went without
    assert rows["襄城区"] == (0, 0, [2])  # first record in May: Q1 is not asked of it
    assert rows["樊城区"] == (0, 0, [])  # nothing recorded yet
    text, book = _files(report, tmp_path)
    assert "会议调度" in text
    assert (
        "本季度召开调度会1次、产业专班会议1次。本年未召开调度会：襄州区（第1季度）；襄城区（第2季度）。"
        in text
    )
    assert ("襄州区", 1, 1, "第1季度") in _rows(book, "会议调度")
    assert report.to_json()["meeting_rows"][0]["quarters_without_dispatch"] == [1]


@pytest.fixture
def mid_year(database):
    """襄州区 at mid-year: 1 foreign project of 2 (past half), no major project of 1."""
    p = project("外资项目", D(2020, 1, 10), "3", foreign_funded=True)
    contract(p, "formal", D(2020, 4, 1), "3")
    return database


def test_double_half_at_mid_year(mid_year, tmp_path):
    report = build_report(Scope(2020, 2, unit_id()))
    halves = {h.name: (h.done, h.target, h.past) for h in report.halfway}
    assert halves["引进外资项目"] == (1, 2, True)
    assert halves["重大产业项目"] == (0, 1, False)
    text, book = _files(report, tmp_path)
    assert "“双过半”完成情况" in text and "未实现“双过半”" in text
    assert ("引进外资项目", "个", 1, 2, 0.5, "过半") in _rows(book, "双过半")
    assert build_report(Scope(2020, 3, unit_id())).halfway == []


def test_a_units_place_among_the_units(demo_db, tmp_path):
    city = build_report(Scope(2020, 2))
    report = build_report(Scope(2020, 2, unit_id()))
    mine = next(s for s in city.ranking if s.unit == "襄州区")
    assert report.standing.overall == mine.place
    text, book = _files(report, tmp_path)
    assert f"综合得分全市第{mine.place.rank}名（共12个单位）" in text
    places = {r[0]: r[3] for r in _rows(book, "单项排名")}
    for key, race in city.races.items():
        row = next(r for r in race if r.unit == "襄州区")
        tied = "（并列）" if row.place.tied else ""
        assert places[city.indicators[key].name] == f"全市第 {row.rank} 名{tied}"
    assert any(p.endswith("（并列）") for p in places.values())
    city_text, _book = _files(city, tmp_path / "city")
    assert "市直部门排名" in city_text


def test_problems_drafted_when_none_saved_and_the_saved_text_when_saved(late_land, tmp_path):
    report = build_report(Scope(2020, 2, unit_id()))
    assert report.problems_text == "" and "汉江逾期供地项目" in report.problems_draft
    text, book = _files(report, tmp_path)
    assert "未填写" not in text
    assert "项目供地滞后：1个项目签约后6个月内未取得土地使用权（汉江逾期供地项目）" in text
    notes = dict(r[:2] for r in _rows(book, "存在问题与下步工作"))
    assert notes["存在问题"] == report.problems_draft and notes["下步工作"]
    save_report_note("襄州区", 2020, 2, "用地指标紧张", "加大长三角招商力度")
    saved = build_report(Scope(2020, 2, unit_id()))
    text, _book = _files(saved, tmp_path / "saved")
    assert "用地指标紧张" in text and "加大长三角招商力度" in text
    assert "项目供地滞后" not in text


def test_the_signed_list_marks_what_the_indicators_count(demo_db, tmp_path):
    report = build_report(Scope(2020, 2))
    text, book = _files(report, tmp_path)
    sheet = book["本季度签约项目"]
    headers = [c.value for c in sheet[2]]
    assert headers[-3:] == ["战新", "外资", "500强/上市"]
    rows = _rows(book, "本季度签约项目")
    ind = report.indicators
    assert sum(r[-3] == "是" for r in rows) == ind["strategic_emerging_projects"].quarter
    assert sum(r[-2] == "是" for r in rows) == ind["foreign_projects"].quarter
    assert len({r[3] for r in rows if r[-1] == "是"}) == ind["top500_listed_enterprises"].quarter
    assert ind["strategic_emerging_projects"].quarter and ind["foreign_projects"].quarter
    assert "500强/上市" in text


def test_a_period_not_yet_over_says_so_in_chinese(demo_db, tmp_path):
    report = build_report(Scope(2020, 4, as_of=D(2020, 12, 6)))
    assert report.title.endswith("（截至 12月6日）")
    text, book = _files(report, tmp_path)
    assert "调度报告（截至12月6日）" in text and "12-06" not in text.split("一、")[0]
    assert "0/7天未达标" not in text and "进行中" in text
    december = [r[8] for r in _rows(book, "外出招商") if r[3] == "12月"]
    assert december and "未达标" not in december and "进行中" in december
