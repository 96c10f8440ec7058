"""收发 Mail and parcels: items logged as they arrive, the recipient notified, picked up by a named person;
items waiting longer than the site's number of days are red with the days they have waited. The day's
newspapers and magazines are recorded per unit in their own dialog."""


from app.database import Database
from app.errors import FrontOfficeError
from app.frontdesk.parcels import (
    DEFAULT_WAITING_DAYS,
    PARCEL_KIND_LABELS,
    ParcelView,
    get_parcel,
    list_parcels,
    mark_notified,
    parcel_waiting_days,
)
from app.permissions import Actor
from ui.frontdesk.log_page import LogPage
from ui.frontdesk.parcel_dialogs import ParcelDialog, PeriodicalsDialog, PickUpDialog
from ui.i18n import translate_text
from ui.row_table import RowTable
from ui.table_model import Column
from ui.theme import STATUS_GREY, STATUS_RED


class ParcelsPage(LogPage):
    def __init__(self, db: Database, actor: Actor):
        super().__init__(db, actor)
        self.waiting_days, self.last_carrier = DEFAULT_WAITING_DAYS, ""
        self.setup(RowTable([
            Column(self.tr("Number"), lambda p: p.number),
            Column(self.tr("Status"), self.status, None, self.colour),
            Column(self.tr("Kind"), lambda p: translate_text(PARCEL_KIND_LABELS[p.kind])),
            Column(self.tr("Registered"), lambda p: p.registered, lambda v: self.tr("registered") if v else ""),
            Column(self.tr("Carrier"), lambda p: p.carrier),
            Column(self.tr("Tracking number"), lambda p: p.tracking),
            Column(self.tr("Unit"), lambda p: p.unit),
            Column(self.tr("Recipient"), lambda p: p.recipient),
            Column(self.tr("Arrived"), lambda p: p.arrived_at, None, self.colour),
            Column(self.tr("Notified"), lambda p: p.notified_at),
            Column(self.tr("Picked up at"), lambda p: p.picked_up_at),
            Column(self.tr("Collected by"), lambda p: p.picked_up_by),
        ], "parcelsTable", stretch=7), (
            ("add", self.tr("Log arrival"), self.new, "F4"),
            ("reminders", self.tr("Notified"), self.notify, None),
            ("done", self.tr("Picked up"), self.pick, "Shift+F4"),
            ("slip", self.tr("Newspapers and magazines"), self.periodicals, None),
        ), self.tr("No mail or parcel is waiting. Log each item as it arrives with F4."), self.tr("Waiting only"))
        self.notify_action = self.actions_by_name["remindersAction"]
        self.table.doubleClicked.connect(self.pick)
        self.refresh()

    def stands_out(self, parcel: ParcelView) -> bool:
        return parcel.stands_out(None, self.waiting_days)  # now

    def status(self, parcel: ParcelView) -> str:
        if not parcel.waiting:
            return self.tr("picked up")
        if self.stands_out(parcel):
            return self.tr("waiting {days} days").format(days=parcel.waiting_days())
        return self.tr("notified") if parcel.notified_at else self.tr("waiting")

    def colour(self, parcel: ParcelView):
        return STATUS_RED if self.stands_out(parcel) else None if parcel.waiting else STATUS_GREY

    def load(self) -> list:
        self.waiting_days = parcel_waiting_days(self.db)
        return list_parcels(self.db, self.actor, waiting_only=self.open_only(), search=self.search_text())

    def show_selected(self, *_args) -> None:
        parcel = self.table.selected()
        self.enable(self.notify_action, parcel is not None and parcel.waiting)

    def new(self) -> None:
        self.wanted.emit()
        saved = self.run(ParcelDialog(self.db, self.actor, self.last_carrier, self))
        if saved is not None:
            self.last_carrier = saved.carrier

    def notify(self) -> None:
        """The selected item's recipient was told now (telling again moves the time)."""
        parcel = self.reload(get_parcel)
        if parcel is None:
            return
        try:
            mark_notified(self.db, self.actor, parcel.number)
        except FrontOfficeError as error:
            self.warn(error)
            return
        self.refresh()
        self.select_key(parcel.number)
        self.changed.emit()

    def pick(self, *_args) -> None:
        self.close_one(lambda: list_parcels(self.db, self.actor, waiting_only=True), lambda p: p.waiting,
                       lambda waiting, chosen: PickUpDialog(self.db, self.actor, waiting, chosen, self))

    def periodicals(self) -> None:
        try:
            dialog = PeriodicalsDialog(self.db, self.actor, self)
        except FrontOfficeError as error:
            self.warn(error)
            return
        dialog.exec()
