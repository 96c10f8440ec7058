"""投诉 Complaints: received at the desk, responded to, closed with the complainant's satisfaction. Those past
their deadline and not closed are red with how long overdue, those near it amber; closed ones green (in time) or
grey (late). The handling rate of a period and the site's deadline are one dialog away."""

import math
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QLabel, QMessageBox

from app.clock import format_local
from app.database import Database
from app.errors import FrontOfficeError
from app.frontdesk.complaints import (
    COMPLAINT_CATEGORY_LABELS,
    COMPLAINT_STATUS_LABELS,
    ComplaintView,
    get_complaint,
    list_complaints,
)
from app.permissions import Actor
from ui.frontdesk.complaint_dialogs import (
    CloseDialog,
    ComplaintDialog,
    HandlingRateDialog,
    RespondDialog,
    satisfaction_text,
)
from ui.frontdesk.log_page import LogPage
from ui.i18n import translate_text
from ui.row_table import RowTable
from ui.table_model import Column
from ui.theme import STATUS_AMBER, STATUS_GREEN, STATUS_GREY, STATUS_RED

HOUR = timedelta(hours=1)
ABOUT, RESPONSE = 5, 7  # the columns of long text
RESPONSE_WIDTH = 160


class ComplaintsPage(LogPage):
    def __init__(self, db: Database, actor: Actor):
        super().__init__(db, actor)
        self.setup(RowTable([
            Column(self.tr("Number"), lambda c: c.number),
            Column(self.tr("Status"), self.status, None, self.colour),
            Column(self.tr("Received"), lambda c: c.received_at),
            Column(self.tr("Complainant"), lambda c: " · ".join(part for part in (c.complainant, c.unit) if part)),
            Column(self.tr("Category"), lambda c: translate_text(COMPLAINT_CATEGORY_LABELS[c.category])),
            Column(self.tr("About"), lambda c: c.about),
            Column(self.tr("Due"), lambda c: c.due_at),
            Column(self.tr("Response"), lambda c: c.response.replace("\n", " / ")),
            Column(self.tr("Handled by"), lambda c: c.handled_by),
            Column(self.tr("Satisfaction"), lambda c: satisfaction_text(c.satisfaction), None, self.colour),
        ], "complaintsTable", stretch=ABOUT), (
            ("add", self.tr("Receive complaint"), self.new, "F7"),
            ("follow_up", self.tr("Respond"), self.respond, None),
            ("finish", self.tr("Close"), self.close_selected, None),
            ("stats", self.tr("Handling rate"), self.show_rate, None),
        ), self.tr("No complaint is open. Receive one with F7."), self.tr("Open only"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(RESPONSE, QHeaderView.ResizeMode.Interactive)  # responses run long
        header.resizeSection(RESPONSE, RESPONSE_WIDTH)
        self.details = QLabel(wordWrap=True, objectName="details",
                              textInteractionFlags=Qt.TextInteractionFlag.TextSelectableByMouse)
        self.layout().addWidget(self.details)
        self.table.doubleClicked.connect(self.respond)
        self.refresh()

    def status(self, complaint: ComplaintView) -> str:
        word = translate_text(COMPLAINT_STATUS_LABELS[complaint.status])
        at = datetime.now(UTC)
        if complaint.overdue(at):
            hours = max(1, int((at - complaint.due_at) / HOUR))
            if hours >= 48:
                return self.tr("{status} · overdue {days} d").format(status=word, days=hours // 24)
            return self.tr("{status} · overdue {hours} h").format(status=word, hours=hours)
        if complaint.due_soon(at):
            return self.tr("{status} · due in {hours} h").format(
                status=word, hours=math.ceil((complaint.due_at - at) / HOUR))
        if complaint.closed_at is not None and not complaint.closed_in_time:
            return self.tr("closed late")
        return word

    @staticmethod
    def colour(complaint: ComplaintView):
        if complaint.open:
            return STATUS_RED if complaint.overdue() else STATUS_AMBER if complaint.due_soon() else None
        return STATUS_GREEN if complaint.closed_in_time else STATUS_GREY

    def load(self) -> list:
        return list_complaints(self.db, self.actor, open_only=self.open_only(), search=self.search_text())

    def show_selected(self, *_args) -> None:
        complaint = self.table.selected()
        for name in ("follow_upAction", "finishAction"):
            self.enable(self.actions_by_name[name], complaint is not None and complaint.open)
        self.details.setText("" if complaint is None else self.described(complaint))

    def described(self, complaint: ComplaintView) -> str:
        """The selected complaint in full: what the list's columns leave out or cut short."""
        who = " ".join(part for part in (complaint.complainant, complaint.unit, complaint.contact) if part)
        lines = [self.tr("{number} from {who}, received {time} by {clerk}; due {due}").format(
            number=complaint.number, who=who, time=format_local(complaint.received_at), clerk=complaint.received_by,
            due=format_local(complaint.due_at)),
            self.tr("About: {about}").format(about=complaint.about)]
        if complaint.response:
            lines.append(self.tr("Response ({by}): {response}").format(by=complaint.handled_by,
                                                                       response=complaint.response))
        if complaint.closed_at is not None:
            lines.append(self.tr("Closed {time}, satisfaction {satisfaction}").format(
                time=format_local(complaint.closed_at), satisfaction=satisfaction_text(complaint.satisfaction)))
        return "\n".join(lines)

    def new(self) -> None:
        self.wanted.emit()
        try:
            dialog = ComplaintDialog(self.db, self.actor, self)  # reads the site's deadline
        except FrontOfficeError as error:
            self.warn(error)
            return
        self.run(dialog)

    def respond(self, *_args) -> None:
        complaint = self.still_open()
        if complaint is not None:
            self.run(RespondDialog(self.db, self.actor, complaint, self))

    def close_selected(self) -> None:
        complaint = self.still_open()
        if complaint is not None:
            self.run(CloseDialog(self.db, self.actor, complaint, self))

    def still_open(self) -> ComplaintView | None:
        """The selected complaint as it is now, when it is still open (another desk may have closed it)."""
        if not self.may_keep:
            return None
        complaint = self.reload(get_complaint)
        if complaint is not None and not complaint.open:
            QMessageBox.information(self, self.window().windowTitle(), self.tr(
                "Complaint {number} was closed {time}.").format(number=complaint.number,
                                                                time=format_local(complaint.closed_at)))
            self.refresh()
            return None
        return complaint

    def show_rate(self) -> None:
        try:
            dialog = HandlingRateDialog(self.db, self.actor, self)
        except FrontOfficeError as error:
            self.warn(error)
            return
        dialog.exec()
