"""商务中心 Business centre: orders from charge notice to receipt, found by number, customer, phone or pinyin
initials; the deposit, the service, the settlement or the cancellation of the selected order; and the
windows of the price list, rooms and equipment, staff requests and the shift report."""


from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.business.documents import charge_notice_pdf, refund_slip_pdf
from app.business.model import ORDER_MACHINE, ORDER_STATUS_LABELS, OrderAction, OrderStatus
from app.business.orders import get_order, list_orders, start_service
from app.business.price_list import list_services
from app.business.resources import list_resources
from app.database import Database
from app.errors import FrontOfficeError
from app.permissions import Actor
from ui.business.order_dialogs import CancelDialog, DepositDialog, OrderDialog, SettleDialog
from ui.business.order_view import OrderDetails
from ui.business.price_list_window import PriceListWindow
from ui.business.requests_window import RequestsWindow
from ui.business.resources_window import ResourcesWindow
from ui.business.shift_window import ShiftWindow
from ui.i18n import error_text, translate_text
from ui.list_parts import action_toolbar, empty_state, search_box
from ui.pdf_preview import PdfPreviewDialog
from ui.printing import A4
from ui.receipt_printing import print_receipt
from ui.row_table import RowTable
from ui.table_model import Column
from ui.theme import STATUS_AMBER, STATUS_GREEN, STATUS_RED

SEARCH_DELAY_MS = 200
OPEN = (OrderStatus.OPEN, OrderStatus.IN_SERVICE)
ORDER_ACTIONS = {"deposit": OrderAction.TAKE_DEPOSIT, "start": OrderAction.START, "edit": OrderAction.CHANGE,
                 "settle": OrderAction.SETTLE, "cancel": OrderAction.CANCEL}  # toolbar action: the move it makes
STATUS_COLOURS = {OrderStatus.IN_SERVICE: STATUS_AMBER, OrderStatus.COMPLETED: STATUS_GREEN}


class BusinessCentreTab(QWidget):
    def __init__(self, db: Database, actor: Actor, spec=None):
        super().__init__()
        self.db, self.actor = db, actor
        overdue_word = self.tr("overdue")
        self.table = RowTable([
            Column(self.tr("Order"), lambda o: o.number),
            Column(self.tr("Status"), lambda o: translate_text(ORDER_STATUS_LABELS[o.status])
                   + (f" · {overdue_word}" if o.overdue() else ""), None,
                   lambda o: STATUS_RED if o.overdue() else STATUS_COLOURS.get(o.status)),
            Column(self.tr("Customer"), lambda o: f"{o.customer} · {o.unit}" if o.unit else o.customer),
            Column(self.tr("Wanted"), lambda o: o.wanted_at),
            Column(self.tr("Estimate"), lambda o: o.estimate),
            Column(self.tr("Deposit"), lambda o: o.deposit),
            Column(self.tr("Receipt"), lambda o: o.receipt_number or ""),
        ], "ordersTable", stretch=2)
        self._build()
        self.refresh()

    def _build(self) -> None:
        toolbar = action_toolbar(self, (
            ("new_order", self.tr("New order"), self.new_order, "Ctrl+N"),
            ("deposit", self.tr("Deposit"), self.take_deposit, "Ctrl+D"),
            ("start", self.tr("Start service"), self.start_service, None),
            ("edit", self.tr("Correct"), self.correct_order, "Ctrl+E"),
            ("settle", self.tr("Settle and receipt"), self.settle, "Ctrl+Return"),
            ("cancel", self.tr("Cancel order"), self.cancel_order, None),
            ("notice", self.tr("Charge notice"), self.print_notice, "Ctrl+P"),
            ("refund", self.tr("Refund slip"), self.print_refund_slip, None),
            ("requests", self.tr("Staff requests..."), self.show_requests, None),
            ("rooms", self.tr("Rooms and equipment..."), self.show_resources, None),
            ("price_list", self.tr("Price list..."), self.show_price_list, None),
            ("shift", self.tr("Shift report..."), self.show_shift, None)))
        self.actions_by_name = {action.objectName(): action for action in toolbar.actions()}
        self.search = search_box(self, self.tr("Search order number, customer, phone or pinyin initials (Ctrl+F)"))
        self.search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(self.search_timer.start)
        self.status = QComboBox(objectName="statusFilter")
        self.status.addItem(self.tr("Open orders"), OPEN)
        self.status.addItem(self.tr("All orders"), None)
        for status in (OrderStatus.COMPLETED, OrderStatus.CANCELLED):
            self.status.addItem(translate_text(ORDER_STATUS_LABELS[status]), (status,))
        self.status.currentIndexChanged.connect(self.refresh)
        self.table.selectionModel().selectionChanged.connect(self.show_selected)
        self.table.doubleClicked.connect(self.settle)
        self.empty = empty_state(self.tr("No open orders. Take a customer's order with New order (Ctrl+N); the "
                                         "price list, rooms and equipment are kept by a manager (Price list)."))
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        self.details = OrderDetails()
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(self.search, 1)
        row.addWidget(self.status)
        column.addLayout(row)
        column.addWidget(self.stack)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.details)
        splitter.setSizes([640, 460])
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(toolbar)
        layout.addWidget(splitter)

    # --- the list ---------------------------------------------------------------------------------------
    def refresh(self, *_args) -> None:
        selected = self.selected()
        try:
            orders = list_orders(self.db, self.actor, self.search.text(), self.status.currentData())
        except FrontOfficeError as error:
            self.show_error(error)
            orders = []
        self.table.set_rows(orders)
        self.stack.setCurrentWidget(self.table if orders or self.search.text() or self.status.currentIndex()
                                    else self.empty)
        if selected is not None:
            self.select(selected.number)
        self.show_selected()

    def selected(self):
        return self.table.selected()

    def select(self, number: str) -> None:
        self.table.select(number)

    def show_selected(self, *_args) -> None:
        order = self.selected()
        self.details.show_order(order)
        for name, action in ORDER_ACTIONS.items():
            self.actions_by_name[f"{name}Action"].setEnabled(order is not None and ORDER_MACHINE.allows(order.status,
                                                                                                     action))
        self.actions_by_name["noticeAction"].setEnabled(order is not None)
        self.actions_by_name["refundAction"].setEnabled(order is not None and order.refund_number is not None)

    def _current(self):
        return self.table.reload_selected(lambda order: get_order(self.db, self.actor, order.number),
                                          self.tr("Business centre"), self.tr("Select an order first"))

    # --- actions ----------------------------------------------------------------------------------------
    def new_order(self) -> None:
        dialog = self._order_dialog(None)
        if dialog is not None and dialog.exec():
            order = dialog.result_value
            self.status.setCurrentIndex(0)
            self.refresh()
            self.select(order.number)
            if order.deposit_due > 0:
                self.take_deposit()

    def correct_order(self) -> None:
        order = self._current()
        dialog = self._order_dialog(order) if order else None
        if dialog is not None and dialog.exec():
            self.refresh()

    def _order_dialog(self, order):
        try:
            services = list_services(self.db, self.actor)
            resources = list_resources(self.db, self.actor)
        except FrontOfficeError as error:
            self.show_error(error)
            return None
        return OrderDialog(self.db, self.actor, services, resources, order, self)

    def take_deposit(self) -> None:
        order = self._current()
        if order is not None and DepositDialog(self.db, self.actor, order, self).exec():
            self.refresh()

    def start_service(self) -> None:
        order = self._current()
        if order is None:
            return
        try:
            start_service(self.db, self.actor, order.number)
        except FrontOfficeError as error:
            self.show_error(error)
        self.refresh()

    def settle(self, *_args) -> None:
        order = self._current()
        if order is None:
            return
        dialog = SettleDialog(self.db, self.actor, order, self)
        if dialog.exec():
            self.refresh()
            print_receipt(self, self.db, self.actor, dialog.result_value.receipt)

    def cancel_order(self) -> None:
        order = self._current()
        if order is None:
            return
        dialog = CancelDialog(self.db, self.actor, order, self)
        if dialog.exec():
            result = dialog.result_value
            self.refresh()
            if result.refund_number:
                self.print_refund_slip(order=result.order)
            if result.receipt is not None:
                print_receipt(self, self.db, self.actor, result.receipt)

    def print_notice(self) -> None:
        order = self.selected()
        if order is not None:
            self._preview(lambda: charge_notice_pdf(self.db, self.actor, order.number),
                          self.tr("Charge notice {number}").format(number=order.number), "charge_notice",
                          f"{order.number}.pdf")

    def print_refund_slip(self, *_args, order=None) -> None:
        order = order or self._current()
        if order is not None and order.refund_number:
            self._preview(lambda: refund_slip_pdf(self.db, self.actor, order.number),
                          self.tr("Refund slip {number}").format(number=order.refund_number), "refund_slip",
                          f"{order.refund_number}.pdf")

    def _preview(self, make_pdf, title: str, doc_type: str, name: str) -> None:
        try:
            pdf = make_pdf()
        except FrontOfficeError as error:
            self.show_error(error)
            return
        PdfPreviewDialog(pdf, title, doc_type, A4, self, suggested_name=name).exec()

    def show_requests(self) -> None:
        RequestsWindow(self.db, self.actor, self).exec()

    def show_resources(self) -> None:
        ResourcesWindow(self.db, self.actor, self).exec()

    def show_price_list(self) -> None:
        PriceListWindow(self.db, self.actor, self).exec()
        self.refresh()

    def show_shift(self) -> None:
        ShiftWindow(self.db, self.actor, self).exec()

    def show_error(self, error: Exception) -> None:
        QMessageBox.warning(self, self.tr("Business centre"),
                            error_text(error) if isinstance(error, FrontOfficeError) else str(error))
