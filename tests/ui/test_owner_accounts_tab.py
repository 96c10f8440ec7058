"""The owner-accounts tab as the cashier uses it: find a unit by pinyin, take a payment, find the receipt."""

from datetime import UTC, datetime
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit

from app.accounts.billing import run_billing
from app.clock import today
from app.receipts.records import find
from ui.accounts.dialogs import PaymentDialog
from ui.accounts.tab import OwnerAccountsTab
from ui.pdf_preview import PdfPreviewDialog

NOV = datetime(2026, 11, 24, 4, 0, tzinfo=UTC)


def rows(tab):
    return [tab.table.proxy.index(r, 0).data() for r in range(tab.table.proxy.rowCount())]


def test_an_empty_register_says_what_to_do_first(app, qtbot, db, cashier):
    tab = OwnerAccountsTab(db, cashier)
    qtbot.addWidget(tab)
    assert tab.stack.currentWidget() is tab.empty
    assert "导入房屋" in tab.empty.text() or "Import units" in tab.empty.text()


def test_a_payment_through_the_tab_issues_the_receipt(app, qtbot, db, estate, cashier, message_boxes):
    run_billing(db, estate, "2026-02", now=NOV)
    tab = OwnerAccountsTab(db, cashier)
    qtbot.addWidget(tab)
    tab.show()
    assert rows(tab) == ["A-0801", "A-1201", "A-1301", "B-0101"]
    tab.search.setText("zs")  # 张三, by pinyin initials
    qtbot.waitUntil(lambda: rows(tab) == ["A-1201"], timeout=3000)
    tab.select("A-1201")
    assert tab.table.proxy.index(0, 6).data() == "¥340.00"  # owes February's 250.00 + 60.00 + 30.00
    assert "¥340.00" in tab.account.title.text()
    printed = []

    def pay(dialog):
        assert dialog.findChild(QLineEdit, "unit").text() == "A-1201"
        amount = dialog.findChild(QLineEdit, "amount")
        qtbot.keyClicks(amount, "abc")
        qtbot.keyClick(amount, Qt.Key.Key_Return)  # refused beside the field; the dialog stays
        assert dialog.findChild(QLabel, "amountError").text() == "“abc”不是有效金额"
        amount.clear()
        qtbot.keyClicks(amount, "400")
        method = dialog.findChild(QComboBox, "method")
        method.setCurrentIndex(method.findData("cash"))
        message_boxes.answer(PdfPreviewDialog, lambda preview: (printed.append(preview.windowTitle()),
                                                                preview.reject()))
        qtbot.keyClick(amount, Qt.Key.Key_Return)

    message_boxes.answer(PaymentDialog, pay)
    tab.take_payment()
    receipts = find(db, cashier, today(), today())
    assert len(receipts) == 1
    receipt = receipts[0]
    assert (receipt.unit, receipt.payer, receipt.total, receipt.payment_method.value) == (
        "A-1201", "张三", Decimal("400.00"), "cash")
    assert printed == [f"收据 {receipt.number}"]  # the preview opened for the new receipt
    assert tab.table.proxy.index(0, 6).data() == "¥0.00" and tab.table.proxy.index(0, 7).data() == "¥60.00"
    assert [tab.account.payments.index(r, 3).data() for r in range(tab.account.payments.rowCount())] == [
        receipt.number]


def bill_through_the_dialog(tab, message_boxes, period: str) -> None:
    """Clicks Billing run, types the period, and answers the message that comes back."""
    from PySide6.QtWidgets import QInputDialog

    def answer(dialog):
        dialog.setTextValue(period)
        message_boxes.close_next()
        dialog.accept()

    message_boxes.answer(QInputDialog, answer)
    tab.billing_run()


def test_a_clerk_is_told_no_when_running_the_billing(app, qtbot, db, estate, clerk, message_boxes):
    from tests.conftest import table_count

    tab = OwnerAccountsTab(db, clerk)
    qtbot.addWidget(tab)
    assert rows(tab)  # a front-desk clerk may look

    bill_through_the_dialog(tab, message_boxes, "2026-02")
    qtbot.waitUntil(lambda: bool(message_boxes.texts), timeout=5000)
    assert message_boxes.texts == ["clerk（前台）无权执行月度计费"]
    assert table_count(db, "bill_line") == 0


def test_the_billing_run_from_the_tab_runs_off_the_gui_thread(app, qtbot, db, estate, message_boxes):
    tab = OwnerAccountsTab(db, estate)
    qtbot.addWidget(tab)

    bill_through_the_dialog(tab, message_boxes, "2026-02")
    qtbot.waitUntil(lambda: bool(message_boxes.texts), timeout=10000)
    assert message_boxes.texts == ["2026-02：7 条账单，¥795.06；已抵扣预交款 ¥0.00。"]
    tab.select("A-1201")
    assert tab.account.bills.rowCount() == 3


def test_the_statement_of_the_selected_unit_opens_in_the_preview(app, qtbot, db, estate, cashier, message_boxes):
    run_billing(db, estate, "2026-02", now=NOV)
    tab = OwnerAccountsTab(db, cashier)
    qtbot.addWidget(tab)
    tab.select("A-1201")
    shown = []
    message_boxes.answer(PdfPreviewDialog, lambda preview: (shown.append((preview.windowTitle(), preview.paper.name,
                                                                          preview.page_count())), preview.reject()))
    tab.print_statement()
    assert shown == [("对账单 A-1201", "A4", 1)]


def test_a_tenant_registered_in_the_tab_shows_beside_the_account(app, qtbot, db, estate, cashier, message_boxes):
    from ui.accounts.dialogs import OccupantDialog

    tab = OwnerAccountsTab(db, cashier)
    qtbot.addWidget(tab)
    tab.select("A-1201")

    def register(dialog):
        dialog.findChild(QLineEdit, "name").setText("陈租户")  # typed through an input method
        dialog.findChild(QLineEdit, "phone").setText("13700000000")
        dialog.field("pays").setChecked(True)
        dialog.accept()

    message_boxes.answer(OccupantDialog, register)
    tab.add_occupant()
    assert tab.account.people.text() == "张三（业主） 13800000001 · 陈租户（租户，付费） 13700000000"


def test_the_arrears_window_works_out_the_figures_off_the_gui_thread(app, qtbot, db, estate, cashier):
    from ui.accounts.reports_window import ArrearsWindow

    run_billing(db, estate, "2026-02", now=NOV)
    window = ArrearsWindow(db, cashier)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.model.rowCount() == 3, timeout=5000)
    assert "¥795.06" in window.total.text()
    window.period.setText("2026-02")
    window.show_collection()
    assert window.rate.text() == "应收 ¥795.06，实收 ¥0.00：收缴率 0.00%"
