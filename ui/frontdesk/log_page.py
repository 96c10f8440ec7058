"""One page of the front desk's logs: its actions (each with its key), a tick for what is still open (visitors
inside, keys out, parcels waiting...), and the list newest first, or what to do first when it is empty. The
tab's search box filters every page at once; a page shows a row by its number when the tab asks it to."""

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QWidget

from app.database import Database
from app.errors import FrontOfficeError
from app.permissions import Actor, Permission
from ui.kept_list import KeptList
from ui.list_parts import ActionSpec
from ui.row_table import RowTable


class LogPage(KeptList):
    """A page builds its table and actions (the first, "add", is its new entry) and calls ``setup``; ``load``
    reads the rows with ``open_only()`` and ``search_text()``; ``key_of`` is what a row is found by (its
    number)."""

    permission = Permission.FRONT_DESK
    wanted = Signal()  # one of the page's actions was used from elsewhere in the tab: show the page

    def __init__(self, db: Database, actor: Actor):
        super().__init__(db, actor)
        self.search = ""

    def setup(self, table: RowTable, actions: Sequence[ActionSpec], empty: str, open_text: str) -> None:
        self.open_box = QCheckBox(open_text, checked=True, objectName="openOnly")
        self.open_box.toggled.connect(self.refresh)
        self.filters.addWidget(self.open_box)
        self.filters.addStretch()
        self.assemble(table, actions, empty)
        table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # as the service lists them: the newest first
        self.actions_by_name = {action.objectName(): action for action in self.toolbar.actions()}
        self.new_action = self.actions_by_name["addAction"]  # every page's first action: the tab's toolbar shows it

    def read_only_tip(self) -> str:
        return self.tr("Only the front desk can change the desk's logs")

    def open_only(self) -> bool:
        """Only what is still open, unless the tab's search is on: a search finds past rows too."""
        return self.open_box.isChecked() and not self.search

    def search_text(self) -> str:
        return self.search

    def set_search(self, text: str) -> None:
        self.search = text.strip()
        self.open_box.setEnabled(not self.search)
        self.refresh()

    def refresh(self, *_args) -> None:
        """The list again (another desk may have changed it), with the row selected before still selected."""
        chosen = self.selected_key() if hasattr(self, "table") else None
        super().refresh()
        if chosen is not None:
            self.select_key(chosen)

    def key_of(self, row) -> object:
        return row.number

    def show_key(self, key, open_only: bool | None = None) -> None:
        """The list (only what is open, or all) with the row of ``key`` selected."""
        if open_only is not None and open_only != self.open_only():
            self.open_box.setChecked(open_only)  # refreshes
        self.select_key(key)

    def select_key(self, key) -> None:
        self.select_where(lambda row: self.key_of(row) == key)

    def selected_key(self):
        row = self.table.selected()
        return None if row is None else self.key_of(row)

    def run(self, dialog: QWidget) -> object:
        """Shows ``dialog`` (a form whose ``result_value`` is the row it saved); once saved, the list again with
        that row selected, and the tab told. A row no longer open (the visitor has left, the key is back) leaves
        the list of open ones."""
        if not dialog.exec():
            return None
        saved = dialog.result_value
        self.refresh()
        if saved is not None:
            self.table.clearSelection()
            self.select_key(self.key_of(saved))
        self.changed.emit()
        return saved

    def close_one(self, list_open: Callable[[], list], is_open: Callable[[object], bool],
                  dialog: Callable[[list, object], QWidget]) -> None:
        """What Shift and the page's key do (the visitor leaves, the key comes back, the parcel is picked up): the
        form to pick one of the open items, the selected row offered when it is open."""
        self.wanted.emit()
        if not self.may_keep:
            return  # a double-click by someone who only reads
        try:
            items = list_open()
        except FrontOfficeError as error:
            self.warn(error)
            return
        chosen = self.table.selected()
        self.run(dialog(items, self.key_of(chosen) if chosen is not None and is_open(chosen) else None))

    def reload(self, get) -> object:
        """The selected row as it is now (another desk may have moved it on), or None after saying why."""
        return self.table.reload_selected(lambda row: get(self.db, self.actor, self.key_of(row)),
                                          self.window().windowTitle(), self.tr("Select a row first"))

    def shown_error(self, error: FrontOfficeError) -> None:
        self.warn(error)
