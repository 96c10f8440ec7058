"""Staff requests to use the centre's equipment (设备使用申请单): filed at the desk, approved or rejected by a
manager (refused while a guest has the machine: guests come first), the use recorded on a settlement sheet
(费用结算单) after, and both printed for signatures."""

from datetime import datetime, timedelta
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QGridLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.business.documents import request_form_pdf, settlement_sheet_pdf
from app.business.internal_use import approve, cancel_request, file_request, list_requests, record_use, reject
from app.business.model import (
    CHARGE_UNIT_LABELS,
    REQUEST_STATUS_LABELS,
    RequestDraft,
    RequestStatus,
    RequestView,
    UseLineDraft,
)
from app.business.orders import quantity_text
from app.business.price_list import list_services
from app.business.resources import list_resources
from app.clock import SITE_ZONE, format_local, format_span
from app.database import Database
from app.errors import FrontOfficeError
from app.money import format_yuan
from app.permissions import Actor, Permission
from app.receipts.issuing import MAX_LINES
from app.text import parse_quantity
from ui.business.order_dialogs import site_time
from ui.forms import FormDialog
from ui.i18n import error_text, translate_text
from ui.list_parts import action_toolbar, empty_state
from ui.pdf_preview import PdfPreviewDialog
from ui.printing import A4
from ui.row_table import RowTable
from ui.table_model import Column
from ui.theme import STATUS_AMBER, STATUS_GREEN, STATUS_GREY, STATUS_RED

STATUS_COLOURS = {RequestStatus.PENDING: STATUS_AMBER, RequestStatus.APPROVED: STATUS_GREEN,
                  RequestStatus.USED: STATUS_GREEN}  # rejected and cancelled: grey


class RequestDialog(FormDialog):
    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None):
        super().__init__(parent, self.tr("New equipment-use request"),
                         lambda values: file_request(db, actor, RequestDraft(**values)))
        self.set_intro(self.tr("Staff use the centre's equipment only on a request a manager approves."))
        self.add_field("department", self.tr("Department"), QLineEdit(), required=True)
        self.add_field("requester", self.tr("Requester"), QLineEdit(), required=True)
        resource = self.add_field("resource", self.tr("Room or equipment"), QComboBox())
        resource.addItem(self.tr("None"), None)
        for item in list_resources(db, actor):
            resource.addItem(f"{item.code} {item.name}", item.code)
        start = (datetime.now(SITE_ZONE) + timedelta(hours=1)).replace(minute=0, second=0, microsecond=0)
        for name, label, moment in (("starts_at", self.tr("From"), start),
                                    ("ends_at", self.tr("To"), start + timedelta(hours=2))):
            self.add_field(name, label, QDateTimeEdit(site_time(moment), calendarPopup=True,
                                                      displayFormat="yyyy-MM-dd HH:mm"), required=True)
        self.add_field("reason", self.tr("Reason"), QLineEdit(), required=True)
        self.add_field("content", self.tr("What it is used for"), QLineEdit())


class RecordUseDialog(FormDialog):
    """What was used, one service and quantity a line, priced from the list on the settlement sheet."""

    def __init__(self, db: Database, actor: Actor, request: RequestView, parent: QWidget | None = None):
        super().__init__(parent, self.tr("Record use on {number}").format(number=request.number), self._save)
        self.db, self.actor, self.number = db, actor, request.number
        self.set_intro(self.tr("What {requester} ({department}) used. The settlement sheet charges the department; "
                               "no money is taken.").format(requester=request.requester,
                                                            department=request.department))
        grid = QWidget()
        layout = QGridLayout(grid)
        layout.setContentsMargins(0, 0, 0, 0)
        services = list_services(db, actor)
        self.rows = []
        for row in range(MAX_LINES):
            combo = QComboBox(objectName=f"service{row + 1}")
            combo.addItem("—", None)
            for s in services:
                combo.addItem(f"{s.name}  {format_yuan(s.price)}/{translate_text(CHARGE_UNIT_LABELS[s.unit])}", s.id)
            quantity = QLineEdit(objectName=f"quantity{row + 1}", placeholderText=self.tr("quantity"), maximumWidth=90)
            for column, widget in enumerate((QLabel(f"{row + 1}."), combo, quantity)):
                layout.addWidget(widget, row, column)
            self.rows.append((combo, quantity))
        self.add_field("lines", self.tr("Services used"), grid, required=True)
        self.setMinimumWidth(560)

    def _save(self, _values: dict) -> RequestView:
        filled = [(row, combo.currentData(), quantity.text()) for row, (combo, quantity) in enumerate(self.rows, 1)
                  if combo.currentData() is not None]
        lines = tuple(UseLineDraft(service, parse_quantity(text, row)) for row, service, text in filled)
        try:
            return record_use(self.db, self.actor, self.number, lines)
        except FrontOfficeError as error:
            if isinstance(error.params.get("line"), int):  # the service counts the filled lines; the form, all
                error.params["line"] = filled[error.params["line"] - 1][0]
            raise


class RequestsWindow(QDialog):
    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None):
        super().__init__(parent)
        self.db, self.actor = db, actor
        self.setObjectName("requestsWindow")
        self.setWindowTitle(self.tr("Staff equipment-use requests"))
        self.resize(1120, 660)
        self.table = RowTable([
            Column(self.tr("Number"), lambda r: r.number),
            Column(self.tr("Department"), lambda r: r.department),
            Column(self.tr("Requester"), lambda r: r.requester),
            Column(self.tr("Equipment"), lambda r: f"{r.resource} {r.resource_name}" if r.resource else "—"),
            Column(self.tr("When"), lambda r: format_span(r.starts_at, r.ends_at)),
            Column(self.tr("Status"), self.status_word, None,
                   lambda r: STATUS_RED if r.clashes else STATUS_COLOURS.get(r.status, STATUS_GREY)),
            Column(self.tr("Settled"), lambda r: r.total),
        ], "requestsTable", stretch=5)
        self.model = self.table.rows_model
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # the newest first
        self._build()
        self.refresh()

    def _build(self) -> None:
        toolbar = action_toolbar(self, (
            ("add", self.tr("New request..."), self.new_request, "Ctrl+N"),
            ("enable", self.tr("Approve"), self.approve_selected, None),
            ("disable", self.tr("Reject..."), self.reject_selected, None),
            ("settle", self.tr("Record use..."), self.record_use, None),
            ("print", self.tr("Print request form"), self.print_request_form, QKeySequence.StandardKey.Print),
            ("statement", self.tr("Print settlement sheet"), self.print_settlement_sheet, None),
            ("cancel", self.tr("Cancel request..."), self.cancel_selected, None)))
        self.approve_action, self.reject_action = toolbar.actions()[1:3]
        if not self.actor.can(Permission.APPROVE_INTERNAL_USE):
            for action in (self.approve_action, self.reject_action):
                action.setEnabled(False)
                action.setToolTip(self.tr("Only a manager can approve or reject a request"))
        self.table.selectionModel().selectionChanged.connect(self.show_details)
        self.empty = empty_state(self.tr("No requests yet. When staff of the building need the centre's equipment, "
                                         "file their request here (New request) for a manager to approve."))
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        self.details = QLabel(objectName="details", wordWrap=True, textFormat=Qt.TextFormat.RichText)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(self)
        layout.addWidget(toolbar)
        layout.addWidget(self.stack, 3)
        layout.addWidget(self.details, 1)

    def status_word(self, request: RequestView) -> str:
        word = translate_text(REQUEST_STATUS_LABELS[request.status])
        if request.clashes:
            return self.tr("{status}; clashes with guest order {orders}").format(
                status=word, orders=", ".join(request.clashes))
        return word

    def refresh(self, select: str | None = None) -> None:
        select = select or getattr(self.selected(), "number", None)
        try:
            requests = list_requests(self.db, self.actor)
        except FrontOfficeError as error:
            self.show_error(error)
            requests = []
        self.model.set_rows(requests)
        self.stack.setCurrentWidget(self.table if requests else self.empty)
        if select:
            self.table.select(select)
        self.show_details()

    def selected(self) -> RequestView | None:
        return self.table.selected()

    def show_details(self, *_args) -> None:
        r = self.selected()
        if r is None:
            self.details.setText(self.tr("Select a request to see it in full."))
            return
        parts = [f"<b>{r.number}</b> · {escape(r.department)} · {escape(r.requester)} · "
                 f"{escape(self.status_word(r))}",
                 self.tr("Reason: {reason}").format(reason=escape(r.reason + (f" ({r.content})" if r.content else ""))),
                 self.tr("Filed by {who} at {when}").format(who=escape(r.filed_by), when=format_local(r.filed_at))]
        if r.decided_by:
            parts.append(self.tr("Decided by {who} at {when} {note}").format(
                who=escape(r.decided_by), when=format_local(r.decided_at), note=escape(r.decision_note)))
        if r.settlement_number:
            lines = "".join(f"<tr><td>{escape(line.service)}</td><td align='right'>{quantity_text(line.quantity, line.unit)}"
                            f"</td><td align='right'>{format_yuan(line.amount)}</td></tr>" for line in r.lines)
            parts.append(self.tr("Settlement sheet {number}: {total}").format(
                number=r.settlement_number, total=format_yuan(r.total)) + f"<table cellspacing='6'>{lines}</table>")
        self.details.setText("<br>".join(parts))

    # --- actions: each on the selected request ------------------------------------------------------------
    def _chosen(self, allowed: bool = True) -> RequestView | None:
        request = self.selected() if allowed else None
        if allowed and request is None:
            QMessageBox.information(self, self.windowTitle(), self.tr("Select a request first"))
        return request

    def _dialog(self, make) -> FormDialog | None:
        """The dialog run, when its lists (services, rooms and equipment) could be read and it was saved."""
        try:
            dialog = make()
        except FrontOfficeError as error:
            self.show_error(error)
            return None
        return dialog if dialog.exec() else None

    def new_request(self) -> None:
        if dialog := self._dialog(lambda: RequestDialog(self.db, self.actor, self)):
            self.refresh(dialog.result_value.number)

    def approve_selected(self) -> None:
        if request := self._chosen(self.approve_action.isEnabled()):
            try:
                approve(self.db, self.actor, request.number)
            except FrontOfficeError as error:
                self.show_error(error)
            self.refresh(request.number)

    def reject_selected(self) -> None:
        if request := self._chosen(self.reject_action.isEnabled()):
            self._with_reason(self.tr("Reject {number}"), request, reject)

    def cancel_selected(self) -> None:
        if request := self._chosen():
            self._with_reason(self.tr("Cancel {number}"), request, cancel_request)

    def _with_reason(self, title: str, request: RequestView, service) -> None:
        dialog = FormDialog(self, title.format(number=request.number),
                            lambda values: service(self.db, self.actor, request.number, values["note"]))
        dialog.add_field("note", self.tr("Reason"), QLineEdit(), required=True)
        if dialog.exec():
            self.refresh(request.number)

    def record_use(self) -> None:
        request = self._chosen()
        dialog = self._dialog(lambda: RecordUseDialog(self.db, self.actor, request, self)) if request else None
        if dialog is None:
            return
        done = dialog.result_value
        self.refresh(done.number)
        if QMessageBox.question(self, self.windowTitle(), self.tr(
                "Settlement sheet {sheet}: {total}. Print it now for {requester} to sign?").format(
                sheet=done.settlement_number, total=format_yuan(done.total), requester=done.requester)) \
                == QMessageBox.StandardButton.Yes:
            self.print_settlement_sheet()

    def print_request_form(self) -> None:
        if request := self._chosen():
            self._preview(lambda: request_form_pdf(self.db, self.actor, request.number),
                          self.tr("Request {number}").format(number=request.number), "request_form", request.number)

    def print_settlement_sheet(self) -> None:
        if request := self._chosen():
            self._preview(lambda: settlement_sheet_pdf(self.db, self.actor, request.number),
                          self.tr("Settlement sheet {number}").format(number=request.settlement_number),
                          "settlement_sheet", request.settlement_number or request.number)

    def _preview(self, make, title: str, doc_type: str, name: str) -> None:
        try:
            pdf = make()
        except FrontOfficeError as error:
            self.show_error(error)
            return
        PdfPreviewDialog(pdf, title, doc_type, A4, self, suggested_name=f"{name}.pdf").exec()

    def show_error(self, error: FrontOfficeError) -> None:
        QMessageBox.warning(self, self.windowTitle(), error_text(error))
