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
