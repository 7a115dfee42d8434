"""The manual's pictures: every page and the main dialogs, taken from the demo data (offscreen).

    make screenshots                    # docs/images/*.png for docs/manual.zh.md
    python tools/screenshots.py DIR [--lang en]

Run again after any change to the interface; the manual names each picture by its file name.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TODAY = dt.date(2020, 12, 18)  # the demo data covers 2019–2020
SIZE = (1360, 860)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--lang", choices=("zh_CN", "en"), default="zh_CN")
    args = parser.parse_args(argv)
    args.folder.mkdir(parents=True, exist_ok=True)

    from PySide6.QtCore import QSettings

    QSettings.setDefaultFormat(QSettings.IniFormat)  # a fresh profile, never the user's settings
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, tempfile.mkdtemp())
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv)
    app.setOrganizationName("zhaoshang-desk")
    app.setApplicationName("招商引资工作台")
    from ui.language import choose_language

    choose_language(args.lang)
    from ui.app import make_application

    make_application()
    Shots(args.folder).take_all()
    return 0


class Shots:
    def __init__(self, folder: Path):
        self.folder = folder
        # A fixed folder, so the paths shown in the pictures stay the same from run to run.
        self.work = Path(tempfile.gettempdir()) / "zhaoshang-manual"
        shutil.rmtree(self.work, ignore_errors=True)
        self.work.mkdir()

    def save(self, widget, name: str) -> None:
        from PySide6.QtWidgets import QApplication

        for _ in range(3):
            QApplication.processEvents()
        path = self.folder / f"{name}.png"
        widget.grab().save(str(path), "PNG", 0)  # 0: the smallest file
        print(path)

    def wait(self, done, seconds: float = 60) -> None:
        from PySide6.QtWidgets import QApplication

        end = time.monotonic() + seconds
        while not done() and time.monotonic() < end:
            QApplication.processEvents()
            time.sleep(0.02)

    def take_all(self) -> None:
        from models.db.database import close_database, open_database
        from models.store.demo import load_demo
        from ui.first_run import FirstRunDialog

        empty = self.work / "new.db"
        opened = open_database(empty)
        first = FirstRunDialog(opened.path)
        first.show()
        self.save(first, "01-first-run")
        first.reject()
        close_database()

        path = self.work / "demo.db"
        open_database(path)
        load_demo()
        self.window(path)

    def window(self, path: Path) -> None:
        from ui.main_window import (
            DASHBOARD,
            ENTERPRISES,
            PROJECTS,
            REPORTS,
            SETTINGS,
            TRIPS,
            MainWindow,
        )

        w = MainWindow(path, "manual", today=TODAY)
        w.resize(*SIZE)
        w.show()
        w.nav.setCurrentRow(DASHBOARD)
        self.save(w, "02-dashboard")

        w.nav.setCurrentRow(TRIPS)
        trips = w.page(TRIPS)
        self.save(w, "03-trips")
        self.dialog(trips.list, "04-trip-dialog", trips.open_dialog)
        trips.tabs.setCurrentWidget(trips.compliance)
        self.save(w, "05-trips-compliance")

        w.nav.setCurrentRow(ENTERPRISES)
        firms = w.page(ENTERPRISES)
        firms.tabs.setCurrentIndex(0)
        firms.registry.list.table.selectRow(0)
        self.save(w, "06-enterprises")
        firms.tabs.setCurrentWidget(firms.visits)
        self.save(w, "07-visits")
        self.dialog(firms.visits.list, "08-visit-dialog", firms.visits.open_dialog)
        firms.tabs.setCurrentWidget(firms.progress)
        self.save(w, "09-visit-progress")

        w.nav.setCurrentRow(PROJECTS)
        projects = w.page(PROJECTS)
        projects.tabs.setCurrentWidget(projects.library)
        projects.library.list.table.selectRow(3)
        self.save(w, "10-projects")
        self.dialog(projects.library.list, "11-project-dialog", projects.library.open_dialog)
        projects.tabs.setCurrentWidget(projects.lists)
        self.save(w, "12-project-lists")
        projects.tabs.setCurrentWidget(projects.leads)
        self.save(w, "13-project-leads")

        w.nav.setCurrentRow(REPORTS)
        reports = w.page(REPORTS)
        reports.year_spin.setValue(2020)
        reports.quarter_combo.setCurrentIndex(reports.quarter_combo.findData(3))
        reports.folder_edit.setText(str(self.work / "reports"))
        reports.generate()
        self.wait(lambda: getattr(reports, "pdf_path", None) is not None)
        self.wait(lambda: False, 1.0)  # the preview draws its first page
        self.save(w, "14-reports")

        w.nav.setCurrentRow(SETTINGS)
        settings = w.page(SETTINGS)
        for index, name in (
            (settings.people, "15-settings-people"),
            (settings.quotas, "16-settings-quotas"),
            (settings.ledgers, "17-settings-import-export"),
            (settings.backups, "18-settings-backups"),
            (settings.database_panel, "19-settings-database"),
            (settings.users, "20-settings-users"),
        ):
            settings.tabs.setCurrentWidget(index)
            self.save(w, name)
        from ui.import_dialog import ImportDialog

        dialog = ImportDialog(path, False, today=TODAY, parent=w)
        dialog.show()
        self.save(dialog, "21-import-dialog")
        dialog.reject()
        w.close()

    def dialog(self, records, name: str, opener) -> None:
        """Open the first record of the list dated before today in its dialog."""
        for row in range(50):
            records.table.selectRow(row)
            record = records.selected_row()
            day = getattr(record, "date", None) or getattr(record, "start_date", None)
            if day is None or day <= TODAY:
                break
        dialog = opener(records.selected_row().id)
        self.save(dialog, name)
        dialog.reject()


if __name__ == "__main__":
    sys.exit(main())
