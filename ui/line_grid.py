"""The grid of lines a form collects (an order's services, a repair's work): one widget per cell, and
buttons to add a line and remove the selected one. A subclass fills a line in ``add_line``."""

from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QPushButton, QTableWidget, QVBoxLayout, QWidget

from ui.icons import icon


class LineGrid(QWidget):
    def __init__(self, headers: list[str], name: str, min_width: int, keep: int = 0, parent: QWidget | None = None):
        super().__init__(parent)
        self.keep = keep  # lines that stay when the user removes lines
        self.table = QTableWidget(0, len(headers), objectName=name)
        self.table.setHorizontalHeaderLabels(headers)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        add = QPushButton(icon("add"), self.tr("Add line"), objectName="addLine")
        add.clicked.connect(self.new_line)
        remove = QPushButton(self.tr("Remove line"), objectName="removeLine")
        remove.clicked.connect(self.remove_line)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.setMinimumWidth(min_width)

    def new_line(self) -> None:
        """What the Add line button adds: a line with the subclass's defaults."""
        self.add_line()

    def add_line(self, *args, **kwargs) -> int:
        raise NotImplementedError

    def remove_line(self) -> None:
        if self.table.rowCount() > self.keep:
            row = self.table.currentRow()
            self.table.removeRow(row if row >= 0 else self.table.rowCount() - 1)
