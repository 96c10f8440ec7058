"""报修派工 Repairs: work orders found by number, place, fault, reporter or pinyin initials, filtered by state,
technician (a technician's queue) and priority, overdue ones in red; each step of the selected order from
the toolbar; the dispatch slip; and the windows of the equipment register, maintenance, the team and the
monthly figures. Opening the tab the first time generates the maintenance orders due today."""

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.database import Database
from app.errors import FrontOfficeError
from app.permissions import Actor, Permission
from app.repairs.documents import dispatch_slip_pdf
from app.repairs.equipment import list_equipment
from app.repairs.maintenance import generate_due
from app.repairs.materials import list_materials
from app.repairs.model import (
    OPEN_STATUSES,
    PRIORITY_LABELS,
    WORK_MACHINE,
    WORK_STATUS_LABELS,
    Priority,
    WorkAction,
    WorkStatus,
)
from app.repairs.orders import get_order, list_orders, overdue_count
from app.repairs.technicians import list_technicians
from ui.i18n import error_text, translate_text
from ui.list_parts import action_toolbar, empty_state, search_box
from ui.pdf_preview import PdfPreviewDialog
from ui.printing import A4
from ui.repairs.equipment_window import EquipmentWindow
from ui.repairs.maintenance_window import MaintenanceWindow
from ui.repairs.order_dialogs import ReportDialog, StepDialog
from ui.repairs.order_view import WorkOrderDetails, status_colour, status_text
from ui.repairs.stats_window import StatsWindow
from ui.repairs.team_window import TeamWindow
from ui.repairs.work_dialog import WorkDialog
from ui.row_table import RowTable
from ui.table_model import Column
from ui.theme import STATUS_RED

SEARCH_DELAY_MS = 200
STEP_ACTIONS = {"dispatch": WorkAction.DISPATCH, "start": WorkAction.START, "hold": WorkAction.HOLD,
                "resume": WorkAction.RESUME, "work": WorkAction.RECORD_WORK, "finish": WorkAction.FINISH,
                "accept": WorkAction.ACCEPT, "rework": WorkAction.REWORK, "follow_up": WorkAction.FOLLOW_UP,
                "cancel": WorkAction.CANCEL}  # toolbar action: the step it takes
OVERDUE = "overdue"


class RepairsTab(QWidget):
    attention = Signal(int)  # open orders past a deadline, shown on the tab

    def __init__(self, db: Database, actor: Actor, spec=None):
        super().__init__()
        self.db, self.actor = db, actor
        self.attention_count = 0
        self.table = RowTable([
            Column(self.tr("Order"), lambda o: o.number),
            Column(self.tr("Status"), status_text, None, status_colour),
            Column(self.tr("Priority"), lambda o: translate_text(PRIORITY_LABELS[o.priority]), None,
                   lambda o: STATUS_RED if o.priority is Priority.URGENT else None),
            Column(self.tr("Where"), lambda o: o.place),
            Column(self.tr("Fault"), lambda o: o.description),
            Column(self.tr("Technician"), lambda o: o.technician),
            Column(self.tr("Reported"), lambda o: o.reported_at),
        ], "ordersTable", stretch=4)
        self.maintenance_generated = False
        self._build()
        self.refresh()

    def showEvent(self, event) -> None:
        """The first time the tab is opened, the maintenance orders due today are made (not at start-up: a
        user who never opens the tab does not wait for them)."""
        super().showEvent(event)
        if not self.maintenance_generated and self.actor.can(Permission.DISPATCH_REPAIRS):
            self.maintenance_generated = True
            try:
                generate_due(self.db, self.actor)
            except FrontOfficeError as error:
                self.show_error(error)

    def _build(self) -> None:
        toolbar = action_toolbar(self, (
            ("add", self.tr("New report"), self.new_report, "Ctrl+N"),
            ("dispatch", self.tr("Dispatch"), lambda: self.step(WorkAction.DISPATCH), "Ctrl+D"),
            ("start", self.tr("Start"), lambda: self.step(WorkAction.START), None),
            ("hold", self.tr("Hold"), lambda: self.step(WorkAction.HOLD), None),
            ("resume", self.tr("Resume"), lambda: self.step(WorkAction.RESUME), None),
            ("work", self.tr("Work done"), self.record_work, "Ctrl+E"),
            ("finish", self.tr("Finish"), lambda: self.step(WorkAction.FINISH), None),
            ("accept", self.tr("Accept"), lambda: self.step(WorkAction.ACCEPT), None),
            ("rework", self.tr("Rework"), lambda: self.step(WorkAction.REWORK), None),
            ("follow_up", self.tr("Follow up"), lambda: self.step(WorkAction.FOLLOW_UP), None),
            ("cancel", self.tr("Cancel"), lambda: self.step(WorkAction.CANCEL), None),
            ("slip", self.tr("Dispatch slip"), self.print_slip, "Ctrl+P")))
        windows = action_toolbar(self, (
            ("equipment", self.tr("Equipment..."), lambda: self._open(EquipmentWindow), None),
            ("maintenance", self.tr("Maintenance..."), lambda: self._open(MaintenanceWindow), None),
            ("team", self.tr("Team..."), lambda: self._open(TeamWindow), None),
            ("stats", self.tr("Figures..."), lambda: self._open(StatsWindow), None)))
        self.actions_by_name = {action.objectName(): action for bar in (toolbar, windows) for action in bar.actions()}
        self.search = search_box(self, self.tr("Search number, place, fault, reporter or pinyin initials (Ctrl+F)"))
        self.search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(self.search_timer.start)
        self.status = QComboBox(objectName="statusFilter")
        self.status.addItem(self.tr("Open orders"), OPEN_STATUSES)
        self.status.addItem(self.tr("Overdue"), OVERDUE)
        self.status.addItem(self.tr("All orders"), None)
        for status in WorkStatus:
            self.status.addItem(translate_text(WORK_STATUS_LABELS[status]), (status,))
        self.technician = QComboBox(objectName="technicianFilter")
        self.priority = QComboBox(objectName="priorityFilter")
        self.priority.addItem(self.tr("All priorities"), None)
        for priority, label in PRIORITY_LABELS.items():
            self.priority.addItem(translate_text(label), priority.value)
        for combo in (self.status, self.technician, self.priority):
            combo.currentIndexChanged.connect(self.refresh)
        self.table.selectionModel().selectionChanged.connect(self.show_selected)
        self.table.doubleClicked.connect(self.next_step)
        self.empty = empty_state(self.tr("No open work orders. Take a repair report with New report (Ctrl+N); "
                                         "technicians, materials and equipment are kept under Team and Equipment."))
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        self.details = WorkOrderDetails()
        row = QHBoxLayout()
        row.addWidget(self.search, 1)
        for combo in (self.status, self.technician, self.priority):
            row.addWidget(combo)
        row.addWidget(windows)
        splitter = QSplitter()
        splitter.addWidget(self.stack)
        splitter.addWidget(self.details)
        splitter.setSizes([760, 480])
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(toolbar)
        layout.addLayout(row)  # the search and filters of the list, and the engineering windows
        layout.addWidget(splitter)

    # --- the list ---------------------------------------------------------------------------------------
    def refresh(self, *_args) -> None:
        selected = self.selected()
        self._fill_technicians()
        wanted = self.status.currentData()
        try:
            orders = list_orders(self.db, self.actor, self.search.text(), None if wanted == OVERDUE else wanted,
                                 self.technician.currentData() or "", self.priority.currentData(),
                                 overdue=wanted == OVERDUE)
            self.attention_count = overdue_count(self.db, self.actor)
        except FrontOfficeError as error:
            self.show_error(error)
            orders = []
        self.table.set_rows(orders)
        filtered = self.search.text() or self.status.currentIndex() or self.technician.currentIndex() \
            or self.priority.currentIndex()
        self.stack.setCurrentWidget(self.table if orders or filtered else self.empty)
        if selected is not None:
            self.table.select(selected.number)
        self.show_selected()
        self.attention.emit(self.attention_count)

    def _fill_technicians(self) -> None:
        chosen = self.technician.currentData()
        try:
            people = list_technicians(self.db, self.actor)
        except FrontOfficeError:
            people = []
        self.technician.blockSignals(True)
        self.technician.clear()
        self.technician.addItem(self.tr("All technicians"), None)
        for person in people:
            self.technician.addItem(self.tr("{name} ({count})").format(name=person.name, count=person.open_orders),
                                    person.name)
        self.technician.setCurrentIndex(max(self.technician.findData(chosen), 0) if chosen else 0)
        self.technician.blockSignals(False)

    def selected(self):
        return self.table.selected()

    def show_selected(self, *_args) -> None:
        order = self.selected()
        self.details.show_order(order)
        may_dispatch = self.actor.can(Permission.DISPATCH_REPAIRS)
        for name, action in STEP_ACTIONS.items():
            allowed = order is not None and WORK_MACHINE.allows(order.status, action)
            allowed = allowed and (may_dispatch or action is WorkAction.FOLLOW_UP)
            self.actions_by_name[f"{name}Action"].setEnabled(allowed)
        self.actions_by_name["slipAction"].setEnabled(order is not None)

    def _current(self):
        return self.table.reload_selected(lambda order: get_order(self.db, self.actor, order.number),
                                          self.tr("Repairs"), self.tr("Select a work order first"))

    # --- actions ----------------------------------------------------------------------------------------
    def new_report(self) -> None:
        try:
            equipment = list_equipment(self.db, self.actor)
        except FrontOfficeError as error:
            self.show_error(error)
            return
        dialog = ReportDialog(self.db, self.actor, equipment, self)
        if dialog.exec():
            self.status.setCurrentIndex(0)
            self.refresh()
            self.table.select(dialog.result_value.number)

    def step(self, action: WorkAction) -> None:
        order = self._current()
        if order is None:
            return
        try:
            people = list_technicians(self.db, self.actor) if action is WorkAction.DISPATCH else []
        except FrontOfficeError as error:
            self.show_error(error)
            return
        if StepDialog(self.db, self.actor, order, action, people, self).exec():
            self.refresh()

    def record_work(self) -> None:
        order = self._current()
        if order is None:
            return
        try:
            materials = list_materials(self.db, self.actor)
        except FrontOfficeError as error:
            self.show_error(error)
            return
        if WorkDialog(self.db, self.actor, order, materials, self).exec():
            self.refresh()

    def next_step(self, *_args) -> None:
        """A double click takes the order's next step forward."""
        order = self.selected()
        if order is None:
            return
        forward = {WorkStatus.REPORTED: WorkAction.DISPATCH, WorkStatus.DISPATCHED: WorkAction.START,
                   WorkStatus.ON_HOLD: WorkAction.RESUME, WorkStatus.AWAITING_ACCEPTANCE: WorkAction.ACCEPT,
                   WorkStatus.COMPLETED: WorkAction.FOLLOW_UP}
        if order.status is WorkStatus.IN_PROGRESS:
            self.record_work()
        elif order.status in forward:
            self.step(forward[order.status])

    def print_slip(self) -> None:
        order = self.selected()
        if order is None:
            return
        try:
            pdf = dispatch_slip_pdf(self.db, self.actor, order.number)
        except FrontOfficeError as error:
            self.show_error(error)
            return
        PdfPreviewDialog(pdf, self.tr("Dispatch slip {number}").format(number=order.number), "dispatch_slip", A4,
                         self, suggested_name=f"{order.number}.pdf").exec()

    def _open(self, window) -> None:
        window(self.db, self.actor, self).exec()
        self.refresh()

    def show_error(self, error: Exception) -> None:
        QMessageBox.warning(self, self.tr("Repairs"),
                            error_text(error) if isinstance(error, FrontOfficeError) else str(error))
