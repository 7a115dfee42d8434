"""登录与权限: passwords only as salted scrypt, roles that limit what a user may change."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog

import ui.app as app_module
from models import Trip
from models.db.base import db
from models.db.database import close_database
from models.queries.audit import AuditFilter, audit_rows
from models.store.locks import submit_quarter, unlock_quarter
from models.store.settings import HOME_UNIT_KEY, set_setting
from models.store.users import (
    create_user,
    hash_password,
    login_required,
    require_login,
    sign_in,
    verify_password,
)
from models.validation import ValidationFailed
from tests.helpers import D, person, trip

pytestmark = pytest.mark.server  # run a second time on the PostgreSQL server


@pytest.mark.sqlite_only
def test_passwords_are_salted_slow_hashes_never_clear_text(database):
    first, second = hash_password("机密123456"), hash_password("机密123456")
    assert first != second and first.startswith("scrypt$16384$8$1$")
    assert verify_password("机密123456", first) and not verify_password("机密12345", first)
    create_user("王科长", "admin", "机密123456")
    close_database()
    assert "机密123456".encode() not in database.path.read_bytes()


def test_sign_in_names_the_user_in_every_change(database):
    create_user("王科长", "clerk", "abcdef1")
    with pytest.raises(ValidationFailed, match="用户名或密码不正确"):
        sign_in("王科长", "wrong-1")
    sign_in("王科长", "abcdef1")
    person("张三")
    assert audit_rows(AuditFilter(table="person"))[0].user == "王科长"


def test_read_only_user_cannot_change_anything(database):
    zhang = person("张三", ("deputy", D(2020, 1, 1)))
    create_user("查看", "viewer", "abcdef1")
    sign_in("查看", "abcdef1")
    with pytest.raises(ValidationFailed, match="只读"):
        trip([zhang], D(2020, 4, 1), D(2020, 4, 1))
    # Even a write that bypassed the models is refused by the connection itself.
    with pytest.raises(Exception, match=r"readonly|read-only|query_only"):
        db.execute_sql("DELETE FROM person")
    assert Trip.select().count() == 0


def test_clerk_cannot_unlock_a_submitted_quarter(database):
    create_user("录入", "clerk", "abcdef1")
    submit_quarter("全部", 2020, 1, {})
    sign_in("录入", "abcdef1")
    with pytest.raises(ValidationFailed, match="只有管理员"):
        unlock_quarter("全部", 2020, 1, "补录")


def test_login_needs_an_admin_and_then_asks_at_start_up(qtbot, database, monkeypatch):
    with pytest.raises(ValidationFailed, match="管理员"):
        require_login(True)
    create_user("王科长", "admin", "abcdef1")
    require_login(True)
    assert login_required()
    set_setting(HOME_UNIT_KEY, "襄州区")  # past the first-run dialog
    close_database()
    monkeypatch.setattr(app_module, "start_up_checks", lambda path: ("ok", None))

    def signs_in(dialog):
        dialog.user_edit.setText("王科长")
        dialog.password_edit.setText("abcdef1")
        dialog.try_sign_in()
        return dialog.result()

    from ui.login import LoginDialog

    monkeypatch.setattr(LoginDialog, "exec", signs_in)
    window = app_module.open_main_window(database.path, "1")
    qtbot.addWidget(window)
    assert "王科长" in window.windowTitle()
    monkeypatch.setattr(LoginDialog, "exec", lambda dialog: QDialog.Rejected)
    assert app_module.open_main_window(database.path, "1") is None


def test_command_line_runs_as_a_signed_in_user(tmp_path, monkeypatch, capsys):
    from main import main
    from models.db.database import open_database

    db_file = tmp_path / "z.db"
    open_database(db_file)
    create_user("王科长", "admin", "abcdef1")
    create_user("查看", "viewer", "abcdef1")
    require_login(True)
    close_database()
    assert main(["--db", str(db_file), "info"]) == 2
    assert "--user" in capsys.readouterr().err
    monkeypatch.setenv("ZHAOSHANG_PASSWORD", "wrong-1")
    assert main(["--db", str(db_file), "--user", "王科长", "info"]) == 2
    monkeypatch.setenv("ZHAOSHANG_PASSWORD", "abcdef1")
    assert main(["--db", str(db_file), "--user", "查看", "info"]) == 0
    assert main(["--db", str(db_file), "--user", "查看", "demo"]) != 0  # read-only: nothing written
    backup = tmp_path / "u"
    assert main(["--db", str(db_file), "--user", "王科长", "backup", "--to", str(backup)]) == 0
    [copy] = list(backup.glob("*.db"))
    assert main(["--db", str(db_file), "--user", "查看", "restore", str(copy)]) == 2
    assert "只有管理员" in capsys.readouterr().err
    assert main(["--db", str(db_file), "--user", "王科长", "restore", str(copy)]) == 0
