"""报修 Repair reports at the desk: a fault reported at the counter opens a work order through the repairs tab's
own report form and service, and the clerk follows the orders (open ones by default) with their state as
engineering sees it, the technician and the next deadline, and the selected order's steps beside the list, so a
caller can be told where their repair stands. Dispatching and the later steps belong to engineering."""

from PySide6.QtWidgets import QSplitter

from app.database import Database
from app.errors import FrontOfficeError
from app.permissions import Actor, Permission
from app.repairs.equipment import list_equipment
from app.repairs.model import (
    FINISHED,
    OPEN_STATUSES,
    RESPONDED,
    Source,
    WorkOrderView,
)
from app.repairs.orders import list_orders
from ui.frontdesk.log_page import LogPage
from ui.repairs.order_dialogs import ReportDialog
from ui.repairs.order_view import WorkOrderDetails, status_colour, status_text
from ui.row_table import RowTable
from ui.table_model import Column


def deadline(order: WorkOrderView):
    """The deadline the order is working to now: on site by (until work starts), then finished by; none once
    finished."""
    if order.status in FINISHED:
        return None
    return order.completion_due if order.status in RESPONDED else order.response_due


class RepairReportsPage(LogPage):
    permission = Permission.REPORT_REPAIR

    def __init__(self, db: Database, actor: Actor):
        super().__init__(db, actor)
        self.details = WorkOrderDetails()
        self.setup(RowTable([
            Column(self.tr("Order"), lambda o: o.number),
            Column(self.tr("Status"), status_text, None, status_colour),
            Column(self.tr("Where"), lambda o: o.place),
            Column(self.tr("Fault"), lambda o: o.description),
            Column(self.tr("Reported by"), lambda o: o.reporter),
            Column(self.tr("Reported"), lambda o: o.reported_at),
            Column(self.tr("Technician"), lambda o: o.technician),
            Column(self.tr("Deadline"), deadline, None, status_colour),
        ], "repairReportsTable", stretch=3), (
            ("add", self.tr("Report a repair"), self.new, "F11"),
        ), self.tr("No repair is open. Take a repair report with F11; engineering dispatches it from the Repairs "
                   "tab."), self.tr("Open only"))
        self.place_details()
        self.refresh()

    def place_details(self) -> None:
        """The selected order beside the list."""
        layout = self.layout()
        layout.removeWidget(self.stack)
        splitter = QSplitter(objectName="repairSplitter")
        splitter.addWidget(self.stack)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([940, 340])
        layout.addWidget(splitter, 1)

    def read_only_tip(self) -> str:
        return self.tr("Only staff who take repair reports can report a repair")

    # --- the list ---------------------------------------------------------------------------------------
    def load(self) -> list:
        return list_orders(self.db, self.actor, search=self.search_text(),
                           statuses=OPEN_STATUSES if self.open_only() else None)

    def show_rows(self, *_args) -> None:
        super().show_rows()
        self.details.setVisible(bool(self.rows))  # what to do first, across the page, when there is nothing

    def show_selected(self, *_args) -> None:
        self.details.show_order(self.table.selected())

    # --- actions ----------------------------------------------------------------------------------------
    def new(self) -> None:
        self.wanted.emit()
        try:
            equipment = list_equipment(self.db, self.actor)
        except FrontOfficeError as error:
            self.warn(error)
            return
        self.run(ReportDialog(self.db, self.actor, equipment, self, source=Source.FRONT_DESK.value))
