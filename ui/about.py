"""关于: version, where the data lives, and the bundled font's licence."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from models.db.location import shown


def about_text(parent: QWidget, version: str, db_path: Path) -> str:
    purpose = QCoreApplication.translate(
        "About",
        "为县(市、区)招商局、开发区和市直部门记录外出招商、企业拜访、项目与合同，并生成季度调度报告。",
    )
    name = QCoreApplication.translate("About", "招商引资工作台")
    label = QCoreApplication.translate("About", "版本")
    where = QCoreApplication.translate("About", "数据库：")
    font = QCoreApplication.translate("About", "界面与报表字体：文泉驿微米黑（Apache-2.0）。")
    return (
        f"<h3>{name}</h3><p>{label} {version}</p><p>{purpose}</p>"
        f"<p>{where}<br><code>{shown(db_path)}</code></p><p><small>{font}</small></p>"
    )


def show_about(parent: QWidget, version: str, db_path: Path) -> None:
    title = QCoreApplication.translate("About", "关于招商引资工作台")
    QMessageBox.about(parent, title, about_text(parent, version, db_path))
