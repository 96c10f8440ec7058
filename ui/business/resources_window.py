"""The centre's rooms and equipment: what state each is in (out of order, out on an order and when it is
due back, available), marking one out of order and back, adding one (managers); and a day's bookings."""

from datetime import UTC, date, datetime

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.business.model import (
    ORDER_STATUS_LABELS,
    REQUEST_STATUS_LABELS,
    RESOURCE_KIND_LABELS,
    RESOURCE_STATE_LABELS,
    Booking,
    OrderStatus,
    RequestStatus,
    ResourceState,
    ResourceView,
)
from app.business.resources import add_resource, day_bookings, list_resources, set_state
from app.clock import format_local, local, today
from app.database import Database
from app.errors import FrontOfficeError
from app.permissions import Actor, Permission
from ui.forms import FormDialog, choices
from ui.i18n import error_text, translate_text
from ui.list_parts import action_toolbar, empty_state
from ui.row_table import RowTable
from ui.table_model import Column
from ui.theme import STATUS_AMBER, STATUS_GREEN, STATUS_RED


class ResourcesWindow(QDialog):
    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None):
        super().__init__(parent)
        self.db, self.actor = db, actor
        self.setObjectName("resourcesWindow")
        self.setWindowTitle(self.tr("Rooms and equipment"))
        self.resize(1000, 680)
        late = self.tr("overdue")
        self.table = RowTable([
            Column(self.tr("Code"), lambda r: r.code),
            Column(self.tr("Name"), lambda r: r.name),
            Column(self.tr("Kind"), lambda r: translate_text(RESOURCE_KIND_LABELS[r.kind])),
            Column(self.tr("State"), self.state_word, None, self.state_colour),
            Column(self.tr("Due back"), lambda r: r.due_at,
                   lambda v: "" if v is None else f"{format_local(v)} ({late})" if v < datetime.now(UTC)
                   else format_local(v), lambda r: STATUS_RED if r.overdue() else None),
            Column(self.tr("Note"), lambda r: r.note),
        ], "resourcesTable", stretch=5)
        guest, internal = self.tr("Guest"), self.tr("Internal")
        self.bookings = RowTable([
            Column(self.tr("Resource"), lambda b: f"{b.resource} {b.resource_name}"),
            Column(self.tr("From"), lambda b: b.starts_at, self.clock),
            Column(self.tr("To"), lambda b: b.ends_at, self.clock),
            Column(self.tr("Document"), lambda b: b.document),
            Column(self.tr("Who"), lambda b: b.who),
            Column(self.tr("Guest or internal"), lambda b: b.internal, lambda v: internal if v else guest),
            Column(self.tr("Status"), self.booking_status),
        ], "bookingsTable", stretch=4)
        self.model = self.table.rows_model
        self._build()
        self.refresh()

    def _build(self) -> None:
        toolbar = action_toolbar(self, (
            ("disable", self.tr("Out of order..."), self.mark_out_of_order, None),
            ("enable", self.tr("Back in service..."), self.back_in_service, None),
            ("add", self.tr("Add room or machine..."), self.add, "Ctrl+N")))
        self.add_action = toolbar.actions()[2]
        if not self.actor.can(Permission.KEEP_PRICE_LIST):
            self.add_action.setEnabled(False)
            self.add_action.setToolTip(self.tr("Only a manager can add rooms and equipment"))
        self.empty = empty_state(self.tr("No rooms or equipment yet. A manager adds the meeting rooms, offices "
                                         "and machines the centre books out (Add room or machine)."))
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)

        self.day = QDateEdit(calendarPopup=True, displayFormat="yyyy-MM-dd", objectName="day")
        shown = today()
        self.day.setDate(QDate(shown.year, shown.month, shown.day))
        self.day.dateChanged.connect(self.show_day)
        self.no_bookings = empty_state("")
        self.day_stack = QStackedWidget()
        self.day_stack.addWidget(self.bookings)
        self.day_stack.addWidget(self.no_bookings)
        day_row = QHBoxLayout()
        day_row.addWidget(QLabel(self.tr("Bookings on")))
        day_row.addWidget(self.day)
        day_row.addStretch()
        lower = QWidget()
        column = QVBoxLayout(lower)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(day_row)
        column.addWidget(self.day_stack)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.stack)
        splitter.addWidget(lower)
        splitter.setSizes([380, 300])
        layout = QVBoxLayout(self)
        layout.addWidget(toolbar)
        layout.addWidget(splitter)

    # --- how a resource and a booking are shown ----------------------------------------------------------
    def state_word(self, resource: ResourceView) -> str:
        if resource.state is ResourceState.OUT_OF_ORDER:  # what is wrong shows in the note beside it
            return translate_text(RESOURCE_STATE_LABELS[resource.state])
        if resource.out_with:
            return self.tr("Out on order {number}").format(number=resource.out_with)
        return self.tr("Available")

    @staticmethod
    def state_colour(resource: ResourceView):
        if resource.state is ResourceState.OUT_OF_ORDER or resource.overdue():
            return STATUS_RED
        return STATUS_AMBER if resource.out_with else STATUS_GREEN

    def clock(self, moment: datetime) -> str:
        """``HH:MM`` on the day shown; with the date when the booking starts or ends on another day."""
        shown = local(moment)
        return f"{shown:%H:%M}" if shown.date() == self.shown_day() else f"{shown:%m-%d %H:%M}"

    @staticmethod
    def booking_status(booking: Booking) -> str:
        labels = (REQUEST_STATUS_LABELS, RequestStatus) if booking.internal else (ORDER_STATUS_LABELS, OrderStatus)
        return translate_text(labels[0][labels[1](booking.status)])

    # --- the lists ---------------------------------------------------------------------------------------
    def shown_day(self) -> date:
        return self.day.date().toPython()

    def refresh(self) -> None:
        try:
            resources = list_resources(self.db, self.actor)
        except FrontOfficeError as error:
            self.show_error(error)
            resources = []
        self.model.set_rows(resources)
        self.stack.setCurrentWidget(self.table if resources else self.empty)
        self.show_day()

    def show_day(self, *_args) -> None:
        try:
            found = day_bookings(self.db, self.actor, self.shown_day())
        except FrontOfficeError as error:
            self.show_error(error)
            found = []
        self.bookings.set_rows(found)
        self.no_bookings.setText(self.tr("Nothing is booked on {day}.").format(day=self.shown_day().isoformat()))
        self.day_stack.setCurrentWidget(self.bookings if found else self.no_bookings)

    def selected(self) -> ResourceView | None:
        return self.table.selected()

    def _selected_or_say(self) -> ResourceView | None:
        resource = self.selected()
        if resource is None:
            QMessageBox.information(self, self.windowTitle(), self.tr("Select a room or machine first"))
        return resource

    def select(self, code: str) -> None:
        self.table.select(code)

    # --- actions -----------------------------------------------------------------------------------------
    def mark_out_of_order(self) -> None:
        resource = self._selected_or_say()
        if resource is not None:
            self._ask_and_set(resource, ResourceState.OUT_OF_ORDER,
                              self.tr("What is wrong with {name}?").format(name=resource.name))

    def back_in_service(self) -> None:
        resource = self._selected_or_say()
        if resource is not None:
            self._ask_and_set(resource, ResourceState.IN_SERVICE,
                              self.tr("Note on {name} (optional), e.g. what was repaired:").format(name=resource.name))

    def _ask_and_set(self, resource: ResourceView, state: ResourceState, question: str) -> None:
        note, ok = QInputDialog.getText(self, self.windowTitle(), question)
        if not ok:
            return
        try:
            set_state(self.db, self.actor, resource.code, state, note)
        except FrontOfficeError as error:
            self.show_error(error)
            return
        self.refresh()
        self.select(resource.code)

    def add(self) -> None:
        if not self.add_action.isEnabled():
            return
        dialog = FormDialog(self, self.tr("Add a room or machine"), lambda v: add_resource(
            self.db, self.actor, v["code"], v["name"], v["kind"], v["note"]))
        dialog.add_field("code", self.tr("Code"), QLineEdit(placeholderText="E11"), required=True)
        dialog.add_field("name", self.tr("Name"), QLineEdit(), required=True)
        dialog.add_field("kind", self.tr("Kind"), choices(RESOURCE_KIND_LABELS), required=True)
        dialog.add_field("note", self.tr("Note"), QLineEdit())
        if dialog.exec():
            self.refresh()
            self.select(dialog.result_value.code)

    def show_error(self, error: FrontOfficeError) -> None:
        QMessageBox.warning(self, self.windowTitle(), error_text(error))
