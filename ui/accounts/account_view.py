"""One unit's account beside the list: its bills, its payments with their receipts, and its balance."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.accounts.model import FEE_ITEM_LABELS, period_text
from app.accounts.reports import UnitAccount
from app.money import format_yuan
from app.receipts.model import PAYMENT_LABELS, PaymentMethod
from ui.i18n import translate_text
from ui.row_table import detail_table
from ui.table_model import Column, RowTableModel
from ui.theme import STATUS_GREEN, STATUS_RED


class AccountView(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.title = QLabel(objectName="accountTitle", textFormat=Qt.TextFormat.RichText)
        self.people = QLabel(objectName="occupants", wordWrap=True)
        paid_word, owed_word, void_word = self.tr("Paid"), self.tr("Owed"), self.tr("void")
        self.bills = RowTableModel([
            Column(self.tr("Period"), lambda line: period_text(line.period)),
            Column(self.tr("Fee item"), lambda line: translate_text(FEE_ITEM_LABELS[line.item])),
            Column(self.tr("Amount"), lambda line: line.amount),
            Column(self.tr("Paid"), lambda line: line.paid),
            Column(self.tr("Status"), lambda line: line.amount - line.paid,
                   lambda owed: paid_word if owed <= 0 else f"{owed_word} {format_yuan(owed)}",
                   lambda line: STATUS_GREEN if line.paid >= line.amount else STATUS_RED),
        ], parent=self)
        self.payments = RowTableModel([
            Column(self.tr("Date"), lambda p: p.business_date),
            Column(self.tr("Amount"), lambda p: p.amount),
            Column(self.tr("Payment"), lambda p: translate_text(PAYMENT_LABELS[PaymentMethod(p.method)])),
            Column(self.tr("Receipt"), lambda p: p.receipt_number + (f" ({void_word})" if p.reversed else ""),
                   None, lambda p: STATUS_RED if p.reversed else None),
        ], parent=self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.people)
        layout.addWidget(QLabel(self.tr("Bills")))
        layout.addWidget(detail_table(self.bills, "billsTable"), 3)
        layout.addWidget(QLabel(self.tr("Payments")))
        layout.addWidget(detail_table(self.payments, "paymentsTable"), 2)
        self.show_account(None)

    def show_account(self, account: UnitAccount | None, people=()) -> None:
        def said(person) -> str:
            role = self.tr("owner") if person.role == "owner" else self.tr("tenant")
            role = self.tr("{role}, pays").format(role=role) if person.pays else role
            named = self.tr("{name} ({role})").format(name=person.name, role=role)
            return f"{named} {person.phone}".strip()

        self.people.setText(" · ".join(said(person) for person in people if person.move_out is None))
        if account is None:
            self.title.setText(self.tr("Select a unit to see its account."))
            self.bills.set_rows([])
            self.payments.set_rows([])
            return
        self.title.setText(self.tr("<b>{unit}</b> · owes <b>{owed}</b> · credit (预交) {credit}").format(
            unit=account.unit, owed=format_yuan(account.outstanding), credit=format_yuan(account.credit)))
        self.bills.set_rows(account.lines)
        self.payments.set_rows(account.payments)
