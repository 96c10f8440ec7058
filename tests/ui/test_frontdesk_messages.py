"""The messages and inquiries page of the front desk, driven as the clerk uses it on a real database: a message
taken through the form is stored exactly and selected, then delivered (by whom) or collected; an empty message
or one for nobody is refused beside its field and stores nothing; an inquiry is kept as answered at once; a
message waiting since an earlier day is red with the words."""

from datetime import timedelta

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDateTimeEdit, QLabel

from app.clock import SITE_ZONE, today
from app.errors import ValidationError
from app.frontdesk.messages import (
    MESSAGE_KIND_LABELS,
    MESSAGE_STATUS_LABELS,
    MessageDraft,
    MessageKind,
    MessageStatus,
    get_message,
    list_messages,
    take_message,
)
from db.types import utcnow
from tests.conftest import table_count
from tests.ui.test_business_windows import cell, opened
from tests.ui.test_safety_people_windows import choose, enter, type_in
from ui.frontdesk.messages_page import HandOverDialog, MessageDialog, MessagesPage
from ui.i18n import error_text, translate_text
from ui.theme import STATUS_GREY, STATUS_RED

NUMBER, KIND, STATUS, UNIT, FOR, DONE_BY, DONE_AT = 0, 2, 3, 4, 5, 10, 11


def set_time(dialog, name, moment) -> None:
    local = moment.astimezone(SITE_ZONE).replace(tzinfo=None)
    dialog.findChild(QDateTimeEdit, name).setDateTime(QDateTime(local))


def to_the_minute(moment):
    return moment.astimezone(SITE_ZONE).replace(second=0, microsecond=0)


def test_a_message_taken_through_the_form_is_stored_exactly_then_delivered_by_whom(app, qtbot, db, clerk, estate,
                                                                                    message_boxes):
    page = opened(qtbot, MessagesPage(db, clerk))
    assert page.stack.currentWidget() is page.empty and page.open_box.text() == page.tr("Waiting only")
    assert page.new_action is page.actions_by_name["addAction"]
    assert page.new_action.shortcut() == QKeySequence("F6")
    assert page.actions_by_name["doneAction"].shortcut() == QKeySequence("Shift+F6")
    taken = to_the_minute(utcnow() - timedelta(minutes=40))
    first = []

    def fill(dialog):
        first.append((dialog.focusWidget().objectName(), dialog.field("kind").currentData()))
        type_in(dialog, unit="a-1201", for_person="张三", from_person="刘先生", contact="13911112222",
                text="请回电，关于下周的会议")
        set_time(dialog, "taken_at", taken)
        enter(qtbot, dialog, "text")

    message_boxes.answer(MessageDialog, fill)
    page.new()
    [saved] = list_messages(db, clerk)
    assert first == [("kind", MessageKind.MESSAGE.value)]  # a message unless the clerk says inquiry
    assert (saved.kind, saved.status, saved.unit, saved.for_person, saved.from_person, saved.contact, saved.text,
            saved.taken_at, saved.taken_by, saved.done_at, saved.done_by) == \
        (MessageKind.MESSAGE, MessageStatus.WAITING, "A-1201", "张三", "刘先生", "13911112222", "请回电，关于下周的会议",
         taken, "李前台", None, "")
    assert page.open_box.isChecked() and page.table.selected() == saved
    assert (cell(page.table, 0, NUMBER), cell(page.table, 0, KIND), cell(page.table, 0, STATUS)) == \
        (str(saved.id), translate_text(MESSAGE_KIND_LABELS[MessageKind.MESSAGE]),
         translate_text(MESSAGE_STATUS_LABELS[MessageStatus.WAITING]))
    assert "请回电，关于下周的会议" in page.details.text()
    offered = []

    def deliver(dialog):
        offered.append((dialog.field("message").value(), dialog.focusWidget().objectName()))
        type_in(dialog, by="保安 小王")
        enter(qtbot, dialog, "by")

    message_boxes.answer(HandOverDialog, deliver)
    page.actions_by_name["doneAction"].trigger()
    assert offered == [(saved.id, "by")]  # the selected message, ready for who took it
    delivered = get_message(db, clerk, saved.id)
    assert (delivered.status, delivered.done_by, delivered.recorded_by) == (MessageStatus.DELIVERED, "保安 小王", "李前台")
    assert abs(delivered.done_at - utcnow()) < timedelta(minutes=2)
    assert page.open_box.isChecked() and page.rows == []  # gone from the open ones; all of them show it
    page.show_key(delivered.id, open_only=False)
    assert page.table.selected() == delivered
    assert (cell(page.table, 0, STATUS), cell(page.table, 0, DONE_BY)) == \
        (translate_text(MESSAGE_STATUS_LABELS[MessageStatus.DELIVERED]), "保安 小王")
    assert cell(page.table, 0, STATUS, Qt.ItemDataRole.ForegroundRole) == STATUS_GREY


def test_an_empty_message_and_one_for_nobody_are_refused_beside_their_fields(app, qtbot, db, clerk, estate,
                                                                            message_boxes):
    page = opened(qtbot, MessagesPage(db, clerk))
    shown = []

    def fill(dialog):
        type_in(dialog, unit="A-1201", for_person="张三", text="   ")
        enter(qtbot, dialog, "text")
        shown.append((dialog.isVisible(), dialog.findChild(QLabel, "textError").text(),
                      dialog.focusWidget().objectName(), table_count(db, "desk_message")))
        type_in(dialog, unit="", for_person="", text="请回电")
        enter(qtbot, dialog, "text")
        shown.append((dialog.isVisible(), dialog.findChild(QLabel, "for_personError").text(),
                      dialog.findChild(QLabel, "textError").isHidden(), table_count(db, "desk_message")))
        dialog.reject()

    message_boxes.answer(MessageDialog, fill)
    page.new()
    empty = ValidationError("Write the message or the inquiry and its answer in at most {count} characters",
                            field="text", count=500)
    nobody = ValidationError("Say whom the message is for: a unit, a person, or both", field="for_person")
    assert shown == [(True, error_text(empty), "text", 0), (True, error_text(nobody), True, 0)]
    assert list_messages(db, clerk, waiting_only=False) == [] and page.stack.currentWidget() is page.empty


def test_an_inquiry_is_kept_as_answered_at_once_and_collected_is_recorded_by_whom(app, qtbot, db, clerk, estate,
                                                                                 message_boxes):
    page = opened(qtbot, MessagesPage(db, clerk))

    def inquiry(dialog):
        choose(dialog, "kind", MessageKind.INQUIRY.value)
        type_in(dialog, from_person="访客 赵女士", text="问：停车场几点关门？答：晚上十一点")
        enter(qtbot, dialog, "text")

    message_boxes.answer(MessageDialog, inquiry)
    page.new()
    [answered] = list_messages(db, clerk, waiting_only=False)
    assert (answered.kind, answered.status, answered.from_person, answered.text, answered.done_by) == \
        (MessageKind.INQUIRY, MessageStatus.ANSWERED, "访客 赵女士", "问：停车场几点关门？答：晚上十一点", "李前台")
    assert page.open_box.isChecked() and page.rows == []  # never waiting
    page.show_key(answered.id, open_only=False)
    assert page.table.selected() == answered
    assert (cell(page.table, 0, STATUS), cell(page.table, 0, DONE_BY), cell(page.table, 0, DONE_AT)) == \
        (translate_text(MESSAGE_STATUS_LABELS[MessageStatus.ANSWERED]), "", "")
    assert cell(page.table, 0, STATUS, Qt.ItemDataRole.ForegroundRole) == STATUS_GREY

    message_boxes.close_next()  # an inquiry is not delivered nor collected: nothing is waiting
    page.actions_by_name["userAction"].trigger()
    assert message_boxes.texts == [page.tr("No message is waiting to be delivered or collected.")]

    waiting = take_message(db, clerk, MessageDraft(MessageKind.MESSAGE, "朋友来访未遇", for_person="王五"))
    page.refresh()

    offered = []

    def collect(dialog):
        offered.append(dialog.field("message").value())
        dialog.field("message").setEditText(str(waiting.id))  # the number typed
        type_in(dialog, by="王五")
        enter(qtbot, dialog, "by")

    message_boxes.answer(HandOverDialog, collect)
    page.collected()
    assert offered == [None]  # the inquiry was selected: no message chosen for the clerk
    done = get_message(db, clerk, waiting.id)
    assert (done.status, done.done_by) == (MessageStatus.COLLECTED, "王五")
    assert page.table.selected() == done


def test_a_message_waiting_since_an_earlier_day_is_red_with_the_day(app, qtbot, db, clerk, estate):
    old = take_message(db, clerk, MessageDraft(MessageKind.MESSAGE, "快递放在前台", unit="A-0801",
                                               taken_at=utcnow() - timedelta(days=1)))
    new = take_message(db, clerk, MessageDraft(MessageKind.MESSAGE, "请回电", unit="A-1201"))
    page = opened(qtbot, MessagesPage(db, clerk))
    rows = {cell(page.table, r, UNIT): r for r in range(page.table.proxy.rowCount())}
    assert cell(page.table, rows["A-0801"], STATUS) == page.tr("waiting since {day}").format(
        day=(today() - timedelta(days=1)).isoformat())
    assert cell(page.table, rows["A-0801"], STATUS, Qt.ItemDataRole.ForegroundRole) == STATUS_RED
    assert cell(page.table, rows["A-1201"], STATUS) == translate_text(MESSAGE_STATUS_LABELS[MessageStatus.WAITING])
    assert cell(page.table, rows["A-1201"], STATUS, Qt.ItemDataRole.ForegroundRole) is None
    page.set_search("0801")
    assert [page.table.proxy.index(r, 0).data() for r in range(page.table.proxy.rowCount())] == [str(old.id)]
    assert new.id != old.id


def test_f6_takes_a_message_and_shift_f6_delivers_one_from_the_keyboard(app, qtbot, db, clerk, estate,
                                                                        message_boxes):
    take_message(db, clerk, MessageDraft(MessageKind.MESSAGE, "请回电", unit="A-1201"))
    page = opened(qtbot, MessagesPage(db, clerk))
    seen = []
    for key, dialog, modifier in ((Qt.Key.Key_F6, MessageDialog, Qt.KeyboardModifier.NoModifier),
                                  (Qt.Key.Key_F6, HandOverDialog, Qt.KeyboardModifier.ShiftModifier)):
        page.activateWindow()
        qtbot.waitUntil(page.isActiveWindow, timeout=2000)
        message_boxes.answer(dialog, lambda shown: (seen.append(type(shown)), shown.reject()))
        qtbot.keyClick(page.table, key, modifier)
    assert seen == [MessageDialog, HandOverDialog]
    assert len(list_messages(db, clerk, waiting_only=False)) == 1  # both cancelled with nothing saved
