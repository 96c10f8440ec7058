"""The forms of an order: what is ordered (a grid of services, quantities and bookings), the deposit, the
settlement and the cancellation. They collect values; the services in ``app.business.orders`` decide."""

from datetime import datetime
from decimal import Decimal

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateTimeEdit,
    QLineEdit,
    QWidget,
)

from app.business.model import CHARGE_UNIT_LABELS, LineDraft, OrderDraft, OrderView, ResourceView, ServiceView
from app.business.orders import cancel, change_lines, create_order, settle, take_deposit
from app.clock import SITE_ZONE
from app.database import Database
from app.money import format_yuan, parse_amount
from app.permissions import Actor
from app.receipts.model import MONEY_METHODS, PAYMENT_LABELS, PaymentMethod
from app.text import parse_quantity
from ui.forms import FormDialog, choices, site_datetime
from ui.i18n import translate_text
from ui.line_grid import LineGrid

MAX_ROWS = 8
UNKNOWN_SERVICE = 0
SERVICE, QUANTITY, RESOURCE, STARTS, ENDS = range(5)
COLUMN_WIDTHS = {SERVICE: 300, QUANTITY: 80, RESOURCE: 220, STARTS: 140}  # the last stretches


def site_time(moment: datetime | None = None) -> QDateTime:
    return QDateTime((moment or datetime.now(SITE_ZONE)).astimezone(SITE_ZONE).replace(tzinfo=None))


class LinesEditor(LineGrid):
    """Up to eight lines: a service (type part of its name), a quantity, and for a room or a machine which
    one and from when to when."""

    def __init__(self, services: list[ServiceView], resources: list[ResourceView], parent: QWidget | None = None):
        super().__init__([self.tr("Service"), self.tr("Quantity"), self.tr("Room or machine"), self.tr("From"),
                          self.tr("To")], "linesTable", 760, keep=1, parent=parent)
        self.services = {service.id: service for service in services}
        self.resources = resources

    def add_line(self, service_id: int | None = None, quantity: Decimal | None = None, resource: str | None = None,
                 starts_at: datetime | None = None, ends_at: datetime | None = None) -> int:
        row = self.table.rowCount()
        if row >= MAX_ROWS:
            return row - 1
        self.table.insertRow(row)
        service = QComboBox(editable=True, objectName=f"service{row}")
        service.addItem("", None)
        for item in self.services.values():
            service.addItem(f"{item.name}  {format_yuan(item.price)}/{translate_text(CHARGE_UNIT_LABELS[item.unit])}",
                            item.id)
        service.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        service.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        service.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.table.setCellWidget(row, SERVICE, service)
        self.table.setCellWidget(row, QUANTITY, QLineEdit(f"{quantity.normalize():f}" if quantity else "1",
                                                          objectName=f"quantity{row}"))
        self.table.setCellWidget(row, RESOURCE, QComboBox(objectName=f"resource{row}"))
        start = site_time(starts_at) if starts_at else site_time().addSecs(3600 - site_time().time().minute() * 60)
        self.table.setCellWidget(row, STARTS, QDateTimeEdit(start, displayFormat="MM-dd HH:mm", calendarPopup=True))
        self.table.setCellWidget(row, ENDS, QDateTimeEdit(site_time(ends_at) if ends_at else start.addSecs(7200),
                                                          displayFormat="MM-dd HH:mm", calendarPopup=True))
        service.currentIndexChanged.connect(lambda _index, r=row: self._service_chosen(r))
        if service_id is not None:
            service.setCurrentIndex(service.findData(service_id))
        self._service_chosen(row, resource)
        for column, width in COLUMN_WIDTHS.items():
            self.table.setColumnWidth(column, width)
        return row

    def set_line(self, row: int, service_id: int, quantity: str) -> None:
        """Fills a line as a clerk would: the service chosen, the quantity typed."""
        while self.table.rowCount() <= row:
            self.add_line()
        combo = self.table.cellWidget(row, SERVICE)
        combo.setCurrentIndex(combo.findData(service_id))
        self.table.cellWidget(row, QUANTITY).setText(quantity)

    def _service_chosen(self, row: int, resource: str | None = None) -> None:
        service = self.services.get(self.table.cellWidget(row, SERVICE).currentData())
        books = service.books if service else None
        combo: QComboBox = self.table.cellWidget(row, RESOURCE)
        combo.clear()
        if books is not None:
            for item in self.resources:
                if item.kind is books and item.state.value == "in_service":
                    combo.addItem(f"{item.code} {item.name}", item.code)
            if resource:
                combo.setCurrentIndex(max(combo.findData(resource), 0))
        for column in (RESOURCE, STARTS, ENDS):
            self.table.cellWidget(row, column).setEnabled(books is not None)

    def drafts(self) -> tuple[LineDraft, ...]:
        lines = []
        for row in range(self.table.rowCount()):
            combo = self.table.cellWidget(row, SERVICE)
            if not combo.currentText().strip():
                continue
            chosen = combo.currentText() == combo.itemText(combo.currentIndex())
            service_id = combo.currentData() if chosen else UNKNOWN_SERVICE  # the service names what is not listed
            quantity = parse_quantity(self.table.cellWidget(row, QUANTITY).text(), row + 1)
            service = self.services.get(service_id)
            if service is None or service.books is None:
                lines.append(LineDraft(service_id, quantity))
            else:
                lines.append(LineDraft(service_id, quantity, self.table.cellWidget(row, RESOURCE).currentData(),
                                       site_datetime(self.table.cellWidget(row, STARTS)),
                                       site_datetime(self.table.cellWidget(row, ENDS))))
        return tuple(lines)


class OrderDialog(FormDialog):
    """A new order (the customer, the time wanted, what is ordered) or, given ``order``, its lines corrected."""

    def __init__(self, db: Database, actor: Actor, services: list[ServiceView], resources: list[ResourceView],
                 order: OrderView | None = None, parent: QWidget | None = None):
        self.order = order
        super().__init__(parent, self.tr("Correct order {number}").format(number=order.number) if order
                         else self.tr("New order"), self._submit_with(db, actor))
        if order is None:
            self.add_field("customer", self.tr("Customer"), QLineEdit(placeholderText=self.tr("name or company")),
                           required=True)
            self.add_field("phone", self.tr("Phone"), QLineEdit(placeholderText=self.tr("required for a walk-in guest")))
            self.add_field("unit", self.tr("Tenant unit"), QLineEdit(placeholderText=self.tr("A-1201, empty for a guest")))
            self.add_field("wanted_at", self.tr("Wanted at"), QDateTimeEdit(site_time(), calendarPopup=True,
                                                                            displayFormat="yyyy-MM-dd HH:mm"))
            self.add_field("note", self.tr("Note"), QLineEdit())
        else:
            self.set_intro(self.tr("{customer}: correct the quantities (or the services) before settling.").format(
                customer=order.customer))
        self.lines = self.add_field("lines", self.tr("Services"), LinesEditor(services, resources), required=True)
        self.setMinimumWidth(1040)  # every column of the grid in view: service, quantity, room, from, to
        if order is None:
            self.lines.add_line()
            self.field("customer").setFocus()
        else:
            for line in order.lines:
                self.lines.add_line(line.service_id, line.quantity, line.resource, line.starts_at, line.ends_at)

    def _submit_with(self, db: Database, actor: Actor):
        def submit(values: dict):
            lines = self.lines.drafts()
            if self.order is not None:
                return change_lines(db, actor, self.order.number, lines)
            return create_order(db, actor, OrderDraft(values["customer"], lines, values["phone"], values["unit"],
                                                      values["wanted_at"], values["note"]))
        return submit


class DepositDialog(FormDialog):
    def __init__(self, db: Database, actor: Actor, order: OrderView, parent: QWidget | None = None):
        super().__init__(parent, self.tr("Deposit for order {number}").format(number=order.number),
                         lambda v: take_deposit(db, actor, order.number, parse_amount(v["amount"], "amount"),
                                                v["method"]))
        self.set_intro(self.tr("Estimate {estimate}; the deposit at {rate}% of the services that take one is "
                               "{due}.").format(estimate=format_yuan(order.estimate), due=format_yuan(order.deposit_due),
                                                rate=f"{order.deposit_rate.normalize():f}"))
        self.add_field("amount", self.tr("Deposit (¥)"), QLineEdit(f"{order.deposit_due}"), required=True)
        self.add_field("method", self.tr("Payment method"), choices({m: PAYMENT_LABELS[m] for m in MONEY_METHODS}), required=True)
        self.field("amount").selectAll()


class SettleDialog(FormDialog):
    """The final amount, the deposit offset and the balance; the receipt is issued when this is accepted."""

    def __init__(self, db: Database, actor: Actor, order: OrderView, parent: QWidget | None = None):
        super().__init__(parent, self.tr("Settle order {number}").format(number=order.number),
                         lambda v: settle(db, actor, order.number, v["method"]))
        balance = order.balance
        if order.deposit <= 0:
            text = self.tr("Total {total} to pay.")
        elif balance >= 0:
            text = self.tr("Total {total}, less the deposit {deposit}: {balance} to pay.")
        else:
            text = self.tr("Total {total}, less the deposit {deposit}: {refund} goes back the way the deposit came.")
        self.set_intro(text.format(total=format_yuan(order.estimate), deposit=format_yuan(order.deposit),
                                   balance=format_yuan(balance), refund=format_yuan(-balance)))
        methods = list(MONEY_METHODS) + ([PaymentMethod.ACCOUNT] if order.unit else [])
        self.add_field("method", self.tr("Payment method"), choices({m: PAYMENT_LABELS[m] for m in methods}), required=True)
        if order.deposit_method is not None:
            combo = self.field("method")
            combo.setCurrentIndex(combo.findData(order.deposit_method.value))


class CancelDialog(FormDialog):
    def __init__(self, db: Database, actor: Actor, order: OrderView, parent: QWidget | None = None):
        super().__init__(parent, self.tr("Cancel order {number}").format(number=order.number),
                         lambda v: cancel(db, actor, order.number, v["reason"],
                                          parse_amount(v["refund"], "refund") if order.deposit > 0 else None))
        self.add_field("reason", self.tr("Reason"), QLineEdit(), required=True)
        if order.deposit > 0:
            self.set_intro(self.tr("A deposit of {deposit} was taken. What is not refunded is receipted as a "
                                   "cancellation charge.").format(deposit=format_yuan(order.deposit)))
            self.add_field("refund", self.tr("Refund (¥)"), QLineEdit(f"{order.deposit}"), required=True)
        self.field("reason").setFocus()
