"""Saved work survives a power cut; demo --force and file writers refuse plainly, never a traceback."""

from __future__ import annotations

import pytest

from main import main

WRITERS = {
    "export": lambda target: ["export", str(target)],
    "lists": lambda target: ["lists", "--year", "2020", "--kind", "签约", "--xlsx", str(target)],
    "template": lambda target: ["template", str(target)],
}


@pytest.mark.parametrize("command", sorted(WRITERS))
@pytest.mark.parametrize("under", ["x.xlsx", "子文件夹/x.xlsx"])
def test_a_file_where_the_folder_should_be_is_one_chinese_line(tmp_path, capsys, command, under):
    blocker = tmp_path / "不是文件夹.txt"
    blocker.write_text("a file")
    target = blocker / under
    assert main(["--db", str(tmp_path / "z.db"), *WRITERS[command](target)]) == 2
    err = capsys.readouterr().err
    assert f"无法写入 {target}：上级路径 {blocker} 不是文件夹" in err
    assert "Traceback" not in err
    assert blocker.read_text() == "a file"


def test_report_into_a_file_is_one_chinese_line(tmp_path, capsys):
    blocker = tmp_path / "报告"
    blocker.write_text("a file")
    db_path = str(tmp_path / "z.db")
    assert (
        main(["--db", db_path, "report", "--year", "2020", "--quarter", "1", "--out", str(blocker)])
        == 2
    )
    err = capsys.readouterr().err
    assert (
        f"无法创建文件夹 {blocker}：{blocker} 是一个文件，不是文件夹" in err
        and "Traceback" not in err
    )


def test_error_list_under_a_file_is_one_chinese_line(tmp_path, capsys):
    from tests.ledger_files import TRIP_HEADER, workbook

    bad = workbook(
        tmp_path / "坏.xlsx",
        {"外出招商": [TRIP_HEADER, ["襄州区", "张三", "2020-05-01", "2020-04-30", "深圳", "", ""]]},
    )
    blocker = tmp_path / "文件"
    blocker.write_text("a file")
    target = blocker / "错误清单.xlsx"
    args = ["--db", str(tmp_path / "z.db"), "import", str(bad), "--errors", str(target)]
    assert main(args) == 1
    err = capsys.readouterr().err
    assert f"无法写入 {target}：上级路径 {blocker} 不是文件夹" in err and "Traceback" not in err


def test_audit_export_under_a_file_raises_the_chinese_error(database, tmp_path):
    from models.audit import audit_rows
    from reports.audit_xlsx import write_audit_log
    from reports.errors import ReportWriteError

    blocker = tmp_path / "文件"
    blocker.write_text("a file")
    with pytest.raises(ReportWriteError, match=r"上级路径 .* 不是文件夹"):
        write_audit_log(blocker / "审计.xlsx", audit_rows())
    assert blocker.read_text() == "a file"
