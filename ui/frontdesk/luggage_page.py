"""行李寄存 Luggage storage: luggage taken in against a numbered tag the system gives (the clerk is shown the number
to write on the tag), and released against the same tag to a named person; luggage stored since before today is
red."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QMessageBox, QSpinBox, QWidget

from app.clock import format_local, today
from app.database import Database
from app.errors import FrontOfficeError
from app.frontdesk.luggage import MAX_PIECES, LuggageDraft, LuggageView, list_luggage, release, store
from app.numbering import DIGITS as TAG_DIGITS  # XL2026000003: the year's count
from app.permissions import Actor
from ui.forms import FormDialog, now_edit
from ui.frontdesk.log_page import LogPage
from ui.row_table import RowTable
from ui.table_model import Column
from ui.theme import STATUS_GREY, STATUS_RED


class StoreDialog(FormDialog):
    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None):
        super().__init__(parent, self.tr("Store luggage"), lambda v: store(db, actor, LuggageDraft(
            v["owner"], v["items"], v["pieces"], v["unit"], v["phone"], v["stored_at"])))
        self.set_intro(self.tr("The tag number is given when the luggage is saved."))
        self.add_field("owner", self.tr("Owner"), QLineEdit(), required=True)
        self.add_field("unit", self.tr("Unit"), QLineEdit(placeholderText="A-1201"))
        self.add_field("phone", self.tr("Phone"), QLineEdit())
        self.add_field("items", self.tr("Items"), QLineEdit(placeholderText="行李箱 1 个，纸箱 2 个"), required=True)
        self.add_field("pieces", self.tr("Pieces"), QSpinBox(minimum=1, maximum=MAX_PIECES, value=1), required=True)
        self.add_field("stored_at", self.tr("Stored at"), now_edit())
        self.setMinimumWidth(520)
        self.field("owner").setFocus()


class ReleaseDialog(FormDialog):
    """Luggage handed back against its tag, typed as written on it (or only its last digits when one luggage
    stored ends so); the owner and items of the tag are shown to check against the luggage."""

    def __init__(self, db: Database, actor: Actor, stored: list[LuggageView], chosen: str | None,
                 parent: QWidget | None = None):
        super().__init__(parent, self.tr("Release luggage"), lambda v: release(
            db, actor, self.tag_of(v["tag"]), v["released_to"], v["at"]))
        self.stored = {row.tag: row for row in stored}
        tag = self.add_field("tag", self.tr("Tag"), QLineEdit(chosen or "", placeholderText="XL2026000001"),
                             required=True)
        self.found = QLabel(objectName="found", wordWrap=True)
        self.form.addRow("", self.found)
        self.add_field("released_to", self.tr("Released to"), QLineEdit(), required=True)
        self.add_field("at", self.tr("Released at"), now_edit())
        tag.textChanged.connect(self.show_found)
        self.show_found()
        self.setMinimumWidth(520)
        tag.selectAll()  # the tag shown is read again: typing replaces the selected row's
        tag.setFocus()

    def tag_of(self, text: str) -> str:
        typed = text.strip().upper()
        if typed in self.stored or not typed.isdigit():
            return typed
        ending = [tag for tag in self.stored if tag.endswith(typed.zfill(TAG_DIGITS))]
        return ending[0] if len(ending) == 1 else typed

    def show_found(self, *_args) -> None:
        row = self.stored.get(self.tag_of(self.field("tag").text()))
        self.found.setText("" if row is None else self.tr("{tag}: {owner} · {items} · {pieces} pieces · stored "
                                                          "{time}").format(
            tag=row.tag, owner=" ".join(part for part in (row.owner, row.unit) if part), items=row.items,
            pieces=row.pieces, time=format_local(row.stored_at)))


class LuggagePage(LogPage):
    def __init__(self, db: Database, actor: Actor):
        super().__init__(db, actor)
        self.setup(RowTable([
            Column(self.tr("Tag"), lambda row: row.tag),
            Column(self.tr("Status"), self.status, None, self.colour),
            Column(self.tr("Owner"), lambda row: row.owner),
            Column(self.tr("Unit"), lambda row: row.unit),
            Column(self.tr("Phone"), lambda row: row.phone),
            Column(self.tr("Items"), lambda row: row.items),
            Column(self.tr("Pieces"), lambda row: row.pieces),
            Column(self.tr("Stored"), lambda row: row.stored_at, None, self.colour),
            Column(self.tr("Released"), lambda row: row.released_at),
            Column(self.tr("Released to"), lambda row: row.released_to),
        ], "luggageTable", stretch=5), (
            ("add", self.tr("Store luggage"), self.new, "F8"),
            ("done", self.tr("Release"), self.give_back, "Shift+F8"),
        ), self.tr("No luggage is stored. Store some with F8; the tag number is given on saving."),
            self.tr("Stored only"))
        self.table.doubleClicked.connect(self.give_back)
        self.refresh()

    def key_of(self, row) -> object:
        return row.tag

    def overnight(self, row: LuggageView) -> bool:
        return row.stored and row.stored_days() > 0  # stored before today

    def status(self, row: LuggageView) -> str:
        if self.overnight(row):
            return self.tr("stored since {day}").format(day=today(row.stored_at).isoformat())
        return self.tr("stored") if row.stored else self.tr("released")

    def colour(self, row: LuggageView):
        return STATUS_RED if self.overnight(row) else None if row.stored else STATUS_GREY

    def load(self) -> list:
        return list_luggage(self.db, self.actor, stored_only=self.open_only(), search=self.search_text())

    def new(self) -> None:
        self.wanted.emit()
        saved = self.run(StoreDialog(self.db, self.actor, self))
        if saved is not None:
            self.tell_tag(saved)

    def tell_tag(self, saved: LuggageView) -> None:
        """The number to write on the tag, large, once the luggage is saved (its row is selected as well)."""
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Tag {tag}").format(tag=saved.tag),
                          f"<p style='font-size:22pt'><b>{saved.tag}</b></p>", QMessageBox.StandardButton.Ok, self)
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setInformativeText(
            self.tr("Write this number on the tag and on the owner's stub.") if saved.pieces == 1 else
            self.tr("Write this number on the tags of all {pieces} pieces and on the owner's stub.").format(
                pieces=saved.pieces))
        box.exec()

    def give_back(self, *_args) -> None:
        if not self.actions_by_name["doneAction"].isEnabled():
            return  # a double-click by someone who only reads
        self.wanted.emit()
        try:
            stored = list_luggage(self.db, self.actor, stored_only=True)
        except FrontOfficeError as error:
            self.warn(error)
            return
        chosen = self.table.selected()
        self.run(ReleaseDialog(self.db, self.actor, stored, chosen.tag if chosen and chosen.stored else None, self))
