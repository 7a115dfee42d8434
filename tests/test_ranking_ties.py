"""The ranking rulings: tied units share a place, its reward or penalty and the word 并列; a unit
with 0 never stands on a podium; before the year is over every line is a 测算; 市直部门 are ranked
apart and the top five get 20万 each."""

from __future__ import annotations

import json

import openpyxl
import pytest
from pypdf import PdfReader

from main import main
from models.ledger.layout import import_files
from models.queries.scope import Scope
from models.store.projects import advance
from reports.files import write_report_files
from reports.ledger_file import read_ledger
from reports.quarter_report import build_report
from tests.helpers import D, contract, project
from tests.ledger_files import workbook

pytestmark = pytest.mark.server  # run a second time on the PostgreSQL server

COUNTIES = ("襄州区", "襄城区", "樊城区", "高新区", "东津新区", "鱼梁洲")
COUNTIES += ("枣阳市", "宜城市", "老河口市", "南漳县", "谷城县", "保康县")
FIRST, SECOND = "第一名奖励 500 万元", "第二名奖励 300 万元"
SECOND_LAST, LAST = "倒数第二名扣减 100 万元", "倒数第一名扣减 300 万元"
TOP_FIVE = "前五名奖励 20 万元"


def funds(project_id, day, amount):
    from models.store.contracts import FundsInput, add_funds

    add_funds(project_id, FundsInput(day, amount), today=D(2030, 1, 1))


def scored(unit: str, level: int) -> None:
    """A unit meeting `level` of the five scored indicators in 2020 Q1 (no last year: 24 points each)."""
    if level == 0:
        return
    emerging = "it" if level >= 2 else None
    p = project(f"{unit}项目", D(2020, 1, 5), "1", unit=unit, strategic_emerging=emerging)
    contract(p, "formal", D(2020, 2, 1), "1")
    if level >= 3:
        funds(p, D(2020, 3, 1), "0.5")
    if level >= 4:
        advance(p, "started", D(2020, 3, 2))
        advance(p, "started_in_db", D(2020, 3, 3))


def scores(levels: dict[str, int]) -> None:
    for unit, level in levels.items():
        scored(unit, level)


def by_unit(ranking) -> dict:
    return {s.unit: s for s in ranking}


# 襄州区 and 襄城区 tie first, six units tie third, four units tie last.
FOUR_TIED_LAST = dict(zip(COUNTIES, (2, 2, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0), strict=True))
# One first, two tied second, six in the middle, two tied second to last, one last.
TIED_SECOND = dict(zip(COUNTIES, (4, 3, 3, 2, 2, 2, 2, 2, 2, 1, 1, 0), strict=True))


def test_four_tied_last_are_all_fined_and_two_tied_first_both_rewarded(database):
    scores(FOUR_TIED_LAST)
    units = by_unit(build_report(Scope(2020, 4)).ranking)
    assert [units[u].rank for u in COUNTIES] == [1, 1, 3, 3, 3, 3, 3, 3, 9, 9, 9, 9]
    assert all(units[u].place.tied for u in COUNTIES)
    assert units["襄州区"].lines == units["襄城区"].lines == [FIRST]
    for unit in ("老河口市", "南漳县", "谷城县", "保康县"):
        assert units[unit].place.from_bottom == 1 and units[unit].lines == [LAST]
    # Two share the first place: nobody is second; four share the last: nobody is second to last.
    assert all(units[u].lines == [] for u in COUNTIES[2:8])
    assert sum(line == SECOND_LAST for s in units.values() for line in s.lines) == 0
    assert units["保康县"].reward == LAST  # the year is over: a decision, not a 测算


def test_tied_second_and_tied_second_to_last_share_their_lines(database):
    scores(TIED_SECOND)
    units = by_unit(build_report(Scope(2020, 4)).ranking)
    assert [units[u].rank for u in COUNTIES] == [1, 2, 2, 4, 4, 4, 4, 4, 4, 10, 10, 12]
    assert units["襄州区"].lines == [FIRST] and not units["襄州区"].place.tied
    assert units["襄城区"].lines == units["樊城区"].lines == [SECOND]
    assert units["南漳县"].lines == units["谷城县"].lines == [SECOND_LAST]
    assert units["南漳县"].place.from_bottom == 2
    assert units["保康县"].lines == [LAST]
    assert all(units[u].lines == [] for u in COUNTIES[3:9])


def test_a_unit_with_nothing_is_never_on_a_podium(database):
    scored("襄州区", 1)
    report = build_report(Scope(2020, 1))
    units = by_unit(report.ranking)
    # Eleven units share the second place with 0: none of them is rewarded as 第二名.
    assert all(units[u].rank == 2 for u in COUNTIES[1:])
    assert all(SECOND not in units[u].lines for u in COUNTIES[1:])
    from reports import report_tables as rt

    row = next(r for r in rt.race_summary_rows(report) if r[0] == "工业项目正式合同金额")
    assert row[2].startswith("襄州区 ") and row[3] == "" and row[4] == ""
    assert row[5].startswith("襄城区、樊城区、高新区等 11 个单位（并列） ")


def test_everyone_on_one_score_gets_no_line(database):
    report = build_report(Scope(2020, 1))
    assert {s.rank for s in report.ranking} == {1}
    assert all(s.lines == [] for s in report.ranking)


def test_tied_places_print_as_并列_with_estimates_before_the_year_is_over(database, tmp_path):
    scores(FOUR_TIED_LAST)
    pdf, xlsx = write_report_files(build_report(Scope(2020, 1)), tmp_path)
    text = "".join(p.extract_text() for p in PdfReader(pdf).pages)
    compact = text.replace("\n", "").replace(" ", "")
    assert "1（并列）襄州区" in compact and "9（并列）保康县" in compact
    assert "襄州区第一名奖励500万元（测算）" in compact
    assert "保康县倒数第一名扣减300万元（测算）" in compact
    assert "襄州区、襄城区（并列）1" in compact  # 赛马榜: new strategic emerging projects
    book = openpyxl.load_workbook(xlsx)
    rows = {r[1]: r for r in book["分单位完成情况"].iter_rows(min_row=3, values_only=True)}
    assert rows["襄城区"][0] == "1（并列）" and rows["襄城区"][-1] == f"{FIRST}（测算）"
    assert rows["南漳县"][0] == "9（并列）" and rows["南漳县"][-1] == f"{LAST}（测算）"
    race = [r for r in book["赛马榜"].iter_rows(min_row=3, values_only=True) if r[2] == "保康县"]
    assert race and all(r[1].endswith("（并列）") for r in race)


def test_a_finished_year_prints_decisions_and_an_unfinished_q4_estimates(database, tmp_path):
    scores(FOUR_TIED_LAST)
    pdf, xlsx = write_report_files(build_report(Scope(2020, 4)), tmp_path)
    compact = "".join(p.extract_text() for p in PdfReader(pdf).pages).replace("\n", "")
    compact = compact.replace(" ", "")
    assert "襄州区第一名奖励500万元" in compact and "测算" not in compact
    rows = {
        r[1]: r
        for r in openpyxl.load_workbook(xlsx)["分单位完成情况"].iter_rows(
            min_row=3, values_only=True
        )
    }
    assert rows["襄州区"][-1] == FIRST
    # A Q4 report counted to 12-06 is still an estimate.
    early = build_report(Scope(2020, 4, as_of=D(2020, 12, 6)))
    assert by_unit(early.ranking)["襄州区"].reward == f"{FIRST}（测算）"


def departments(tmp_path, names: list[str]) -> None:
    """City departments registered the way a ledger brings them in (the 单位 sheet)."""
    path = workbook(
        tmp_path / "单位.xlsx", {"单位": [["单位名称", "类别"], *[[n, "市直部门"] for n in names]]}
    )
    assert import_files([read_ledger(path)], commit=True).committed


DEPARTMENTS = [
    "市发改委",
    "市经信局",
    "市商务局",
    "市科技局",
    "市农业局",
    "市文旅局",
    "市住建局",
    "市自然资源局",
]


def indicators_json(database, capsys, quarter: int) -> dict:
    args = ["--db", str(database.path), "indicators", "--year", "2020", "--quarter", str(quarter)]
    assert main([*args, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_department_top_five_get_20万_each_in_the_json(database, tmp_path, capsys):
    departments(tmp_path, DEPARTMENTS)
    scores(dict(zip(DEPARTMENTS, (4, 3, 3, 2, 1, 1, 0, 0), strict=True)))
    scored("襄州区", 4)
    data = indicators_json(database, capsys, 4)
    ranked = {d["unit"]: d for d in data["department_ranking"]}
    assert set(ranked) == set(DEPARTMENTS)  # ranked apart ...
    assert not set(DEPARTMENTS) & {d["unit"] for d in data["ranking"]}  # ... and not with counties
    assert len(data["ranking"]) == 12
    # 市科技局 is fourth; 市农业局 and 市文旅局 share the fifth place: six departments get 20万.
    winners = [d["unit"] for d in data["department_ranking"] if d["reward"] == TOP_FIVE]
    assert winners == DEPARTMENTS[:6]  # tied units in the units' own order
    assert [ranked[u]["rank"] for u in DEPARTMENTS] == [1, 2, 2, 4, 5, 5, 7, 7]
    assert ranked["市农业局"]["tied"] and ranked["市住建局"]["reward"] == ""
    assert data["ranking"][0]["unit"] == "襄州区" and data["ranking"][0]["reward"] == FIRST


def test_a_department_with_nothing_is_never_rewarded(database, tmp_path, capsys):
    departments(tmp_path, DEPARTMENTS[:4])
    scored("市发改委", 2)
    data = indicators_json(database, capsys, 2)
    ranked = {d["unit"]: d for d in data["department_ranking"]}
    assert ranked["市发改委"]["reward"] == f"{TOP_FIVE}（测算）" and ranked["市发改委"]["estimate"]
    # The other three share the second place, inside the top five, but with 0 they get nothing.
    assert all(ranked[u]["rank"] == 2 and ranked[u]["reward"] == "" for u in DEPARTMENTS[1:4])


def test_the_city_report_prints_the_department_ranking(database, tmp_path):
    departments(tmp_path, DEPARTMENTS[:3])
    scores({"市发改委": 2, "市经信局": 2, "市商务局": 1})
    pdf, xlsx = write_report_files(build_report(Scope(2020, 1)), tmp_path / "out")
    compact = "".join(p.extract_text() for p in PdfReader(pdf).pages).replace("\n", "")
    compact = compact.replace(" ", "")
    assert "市直部门排名" in compact and "1（并列）市发改委" in compact
    assert "市经信局前五名奖励20万元（测算）" in compact
    rows = {
        r[1]: r
        for r in openpyxl.load_workbook(xlsx)["市直部门排名"].iter_rows(min_row=3, values_only=True)
    }
    assert rows["市经信局"][0] == "1（并列）" and rows["市商务局"][-1] == f"{TOP_FIVE}（测算）"


@pytest.mark.parametrize("quarter", [1, 2, 3])
def test_every_quarter_before_the_last_is_an_estimate(database, quarter):
    scores(TIED_SECOND)
    units = by_unit(build_report(Scope(2020, quarter)).ranking)
    assert units["保康县"].estimate and units["保康县"].reward == f"{LAST}（测算）"
