"""The business centre's windows driven as the operator and the manager use them, on a real database:
the price list, rooms and equipment with the day's bookings, staff requests, and the shift report."""

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
)

from app.business.internal_use import approve, file_request, get_request, list_requests
from app.business.model import (
    CHARGE_UNIT_LABELS,
    REQUEST_STATUS_LABELS,
    RESOURCE_STATE_LABELS,
    ChargeUnit,
    LineDraft,
    OrderDraft,
    RequestDraft,
    RequestStatus,
    ResourceState,
    ServiceDraft,
)
from app.business.orders import cancel, create_order, settle, start_service, take_deposit
from app.business.price_list import check_service, list_services
from app.business.settings import get_deposit_rate
from app.clock import today
from app.errors import ValidationError
from app.receipts.model import PAYMENT_LABELS, PaymentMethod
from app.receipts.records import void
from tests.business_fixtures import D, at
from ui.business.price_list_window import PriceListWindow, ServiceDialog
from ui.business.requests_window import RecordUseDialog, RequestDialog, RequestsWindow
from ui.business.resources_window import ResourcesWindow
from ui.business.shift_window import ShiftWindow
from ui.forms import FormDialog
from ui.i18n import error_text, translate_text
from ui.pdf_preview import PdfPreviewDialog
from ui.theme import STATUS_AMBER, STATUS_GREEN, STATUS_GREY, STATUS_RED


def cell(table, row, column, role=Qt.ItemDataRole.DisplayRole):
    return table.proxy.index(row, column).data(role)


def row_of(table, text, column=0):
    found = [r for r in range(table.proxy.rowCount()) if cell(table, r, column) == text]
    assert found, f"{text} is not listed"
    return found[0]


def opened(qtbot, window):
    qtbot.addWidget(window)
    window.show()
    return window


def walk_in(centre, *lines, customer="刘先生"):
    return OrderDraft(customer=customer, phone="13911112222", lines=tuple(
        LineDraft(centre[name], D(quantity), *booking) for name, quantity, *booking in lines))


# --- the price list -------------------------------------------------------------------------------------------

def test_a_manager_adds_a_service_through_the_dialog_and_it_appears(app, qtbot, db, centre, manager, message_boxes):
    window = opened(qtbot, PriceListWindow(db, manager))
    assert window.add_action.isEnabled() and window.model.rowCount() == len(centre)

    def fill(dialog):
        dialog.findChild(QLineEdit, "category").setText("文印")  # typed through an input method
        dialog.findChild(QLineEdit, "name").setText("彩色扫描")
        unit = dialog.findChild(QComboBox, "unit")
        unit.setCurrentIndex(unit.findData("page"))
        price = dialog.findChild(QLineEdit, "price")
        qtbot.keyClicks(price, "1.50")
        dialog.findChild(QCheckBox, "takes_deposit").setChecked(True)
        qtbot.keyClick(price, Qt.Key.Key_Return)

    message_boxes.answer(ServiceDialog, fill)
    window.add()
    added = next(s for s in list_services(db, manager) if s.name == "彩色扫描")
    assert (added.category, added.unit, added.price, added.takes_deposit, added.books, added.active) == (
        "文印", ChargeUnit.PAGE, D("1.50"), True, None, True)
    row = row_of(window.table, "彩色扫描", 1)
    assert window.table.selected() == added  # the new service is selected
    assert cell(window.table, row, 2) == translate_text(CHARGE_UNIT_LABELS[ChargeUnit.PAGE])
    assert cell(window.table, row, 3) == "¥1.50"
    assert cell(window.table, row, 3, Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    assert cell(window.table, row, 4) == window.tr("Yes") and cell(window.table, row, 5) == "—"


def test_a_negative_price_is_refused_beside_the_price_field_and_nothing_is_saved(app, qtbot, db, centre, manager,
                                                                                  message_boxes):
    with pytest.raises(ValidationError) as refused:  # what the price list says of a negative price
        check_service(ServiceDraft("彩色扫描", "文印", "page", D("-5.00")))
    window = opened(qtbot, PriceListWindow(db, manager))
    shown = []

    def fill(dialog):
        dialog.findChild(QLineEdit, "category").setText("文印")
        dialog.findChild(QLineEdit, "name").setText("彩色扫描")
        price = dialog.findChild(QLineEdit, "price")
        qtbot.keyClicks(price, "-5")
        qtbot.keyClick(price, Qt.Key.Key_Return)  # refused: the dialog stays open
        shown.append((dialog.isVisible(), dialog.findChild(QLabel, "priceError").text(),
                      dialog.findChild(QLabel, "nameError").isHidden()))
        dialog.reject()

    message_boxes.answer(ServiceDialog, fill)
    window.add()
    assert shown == [(True, error_text(refused.value), True)]
    assert len(list_services(db, manager, include_withdrawn=True)) == len(centre)
    assert window.model.rowCount() == len(centre)


def test_a_manager_withdraws_a_service_and_it_is_greyed_with_a_word(app, qtbot, db, centre, manager, message_boxes):
    window = opened(qtbot, PriceListWindow(db, manager))
    window.table.select("剪报服务", 1)

    def withdraw(dialog):
        assert dialog.findChild(QLineEdit, "price").text() == "20.00"
        dialog.findChild(QCheckBox, "active").setChecked(False)
        dialog.accept()

    message_boxes.answer(ServiceDialog, withdraw)
    window.table.doubleClicked.emit(window.table.currentIndex())  # double-click edits
    row = row_of(window.table, "剪报服务", 1)
    assert cell(window.table, row, 6) == window.tr("Withdrawn")
    assert cell(window.table, row, 1, Qt.ItemDataRole.ForegroundRole) == STATUS_GREY
    assert "剪报服务" not in {s.name for s in list_services(db, manager)}


def test_the_operator_reads_and_searches_the_price_list_but_cannot_change_it(app, qtbot, db, centre, operator,
                                                                            message_boxes):
    window = opened(qtbot, PriceListWindow(db, operator))
    for action in (window.add_action, window.edit_action):
        assert not action.isEnabled() and "经理" in action.toolTip()
    assert window.rate.isReadOnly() and not window.save_rate_button.isEnabled()
    assert window.rate.text() == "50.00"
    window.search.setText("翻译")  # filters as you type
    assert sorted(cell(window.table, r, 1) for r in range(window.proxy.rowCount())) == ["翻译 中译英", "翻译 英译中"]
    window.search.setText("mp")  # pinyin initials: 名片印刷
    assert [cell(window.table, r, 1) for r in range(window.proxy.rowCount())] == ["名片印刷（盒）"]
    window.table.select("名片印刷（盒）", 1)
    window.edit_selected()  # nothing opens for an operator
    window.add()
    assert message_boxes.texts == [] and len(list_services(db, operator)) == len(centre)


def test_a_manager_sets_the_deposit_rate_and_a_bad_one_is_refused_beside_it(app, qtbot, db, centre, manager):
    window = opened(qtbot, PriceListWindow(db, manager))
    window.rate.setText("120")
    qtbot.keyClick(window.rate, Qt.Key.Key_Return)
    assert window.rate_error.text() == error_text(ValidationError(
        "The deposit rate is a percentage from 0 to 100", field="deposit_rate"))
    assert get_deposit_rate(db) == D("50.00")
    window.rate.setText("30")
    window.save_rate_button.click()
    assert get_deposit_rate(db) == D("30.00") and window.rate.text() == "30.00"


# --- rooms and equipment ---------------------------------------------------------------------------------------

def test_marking_e03_out_of_order_shows_it_red_with_the_word_and_back_in_service_green(app, qtbot, db, centre,
                                                                                     operator, message_boxes):
    window = opened(qtbot, ResourcesWindow(db, operator))
    assert not window.add_action.isEnabled() and "经理" in window.add_action.toolTip()
    row = row_of(window.table, "E03")
    assert cell(window.table, row, 3) == window.tr("Available")
    assert cell(window.table, row, 3, Qt.ItemDataRole.ForegroundRole) == STATUS_GREEN
    window.select("E03")
    message_boxes.answer(QInputDialog, lambda dialog: (dialog.setTextValue("灯泡坏了"), dialog.accept()))
    window.mark_out_of_order()
    row = row_of(window.table, "E03")
    assert cell(window.table, row, 3) == translate_text(RESOURCE_STATE_LABELS[ResourceState.OUT_OF_ORDER])
    assert cell(window.table, row, 5) == "灯泡坏了"
    assert cell(window.table, row, 3, Qt.ItemDataRole.ForegroundRole) == STATUS_RED
    message_boxes.answer(QInputDialog, lambda dialog: (dialog.setTextValue("换了灯泡"), dialog.accept()))
    window.back_in_service()  # E03 stays selected
    assert cell(window.table, row_of(window.table, "E03"), 3, Qt.ItemDataRole.ForegroundRole) == STATUS_GREEN


def test_equipment_out_on_an_order_shows_the_order_in_amber_and_an_overdue_return_in_red(app, qtbot, db, centre,
                                                                                        operator):
    now = datetime.now().astimezone()
    out = create_order(db, operator, walk_in(centre, ("投影仪租赁", "1", "E03", now - timedelta(hours=1),
                                                      now + timedelta(hours=5))))
    late = create_order(db, operator, walk_in(centre, ("照相机租赁", "1", "E05", now - timedelta(hours=5),
                                                       now - timedelta(hours=1))))
    for order in (out, late):
        start_service(db, operator, order.number)
    window = opened(qtbot, ResourcesWindow(db, operator))
    e03, e05 = row_of(window.table, "E03"), row_of(window.table, "E05")
    assert out.number in cell(window.table, e03, 3)
    assert cell(window.table, e03, 3, Qt.ItemDataRole.ForegroundRole) == STATUS_AMBER
    assert cell(window.table, e03, 4, Qt.ItemDataRole.ForegroundRole) is None
    assert late.number in cell(window.table, e05, 3) and window.tr("overdue") in cell(window.table, e05, 4)
    assert cell(window.table, e05, 3, Qt.ItemDataRole.ForegroundRole) == STATUS_RED
    assert cell(window.table, e05, 4, Qt.ItemDataRole.ForegroundRole) == STATUS_RED


def test_a_room_booked_on_an_order_appears_in_the_day_view(app, qtbot, db, centre, operator):
    day = today() + timedelta(days=2)
    order = create_order(db, operator, walk_in(centre, ("小会议室（10人） 按小时", "3", "R01", at(day, 9),
                                                        at(day, 12)), customer="华信公司"))
    window = opened(qtbot, ResourcesWindow(db, operator))
    assert window.day_stack.currentWidget() is window.no_bookings  # nothing today
    assert today().isoformat() in window.no_bookings.text()
    window.day.setDate(QDate(day.year, day.month, day.day))
    assert window.day_stack.currentWidget() is window.bookings
    assert [cell(window.bookings, 0, c) for c in range(6)] == [
        "R01 小会议室（10人）", "09:00", "12:00", order.number, "华信公司", window.tr("Guest")]


def test_a_manager_adds_a_machine_and_a_duplicate_code_is_refused_beside_it(app, qtbot, db, centre, manager,
                                                                          message_boxes):
    window = opened(qtbot, ResourcesWindow(db, manager))
    errors = []

    def fill(dialog):
        code = dialog.findChild(QLineEdit, "code")
        code.setText("E03")
        dialog.findChild(QLineEdit, "name").setText("扫描仪")
        qtbot.keyClick(code, Qt.Key.Key_Return)
        errors.append(dialog.findChild(QLabel, "codeError").text())
        code.setText("e11")
        qtbot.keyClick(code, Qt.Key.Key_Return)

    message_boxes.answer(FormDialog, fill)
    window.add()
    assert errors == [error_text(ValidationError("There is a room or machine coded {code} already", code="E03"))]
    assert cell(window.table, row_of(window.table, "E11"), 1) == "扫描仪"
    assert window.selected().code == "E11"


# --- staff requests --------------------------------------------------------------------------------------------

STATUS, SETTLED = 5, 6  # the request list's columns


def fill_request(qtbot, resource, starts, ends):
    def fill(dialog):
        for name, text in (("department", "工程部"), ("requester", "李工"), ("reason", "培训")):
            dialog.findChild(QLineEdit, name).setText(text)
        combo = dialog.findChild(QComboBox, "resource")
        combo.setCurrentIndex(combo.findData(resource))
        for name, moment in (("starts_at", starts), ("ends_at", ends)):
            dialog.findChild(QDateTimeEdit, name).setDateTime(QDateTime(
                QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute)))
        qtbot.keyClick(dialog.findChild(QLineEdit, "reason"), Qt.Key.Key_Return)
    return fill


def test_a_request_clashing_with_a_guest_shows_the_clash_in_red_and_cannot_be_approved(
        app, qtbot, db, centre, operator, manager, message_boxes):
    day = today() + timedelta(days=3)
    order = create_order(db, operator, walk_in(centre, ("大会议室（30人） 半天", "1", "R02", at(day, 8),
                                                        at(day, 12))))
    window = opened(qtbot, RequestsWindow(db, operator))
    assert window.stack.currentWidget() is window.empty
    assert not window.approve_action.isEnabled() and "经理" in window.approve_action.toolTip()
    message_boxes.answer(RequestDialog, fill_request(qtbot, "R02", at(day, 10), at(day, 11)))
    window.new_request()
    request = list_requests(db, operator)[0]
    assert (request.resource, request.starts_at, request.ends_at) == ("R02", at(day, 10), at(day, 11))
    assert request.status is RequestStatus.PENDING and request.clashes == (order.number,)
    assert window.selected() == request and order.number in cell(window.table, 0, STATUS)
    assert cell(window.table, 0, 4) == f"{day.isoformat()} 10:00–11:00"
    assert cell(window.table, 0, STATUS, Qt.ItemDataRole.ForegroundRole) == STATUS_RED
    assert order.number in window.details.text()

    with pytest.raises(ValidationError) as refused:  # what the service says
        approve(db, manager, request.number)
    boss = opened(qtbot, RequestsWindow(db, manager))
    boss.table.select(request.number)
    message_boxes.close_next()
    boss.approve_selected()
    assert message_boxes.texts == [error_text(refused.value)] and order.number in message_boxes.texts[0]
    assert get_request(db, manager, request.number).status is RequestStatus.PENDING


def test_a_request_is_approved_then_settled_through_the_record_use_dialog(app, qtbot, db, centre, operator, manager,
                                                                         message_boxes):
    day = today() + timedelta(days=1)
    request = file_request(db, operator, RequestDraft("行政部", "王秘书", "年会拍照", at(day, 9), at(day, 17),
                                                      resource="E05"))
    boss = opened(qtbot, RequestsWindow(db, manager))
    boss.table.select(request.number)
    boss.approve_selected()
    assert cell(boss.table, 0, STATUS) == translate_text(REQUEST_STATUS_LABELS[RequestStatus.APPROVED])
    assert cell(boss.table, 0, STATUS, Qt.ItemDataRole.ForegroundRole) == STATUS_GREEN

    window = opened(qtbot, RequestsWindow(db, operator))
    window.table.select(request.number)
    errors, titles = [], []

    def record(dialog):
        for row, service, quantity in ((1, "黑白复印 A4", "120"), (3, "彩色打印 A4", "x")):  # row 2 left empty
            combo = dialog.findChild(QComboBox, f"service{row}")
            combo.setCurrentIndex(combo.findData(centre[service]))
            dialog.findChild(QLineEdit, f"quantity{row}").setText(quantity)
        quantity = dialog.findChild(QLineEdit, "quantity3")
        qtbot.keyClick(quantity, Qt.Key.Key_Return)  # not a number: said beside the lines, of the form's line 3
        errors.append(dialog.findChild(QLabel, "linesError").text())
        quantity.setText("0")
        qtbot.keyClick(quantity, Qt.Key.Key_Return)  # refused by the service, about the form's line 3
        errors.append(dialog.findChild(QLabel, "linesError").text())
        quantity.setText("5")
        message_boxes.answer(QMessageBox, lambda box: (message_boxes.texts.append(box.text()),
                                                       box.button(QMessageBox.StandardButton.Yes).click()))
        message_boxes.answer(PdfPreviewDialog, lambda preview: (titles.append(preview.windowTitle()),
                                                                preview.reject()))
        qtbot.keyClick(quantity, Qt.Key.Key_Return)

    message_boxes.answer(RecordUseDialog, record)
    window.record_use()
    assert errors[0] == error_text(ValidationError("Line {line}: a quantity is a number with at most two decimals",
                                                   line=3))
    assert errors[1] == error_text(ValidationError("Line {line}: the quantity of {service} must be above zero",
                                                   line=3, service="彩色打印 A4"))
    settled = get_request(db, operator, request.number)
    assert settled.status is RequestStatus.USED and settled.total == D("75.00")  # 120 x 0.50 + 5 x 3.00
    assert [(line.service, line.quantity, line.amount) for line in settled.lines] == [
        ("黑白复印 A4", D("120"), D("60.00")), ("彩色打印 A4", D("5"), D("15.00"))]
    assert settled.settlement_number in message_boxes.texts[0] and "¥75.00" in message_boxes.texts[0]
    assert titles == [window.tr("Settlement sheet {number}").format(number=settled.settlement_number)]
    assert cell(window.table, 0, SETTLED) == "¥75.00" and "¥75.00" in window.details.text()
    assert cell(window.table, 0, STATUS, Qt.ItemDataRole.ForegroundRole) == STATUS_GREEN


def test_a_rejection_asks_for_a_reason_and_greys_the_request(app, qtbot, db, centre, operator, manager,
                                                            message_boxes):
    day = today() + timedelta(days=1)
    request = file_request(db, operator, RequestDraft("保安部", "张队长", "演练", at(day, 9), at(day, 10)))
    window = opened(qtbot, RequestsWindow(db, manager))
    window.table.select(request.number)
    errors = []

    def fill(dialog):
        note = dialog.findChild(QLineEdit, "note")
        qtbot.keyClick(note, Qt.Key.Key_Return)
        errors.append(dialog.findChild(QLabel, "noteError").text())
        note.setText("设备已被借用")
        qtbot.keyClick(note, Qt.Key.Key_Return)

    message_boxes.answer(FormDialog, fill)
    window.reject_selected()
    assert errors == [error_text(ValidationError("Say why the request is rejected", field="note"))]
    assert get_request(db, manager, request.number).status is RequestStatus.REJECTED
    assert cell(window.table, 0, STATUS) == translate_text(REQUEST_STATUS_LABELS[RequestStatus.REJECTED])
    assert cell(window.table, 0, STATUS, Qt.ItemDataRole.ForegroundRole) not in (STATUS_RED, STATUS_AMBER, STATUS_GREEN)
    titles = []
    message_boxes.answer(PdfPreviewDialog, lambda preview: (titles.append(preview.page_count()), preview.reject()))
    window.print_request_form()
    assert titles == [1]


# --- the shift report ------------------------------------------------------------------------------------------

@pytest.fixture
def shift(db, centre, operator, manager):
    """A day at the counter, worked out by hand.

    A copy job 90.00 settled in cash, then its receipt voided by the manager (-90.00 back through the
    operator's till); a translation 600.00 with a 300.00 WeChat deposit, settled with 300.00 cash; a meeting
    room 1000.00 with a 500.00 cash deposit, cancelled with 400.00 refunded (100.00 kept on a receipt);
    a laptop 200.00 with a 100.00 cash deposit still held at the end of the day.
    """
    later = today() + timedelta(days=3)
    copy = create_order(db, operator, walk_in(centre, ("黑白复印 A4", "120"), ("彩色复印 A4", "15")))
    receipt = settle(db, operator, copy.number, "cash").receipt
    translation = create_order(db, operator, walk_in(centre, ("翻译 中译英", "3")))
    take_deposit(db, operator, translation.number, D("300.00"), "wechat")
    settle(db, operator, translation.number, "cash")
    room = create_order(db, operator, walk_in(centre, ("大会议室（30人） 半天", "1", "R02", at(later, 8),
                                                       at(later, 12))))
    take_deposit(db, operator, room.number, D("500.00"), "cash")
    cancel(db, operator, room.number, "会议取消", refund=D("400.00"))
    laptop = create_order(db, operator, walk_in(centre, ("笔记本电脑租赁", "2", "E01", at(later, 9),
                                                         at(later + timedelta(days=2), 9))))
    take_deposit(db, operator, laptop.number, D("100.00"), "cash")
    void(db, manager, receipt.number, "金额开错")


def totals(window) -> dict:
    return {cell(window.totals, r, 0): [cell(window.totals, r, c) for c in range(1, 6)]
            for r in range(window.totals.proxy.rowCount())}


def test_the_shift_window_shows_the_figures_worked_out_by_hand(app, qtbot, db, shift, operator, message_boxes):
    window = opened(qtbot, ShiftWindow(db, operator))
    assert [window.operator.itemData(i) for i in range(window.operator.count())] == [None, "operator"]
    assert window.operator.currentData() == "operator"
    assert window.movements.proxy.rowCount() == 7  # 3 deposits, 2 settlements, 1 refund, 1 void
    cash, wechat = (translate_text(PAYMENT_LABELS[m]) for m in (PaymentMethod.CASH, PaymentMethod.WECHAT))
    assert totals(window) == {cash: ["¥600.00", "¥390.00", "-¥400.00", "-¥90.00", "¥500.00"],
                              wechat: ["¥300.00", "¥0.00", "¥0.00", "¥0.00", "¥300.00"]}
    summary = window.summary.text()
    assert "<b>3</b>" in summary and "<b>1</b>" in summary  # receipts issued, of which voided that day
    assert "<b>¥100.00</b>" in summary and "<b>¥500.00</b>" in summary  # deposits held, cash expected
    assert window.count_button.isEnabled()

    window.operator.setCurrentIndex(0)  # all operators: the same figures, and no counting
    assert totals(window)[cash][-1] == "¥500.00" and not window.count_button.isEnabled()
    window.operator.setCurrentIndex(1)
    titles = []
    message_boxes.answer(PdfPreviewDialog, lambda preview: (titles.append(preview.doc_type), preview.reject()))
    printing = window.findChild(QAction, "printAction")
    assert printing.shortcut() == QKeySequence(QKeySequence.StandardKey.Print)  # Ctrl+P
    printing.trigger()
    assert titles == ["shift_report"]


def test_counting_cash_shows_the_exact_difference(app, qtbot, db, shift, operator, manager):
    window = opened(qtbot, ShiftWindow(db, operator))
    assert window.difference.text() == window.tr("Not counted yet")
    window.counted.setText("498.50")
    window.count_button.click()
    assert window.report.counted_cash == D("498.50") and window.report.difference == D("-1.50")
    assert window.difference.text() == window.tr("Counted {counted}: {amount} short").format(
        counted="¥498.50", amount="¥1.50")
    assert STATUS_RED.name() in window.difference.styleSheet()
    window.counted.setText("500")
    qtbot.keyClick(window.counted, Qt.Key.Key_Return)
    assert window.difference.text() == window.tr("Counted {counted}: exact").format(counted="¥500.00")
    assert STATUS_GREEN.name() in window.difference.styleSheet()
    window.counted.setText("abc")
    window.count_button.click()
    assert window.difference.text() == error_text(ValidationError("'{text}' is not an amount of money", text="abc"))

    boss = opened(qtbot, ShiftWindow(db, manager))  # the manager may look, but counts only their own till
    assert boss.operator.currentData() == "manager"
    boss.operator.setCurrentIndex(boss.operator.findData("operator"))
    assert not boss.count_button.isEnabled() and boss.report.counted_cash == D("500.00")
    assert boss.difference.text() == boss.tr("Counted {counted}: exact").format(counted="¥500.00")
