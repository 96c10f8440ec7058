"""The business-centre tab as the operator uses it: a walk-in guest from order to printed receipt."""

import subprocess
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit

from app.business.model import LineDraft, OrderDraft
from app.business.orders import create_order, get_order
from app.clock import today
from app.receipts.records import get as get_receipt
from ui.business.order_dialogs import CancelDialog, DepositDialog, OrderDialog, SettleDialog
from ui.business.tab import BusinessCentreTab
from ui.main_window import MainWindow
from ui.pdf_preview import PdfPreviewDialog

YEAR = today().year


def rows(tab) -> list[str]:
    return [tab.table.proxy.index(row, 0).data() for row in range(tab.table.proxy.rowCount())]


def test_a_walk_in_guest_from_order_to_printed_receipt(app, qtbot, db, centre, operator, message_boxes, tmp_path):
    tab = BusinessCentreTab(db, operator)
    qtbot.addWidget(tab)
    tab.show()
    assert tab.stack.currentWidget() is tab.empty  # says what to do first
    assert not tab.actions_by_name["settleAction"].isEnabled()

    def order(dialog: OrderDialog):
        dialog.field("customer").setText("刘先生")
        lines = dialog.lines
        lines.set_line(0, centre["黑白复印 A4"], "0")
        qtbot.keyClick(dialog.field("customer"), Qt.Key.Key_Return)  # refused: no phone for a walk-in guest
        assert dialog.findChild(QLabel, "phoneError").text() == "散客须留下联系电话"
        dialog.field("phone").setText("13911112222")
        qtbot.keyClick(dialog.field("customer"), Qt.Key.Key_Return)  # refused: a quantity of zero
        assert "数量必须大于零" in dialog.findChild(QLabel, "linesError").text()
        lines.set_line(0, centre["黑白复印 A4"], "120")
        lines.set_line(1, centre["彩色复印 A4"], "15")
        qtbot.keyClick(dialog.field("customer"), Qt.Key.Key_Return)

    message_boxes.answer(OrderDialog, order)
    tab.actions_by_name["new_orderAction"].trigger()
    number = f"SF{YEAR}000001"
    assert rows(tab) == [number]
    assert tab.table.selected().number == number
    assert tab.table.proxy.index(0, 4).data() == "¥90.00"  # 120 x 0.50 + 15 x 2.00
    assert "¥90.00" in tab.details.money.text()
    assert tab.actions_by_name["settleAction"].isEnabled()

    printed = []

    def deliver(preview: PdfPreviewDialog):
        printed.append(preview.windowTitle())
        preview.save_or_warn(tmp_path / "receipt.pdf")

    def pay(dialog: SettleDialog):
        assert "¥90.00" in dialog.intro.text()
        method = dialog.findChild(QComboBox, "method")
        assert method.findData("account") == -1  # a walk-in guest has no account to charge
        method.setCurrentIndex(method.findData("wechat"))
        message_boxes.answer(PdfPreviewDialog, deliver)
        dialog.accept()

    message_boxes.answer(SettleDialog, pay)
    tab.actions_by_name["settleAction"].trigger()
    receipt_number = f"SW{YEAR}000001"
    assert printed == [f"收据 {receipt_number}"]
    receipt = get_receipt(db, operator, receipt_number)
    assert (receipt.total, receipt.payment_method.value, receipt.print_count) == (Decimal("90.00"), "wechat", 1)
    text = subprocess.run(["pdftotext", str(tmp_path / "receipt.pdf"), "-"], capture_output=True, text=True,
                          check=True).stdout
    for part in ("第一联 财务联", "第二联 客户联", "第三联 存档联", "商务中心费用收据单", "刘先生", "120 页", "玖拾元整"):
        assert part in text, part
    assert rows(tab) == []  # settled: no longer among the open orders
    tab.status.setCurrentIndex(1)
    assert rows(tab) == [number] and tab.table.proxy.index(0, 6).data() == receipt_number


def test_a_deposit_then_a_cancellation_with_its_refund_slip(app, qtbot, db, centre, operator, message_boxes):
    tab = BusinessCentreTab(db, operator)
    qtbot.addWidget(tab)
    order = create_order(db, operator, OrderDraft("陈女士", (LineDraft(centre["名片印刷（盒）"], Decimal("2")),),
                                                  "13700000000"))
    tab.refresh()
    tab.select(order.number)

    def deposit(dialog: DepositDialog):
        assert dialog.findChild(QLineEdit, "amount").text() == "60.00"  # 50% of 120.00
        dialog.accept()

    message_boxes.answer(DepositDialog, deposit)
    tab.take_deposit()
    assert get_order(db, operator, order.number).deposit == Decimal("60.00")
    shown = []

    def refuse_then_cancel(dialog: CancelDialog):
        dialog.field("reason").setText("客户改期")
        dialog.field("refund").setText("80")
        dialog.accept()
        assert dialog.findChild(QLabel, "refundError").text() == "退款 ¥80.00 超过了已付金额（¥60.00）"
        dialog.field("refund").setText("60")
        message_boxes.answer(PdfPreviewDialog, lambda preview: (shown.append(preview.windowTitle()), preview.reject()))
        dialog.accept()

    message_boxes.answer(CancelDialog, refuse_then_cancel)
    tab.cancel_order()
    assert len(shown) == 1 and shown[0].endswith(f"BT{YEAR}000001")
    assert get_order(db, operator, order.number).status.value == "cancelled"


def test_a_role_outside_the_business_centre_sees_what_the_tab_is_for(app, qtbot, db, cashier):
    window = MainWindow(db, cashier)
    qtbot.addWidget(window)
    tab = window.open_tab("businessCentreTab")
    assert not isinstance(tab, BusinessCentreTab)
    assert "收费员" in tab.findChild(QLabel, "pendingNote").text()
