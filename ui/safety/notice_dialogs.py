"""The forms of a rectification notice after it is issued: the recipient's signature, the re-inspection
that closes it or extends it with a reason, and its cancellation. They collect values; the services in
``app.safety.notices`` decide."""

from datetime import timedelta

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QLineEdit, QWidget

from app.clock import today
from app.database import Database
from app.permissions import Actor
from app.safety.model import NoticeView, Reinspection
from app.safety.notices import ENGINEERING, cancel_notice, reinspect, sign_notice
from ui.forms import FormDialog, now_edit


def notice_intro(notice: NoticeView, found: str, requirement: str) -> str:
    """The notice in a few lines above its form, with the labels of the form's language."""
    return f"{notice.number} · {notice.area} · {notice.recipient}\n{notice.system}：{notice.item}\n" \
        f"{found}：{notice.found}\n{requirement}：{notice.requirement}"


class SignDialog(FormDialog):
    def __init__(self, db: Database, actor: Actor, notice: NoticeView, parent: QWidget | None = None):
        super().__init__(parent, self.tr("Signed for"), lambda v: sign_notice(db, actor, notice.number,
                                                                              v["signed_by"], v["at"]))
        self.set_intro(notice_intro(notice, self.tr("Found"), self.tr("Requirement")))
        self.add_field("signed_by", self.tr("Signed by"), QLineEdit("" if notice.recipient == ENGINEERING
                                                                    else notice.recipient), required=True)
        self.add_field("at", self.tr("When"), now_edit(), required=True)


class ReinspectDialog(FormDialog):
    """Put right: the notice closes. Not yet: a new deadline and the reason."""

    def __init__(self, db: Database, actor: Actor, notice: NoticeView, parent: QWidget | None = None):
        super().__init__(parent, self.tr("Re-inspection"), lambda v: reinspect(db, actor, notice.number, Reinspection(
            v["inspector"], v["passed"], v["note"], v["at"], None if v["passed"] else v["new_deadline"],
            "" if v["passed"] else v["reason"])))
        deadline = self.tr("Deadline: {day}").format(day=notice.deadline.isoformat())
        self.set_intro(notice_intro(notice, self.tr("Found"), self.tr("Requirement")) + "\n" + deadline)
        outcome = QComboBox()
        outcome.addItem(self.tr("Put right: close the notice"), True)
        outcome.addItem(self.tr("Not yet put right: extend the deadline"), False)
        self.add_field("passed", self.tr("Outcome"), outcome, required=True)
        self.add_field("inspector", self.tr("Re-inspected by"), QLineEdit(actor.full_name or actor.username),
                       required=True)
        self.add_field("at", self.tr("When"), now_edit(), required=True)
        self.add_field("note", self.tr("Note"), QLineEdit(placeholderText=self.tr("what was seen")))
        self.add_field("new_deadline", self.tr("New deadline"), QDateEdit(
            QDate(max(notice.deadline, today()) + timedelta(days=7)), calendarPopup=True, displayFormat="yyyy-MM-dd"))
        self.add_field("reason", self.tr("Reason for the extension"), QLineEdit())
        outcome.currentIndexChanged.connect(self._outcome_changed)
        self._outcome_changed()

    def _outcome_changed(self, *_args) -> None:
        extend = not self.field("passed").currentData()
        self.field("new_deadline").setEnabled(extend)
        self.field("reason").setEnabled(extend)


class CancelNoticeDialog(FormDialog):
    def __init__(self, db: Database, actor: Actor, notice: NoticeView, parent: QWidget | None = None):
        super().__init__(parent, self.tr("Cancel notice"), lambda v: cancel_notice(db, actor, notice.number,
                                                                                   v["reason"]))
        self.set_intro(notice_intro(notice, self.tr("Found"), self.tr("Requirement")))
        self.add_field("reason", self.tr("Why"), QLineEdit(placeholderText=self.tr("issued in error, duplicate...")),
                       required=True)
