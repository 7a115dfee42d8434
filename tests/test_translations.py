"""The English interface: every string on screen is wrapped for translation and translated, and the
English file really turns the window into English."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTranslator
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

import translations  # noqa: E402


def test_every_interface_string_is_wrapped_and_translated():
    assert translations.problems() == []


def test_an_unwrapped_string_and_an_unfinished_entry_are_caught(tmp_path, monkeypatch):
    source = tmp_path / "page.py"
    source.write_text(
        "class Page:\n"
        "    def build(self):\n"
        "        self.title = self.tr('工作台')\n"
        "        self.label = '外出招商'\n"
        "        other.tr('企业')\n",
        encoding="utf-8",
    )
    contexts, unwrapped = translations.scan([source])
    assert contexts == {"Page": ["工作台"]}
    assert [u.text for u in unwrapped] == ["外出招商", "企业"]
    ts = tmp_path / "en.ts"
    translations.write_ts(contexts, {}, ts)
    assert translations.read_ts(ts) == {("Page", "工作台"): None}


@pytest.fixture
def english(tmp_path):
    """The English .qm built from the .ts as make does, installed for the test only."""
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    qm = tmp_path / "en.qm"
    subprocess.run(
        [str(lrelease), "-silent", str(translations.TS_FILE), "-qm", str(qm)], check=True
    )
    translator = QTranslator()
    assert translator.load(str(qm))
    app = QApplication.instance()
    app.installTranslator(translator)
    yield
    app.removeTranslator(translator)


def test_the_window_speaks_english_with_the_english_file(qtbot, english, database):
    from ui.main_window import MainWindow

    window = MainWindow(database.path, "test")
    qtbot.addWidget(window)
    assert [title for title, _page in window.pages] == [
        "Dashboard",
        "Outing trips",
        "Enterprises and visits",
        "Projects and contracts",
        "Reports",
        "Settings",
    ]
    model = window.trips.table.model()
    headers = [model.headerData(c, Qt.Horizontal) for c in range(model.columnCount())]
    assert headers[:4] == ["Unit", "Participants", "Start date", "End date"]


def test_the_language_tab_keeps_the_choice_for_the_next_start(qtbot, database):
    from ui.language import chosen_language
    from ui.pages.settings import SettingsPage

    page = SettingsPage(db_path=database.path)
    qtbot.addWidget(page)
    assert chosen_language() == "zh_CN"
    page.language_combo.setCurrentIndex(page.language_combo.findData("en"))
    page.language_combo.activated.emit(page.language_combo.currentIndex())
    assert QSettings().value("ui/language") == "en" and chosen_language() == "en"
    assert "重新启动" in page.language_note.text()
