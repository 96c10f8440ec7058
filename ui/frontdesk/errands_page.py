"""委托代办 Errands and bookings for tenants: a taxi, tickets, a hotel, flowers, laundry, housekeeping...
requested, booked, done (the fee put on the unit's account when asked) or cancelled. One still open when it was
wanted is red; one wanted within the hour amber; done green, cancelled grey. Each step is enabled only where the
errand's state allows it."""


from PySide6.QtWidgets import QHeaderView

from app.database import Database
from app.errors import ValidationError
from app.frontdesk.errands import (
    ERRAND_KIND_LABELS,
    ERRAND_MACHINE,
    ERRAND_STATUS_LABELS,
    ErrandAction,
    ErrandStatus,
    ErrandView,
    get_errand,
    list_errands,
)
from app.permissions import Actor
from ui.frontdesk.errand_dialogs import BookDialog, CancelErrandDialog, DoneDialog, ErrandDialog
from ui.frontdesk.log_page import LogPage
from ui.i18n import translate_text
from ui.row_table import RowTable
from ui.table_model import Column
from ui.theme import STATUS_AMBER, STATUS_GREEN, STATUS_GREY, STATUS_RED

BOOKING = 8  # the column of what was booked: it shares the spare width with the details
STEPS = {"scheduleAction": ErrandAction.BOOK, "doneAction": ErrandAction.FINISH,
         "cancelAction": ErrandAction.CANCEL}  # toolbar action: the step it takes


class ErrandsPage(LogPage):
    def __init__(self, db: Database, actor: Actor):
        super().__init__(db, actor)
        self.setup(RowTable([
            Column(self.tr("Number"), lambda e: e.number),
            Column(self.tr("Status"), self.status, None, self.colour),
            Column(self.tr("Kind"), lambda e: translate_text(ERRAND_KIND_LABELS[e.kind])),
            Column(self.tr("Requested by"), lambda e: e.requester),
            Column(self.tr("Unit"), lambda e: e.unit),
            Column(self.tr("Contact"), lambda e: e.contact),
            Column(self.tr("Details"), lambda e: e.details),
            Column(self.tr("Wanted"), lambda e: e.wanted_at, None, self.colour),
            Column(self.tr("Booking"), self.booking),
            Column(self.tr("Fee"), lambda e: e.fee),
            Column(self.tr("Requested"), lambda e: e.requested_at),
        ], "errandsTable", stretch=6), (
            ("add", self.tr("New errand"), self.new, "F9"),
            ("schedule", self.tr("Booked"), self.book_selected, None),
            ("done", self.tr("Done"), self.finish_selected, "Shift+F9"),
            ("cancel", self.tr("Cancel errand"), self.cancel_selected, None),
        ), self.tr("No errand is open. Take a request (taxi, tickets, hotel, flowers, laundry...) with F9."),
            self.tr("Open only"))
        self.table.horizontalHeader().setSectionResizeMode(BOOKING, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self.next_step)
        self.refresh()

    # --- the list ---------------------------------------------------------------------------------------
    def status(self, errand: ErrandView) -> str:
        word = translate_text(ERRAND_STATUS_LABELS[errand.status])
        if errand.overdue():
            return self.tr("{status} · overdue").format(status=word)
        if errand.due_soon():
            return self.tr("{status} · due soon").format(status=word)
        if errand.charged:
            return self.tr("{status} · on the account").format(status=word)
        return word

    @staticmethod
    def colour(errand: ErrandView):
        if errand.overdue():
            return STATUS_RED
        if errand.due_soon():
            return STATUS_AMBER
        return {ErrandStatus.DONE: STATUS_GREEN, ErrandStatus.CANCELLED: STATUS_GREY}.get(errand.status)

    def booking(self, errand: ErrandView) -> str:
        if errand.status is ErrandStatus.CANCELLED:
            reason = self.tr("cancelled: {reason}").format(reason=errand.cancel_reason)
            return " · ".join(part for part in (errand.booking, reason) if part)
        return errand.booking

    def load(self) -> list:
        return list_errands(self.db, self.actor, open_only=self.open_only(), search=self.search_text())

    def show_selected(self, *_args) -> None:
        errand = self.table.selected()
        for name, step in STEPS.items():
            self.enable(self.actions_by_name[name], errand is not None and ERRAND_MACHINE.allows(errand.status, step))

    # --- actions ----------------------------------------------------------------------------------------
    def new(self) -> None:
        self.wanted.emit()
        self.run(ErrandDialog(self.db, self.actor, self))

    def book_selected(self, *_args) -> None:
        errand = self.ready_for(ErrandAction.BOOK)
        if errand is not None:
            self.run(BookDialog(self.db, self.actor, errand, self))

    def finish_selected(self, *_args) -> None:
        self.wanted.emit()
        errand = self.ready_for(ErrandAction.FINISH)
        if errand is not None:
            self.run(DoneDialog(self.db, self.actor, errand, self))

    def cancel_selected(self, *_args) -> None:
        errand = self.ready_for(ErrandAction.CANCEL)
        if errand is not None:
            self.run(CancelErrandDialog(self.db, self.actor, errand, self))

    def next_step(self, *_args) -> None:
        """A double click takes the errand's next step: booked, then done."""
        errand = self.table.selected()
        if errand is not None and self.may_keep:
            if errand.status is ErrandStatus.REQUESTED:
                self.book_selected()
            elif errand.status is ErrandStatus.BOOKED:
                self.finish_selected()

    def ready_for(self, step: ErrandAction) -> ErrandView | None:
        """The selected errand as it is now, when ``step`` may still be taken (another desk may have moved it on:
        then the service's words say why, and the list is shown as it is)."""
        if not self.may_keep:
            return None
        errand = self.reload(get_errand)
        if errand is None:
            return None
        try:
            ERRAND_MACHINE.next(errand.status, step, errand.number)
        except ValidationError as error:
            self.warn(error)
            self.refresh()
            self.select_key(errand.number)
            return None
        return errand
