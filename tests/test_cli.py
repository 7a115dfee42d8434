"""The command line: help, version, info, and clear one-line failures instead of tracebacks."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import main as entry
from main import main

ROOT = Path(__file__).resolve().parent.parent


def test_help_lists_the_commands(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["--help"])
    assert exit_info.value.code == 0
    out = capsys.readouterr().out
    for command in ("gui", "demo", "info", "--db"):
        assert command in out


def test_entry_point_runs_as_a_program(tmp_path):
    db = tmp_path / "x.db"
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--db", str(db), "--help"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert "demo" in result.stdout


def test_version_comes_from_setup_cfg(capsys):
    import configparser

    cfg = configparser.ConfigParser()
    cfg.read(ROOT / "setup.cfg", encoding="utf-8")
    with pytest.raises(SystemExit):
        main(["--version"])
    assert capsys.readouterr().out.strip() == f"zhaoshang {cfg['metadata']['version']}"


def test_info_prints_path_and_counts(db_path, capsys):
    assert main(["--db", str(db_path), "info"]) == 0
    out = capsys.readouterr().out
    assert str(db_path) in out and "外出招商：0" in out


def test_db_option_overrides_environment(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("ZHAOSHANG_DB", str(tmp_path / "env.db"))
    assert main(["info"]) == 0
    assert str(tmp_path / "env.db") in capsys.readouterr().out
    assert main(["--db", str(tmp_path / "arg.db"), "info"]) == 0
    assert str(tmp_path / "arg.db") in capsys.readouterr().out


def test_bad_database_file_is_one_clear_line(tmp_path, capsys):
    path = tmp_path / "台账.xlsx"
    path.write_bytes(b"PK\x03\x04 not a database")
    assert main(["--db", str(path), "info"]) == 2
    err = capsys.readouterr().err
    assert str(path) in err and "Traceback" not in err
    assert path.read_bytes() == b"PK\x03\x04 not a database"


def test_no_display_says_how_to_go_on(monkeypatch, tmp_path, capsys):
    monkeypatch.setattr(entry.sys, "platform", "linux")
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    assert main(["--db", str(tmp_path / "x.db")]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1
    assert "xvfb-run make run" in err and "zhaoshang --help" in err
    assert not (tmp_path / "x.db").exists()


def test_display_check_accepts_a_display_or_offscreen(monkeypatch):
    monkeypatch.setattr(entry.sys, "platform", "linux")
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.setenv("DISPLAY", ":99")
    assert entry.display_problem() is None
    monkeypatch.delenv("DISPLAY")
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    assert entry.display_problem() is None
    monkeypatch.setattr(entry.sys, "platform", "win32")
    monkeypatch.delenv("QT_QPA_PLATFORM")
    assert entry.display_problem() is None


def test_template_import_and_export_commands(tmp_path, capsys):
    from openpyxl import load_workbook

    from tests.ledger_files import TRIP_HEADER, workbook

    db = str(tmp_path / "z.db")
    template = tmp_path / "模板.xlsx"
    assert main(["--db", db, "template", str(template)]) == 0
    assert "外出招商" in load_workbook(template).sheetnames
    good = workbook(
        tmp_path / "台账.xlsx",
        {
            "外出招商": [
                TRIP_HEADER,
                ["襄州区", "张三", "2020-04-01", "2020-04-02", "深圳", "长三角", ""],
            ]
        },
    )
    assert main(["--db", db, "import", "--dry-run", str(good)]) == 0
    assert "外出招商：新增 1" in capsys.readouterr().out
    assert main(["--db", db, "import", str(good)]) == 0
    out = capsys.readouterr().out
    assert "导入前已备份数据库" in out and "导入完成" in out
    assert main(["--db", db, "import", str(good)]) == 0
    assert "外出招商：跳过（已存在） 1" in capsys.readouterr().out
    bad = workbook(
        tmp_path / "坏.xlsx",
        {
            "外出招商": [
                TRIP_HEADER,
                ["襄州区", "张三", "2020-05-01", "2020-04-30", "深圳", "长三角", ""],
            ]
        },
    )
    errors = tmp_path / "errors.xlsx"
    assert main(["--db", db, "import", str(bad), "--errors", str(errors)]) == 1
    assert "坏.xlsx 外出招商 第 2 行 “结束日期”列" in capsys.readouterr().err
    assert errors.exists()
    exported = tmp_path / "导出.xlsx"
    assert main(["--db", db, "export", "--unit", "襄州区", "--year", "2020", str(exported)]) == 0
    rows = list(load_workbook(exported)["外出招商"].values)
    assert rows[1][:5] == ("襄州区", "张三", rows[1][2], rows[1][3], "深圳")
    assert len(rows) == 2
