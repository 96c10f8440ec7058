"""The errands page of the front desk, driven as the clerk uses it on a real database: an errand requested through
the form is stored exactly and selected; booked, then done with its fee put on the unit's account as one bill line
of that amount; a fee that is not an amount, or one the service refuses, is shown beside the fee field and saves
nothing; an errand still open when it was wanted is red with the word; each step is enabled only where the
errand's state allows it."""

from datetime import timedelta
from decimal import Decimal

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QCheckBox, QDateTimeEdit, QLabel

from app.accounts.model import FeeItem
from app.accounts.reports import unit_account
from app.clock import SITE_ZONE, today
from app.errors import ValidationError
from app.frontdesk.errands import (
    ERRAND_STATUS_LABELS,
    ErrandDraft,
    ErrandKind,
    ErrandStatus,
    book,
    get_errand,
    list_errands,
    request,
)
from db.types import utcnow
from tests.conftest import table_count
from tests.ui.test_business_windows import cell, opened, row_of
from tests.ui.test_safety_people_windows import choose, enter, type_in
from ui.frontdesk.errand_dialogs import BookDialog, CancelErrandDialog, DoneDialog, ErrandDialog
from ui.frontdesk.errands_page import ErrandsPage
from ui.i18n import error_text, translate_text
from ui.theme import STATUS_AMBER, STATUS_GREEN, STATUS_GREY, STATUS_RED

D = Decimal
NUMBER, STATUS, KIND, REQUESTER, UNIT, CONTACT, DETAILS, WANTED, BOOKING, FEE = range(10)
STEPS = ("scheduleAction", "doneAction", "cancelAction")


def errand(**changes) -> ErrandDraft:
    values = dict(kind=ErrandKind.HOTEL, requester="张三", details="国贸大酒店 5月1日—3日 大床房 1 间",
                  unit="A-1201", contact="13800000001")
    values.update(changes)
    return ErrandDraft(**values)


def word(status: ErrandStatus) -> str:
    return translate_text(ERRAND_STATUS_LABELS[status])


def enabled(page) -> tuple[bool, ...]:
    return tuple(page.actions_by_name[name].isEnabled() for name in STEPS)


def test_an_errand_is_requested_through_the_form_with_a_time_and_a_fee(app, qtbot, db, clerk, estate,
                                                                       message_boxes):
    page = opened(qtbot, ErrandsPage(db, clerk))
    assert page.stack.currentWidget() is page.empty
    assert page.new_action.shortcut() == QKeySequence("F9")
    assert page.actions_by_name["doneAction"].shortcut() == QKeySequence("Shift+F9")
    wanted = (utcnow() + timedelta(hours=3)).astimezone(SITE_ZONE).replace(second=0, microsecond=0)
    seen = []

    def fill(dialog):
        when = dialog.field("wanted_at")
        seen.append((dialog.focusWidget().objectName(), when.edit.isEnabled()))
        choose(dialog, "kind", ErrandKind.TAXI.value)
        type_in(dialog, requester="张三", unit="a-1201", contact="13800000001", details="到首都机场 T3，2 人",
                fee="¥1,250.5")
        when.tick.setChecked(True)
        when.edit.setDateTime(QDateTime(wanted.replace(tzinfo=None)))
        enter(qtbot, dialog, "fee")

    message_boxes.answer(ErrandDialog, fill)
    page.new()
    assert seen == [("kind", False)]
    [saved] = list_errands(db, clerk)
    assert (saved.number, saved.kind, saved.status, saved.requester, saved.unit, saved.contact, saved.details,
            saved.wanted_at, saved.fee, saved.charged, saved.taken_by) == \
        (f"DB{today().year}000001", ErrandKind.TAXI, ErrandStatus.REQUESTED, "张三", "A-1201", "13800000001",
         "到首都机场 T3，2 人", wanted, D("1250.50"), False, "李前台")
    assert page.table.selected() == saved
    assert (cell(page.table, 0, STATUS), cell(page.table, 0, FEE), cell(page.table, 0, WANTED)) == \
        (word(ErrandStatus.REQUESTED), "¥1,250.50", wanted.strftime("%Y-%m-%d %H:%M"))
    assert enabled(page) == (True, False, True)  # booked or cancelled; not done before it is booked


def test_without_the_tick_no_time_is_wanted(app, qtbot, db, clerk, estate, message_boxes):
    page = opened(qtbot, ErrandsPage(db, clerk))

    def fill(dialog):
        choose(dialog, "kind", ErrandKind.FLOWERS.value)
        type_in(dialog, requester="李四", details="百合一束，送 A-0801")
        enter(qtbot, dialog, "details")

    message_boxes.answer(ErrandDialog, fill)
    page.new()
    [saved] = list_errands(db, clerk)
    assert (saved.kind, saved.requester, saved.unit, saved.wanted_at, saved.fee) == \
        (ErrandKind.FLOWERS, "李四", "", None, None)


def test_booked_then_done_puts_the_fee_on_the_units_account(app, qtbot, db, clerk, estate, message_boxes):
    asked = request(db, clerk, errand(fee=D("380.00")))
    page = opened(qtbot, ErrandsPage(db, clerk))
    page.table.selectRow(0)

    def booked(dialog):
        assert dialog.field("fee").text() == "380.00"
        type_in(dialog, booking="国贸大酒店 确认号 884512", fee="420")
        enter(qtbot, dialog, "booking")

    message_boxes.answer(BookDialog, booked)
    page.actions_by_name["scheduleAction"].trigger()
    now = get_errand(db, clerk, asked.number)
    assert (now.status, now.booking, now.fee) == (ErrandStatus.BOOKED, "国贸大酒店 确认号 884512", D("420.00"))
    assert page.table.selected() == now and enabled(page) == (False, True, True)
    assert cell(page.table, 0, BOOKING) == "国贸大酒店 确认号 884512"

    def finished(dialog):
        tick = dialog.findChild(QCheckBox, "charge_to_account")
        assert (dialog.field("fee").text(), tick.isEnabled(), tick.isChecked()) == ("420.00", True, False)
        type_in(dialog, fee="436.50")
        tick.setChecked(True)
        enter(qtbot, dialog, "fee")

    message_boxes.answer(DoneDialog, finished)
    page.actions_by_name["doneAction"].trigger()
    now = get_errand(db, clerk, asked.number)
    assert (now.status, now.fee, now.charged) == (ErrandStatus.DONE, D("436.50"), True)
    lines = [line for line in unit_account(db, clerk, "A-1201").lines if line.item is FeeItem.ERRAND]
    assert [(line.amount, line.paid, line.basis) for line in lines] == [(D("436.50"), D("0.00"),
                                                                        f"代办 {asked.number}")]
    assert page.open_box.isChecked() and asked.number not in [e.number for e in page.rows]  # gone from the open ones; all of them show it
    page.show_key(asked.number, open_only=False)
    row = row_of(page.table, asked.number)
    assert cell(page.table, row, STATUS) == page.tr("{status} · on the account").format(
        status=word(ErrandStatus.DONE))
    assert cell(page.table, row, STATUS, Qt.ItemDataRole.ForegroundRole) == STATUS_GREEN
    assert cell(page.table, row, FEE) == "¥436.50"
    assert enabled(page) == (False, False, False)


def test_a_fee_that_is_not_an_amount_is_refused_beside_the_fee_field_and_nothing_is_saved(app, qtbot, db, clerk,
                                                                                         estate, message_boxes):
    page = opened(qtbot, ErrandsPage(db, clerk))
    shown = []

    def fill(dialog):
        type_in(dialog, requester="张三", unit="A-1201", details="洗衣 3 件", fee="12.345")
        enter(qtbot, dialog, "fee")
        shown.append((dialog.isVisible(), dialog.findChild(QLabel, "feeError").text(),
                      dialog.focusWidget().objectName()))
        dialog.reject()

    message_boxes.answer(ErrandDialog, fill)
    page.new()
    refused = ValidationError("An amount has at most two decimal places (fen): {text}", field="fee", text="12.345")
    assert shown == [(True, error_text(refused), "fee")]
    assert table_count(db, "errand") == 0 and page.stack.currentWidget() is page.empty


def test_a_zero_fee_at_booking_is_refused_by_the_service_and_the_errand_stays_requested(app, qtbot, db, clerk,
                                                                                       estate, message_boxes):
    asked = request(db, clerk, errand())
    page = opened(qtbot, ErrandsPage(db, clerk))
    page.table.selectRow(0)
    shown = []

    def fill(dialog):
        type_in(dialog, booking="确认号 884512", fee="0")
        enter(qtbot, dialog, "booking")
        shown.append((dialog.isVisible(), dialog.findChild(QLabel, "feeError").text()))
        dialog.reject()

    message_boxes.answer(BookDialog, fill)
    page.book_selected()
    refused = ValidationError("A fee is in yuan, above zero and at most {max}, with at most two decimals",
                              field="fee", max=D("100000.00"))
    assert shown == [(True, error_text(refused))]
    now = get_errand(db, clerk, asked.number)
    assert (now.status, now.booking, now.fee) == (ErrandStatus.REQUESTED, "", None)


def test_an_errand_without_a_unit_cannot_be_charged_and_is_cancelled_with_its_reason(app, qtbot, db, clerk, estate,
                                                                                    message_boxes):
    asked = book(db, clerk, request(db, clerk, errand(unit="", kind=ErrandKind.TAXI, details="明早 7:30 去机场"))
                 .number, "京B·12345 司机王师傅")
    page = opened(qtbot, ErrandsPage(db, clerk))
    page.table.selectRow(0)
    ticks = []
    message_boxes.answer(DoneDialog, lambda dialog: (ticks.append(
        dialog.findChild(QCheckBox, "charge_to_account").isEnabled()), dialog.reject()))
    page.finish_selected()
    assert ticks == [False]

    def fill(dialog):
        type_in(dialog, reason="客户改乘地铁")
        enter(qtbot, dialog, "reason")

    message_boxes.answer(CancelErrandDialog, fill)
    page.actions_by_name["cancelAction"].trigger()
    now = get_errand(db, clerk, asked.number)
    assert (now.status, now.cancel_reason, now.charged) == (ErrandStatus.CANCELLED, "客户改乘地铁", False)
    assert page.rows == []  # gone from the open ones; all of them show it
    page.show_key(asked.number, open_only=False)
    assert (cell(page.table, 0, STATUS), cell(page.table, 0, BOOKING)) == \
        (word(ErrandStatus.CANCELLED), "京B·12345 司机王师傅 · " + page.tr("cancelled: {reason}").format(
            reason="客户改乘地铁"))
    assert cell(page.table, 0, STATUS, Qt.ItemDataRole.ForegroundRole) == STATUS_GREY
    assert enabled(page) == (False, False, False)


def test_an_errand_wanted_by_now_and_not_done_is_red_with_the_word(app, qtbot, db, clerk, estate):
    request(db, clerk, errand(requester="王五", wanted_at=utcnow() - timedelta(minutes=30)))
    request(db, clerk, errand(requester="李四", wanted_at=utcnow() + timedelta(minutes=40)))
    request(db, clerk, errand(requester="赵六", wanted_at=utcnow() + timedelta(days=2)))
    page = opened(qtbot, ErrandsPage(db, clerk))
    late, soon, later = (row_of(page.table, name, REQUESTER) for name in ("王五", "李四", "赵六"))
    assert cell(page.table, late, STATUS) == page.tr("{status} · overdue").format(
        status=word(ErrandStatus.REQUESTED))
    assert cell(page.table, late, STATUS, Qt.ItemDataRole.ForegroundRole) == STATUS_RED
    assert cell(page.table, late, WANTED, Qt.ItemDataRole.ForegroundRole) == STATUS_RED
    assert cell(page.table, soon, STATUS) == page.tr("{status} · due soon").format(
        status=word(ErrandStatus.REQUESTED))
    assert cell(page.table, soon, STATUS, Qt.ItemDataRole.ForegroundRole) == STATUS_AMBER
    assert cell(page.table, later, STATUS) == word(ErrandStatus.REQUESTED)
    assert cell(page.table, later, STATUS, Qt.ItemDataRole.ForegroundRole) is None


def test_the_search_finds_done_errands_and_the_wanted_time_is_entered_to_the_minute(app, qtbot, db, clerk, estate):
    request(db, clerk, errand(requester="张三"))
    page = opened(qtbot, ErrandsPage(db, clerk))
    page.set_search("zs")  # 张三's pinyin initials
    assert [cell(page.table, r, REQUESTER) for r in range(page.table.proxy.rowCount())] == ["张三"]
    assert page.open_box.isEnabled() is False
    dialog = ErrandDialog(db, clerk, page)
    qtbot.addWidget(dialog)
    assert dialog.findChild(QDateTimeEdit, "time").displayFormat() == "yyyy-MM-dd HH:mm"
