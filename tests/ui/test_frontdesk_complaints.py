"""The complaints page of the front desk, driven as the clerk uses it on a real database: a complaint received,
responded to and closed with the complainant's satisfaction through the forms, each stored exactly; closing
without the satisfaction is refused beside it; a complaint past its deadline is red with how long overdue; the
handling rate of a period, and the deadline that only those allowed may change."""

from datetime import timedelta
from decimal import ROUND_HALF_UP, Decimal

from PySide6.QtCore import QDate, QDateTime, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QLabel, QPushButton, QSpinBox

from app.clock import SITE_ZONE, today
from app.errors import ValidationError
from app.frontdesk.complaints import (
    COMPLAINT_CATEGORY_LABELS,
    COMPLAINT_STATUS_LABELS,
    ComplaintCategory,
    ComplaintDraft,
    ComplaintStatus,
    close,
    get_complaint,
    get_deadline_hours,
    list_complaints,
    receive,
    respond,
)
from app.satisfaction import SATISFACTION_LABELS
from db.types import utcnow
from tests.ui.test_business_windows import cell, opened, row_of
from tests.ui.test_safety_people_windows import choose, enter, type_in
from ui.frontdesk.complaint_dialogs import (
    CloseDialog,
    ComplaintDialog,
    HandlingRateDialog,
    RespondDialog,
)
from ui.frontdesk.complaints_page import ComplaintsPage
from ui.i18n import error_text, translate_text
from ui.theme import STATUS_AMBER, STATUS_GREEN, STATUS_GREY, STATUS_RED

NUMBER, STATUS, COMPLAINANT, CATEGORY, RESPONSE, HANDLED_BY, SATISFACTION = 0, 1, 3, 4, 7, 8, 9
YEAR = today().year


def set_time(dialog, name, moment) -> None:
    local = moment.astimezone(SITE_ZONE).replace(tzinfo=None)
    dialog.findChild(QDateTimeEdit, name).setDateTime(QDateTime(local))


def set_day(dialog, name, day) -> None:
    dialog.findChild(QDateEdit, name).setDate(QDate(day.year, day.month, day.day))


def to_the_minute(moment):
    return moment.astimezone(SITE_ZONE).replace(second=0, microsecond=0)


def complaint(db, clerk, hours_ago: float, complainant="张三", category=ComplaintCategory.NOISE):
    return receive(db, clerk, ComplaintDraft(complainant, category, "楼上装修噪音", "A-1201",
                                             received_at=utcnow() - timedelta(hours=hours_ago)))


def test_a_complaint_is_received_responded_to_and_closed_with_satisfaction_through_the_forms(
        app, qtbot, db, clerk, estate, message_boxes):
    page = opened(qtbot, ComplaintsPage(db, clerk))
    assert page.stack.currentWidget() is page.empty and page.open_box.text() == page.tr("Open only")
    assert page.new_action is page.actions_by_name["addAction"]
    assert page.new_action.shortcut() == QKeySequence("F7")
    assert not page.actions_by_name["follow_upAction"].isEnabled()  # nothing selected
    received = to_the_minute(utcnow() - timedelta(hours=3))
    focus = []

    def fill(dialog):
        focus.append(dialog.focusWidget().objectName())
        type_in(dialog, complainant="张三", unit="a-1201", contact="13800000001", about="楼上装修周末早上七点就开始施工")
        choose(dialog, "category", ComplaintCategory.NOISE.value)
        set_time(dialog, "received_at", received)
        enter(qtbot, dialog, "about")

    message_boxes.answer(ComplaintDialog, fill)
    page.new()
    [saved] = list_complaints(db, clerk)
    assert focus == ["complainant"]
    assert (saved.number, saved.status, saved.complainant, saved.unit, saved.contact, saved.category, saved.about,
            saved.received_at, saved.received_by, saved.due_at) == \
        (f"TS{YEAR}000001", ComplaintStatus.OPEN, "张三", "A-1201", "13800000001", ComplaintCategory.NOISE,
         "楼上装修周末早上七点就开始施工", received, "李前台", received + timedelta(hours=48))
    assert page.table.selected() == saved
    assert (cell(page.table, 0, STATUS), cell(page.table, 0, COMPLAINANT), cell(page.table, 0, CATEGORY)) == \
        (translate_text(COMPLAINT_STATUS_LABELS[ComplaintStatus.OPEN]), "张三 · A-1201", translate_text(COMPLAINT_CATEGORY_LABELS[ComplaintCategory.NOISE]))
    assert page.actions_by_name["follow_upAction"].isEnabled() and page.actions_by_name["finishAction"].isEnabled()

    def answer(dialog):
        type_in(dialog, response="已联系装修户，改为九点后施工", handled_by="工程部 张师傅")
        enter(qtbot, dialog, "handled_by")

    message_boxes.answer(RespondDialog, answer)
    page.actions_by_name["follow_upAction"].trigger()
    responded = get_complaint(db, clerk, saved.number)
    assert (responded.status, responded.response, responded.handled_by) == \
        (ComplaintStatus.HANDLING, "已联系装修户，改为九点后施工", "工程部 张师傅")
    assert page.table.selected() == responded
    assert (cell(page.table, 0, STATUS), cell(page.table, 0, RESPONSE), cell(page.table, 0, HANDLED_BY)) == \
        (translate_text(COMPLAINT_STATUS_LABELS[ComplaintStatus.HANDLING]), "已联系装修户，改为九点后施工", "工程部 张师傅")
    refused = []

    def close_it(dialog):
        enter(qtbot, dialog, "response")  # the satisfaction not asked yet
        refused.append((dialog.isVisible(), dialog.findChild(QLabel, "satisfactionError").text(),
                        get_complaint(db, clerk, saved.number).status))
        choose(dialog, "satisfaction", 4)
        type_in(dialog, response="业主回访确认已改善")
        enter(qtbot, dialog, "response")

    message_boxes.answer(CloseDialog, close_it)
    page.actions_by_name["finishAction"].trigger()
    no_score = ValidationError("Record the complainant's satisfaction, from 1 to 5", field="satisfaction")
    assert refused == [(True, error_text(no_score), ComplaintStatus.HANDLING)]
    closed = get_complaint(db, clerk, saved.number)
    assert (closed.status, closed.satisfaction, closed.response, closed.handled_by, closed.closed_in_time) == \
        (ComplaintStatus.CLOSED, 4, "已联系装修户，改为九点后施工\n业主回访确认已改善", "工程部 张师傅", True)
    assert abs(closed.closed_at - utcnow()) < timedelta(minutes=2)
    assert page.open_box.isChecked() and page.rows == []  # gone from the open ones; all of them show it
    page.show_key(closed.number, open_only=False)
    assert page.table.selected() == closed
    assert (cell(page.table, 0, STATUS), cell(page.table, 0, SATISFACTION)) == \
        (translate_text(COMPLAINT_STATUS_LABELS[ComplaintStatus.CLOSED]), f"4 · {translate_text(SATISFACTION_LABELS[4])}")
    assert cell(page.table, 0, STATUS, Qt.ItemDataRole.ForegroundRole) == STATUS_GREEN
    assert not page.actions_by_name["follow_upAction"].isEnabled()


def test_f7_receives_a_complaint_from_the_keyboard(app, qtbot, db, clerk, estate, message_boxes):
    page = opened(qtbot, ComplaintsPage(db, clerk))
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow, timeout=2000)
    seen = []
    message_boxes.answer(ComplaintDialog, lambda dialog: (seen.append(dialog.focusWidget().objectName()),
                                                          dialog.reject()))
    qtbot.keyClick(page.table, Qt.Key.Key_F7)
    assert seen == ["complainant"] and list_complaints(db, clerk, open_only=False) == []


def test_an_overdue_complaint_is_red_with_how_long_and_a_late_one_grey(app, qtbot, db, clerk, estate):
    overdue = complaint(db, clerk, 48 + 5.5, "张三")  # due 48 hours after it was received
    long_overdue = complaint(db, clerk, 48 + 75, "李四")
    soon = complaint(db, clerk, 40, "王五")
    fresh = complaint(db, clerk, 1, "赵六")
    late = complaint(db, clerk, 60, "华信公司")
    respond(db, clerk, late.number, "已处理", "保洁部")
    close(db, clerk, late.number, 2)
    page = opened(qtbot, ComplaintsPage(db, clerk))
    assert late.number not in [cell(page.table, r, NUMBER) for r in range(page.table.proxy.rowCount())]
    page.open_box.setChecked(False)
    shown = {c.number: (cell(page.table, row_of(page.table, c.number), STATUS),
                        cell(page.table, row_of(page.table, c.number), STATUS, Qt.ItemDataRole.ForegroundRole))
             for c in (overdue, long_overdue, soon, fresh, late)}
    word = translate_text(COMPLAINT_STATUS_LABELS[ComplaintStatus.OPEN])
    assert shown == {
        overdue.number: (page.tr("{status} · overdue {hours} h").format(status=word, hours=5), STATUS_RED),
        long_overdue.number: (page.tr("{status} · overdue {days} d").format(status=word, days=3), STATUS_RED),
        soon.number: (page.tr("{status} · due in {hours} h").format(status=word, hours=8), STATUS_AMBER),
        fresh.number: (word, None),
        late.number: (page.tr("closed late"), STATUS_GREY),
    }


def test_the_handling_rate_of_a_period_and_the_deadline_set_by_a_manager(app, qtbot, db, clerk, manager, estate,
                                                                         message_boxes):
    in_time = complaint(db, clerk, 2, "张三")
    respond(db, clerk, in_time.number, "已处理", "保安部")
    close(db, clerk, in_time.number, 5)
    late = complaint(db, clerk, 72, "李四")  # closed now: a day past its 48 hours
    close(db, clerk, late.number, 3, response="已处理")
    complaint(db, clerk, 80, "王五")  # still open
    complaint(db, clerk, 1, "赵六")  # still open
    complaint(db, clerk, 24 * 20, "华信公司")  # received before the period
    since, until = today() - timedelta(days=10), today()
    received, closed_in_time, closed_late = 4, 1, 1
    rate = (Decimal(closed_in_time) * 100 / received).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    page = opened(qtbot, ComplaintsPage(db, clerk))
    seen = []

    def figures(dialog):
        seen.append((dialog.findChild(QDateEdit, "since").date().toPython(),
                     dialog.findChild(QDateEdit, "until").date().toPython()))
        set_day(dialog, "since", since)
        set_day(dialog, "until", until)
        seen.append(tuple(dialog.findChild(QLabel, name).text()
                          for name in ("received", "closedInTime", "closedLate", "stillOpen", "rate")))
        seen.append((dialog.findChild(QSpinBox, "hours").isEnabled(),
                     dialog.findChild(QPushButton, "setDeadline").isEnabled()))
        set_day(dialog, "since", until + timedelta(days=1))
        seen.append((dialog.findChild(QLabel, "periodError").text(), dialog.findChild(QLabel, "rate").text()))
        dialog.reject()

    message_boxes.answer(HandlingRateDialog, figures)
    page.actions_by_name["statsAction"].trigger()
    backwards = ValidationError("The period ends ({until}) before it begins ({since})", field="until",
                                until=until.isoformat(), since=(until + timedelta(days=1)).isoformat())
    assert seen == [(today().replace(day=1), today()),  # this month by default
                    (str(received), str(closed_in_time), str(closed_late),
                     str(received - closed_in_time - closed_late), f"<b>{rate}%</b>"),
                    (False, False),  # a clerk does not change the site's deadline
                    (error_text(backwards), "")]

    def set_deadline(dialog):
        dialog.findChild(QSpinBox, "hours").setValue(24)
        dialog.findChild(QPushButton, "setDeadline").click()
        dialog.reject()

    message_boxes.answer(HandlingRateDialog, set_deadline)
    HandlingRateDialog(db, manager, page).exec()
    assert get_deadline_hours(db) == 24
    new = receive(db, clerk, ComplaintDraft("周平", ComplaintCategory.PARKING, "车位被占"))
    assert new.due_at - new.received_at == timedelta(hours=24)
