"""Pages whose features arrive in the coming releases; each states what it will hold."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ui.pages.base import PlannedPage


def _tr(text: str) -> str:
    return QCoreApplication.translate("PlannedPages", text)


def reports_page() -> PlannedPage:
    return PlannedPage(
        _tr("报表"),
        _tr("生成季度调度报告（PDF 与 Excel），供调度会使用。"),
        [
            _tr("总体完成情况：目标、完成、完成率、时序进度、同比"),
            _tr("分单位完成情况与排名"),
            _tr("外出招商、重点企业拜访、项目推进、土地与要素保障"),
            _tr("存在问题、下步工作（打印前填写）"),
        ],
    )
