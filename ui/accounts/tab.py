"""业户收费 Owner accounts: units found by room, owner or pinyin initials; a unit's account; payments with
their receipts; the monthly billing run; fee standards; import from Excel; arrears and collection."""

from datetime import timedelta

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.accounts.billing import run_billing
from app.accounts.importing import import_units
from app.accounts.model import UNIT_TYPE_LABELS, period_text
from app.accounts.occupants import occupants
from app.accounts.register import list_units
from app.accounts.reports import unit_account
from app.accounts.statements import reminders_pdf, statement_pdf
from app.clock import today
from app.database import Database
from app.errors import FrontOfficeError
from app.money import format_yuan
from app.paging import Page
from app.permissions import Actor
from ui.accounts.account_view import AccountView
from ui.accounts.dialogs import BuildingDialog, OccupantDialog, PaymentDialog, RateDialog
from ui.accounts.reports_window import ArrearsWindow
from ui.i18n import error_text, translate_text
from ui.list_parts import action_toolbar, empty_state, search_box
from ui.pdf_preview import PdfPreviewDialog
from ui.printing import A4
from ui.receipt_printing import print_receipt
from ui.receipts_window import ReceiptsWindow
from ui.row_table import RowTable
from ui.runner import run_in_background
from ui.sheet_import import SheetImporter
from ui.table_model import Column
from ui.theme import STATUS_RED

SEARCH_DELAY_MS = 0  # each keystroke searches; keys typed while one runs make one search


class OwnerAccountsTab(QWidget):
    def __init__(self, db: Database, actor: Actor, spec=None):
        super().__init__()
        self.db, self.actor = db, actor
        self.tasks = []
        self.table = RowTable([
            Column(self.tr("Unit"), lambda u: u.code, order="code"),
            Column(self.tr("Floor"), lambda u: u.floor, order="floor"),
            Column(self.tr("Area (m²)"), lambda u: u.area, lambda area: f"{area:,.2f}", order="area"),
            Column(self.tr("Type"), lambda u: translate_text(UNIT_TYPE_LABELS[u.unit_type]), order="type"),
            Column(self.tr("Owner"), lambda u: u.owner),
            Column(self.tr("Phone"), lambda u: u.phone),
            Column(self.tr("Owes"), lambda u: u.outstanding, None,
                   lambda u: STATUS_RED if u.outstanding > 0 else None),
            Column(self.tr("Credit"), lambda u: u.credit),
        ], "unitsTable", stretch=4, pages=self.units_page)
        self.model = self.table.rows_model
        self.importer = SheetImporter(self, self.tr("Import units"), lambda path, progress: import_units(
            self.db, self.actor, path, progress), lambda _result: self.refresh(), self._imported_text)
        self._build()
        self.refresh()

    def _build(self) -> None:
        toolbar = action_toolbar(self, (
            ("pay", self.tr("Take payment"), self.take_payment, "Ctrl+N"),
            ("bill", self.tr("Billing run..."), self.billing_run, "Ctrl+B"),
            ("occupant", self.tr("Owner or tenant..."), self.add_occupant, None),
            ("rates", self.tr("Fee standards..."), self.set_rate, None),
            ("import", self.tr("Import units..."), self.import_units, "Ctrl+I"),
            ("building", self.tr("Add building..."), self.add_building, None),
            ("arrears", self.tr("Arrears..."), self.show_arrears, None),
            ("statement", self.tr("Statement"), self.print_statement, None),
            ("reminders", self.tr("Reminders"), self.print_reminders, None),
            ("receipts", self.tr("Receipts..."), self.show_receipts, None)))
        self.search = search_box(self, self.tr("Search room, owner or pinyin initials, e.g. zs for 张三 (Ctrl+F)"))
        self.search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.search_units)
        self.search.textChanged.connect(self.search_timer.start)

        self.table.selectionModel().selectionChanged.connect(self.show_selected)
        self.table.doubleClicked.connect(self.take_payment)
        self.empty = empty_state(self.tr("No units yet. Add the buildings first (Add building), then import the "
                                         "units and owners from an Excel sheet (Import units)."))
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        self.account = AccountView()
        splitter = QSplitter()
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(self.search)
        column.addLayout(row)
        column.addWidget(self.stack)
        splitter.addWidget(left)
        splitter.addWidget(self.account)
        splitter.setSizes([640, 420])
        layout = QVBoxLayout(self)
        layout.addWidget(toolbar)
        layout.addWidget(splitter)

    # --- the list ---------------------------------------------------------------------------------------
    def units_page(self, page: Page) -> list:
        try:
            return list_units(self.db, self.actor, self.search.text(), page)
        except FrontOfficeError as error:
            self.show_error(error)
            return []

    def search_units(self) -> None:
        """What was typed: the first page of what matches it, found by the database."""
        self.model.reload()
        self._shown(None)

    def refresh(self) -> None:
        """After a change: the same rows again as they are now (as many pages as were read), the same unit
        selected."""
        selected = self.selected()
        self.model.reload(at_least=len(self.model.rows))
        self._shown(selected)

    def _shown(self, selected) -> None:
        self.stack.setCurrentWidget(self.table if self.model.rows or self.search.text() else self.empty)
        if selected is not None:
            self.select(selected.code)
        self.show_selected()

    def selected(self):
        return self.table.selected()

    def select(self, code: str) -> None:
        self.table.select(code)

    def show_selected(self, *_args) -> None:
        unit = self.selected()
        try:
            self.account.show_account(unit_account(self.db, self.actor, unit.code) if unit else None,
                                      occupants(self.db, self.actor, unit.code) if unit else [])
        except FrontOfficeError as error:
            self.show_error(error)

    # --- actions ----------------------------------------------------------------------------------------
    def take_payment(self, *_args) -> None:
        unit = self.selected()
        dialog = PaymentDialog(self.db, self.actor, unit.code if unit else "",
                               format_yuan(unit.outstanding) if unit else "", self)
        if not dialog.exec():
            return
        result = dialog.result_value
        self.refresh()
        self.select(result.receipt.unit)
        print_receipt(self, self.db, self.actor, result.receipt)

    def billing_run(self) -> None:
        last_month = (today().replace(day=1) - timedelta(days=1)).replace(day=1)
        period, ok = QInputDialog.getText(self, self.tr("Billing run"), self.tr("Bill the period (YYYY-MM):"),
                                          text=period_text(last_month))
        if ok:
            self._run(self.tr("Billing {period}...").format(period=period),
                      lambda progress: run_billing(self.db, self.actor, period, progress), self._billed)

    def _billed(self, result) -> None:
        self.refresh()
        QMessageBox.information(self, self.tr("Billing run"), self.tr(
            "{period}: {lines} bill lines, {total}; credit applied {credit}.").format(
            period=period_text(result.period), lines=result.lines_created, total=format_yuan(result.total),
            credit=format_yuan(result.credit_applied)))

    def import_units(self) -> None:
        self.importer.choose()

    def _imported_text(self, result) -> str:
        return self.tr("{rows} rows: {changed} units created or changed, {unchanged} unchanged.").format(
            rows=result.rows, changed=result.changed, unchanged=result.unchanged)

    def add_occupant(self) -> None:
        unit = self.selected()
        if unit is None:
            QMessageBox.information(self, self.tr("Owner accounts"), self.tr("Select a unit first"))
            return
        if OccupantDialog(self.db, self.actor, unit.code, self).exec():
            self.refresh()

    def set_rate(self) -> None:
        if RateDialog(self.db, self.actor, self).exec():
            self.refresh()

    def add_building(self) -> None:
        if BuildingDialog(self.db, self.actor, self).exec():
            self.refresh()

    def show_arrears(self) -> None:
        ArrearsWindow(self.db, self.actor, self).exec()

    def print_statement(self) -> None:
        unit = self.selected()
        if unit is None:
            QMessageBox.information(self, self.tr("Statement"), self.tr("Select a unit first"))
            return
        try:
            pdf = statement_pdf(self.db, self.actor, unit.code)
        except FrontOfficeError as error:
            self.show_error(error)
            return
        PdfPreviewDialog(pdf, self.tr("Statement {unit}").format(unit=unit.code), "statement", A4, self,
                         suggested_name=f"statement-{unit.code}.pdf").exec()

    def print_reminders(self) -> None:
        """Reminders for every unit in arrears, built off the window: one PDF, one page or more each."""
        self._run(self.tr("Preparing reminders..."), lambda _progress: reminders_pdf(self.db, self.actor),
                  self._show_reminders)

    def _show_reminders(self, result) -> None:
        pdf, count = result
        PdfPreviewDialog(pdf, self.tr("{count} payment reminders").format(count=count), "reminder", A4, self,
                         suggested_name="reminders.pdf").exec()

    def show_receipts(self) -> None:
        ReceiptsWindow(self.db, self.actor, self).exec()

    def _run(self, title: str, work, on_done) -> None:
        task = run_in_background(self, title, work, on_done, self.show_error)
        self.tasks.append(task)
        task.finished.connect(lambda: self.tasks.remove(task))

    def show_error(self, error: Exception) -> None:
        QMessageBox.warning(self, self.tr("Owner accounts"),
                            error_text(error) if isinstance(error, FrontOfficeError) else str(error))
