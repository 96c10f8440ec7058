"""The selected order beside the list: who, what, when, and where its money stands."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.business.model import CHARGE_UNIT_LABELS, ORDER_STATUS_LABELS, OrderView
from app.clock import format_local, format_span
from app.money import format_yuan
from ui.i18n import translate_text
from ui.row_table import detail_table
from ui.table_model import Column, RowTableModel


class OrderDetails(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.title = QLabel(objectName="orderTitle", textFormat=Qt.TextFormat.RichText, wordWrap=True)
        self.customer = QLabel(objectName="orderCustomer", wordWrap=True)
        self.money = QLabel(objectName="orderMoney", textFormat=Qt.TextFormat.RichText, wordWrap=True)
        self.lines = RowTableModel([
            Column(self.tr("Service"), lambda line: line.service),
            Column(self.tr("Quantity"), lambda line: f"{line.quantity.normalize():f} "
                                                     f"{translate_text(CHARGE_UNIT_LABELS[line.unit])}"),
            Column(self.tr("Price"), lambda line: line.price),
            Column(self.tr("Amount"), lambda line: line.amount),
            Column(self.tr("Booked"), lambda line: f"{line.resource or ''} {format_span(line.starts_at, line.ends_at, year=False)}".strip()),
        ], parent=self)
        table = detail_table(self.lines, "orderLines")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.customer)
        layout.addWidget(table, 1)
        layout.addWidget(self.money)
        self.show_order(None)

    def show_order(self, order: OrderView | None) -> None:
        if order is None:
            self.title.setText(self.tr("Select an order to see it here."))
            self.customer.clear()
            self.money.clear()
            self.lines.set_rows([])
            return
        self.title.setText(f"<b>{order.number}</b> · {translate_text(ORDER_STATUS_LABELS[order.status])}")
        who = [order.customer, order.unit or self.tr("walk-in guest"), order.phone]
        if order.wanted_at:
            who.append(self.tr("wanted {time}").format(time=format_local(order.wanted_at)))
        if order.note:
            who.append(order.note)
        self.customer.setText(" · ".join(part for part in who if part))
        self.lines.set_rows(order.lines)
        money = [self.tr("Estimate <b>{amount}</b>").format(amount=format_yuan(order.estimate)),
                 self.tr("deposit due {amount}").format(amount=format_yuan(order.deposit_due)),
                 self.tr("deposit taken {amount}").format(amount=format_yuan(order.deposit))]
        if order.receipt_number:
            money.append(self.tr("receipt {number}").format(number=order.receipt_number))
        if order.refund_number:
            money.append(self.tr("refund slip {number}: {amount}").format(number=order.refund_number,
                                                                          amount=format_yuan(order.refunded)))
        if order.cancel_reason:
            money.append(self.tr("cancelled: {reason}").format(reason=order.cancel_reason))
        self.money.setText(" · ".join(money))
