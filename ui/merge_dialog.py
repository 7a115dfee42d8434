"""合并企业: two records of one firm become one; the user picks which one stays."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from models.names import normalise_enterprise_name
from models.store.enterprises import EnterpriseRow, MergeResult, merge_enterprises
from models.validation import ValidationFailed
from ui.changes import ENTERPRISES, PROJECTS, VISITS, Changes, announce


class MergeDialog(QDialog):
    """Shows both records, asks which to keep, then moves visits, contacts and projects in one go."""

    def __init__(self, first: EnterpriseRow, second: EnterpriseRow, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("合并重复企业"))
        self.rows = (first, second)
        self.result_counts: MergeResult | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr(
                    "这两条记录是同一家企业。请选择保留哪一条，另一条的拜访记录、联系人、项目和企业类别将并入保留的记录，然后删除："
                )
            )
        )
        self.choices = []
        for row in self.rows:
            text = self.tr("{0}　{1}　（拜访 {2} 次）").format(
                row.name, row.credit_code or self.tr("无信用代码"), row.visits
            )
            button = QRadioButton(text)
            self.choices.append(button)
            layout.addWidget(button)
        # Default: keep the record with a credit code and more history.
        keep = max(range(2), key=lambda i: (bool(self.rows[i].credit_code), self.rows[i].visits))
        self.choices[keep].setChecked(True)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Ok).setText(self.tr("合并"))
        self.ok_button = buttons.button(QDialogButtonBox.Ok)
        # Different names or codes need an explicit confirmation: a merge deletes one record for good.
        self.confirm = QCheckBox(self.tr("我已核实，这两条记录确实是同一家企业"))
        codes = {row.credit_code for row in self.rows if row.credit_code}
        same_name = len({normalise_enterprise_name(row.name) for row in self.rows}) == 1
        if len(codes) > 1:
            warning = QLabel(
                self.tr(
                    "<b style='color:#b00020'>两条记录的统一社会信用代码不同，不是同一家企业，不能合并。</b>"
                )
            )
            layout.addWidget(warning)
            self.ok_button.setEnabled(False)
        elif not same_name:
            layout.addWidget(
                QLabel(
                    self.tr(
                        "<span style='color:#c25e00'>两条记录的企业名称不同，请核实后再合并。</span>"
                    )
                )
            )
            layout.addWidget(self.confirm)
            self.ok_button.setEnabled(False)
            self.confirm.toggled.connect(self.ok_button.setEnabled)
        buttons.button(QDialogButtonBox.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.merge)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def survivor(self) -> EnterpriseRow:
        return self.rows[0] if self.choices[0].isChecked() else self.rows[1]

    def merge(self) -> None:
        keep = self.survivor()
        other = self.rows[1] if keep is self.rows[0] else self.rows[0]
        try:
            self.result_counts = merge_enterprises(keep.id, other.id)
        except ValidationFailed as exc:
            QMessageBox.warning(self, self.tr("不能合并"), str(exc))
            return
        # The other record's visits, contacts and projects now belong to the one kept.
        announce(self, Changes.of(ENTERPRISES, VISITS, PROJECTS))
        self.accept()
