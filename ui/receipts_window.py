"""Issued receipts: find them by date and text, see their lines, print or reprint, void (managers), and
check a scanned receipt code. Used from the File menu, and by the tabs that issue receipts."""

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.clock import today
from app.database import Database
from app.errors import FrontOfficeError
from app.money import format_yuan
from app.paging import Page
from app.permissions import Actor
from app.receipts.model import PAYMENT_LABELS, ReceiptKind, ReceiptView
from app.receipts.records import find, verify_code, void
from ui.forms import FormDialog
from ui.i18n import error_text, translate_text
from ui.list_parts import action_toolbar, empty_state, search_box
from ui.receipt_printing import print_receipt
from ui.row_table import RowTable
from ui.table_model import Column
from ui.theme import STATUS_RED


class ReceiptsWindow(QDialog):
    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None):
        super().__init__(parent)
        self.db, self.actor = db, actor
        self.setObjectName("receiptsWindow")
        self.setWindowTitle(self.tr("Receipts"))
        self.resize(1000, 620)
        valid, void_word = self.tr("Valid"), self.tr("Void")
        self.table = RowTable([
            Column(self.tr("Number"), lambda r: r.number, order="number"),
            Column(self.tr("Date"), lambda r: r.business_date, order="date"),
            Column(self.tr("Payer"), lambda r: r.payer, order="payer"),
            Column(self.tr("Unit"), lambda r: r.unit, order="unit"),
            Column(self.tr("Amount"), lambda r: r.total, order="total"),
            Column(self.tr("Payment"), lambda r: translate_text(PAYMENT_LABELS[r.payment_method]), order="method"),
            Column(self.tr("Status"), lambda r: r.is_void, lambda v: void_word if v else valid,
                   lambda r: STATUS_RED if r.is_void else None, order="status"),
            Column(self.tr("Prints"), lambda r: r.print_count, order="prints"),
        ], "receiptsTable", stretch=2, pages=self.receipts_page)
        self.model = self.table.rows_model
        self._build()
        self.refresh()

    def _build(self) -> None:
        toolbar = action_toolbar(self, (
            ("print", self.tr("Print..."), self.print_selected, QKeySequence.StandardKey.Print),
            ("void", self.tr("Void..."), self.void_selected, None),
            ("check", self.tr("Check a code..."), self.check_code, None)))

        self.date_from = QDateEdit(calendarPopup=True, displayFormat="yyyy-MM-dd", objectName="dateFrom")
        self.date_to = QDateEdit(calendarPopup=True, displayFormat="yyyy-MM-dd", objectName="dateTo")
        day = today()
        self.date_from.setDate(QDate(day.year, day.month, 1))
        self.date_to.setDate(QDate(day.year, day.month, day.day))
        self.kind = QComboBox(objectName="kind")
        self.kind.addItem(self.tr("All receipts"), None)
        self.kind.addItem(self.tr("Fee receipts"), ReceiptKind.FEE.value)
        self.kind.addItem(self.tr("Business-centre receipts"), ReceiptKind.BUSINESS.value)
        self.search = search_box(self, self.tr("Search number, payer or unit (Ctrl+F)"))
        self.search_timer = QTimer(self, singleShot=True, interval=0)  # keys typed while a search runs make one
        self.search_timer.timeout.connect(self.search_receipts)
        self.search.textChanged.connect(self.search_timer.start)
        for widget in (self.date_from, self.date_to, self.kind):
            (widget.dateChanged if isinstance(widget, QDateEdit) else widget.currentIndexChanged).connect(
                self.search_receipts)
        filters = QHBoxLayout()
        for widget in (QLabel(self.tr("From")), self.date_from, QLabel(self.tr("to")), self.date_to, self.kind):
            filters.addWidget(widget)
        filters.addWidget(self.search, 1)

        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.table.selectionModel().selectionChanged.connect(self.show_details)
        self.table.doubleClicked.connect(self.print_selected)
        self.empty = empty_state(self.tr("No receipts in these dates. Receipts are issued at the owner-accounts and "
                                         "business-centre tabs; change the dates to look further back."))
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        self.details = QLabel(textFormat=Qt.TextFormat.RichText, objectName="details", wordWrap=True)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(self)
        layout.addWidget(toolbar)
        layout.addLayout(filters)
        layout.addWidget(self.stack, 3)
        layout.addWidget(self.details, 1)

    def receipts_page(self, page: Page) -> list[ReceiptView]:
        try:
            return find(self.db, self.actor, self.date_from.date().toPython(), self.date_to.date().toPython(),
                        self.kind.currentData(), self.search.text(), page)
        except FrontOfficeError as error:
            self.show_error(error)
            return []

    def search_receipts(self) -> None:
        """New dates, kind or search: the first page of what matches, found by the database."""
        self.model.reload()
        self._shown()

    def refresh(self) -> None:
        """After a print or a void: the same rows as they are now."""
        self.model.reload(at_least=len(self.model.rows))
        self._shown()

    def _shown(self) -> None:
        self.stack.setCurrentWidget(self.table if self.model.rows or self.search.text() else self.empty)
        self.show_details()

    def selected(self) -> ReceiptView | None:
        return self.table.selected()

    def select(self, number: str) -> None:
        self.table.select(number)

    def show_details(self, *_args) -> None:
        receipt = self.selected()
        if receipt is None:
            self.details.setText(self.tr("Select a receipt to see its lines."))
            return
        lines = "".join(f"<tr><td>{line.item}</td><td>{line.period}</td><td align='right'>{format_yuan(line.amount)}"
                        f"</td></tr>" for line in receipt.lines)
        status = (self.tr("Void: {reason} ({who})").format(reason=receipt.void_reason, who=receipt.voided_by)
                  if receipt.is_void else self.tr("Valid"))
        operator = self.tr("Operator: {name}").format(name=receipt.operator_name)
        self.details.setText(f"<b>{receipt.number}</b> · {receipt.payer} · {format_yuan(receipt.total)} · {status} · "
                             f"{operator}<table cellspacing='6'>{lines}</table>")

    def print_selected(self, *_args) -> None:
        receipt = self.selected()
        if receipt is None:
            QMessageBox.information(self, self.windowTitle(), self.tr("Select a receipt first"))
            return
        if print_receipt(self, self.db, self.actor, receipt):
            self.refresh()
            self.select(receipt.number)

    def void_selected(self) -> None:
        receipt = self.selected()
        if receipt is None:
            QMessageBox.information(self, self.windowTitle(), self.tr("Select a receipt first"))
            return
        dialog = FormDialog(self, self.tr("Void receipt {number}").format(number=receipt.number),
                            lambda values: void(self.db, self.actor, receipt.number, values["reason"]))
        dialog.set_intro(self.tr("A void receipt keeps its number and prints with 作废. It cannot be undone."))
        dialog.add_field("reason", self.tr("Reason"), QLineEdit(), required=True)
        if dialog.exec():
            self.refresh()
            self.select(receipt.number)

    def check_code(self) -> None:
        dialog = FormDialog(self, self.tr("Check a receipt code"),
                            lambda values: verify_code(self.db, self.actor, values["payload"]))
        dialog.set_intro(self.tr("Scan the QR code of a receipt into this field, or type it."))
        dialog.add_field("payload", self.tr("Code"), QLineEdit(), required=True)
        if not dialog.exec():
            return
        check = dialog.result_value
        receipt = check.receipt
        if not check.genuine:
            QMessageBox.warning(self, self.tr("Not genuine"), self.tr("This receipt is not genuine: it was not made "
                                                                      "by this site, or it was altered."))
        elif receipt.is_void:
            QMessageBox.warning(self, self.tr("Void"), self.tr("Receipt {number} is genuine but void: {reason}").format(
                number=receipt.number, reason=receipt.void_reason))
        else:
            QMessageBox.information(self, self.tr("Genuine"), self.tr("Receipt {number} is genuine: {amount}, paid by "
                                                                      "{payer} on {date}.").format(
                number=receipt.number, amount=format_yuan(receipt.total), payer=receipt.payer,
                date=receipt.business_date.isoformat()))

    def show_error(self, error: FrontOfficeError) -> None:
        QMessageBox.warning(self, self.windowTitle(), error_text(error))
