"""问讯 / 留言 Inquiries and messages: a message for a tenant waits until it is delivered or collected (by whom);
an inquiry is kept with its answer, answered at once. Messages waiting since an earlier day are red."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QMessageBox, QWidget

from app.clock import format_local, today
from app.database import Database
from app.errors import FrontOfficeError
from app.frontdesk.messages import (
    MESSAGE_KIND_LABELS,
    MESSAGE_STATUS_LABELS,
    MessageDraft,
    MessageKind,
    MessageStatus,
    MessageView,
    collected,
    deliver,
    list_messages,
    take_message,
)
from app.permissions import Actor
from ui.forms import FormDialog, choices, now_edit
from ui.frontdesk.log_page import LogPage
from ui.i18n import translate_text
from ui.pick_box import PickBox
from ui.row_table import RowTable
from ui.table_model import Column
from ui.theme import STATUS_GREY, STATUS_RED

SHOWN_TEXT = 24  # characters of a message shown in a line to pick from


class MessageDialog(FormDialog):
    """Takes a message for a tenant, or records an inquiry with the answer given at the desk."""

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None):
        super().__init__(parent, self.tr("Take a message or an inquiry"), lambda v: take_message(db, actor, MessageDraft(
            v["kind"], v["text"], v["unit"], v["for_person"], v["from_person"], v["contact"], v["taken_at"])))
        kind = self.add_field("kind", self.tr("Kind"), choices(MESSAGE_KIND_LABELS), required=True)
        kind.setCurrentIndex(kind.findData(MessageKind.MESSAGE.value))
        self.add_field("unit", self.tr("Unit"), QLineEdit(placeholderText="A-1201"))
        self.add_field("for_person", self.tr("For"), QLineEdit(placeholderText="张三"))
        self.add_field("from_person", self.tr("From"), QLineEdit())
        self.add_field("contact", self.tr("Contact"), QLineEdit(placeholderText="13800000000"))
        self.add_field("text", self.tr("Message"), QLineEdit(maxLength=500), required=True)
        self.add_field("taken_at", self.tr("Time"), now_edit())
        kind.currentIndexChanged.connect(self.kind_changed)
        self.kind_changed()
        self.setMinimumWidth(560)
        self.field("kind").setFocus()

    def kind_changed(self, *_args) -> None:
        if self.field("kind").currentData() == MessageKind.INQUIRY.value:
            self.set_intro(self.tr("An inquiry is answered at the desk: write the question and the answer given. "
                                   "It is kept as answered and needs nothing more."))
            self.field("text").setPlaceholderText("问：…… 答：……")
        else:
            self.set_intro(self.tr("A message waits at the desk until it is delivered to the tenant or collected. "
                                   "Say whom it is for: a unit, a person, or both."))
            self.field("text").setPlaceholderText("请回电")


class HandOverDialog(FormDialog):
    """A waiting message delivered to the tenant (by whom) or collected at the desk (who came for it)."""

    def __init__(self, db: Database, actor: Actor, waiting: list[MessageView], chosen: int | None, collect: bool,
                 parent: QWidget | None = None):
        done = collected if collect else deliver
        super().__init__(parent, self.tr("Message collected") if collect else self.tr("Message delivered"),
                         lambda v: done(db, actor, message_id(v["message"]), v["by"], v["at"]))
        self.add_field("message", self.tr("Message"), PickBox([(message_line(m), m.id) for m in waiting], chosen,
                                                              self.tr("number, unit, name or text")), required=True)
        self.add_field("by", self.tr("Collected by") if collect else self.tr("Delivered by"), QLineEdit(),
                       required=True)
        self.add_field("at", self.tr("Time"), now_edit())
        self.setMinimumWidth(560)
        self.field("by" if chosen is not None else "message").setFocus()


def message_line(message: MessageView) -> str:
    """How a waiting message is offered to pick: its number, when, for whom, from whom, the start of its text."""
    text = message.text if len(message.text) <= SHOWN_TEXT else message.text[:SHOWN_TEXT] + "…"
    return " · ".join(part for part in (str(message.id), format_local(message.taken_at)[5:],
                                        " ".join(p for p in (message.unit, message.for_person) if p),
                                        message.from_person, text) if part)


def message_id(value):
    """The message picked, or its number typed in digits; anything else for the service to refuse."""
    if isinstance(value, str) and value.strip().isdigit():
        return int(value.strip())
    return value


class MessagesPage(LogPage):
    def __init__(self, db: Database, actor: Actor):
        super().__init__(db, actor)
        self.setup(RowTable([
            Column(self.tr("No."), lambda m: m.id),
            Column(self.tr("Time"), lambda m: m.taken_at),
            Column(self.tr("Kind"), lambda m: translate_text(MESSAGE_KIND_LABELS[m.kind])),
            Column(self.tr("Status"), self.status, None, self.colour),
            Column(self.tr("Unit"), lambda m: m.unit),
            Column(self.tr("For"), lambda m: m.for_person),
            Column(self.tr("From"), lambda m: m.from_person),
            Column(self.tr("Contact"), lambda m: m.contact),
            Column(self.tr("Message"), lambda m: m.text),
            Column(self.tr("Taken by"), lambda m: m.taken_by),
            Column(self.tr("Done by"), lambda m: "" if m.kind is MessageKind.INQUIRY else m.done_by),
            Column(self.tr("Done at"), lambda m: None if m.kind is MessageKind.INQUIRY else m.done_at),
        ], "messagesTable", stretch=8), (
            ("add", self.tr("Take message"), self.new, "F6"),
            ("done", self.tr("Delivered"), self.delivered, "Shift+F6"),
            ("user", self.tr("Collected"), self.collected, None),
        ), self.tr("No message is waiting. Take a message or an inquiry with F6."), self.tr("Waiting only"))
        self.details = QLabel(wordWrap=True, objectName="details",
                              textInteractionFlags=Qt.TextInteractionFlag.TextSelectableByMouse)
        self.layout().addWidget(self.details)
        self.table.doubleClicked.connect(self.open_row)
        self.refresh()

    def key_of(self, row) -> object:
        return row.id

    def status(self, message: MessageView) -> str:
        if self.late(message):
            return self.tr("waiting since {day}").format(day=today(message.taken_at).isoformat())
        return translate_text(MESSAGE_STATUS_LABELS[message.status])

    @staticmethod
    def late(message: MessageView) -> bool:
        """Waiting since a day before today: the tenant has not had it yet."""
        return message.waiting and today(message.taken_at) < today()

    def colour(self, message: MessageView):
        return STATUS_RED if self.late(message) else None if message.waiting else STATUS_GREY

    def load(self) -> list:
        return list_messages(self.db, self.actor, waiting_only=self.open_only(), search=self.search_text())

    def show_selected(self, *_args) -> None:
        for name in ("doneAction", "userAction"):
            self.enable(self.actions_by_name[name], True)
        message = self.table.selected()
        self.details.setText("" if message is None else self.described(message))

    def described(self, message: MessageView) -> str:
        """The selected message in full: its whole text, and how it was closed."""
        kind = translate_text(MESSAGE_KIND_LABELS[message.kind])
        who = " ".join(part for part in (message.from_person, message.contact) if part)
        lines = [self.tr("{kind} {number}, taken {time} by {clerk}").format(
            kind=kind, number=message.id, time=format_local(message.taken_at), clerk=message.taken_by)
            + (self.tr(", from {who}").format(who=who) if who else ""), message.text]
        if message.done_at is not None and message.kind is MessageKind.MESSAGE:
            lines.append(self.tr("{status} {time}: {by}").format(
                status=translate_text(MESSAGE_STATUS_LABELS[message.status]), time=format_local(message.done_at),
                by=message.done_by))
        return "\n".join(lines)

    def new(self) -> None:
        self.wanted.emit()
        self.run(MessageDialog(self.db, self.actor, self))

    def open_row(self, *_args) -> None:
        row = self.table.selected()
        if row is not None and row.waiting:
            self.hand_over(collect=False)

    def delivered(self) -> None:
        self.hand_over(collect=False)

    def collected(self) -> None:
        self.hand_over(collect=True)

    def hand_over(self, collect: bool) -> None:
        self.wanted.emit()
        if not self.may_keep:
            return
        try:
            waiting = list_messages(self.db, self.actor, waiting_only=True, kind=MessageKind.MESSAGE)
        except FrontOfficeError as error:
            self.warn(error)
            return
        if not waiting:
            QMessageBox.information(self, self.window().windowTitle(),
                                    self.tr("No message is waiting to be delivered or collected."))
            return
        chosen = self.table.selected()
        chosen_id = chosen.id if chosen is not None and chosen.status is MessageStatus.WAITING else None
        self.run(HandOverDialog(self.db, self.actor, waiting, chosen_id, collect, self))
