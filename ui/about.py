"""关于: version, where the data lives, and the bundled font's licence."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from models.location import shown


def about_text(parent: QWidget, version: str, db_path: Path) -> str:
    tr = parent.tr
    purpose = tr(
        "为县(市、区)招商局、开发区和市直部门记录外出招商、企业拜访、项目与合同，并生成季度调度报告。"
    )
    return (
        f"<h3>{tr('招商引资工作台')}</h3>"
        f"<p>{tr('版本')} {version}</p>"
        f"<p>{purpose}</p>"
        f"<p>{tr('数据库')}：<br><code>{shown(db_path)}</code></p>"
        f"<p><small>{tr('界面与报表字体：文泉驿微米黑（Apache-2.0）。')}</small></p>"
    )


def show_about(parent: QWidget, version: str, db_path: Path) -> None:
    QMessageBox.about(parent, parent.tr("关于招商引资工作台"), about_text(parent, version, db_path))
