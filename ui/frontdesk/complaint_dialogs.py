"""The complaint forms: received (from whom, about what), responded to (and by whom), closed with the
complainant's satisfaction; and the handling rate of a period, where the site's deadline is set."""

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.clock import today
from app.database import Database
from app.errors import FrontOfficeError
from app.frontdesk.complaints import (
    COMPLAINT_CATEGORY_LABELS,
    MAX_DEADLINE_HOURS,
    ComplaintDraft,
    ComplaintView,
    close,
    get_deadline_hours,
    handling_rate,
    receive,
    respond,
    set_deadline_hours,
)
from app.permissions import Actor, Permission
from app.satisfaction import SATISFACTION_LABELS
from ui.forms import ERROR_STYLE, FormDialog, choices, choices_by_number, now_edit
from ui.i18n import error_text, translate_text


def satisfaction_text(score: int | None) -> str:
    return "" if score is None else f"{score} · {translate_text(SATISFACTION_LABELS[score])}"


def summary(complaint: ComplaintView) -> str:
    """The complaint a response or a closing is about, and what was answered before."""
    lines = [f"{complaint.number} · {complaint.complainant} {complaint.unit}".strip() + f" · {complaint.about}"]
    if complaint.response:
        lines.append(QCoreApplication.translate("Complaints", "Response so far ({by}): {response}").format(
            by=complaint.handled_by, response=complaint.response))
    return "\n".join(lines)


class ComplaintDialog(FormDialog):
    """Receives a complaint at the desk; it is due within the site's deadline from the time received."""

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None):
        super().__init__(parent, self.tr("Receive a complaint"), lambda v: receive(db, actor, ComplaintDraft(
            v["complainant"], v["category"], v["about"], v["unit"], v["contact"], v["received_at"])))
        self.set_intro(self.tr("The complaint is to be handled and closed within {hours} hours.").format(
            hours=get_deadline_hours(db)))
        self.add_field("complainant", self.tr("Complainant"), QLineEdit(placeholderText="张三"), required=True)
        self.add_field("unit", self.tr("Unit"), QLineEdit(placeholderText="A-1201"))
        self.add_field("contact", self.tr("Contact"), QLineEdit(placeholderText="13800000000"))
        self.add_field("category", self.tr("Category"), choices(COMPLAINT_CATEGORY_LABELS), required=True)
        self.add_field("about", self.tr("About"), QLineEdit(maxLength=500), required=True)
        self.add_field("received_at", self.tr("Received"), now_edit())
        self.setMinimumWidth(560)
        self.field("complainant").setFocus()


class RespondDialog(FormDialog):
    """The response given to a complaint and who handled it (added to any response before)."""

    def __init__(self, db: Database, actor: Actor, complaint: ComplaintView, parent: QWidget | None = None):
        super().__init__(parent, self.tr("Respond to complaint {number}").format(number=complaint.number),
                         lambda v: respond(db, actor, complaint.number, v["response"], v["handled_by"], v["at"]))
        self.set_intro(summary(complaint))
        self.add_field("response", self.tr("Response"), QLineEdit(maxLength=500), required=True)
        self.add_field("handled_by", self.tr("Handled by"), QLineEdit(complaint.handled_by, placeholderText="工程部 张师傅"),
                       required=True)
        self.add_field("at", self.tr("Time"), now_edit())
        self.setMinimumWidth(560)
        self.field("response").setFocus()


class CloseDialog(FormDialog):
    """Closes a complaint with the complainant's satisfaction, and a last response when there is one."""

    def __init__(self, db: Database, actor: Actor, complaint: ComplaintView, parent: QWidget | None = None):
        super().__init__(parent, self.tr("Close complaint {number}").format(number=complaint.number),
                         lambda v: close(db, actor, complaint.number, v["satisfaction"], v["at"],
                                         v["response"] or None))
        self.set_intro(summary(complaint))
        satisfaction = choices_by_number(SATISFACTION_LABELS)
        satisfaction.insertItem(0, self.tr("ask the complainant..."), None)
        satisfaction.setCurrentIndex(0)
        self.add_field("satisfaction", self.tr("Satisfaction"), satisfaction, required=True)
        self.add_field("response", self.tr("Final response"), QLineEdit(maxLength=500),
                       required=not complaint.response)
        self.add_field("at", self.tr("Closed"), now_edit())
        self.setMinimumWidth(560)
        satisfaction.setFocus()


class HandlingRateDialog(QDialog):
    """Of the complaints received in a period (this month by default): received, closed in time, closed late,
    still open, and the handling rate; the site's deadline, which those allowed may change here."""

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None):
        super().__init__(parent)
        self.db, self.actor = db, actor
        self.setWindowTitle(self.tr("Complaint handling rate"))
        first, last = today().replace(day=1), today()
        self.since = QDateEdit(QDate(first.year, first.month, first.day), calendarPopup=True,
                               displayFormat="yyyy-MM-dd", objectName="since")
        self.until = QDateEdit(QDate(last.year, last.month, last.day), calendarPopup=True,
                               displayFormat="yyyy-MM-dd", objectName="until")
        self.error = QLabel(wordWrap=True, styleSheet=ERROR_STYLE, objectName="periodError")
        self.error.hide()
        period = QHBoxLayout()
        for widget in (QLabel(self.tr("From")), self.since, QLabel(self.tr("to")), self.until):
            period.addWidget(widget)
        period.addStretch()
        self.figures = {name: QLabel(objectName=name) for name in ("received", "closedInTime", "closedLate",
                                                                   "stillOpen", "rate")}
        form = QFormLayout()
        form.addRow(self.tr("Period"), period)
        form.addRow("", self.error)
        for name, label in (("received", self.tr("Received")), ("closedInTime", self.tr("Closed in time")),
                            ("closedLate", self.tr("Closed late")), ("stillOpen", self.tr("Still open")),
                            ("rate", self.tr("Handling rate"))):
            form.addRow(label, self.figures[name])
        self.figures["rate"].setTextFormat(Qt.TextFormat.RichText)
        form.addRow(self.tr("Deadline"), self._deadline_row())
        form.addRow("", self.deadline_note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("The handling rate is the share of the complaints received in the period "
                                        "that were closed by their deadline."), wordWrap=True))
        layout.addWidget(buttons)
        self.setMinimumWidth(460)
        for edit in (self.since, self.until):
            edit.dateChanged.connect(self.refresh)
        self.refresh()

    def _deadline_row(self) -> QWidget:
        allowed = self.actor.can(Permission.EDIT_SITE)
        self.hours = QSpinBox(objectName="hours", minimum=1, maximum=MAX_DEADLINE_HOURS,
                              value=get_deadline_hours(self.db), suffix=self.tr(" h"), enabled=allowed)
        self.set_button = QPushButton(self.tr("Set deadline"), objectName="setDeadline", enabled=allowed,
                                      autoDefault=False)
        self.set_button.clicked.connect(self.set_deadline)
        self.deadline_note = QLabel(wordWrap=True, objectName="deadlineNote")
        self.deadline_note.setText(self.tr("New complaints are due this many hours after they are received.")
                                   if allowed else self.tr("Only a manager can change the deadline."))
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.hours)
        line.addWidget(self.set_button)
        line.addStretch()
        return row

    def refresh(self, *_args) -> None:
        try:
            rate = handling_rate(self.db, self.actor, self.since.date().toPython(), self.until.date().toPython())
        except FrontOfficeError as error:
            self.error.setText(error_text(error))
            self.error.show()
            for label in self.figures.values():
                label.clear()
            return
        self.error.hide()
        for name, value in (("received", rate.received), ("closedInTime", rate.closed_in_time),
                            ("closedLate", rate.closed_late), ("stillOpen", rate.still_open)):
            self.figures[name].setText(str(value))
        self.figures["rate"].setText("—" if rate.rate is None else f"<b>{rate.rate}%</b>")

    def set_deadline(self) -> None:
        try:
            hours = set_deadline_hours(self.db, self.actor, self.hours.value())
        except FrontOfficeError as error:
            self.deadline_note.setStyleSheet(ERROR_STYLE)
            self.deadline_note.setText(error_text(error))
            return
        self.deadline_note.setStyleSheet("")
        self.deadline_note.setText(self.tr("Complaints received from now on are due within {hours} hours; those "
                                           "received before keep their deadline.").format(hours=hours))
