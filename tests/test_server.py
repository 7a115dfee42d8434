"""The shared city server: how a PostgreSQL URL is read, shown and refused.

The URL parsing runs everywhere; the rest needs the test server (make test's second run)."""

from __future__ import annotations

import pytest

from main import main
from models import Trip
from models.db.database import DatabaseOpenError, open_database
from models.db.location import as_target, is_server, server_params, shown
from models.store.users import create_user, require_login, sign_in
from tests.helpers import D, person, trip

pytestmark = pytest.mark.server  # run a second time on the PostgreSQL server

URL = "postgresql://zhaoshang:mi%40ma@10.0.0.5:5433/city?sslmode=require"


def test_a_url_is_a_server_and_a_path_is_a_file(tmp_path):
    assert is_server(as_target(URL)) and as_target(URL) == URL
    assert as_target(str(tmp_path / "a.db")) == tmp_path / "a.db"
    assert not is_server(tmp_path / "postgresql:" / "x.db")


def test_the_password_is_never_shown():
    assert shown(URL) == "postgresql://zhaoshang@10.0.0.5:5433/city"
    name, params = server_params(URL)
    assert name == "city" and params["password"] == "mi@ma" and params["port"] == 5433
    assert params["sslmode"] == "require"


def test_a_url_without_a_database_name_is_refused_in_chinese():
    with pytest.raises(DatabaseOpenError, match="缺少数据库名"):
        open_database("postgresql://zhaoshang@127.0.0.1:5432/")


def test_an_unreachable_server_is_a_clear_message_without_the_password():
    with pytest.raises(DatabaseOpenError, match="无法连接数据库服务器") as caught:
        open_database("postgresql://zhaoshang:secret@127.0.0.1:1/city", timeout=1)
    assert "secret" not in str(caught.value)


@pytest.fixture
def server_only(engine):
    if engine != "postgresql":
        pytest.skip("needs the PostgreSQL test server (make test runs it)")


def test_a_server_database_of_another_program_is_left_alone(server_only, server):
    url = server.fresh()
    import psycopg

    with psycopg.connect(url, autocommit=True) as con:
        con.execute("CREATE TABLE orders (id serial primary key)")
    with pytest.raises(DatabaseOpenError, match="其他程序的表"):
        open_database(url)
    with psycopg.connect(url) as con:
        tables = {
            r[0] for r in con.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
        }
    assert tables == {"orders"}


def test_a_read_only_user_cannot_write_on_the_server(server_only, database):
    leader = person("张三", ("principal", D(2020, 1, 1)))
    create_user("管理员", "admin", "abcdef1")
    create_user("查看", "viewer", "abcdef1")
    require_login(True)
    sign_in("查看", "abcdef1")
    from models.db.base import db

    with pytest.raises(Exception, match="read-only"):  # the server itself refuses
        db.execute_sql("UPDATE trip SET purpose = 'x'")
    assert Trip.select().count() == 0 and leader


def test_commands_run_on_the_server_and_backups_are_left_to_pg_dump(server_only, database, capsys):
    leader = person("张三", ("principal", D(2020, 1, 1)))
    trip([leader], D(2020, 3, 2), D(2020, 3, 4))
    url = str(database.path)
    assert main(["--db", url, "compliance", "--year", "2020", "--month", "3", "--json"]) == 0
    assert '"days": 3' in capsys.readouterr().out.replace(" ", " ")
    assert main(["--db", url, "backup"]) == 2
    assert "pg_dump" in capsys.readouterr().err


def test_the_database_tab_saves_a_server_without_its_password_unless_asked(
    qtbot, tmp_path, monkeypatch
):
    from PySide6.QtWidgets import QMessageBox

    from ui.app import saved_target
    from ui.database_panel import DatabasePanel

    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: told.append(a[2]))
    panel = DatabasePanel(tmp_path / "county.db")
    qtbot.addWidget(panel)
    assert panel.file_radio.isChecked() and not panel.host_edit.isEnabled()
    panel.server_radio.setChecked(True)
    panel.save()
    assert "服务器地址" in panel.result_label.text() and saved_target() is None
    panel.host_edit.setText("10.0.0.5")
    panel.user_edit.setText("wang")
    panel.password_edit.setText("p@ss")
    panel.save()
    assert saved_target() == "postgresql://wang@10.0.0.5:5432/zhaoshang"
    assert "p@ss" not in told[-1]
    panel.remember_box.setChecked(True)
    panel.save()
    assert saved_target() == "postgresql://wang:p%40ss@10.0.0.5:5432/zhaoshang"
    assert server_params(saved_target())[1]["password"] == "p@ss"


def test_the_database_tab_tests_a_server_connection(server_only, qtbot, server, tmp_path):
    from urllib.parse import urlsplit

    from ui.database_panel import DatabasePanel

    url = urlsplit(server.fresh())
    panel = DatabasePanel(tmp_path / "county.db")
    qtbot.addWidget(panel)
    panel.server_radio.setChecked(True)
    panel.host_edit.setText(url.hostname)
    panel.port_spin.setValue(url.port)
    panel.name_edit.setText(url.path.strip("/"))
    panel.user_edit.setText(url.username)
    panel.test_connection()
    qtbot.waitUntil(lambda: "连接成功" in panel.result_label.text(), timeout=10_000)
    assert "数据库是空的" in panel.result_label.text()


def test_the_same_demo_gives_the_same_reports_and_quotas_on_both_engines(
    server_only, demo_db, tmp_path
):
    from dataclasses import asdict

    from models.db.database import close_database
    from models.store.demo import load_demo
    from reports.compliance import month_compliance
    from tests.test_ledger_city import report_json

    def figures() -> dict:
        found = {(y, q): report_json(y, q) for y in (2019, 2020) for q in (1, 2, 3, 4)}
        for month in (3, 7, 12):
            rows = month_compliance(2020, month, as_of=D(2020, 12, 31))
            found[("quota", month)] = [asdict(r) for r in rows]
        return found

    on_server = figures()
    close_database()
    open_database(tmp_path / "same.db")
    load_demo()
    assert figures() == on_server


def test_the_database_tab_refuses_a_port_in_the_host_and_a_file_that_cannot_be(
    qtbot, tmp_path, monkeypatch
):
    from PySide6.QtWidgets import QMessageBox

    from ui.app import saved_target
    from ui.database_panel import DatabasePanel

    monkeypatch.setattr(QMessageBox, "information", lambda *a: None)
    panel = DatabasePanel(tmp_path / "county.db")
    qtbot.addWidget(panel)
    panel.server_radio.setChecked(True)
    panel.host_edit.setText("192.168.1.10:5432")
    panel.user_edit.setText("wang")
    panel.save()
    assert "端口" in panel.result_label.text() and saved_target() is None
    panel.file_radio.setChecked(True)
    for text, reason in (
        ("county.db", "完整的位置"),
        (str(tmp_path), "文件夹"),
        ("/没有/x.db", "不存在"),
    ):
        panel.file_edit.setText(text)
        panel.save()
        assert reason in panel.result_label.text() and saved_target() is None
    panel.file_edit.setText(str(tmp_path / "county.db"))
    panel.save()
    assert saved_target() == str(tmp_path / "county.db")


def test_a_saved_server_that_does_not_open_offers_this_pcs_own_database(tmp_path, monkeypatch):
    import sys

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QMessageBox

    import ui.app
    from ui.app import TARGET_KEY, saved_target

    ui.app.make_application()  # the settings file is named after the application
    server = "postgresql://wang:secret@127.0.0.1:1/city"
    QSettings().setValue(TARGET_KEY, server)
    tried = []

    def open_main_window(target, version):
        tried.append(target)
        return None if is_server(target) else object()  # the server is down

    asked = []
    monkeypatch.setattr(ui.app, "open_main_window", open_main_window)
    monkeypatch.setattr(QMessageBox, "question", lambda *a: asked.append(a[2]) or QMessageBox.Yes)
    monkeypatch.setattr(QApplication, "exec", lambda self: 0)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    local = tmp_path / "zhaoshang.db"
    assert ui.app.run_app(local, "1") == 0
    assert tried == [server, local] and saved_target() is None
    assert "secret" not in asked[0] and str(local) in asked[0]
