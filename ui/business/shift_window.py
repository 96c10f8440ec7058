"""The shift report (交班日结) on screen: for a day and an operator (or the whole centre), every movement of
money at the counter, totals by payment method, receipts issued and voided, deposits held, the cash
expected; the operator counts their own cash against it, and the report prints for signatures."""

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.business.documents import shift_report_pdf
from app.business.model import ShiftReport
from app.business.shift import count_cash, operators, shift_report
from app.clock import local, today
from app.database import Database
from app.errors import FrontOfficeError
from app.money import format_yuan, parse_amount
from app.permissions import Actor
from app.receipts.model import PAYMENT_LABELS
from ui.i18n import error_text, translate_text
from ui.list_parts import action_toolbar, empty_state
from ui.pdf_preview import PdfPreviewDialog
from ui.printing import A4
from ui.row_table import RowTable
from ui.table_model import Column
from ui.theme import STATUS_AMBER, STATUS_GREEN, STATUS_RED


class ShiftWindow(QDialog):
    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None):
        super().__init__(parent)
        self.db, self.actor = db, actor
        self.report: ShiftReport | None = None
        self.setObjectName("shiftWindow")
        self.setWindowTitle(self.tr("Shift report"))
        self.resize(1000, 700)
        kinds = {"deposit": self.tr("Deposit"), "settle": self.tr("Settlement"), "refund": self.tr("Deposit refund"),
                 "void": self.tr("Receipt voided")}

        def method(row) -> str:
            return translate_text(PAYMENT_LABELS[row.method])

        self.movements = RowTable([
            Column(self.tr("Time"), lambda m: m.at, lambda v: f"{local(v):%H:%M}"),
            Column(self.tr("Kind"), lambda m: kinds.get(m.kind, m.kind)),
            Column(self.tr("Document"), lambda m: m.document),
            Column(self.tr("Customer"), lambda m: m.customer),
            Column(self.tr("Method"), method),
            Column(self.tr("Amount"), lambda m: m.amount),
            Column(self.tr("Operator"), lambda m: m.operator),
        ], "movementsTable", stretch=3)
        self.totals = RowTable([
            Column(self.tr("Method"), method),
            Column(self.tr("Deposits"), lambda t: t.deposits),
            Column(self.tr("Settled"), lambda t: t.settled),
            Column(self.tr("Refunds"), lambda t: t.refunds),
            Column(self.tr("Voids"), lambda t: t.voids),
            Column(self.tr("Net"), lambda t: t.net),
        ], "totalsTable")
        self._build()
        self.fill_operators()

    def _build(self) -> None:
        toolbar = action_toolbar(self, (("print", self.tr("Print..."), self.print_report,
                                         QKeySequence.StandardKey.Print),))
        self.day = QDateEdit(calendarPopup=True, displayFormat="yyyy-MM-dd", objectName="day")
        shown = today()
        self.day.setDate(QDate(shown.year, shown.month, shown.day))
        self.day.dateChanged.connect(self.fill_operators)
        self.operator = QComboBox(objectName="operator", minimumContentsLength=12)
        self.operator.currentIndexChanged.connect(self.refresh)
        filters = QHBoxLayout()
        for widget in (QLabel(self.tr("Date")), self.day, QLabel(self.tr("Operator")), self.operator):
            filters.addWidget(widget)
        filters.addStretch()
        self.empty = empty_state(self.tr("No money moved at the counter on this day for this operator."))
        self.stack = QStackedWidget()
        self.stack.addWidget(self.movements)
        self.stack.addWidget(self.empty)
        self.totals.setMaximumHeight(150)
        self.totals.horizontalHeader().setStretchLastSection(False)  # a few figures: no column stretched
        self.summary = QLabel(objectName="summary", wordWrap=True, textFormat=Qt.TextFormat.RichText)
        self.counted = QLineEdit(objectName="counted", placeholderText="0.00", maximumWidth=140)
        self.counted.returnPressed.connect(self.count)
        self.count_button = QPushButton(self.tr("Count cash"), objectName="countCash")
        self.count_button.clicked.connect(self.count)
        self.difference = QLabel(objectName="difference", wordWrap=True)
        count_row = QHBoxLayout()
        for widget in (QLabel(self.tr("Cash counted (¥)")), self.counted, self.count_button):
            count_row.addWidget(widget)
        count_row.addWidget(self.difference, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(toolbar)
        layout.addLayout(filters)
        layout.addWidget(self.stack, 3)
        layout.addWidget(QLabel(self.tr("Totals by payment method")))
        layout.addWidget(self.totals, 1)
        layout.addWidget(self.summary)
        layout.addLayout(count_row)

    def shown_day(self):
        return self.day.date().toPython()

    def fill_operators(self, *_args) -> None:
        """All operators, and each who moved money that day; the acting user always, preselected."""
        try:
            names = operators(self.db, self.actor, self.shown_day())
        except FrontOfficeError as error:
            QMessageBox.warning(self, self.windowTitle(), error_text(error))
            names = {self.actor.username: self.actor.full_name or self.actor.username}
        wanted = self.operator.currentData() if self.operator.count() else self.actor.username
        self.operator.blockSignals(True)
        self.operator.clear()
        self.operator.addItem(self.tr("All operators"), None)
        for username, full_name in names.items():
            self.operator.addItem(full_name, username)
        self.operator.setCurrentIndex(max(0, self.operator.findData(wanted)))
        self.operator.blockSignals(False)
        self.refresh()

    def refresh(self, *_args) -> None:
        name = self.operator.currentData()
        own = name == self.actor.username
        for widget in (self.counted, self.count_button):
            widget.setEnabled(own)
            widget.setToolTip("" if own else self.tr("Each operator counts their own cash: choose yourself"))
        try:
            self.report = shift_report(self.db, self.actor, self.shown_day(), name)
        except FrontOfficeError as error:
            self.report = None
            self.summary.setText(error_text(error))
            return
        self.show_report(self.report)

    def show_report(self, report: ShiftReport) -> None:
        self.movements.set_rows(report.movements)
        self.stack.setCurrentWidget(self.movements if report.movements else self.empty)
        self.totals.set_rows(report.totals)
        numbers = ", ".join(r.number for r in report.receipts) or "—"
        self.summary.setText(self.tr(
            "Receipts issued: <b>{issued}</b> ({numbers}) · voided this day: <b>{voided}</b> · deposits held at the "
            "end of the day: <b>{held}</b> · cash expected: <b>{cash}</b>").format(
            issued=len(report.receipts), numbers=numbers, voided=len(report.voided),
            held=format_yuan(report.deposits_held), cash=format_yuan(report.expected_cash)))
        self.show_difference(report)

    def show_difference(self, report: ShiftReport) -> None:
        difference = report.difference
        if difference is None:
            text, colour = (self.tr("Not counted yet") if report.operator else ""), None
        elif difference == 0:
            text, colour = self.tr("Counted {counted}: exact"), STATUS_GREEN
        elif difference < 0:
            text, colour = self.tr("Counted {counted}: {amount} short"), STATUS_RED
        else:
            text, colour = self.tr("Counted {counted}: {amount} over"), STATUS_AMBER
        self.difference.setText(text.format(counted=format_yuan(report.counted_cash or 0),
                                            amount=format_yuan(abs(difference or 0))))
        self.difference.setStyleSheet(f"color: {colour.name()}; font-weight: bold;" if colour else "")

    def count(self) -> None:
        if not self.count_button.isEnabled():
            return
        try:
            self.report = count_cash(self.db, self.actor, parse_amount(self.counted.text(), "counted"),
                                     self.shown_day())
        except FrontOfficeError as error:
            self.difference.setText(error_text(error))
            self.difference.setStyleSheet(f"color: {STATUS_RED.name()};")
            return
        self.show_report(self.report)

    def print_report(self) -> None:
        day, name = self.shown_day(), self.operator.currentData()
        try:
            pdf = shift_report_pdf(self.db, self.actor, day, name)
        except FrontOfficeError as error:
            QMessageBox.warning(self, self.windowTitle(), error_text(error))
            return
        title = self.tr("Shift report {day} {operator}").format(day=day.isoformat(),
                                                                 operator=self.operator.currentText())
        PdfPreviewDialog(pdf, title, "shift_report", A4, self, suggested_name=f"shift-{day:%Y%m%d}-{name or 'all'}.pdf").exec()
