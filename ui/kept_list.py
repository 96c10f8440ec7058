"""A list that one team keeps and others read: a toolbar of its actions (disabled, with the reason, for users
without the keeping permission), filters, the list or what to do first when it is empty, and the form that adds
or edits a row. The engineering team's technicians, materials, categories and plans and the safety officer's
registers, drills and training are pages of this kind."""

from collections.abc import Callable, Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QMessageBox, QStackedWidget, QVBoxLayout, QWidget

from app.database import Database
from app.errors import FrontOfficeError
from app.permissions import Actor, Permission
from ui.forms import FormDialog
from ui.i18n import error_text
from ui.list_parts import ActionSpec, action_toolbar, empty_state
from ui.row_table import RowTable
from ui.table_model import ROW_ROLE, Column
from ui.theme import STATUS_GREY


class KeptList(QWidget):
    """A page builds its table, then calls ``build`` (Add and Edit) or ``assemble`` (actions of its own);
    ``permission`` is what keeping it takes."""

    permission = Permission.KEEP_EQUIPMENT
    changed = Signal()  # a row was added or changed through the page's form

    def __init__(self, db: Database, actor: Actor):
        super().__init__()
        self.db, self.actor, self.rows = db, actor, []
        self.may_keep = actor.can(self.permission)
        self.filters = QHBoxLayout()

    def read_only_tip(self) -> str:
        return self.tr("Only engineering or a manager can change the team's records")

    def build(self, table: RowTable, add_text: str, edit_text: str, empty: str,
              more: Sequence[ActionSpec] = ()) -> None:
        """Add and Edit, then the page's ``more`` actions."""
        self.assemble(table, (("add", add_text, self.add, "Ctrl+N"), ("edit", edit_text, self.edit_selected, None),
                              *more), empty)
        self.add_action, self.edit_action = self.toolbar.actions()[:2]
        table.doubleClicked.connect(self.edit_selected)

    def assemble(self, table: RowTable, actions: Sequence[ActionSpec], empty: str) -> None:
        self.table = table
        self.toolbar = action_toolbar(self, actions)
        if not self.may_keep:
            for action in self.toolbar.actions():
                action.setEnabled(False)
                action.setToolTip(self.read_only_tip())
        self.empty = empty_state(empty)
        self.stack = QStackedWidget()
        self.stack.addWidget(table)
        self.stack.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.addWidget(self.toolbar)
        layout.addLayout(self.filters)
        layout.addWidget(self.stack, 1)
        table.selectionModel().selectionChanged.connect(self.show_selected)

    def load(self) -> list:
        raise NotImplementedError

    def dialog(self, row) -> FormDialog:
        raise NotImplementedError

    def shown(self, rows: list) -> list:
        return rows

    def refresh(self, *_args) -> None:
        try:
            self.rows = self.load()
        except FrontOfficeError as error:
            self.warn(error)
            self.rows = []
        self.show_rows()

    def show_rows(self, *_args) -> None:
        self.table.set_rows(self.shown(self.rows))
        self.stack.setCurrentWidget(self.table if self.rows else self.empty)
        self.show_selected()

    def show_selected(self, *_args) -> None:
        """Enables the actions that act on the selected row (a page with such actions says how)."""

    def enable(self, action, allowed: bool) -> None:
        action.setEnabled(self.may_keep and allowed)

    def select_where(self, test: Callable[[object], bool]) -> None:
        for row in range(self.table.proxy.rowCount()):
            if test(self.table.proxy.index(row, 0).data(ROW_ROLE)):
                self.table.selectRow(row)
                return

    def warn(self, error: FrontOfficeError) -> None:
        QMessageBox.warning(self, self.window().windowTitle(), error_text(error))

    def confirmed(self, question: str) -> bool:
        return QMessageBox.question(self, self.window().windowTitle(), question) == QMessageBox.StandardButton.Yes

    def add(self) -> None:
        if self.add_action.isEnabled():
            self._edit(None)

    def edit_selected(self, *_args) -> None:
        if not self.edit_action.isEnabled():
            return
        row = self.table.selected()
        if row is None:
            QMessageBox.information(self, self.window().windowTitle(), self.tr("Select a row first"))
            return
        self._edit(row)

    def _edit(self, row) -> None:
        """The form of ``row`` (None: a new one); once saved, the list again with the saved row selected."""
        dialog = self.dialog(row)
        if dialog.exec():
            self.refresh()
            saved = dialog.result_value
            self.select_where(lambda shown: shown.id == saved.id)
            self.changed.emit()

    def status_column(self, on: str, off: str) -> tuple:
        """Inactive rows greyed, with the word in a status column: the colour function and the column."""
        def grey(row):
            return None if row.active else STATUS_GREY
        return grey, Column(self.tr("Status"), lambda r: r.active, lambda v: on if v else off, grey)
