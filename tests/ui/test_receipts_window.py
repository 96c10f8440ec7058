"""The receipts window: found by date and text, void status in red with its word, void and code check."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit

from app.receipts.check_code import payload
from app.receipts.issuing import issue
from app.receipts.records import get
from tests.conftest import fee_draft
from ui.forms import FormDialog
from ui.receipts_window import ReceiptsWindow
from ui.theme import STATUS_RED


def cell(window, row, column):
    return window.table.proxy.index(row, column).data()


def test_an_empty_window_says_where_receipts_come_from(app, qtbot, db, cashier):
    window = ReceiptsWindow(db, cashier)
    qtbot.addWidget(window)
    assert window.stack.currentWidget() is window.empty
    assert "业户收费" in window.empty.text()


def test_receipts_are_listed_filtered_and_shown(app, qtbot, db, cashier):
    first = issue(db, cashier, fee_draft())
    second = issue(db, cashier, fee_draft(payer="李四", unit="B座-0302"))
    window = ReceiptsWindow(db, cashier)
    qtbot.addWidget(window)
    assert window.stack.currentWidget() is window.table
    assert [cell(window, r, 0) for r in range(window.table.proxy.rowCount())] == [second.number, first.number]
    assert cell(window, 1, 4) == "¥528.34"
    assert window.table.proxy.index(1, 4).data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    assert cell(window, 1, 5) == "微信支付" and cell(window, 1, 6) == "有效"
    window.search.setText("B座")  # typed through an input method: QTest cannot type CJK keys
    qtbot.waitUntil(lambda: window.table.proxy.rowCount() == 1)
    assert cell(window, 0, 2) == "李四"
    window.search.setText(first.number[-3:])  # the end of a number
    qtbot.waitUntil(lambda: [cell(window, r, 0) for r in range(window.table.proxy.rowCount())] == [first.number])
    window.search.clear()
    qtbot.waitUntil(lambda: window.table.proxy.rowCount() == 2)
    window.select(first.number)
    assert "物业服务费" in window.details.text() and "¥420.00" in window.details.text()


def test_a_manager_voids_with_a_reason_and_the_row_turns_red(app, qtbot, db, admin, cashier, message_boxes):
    receipt = issue(db, cashier, fee_draft())
    window = ReceiptsWindow(db, admin)
    qtbot.addWidget(window)
    window.select(receipt.number)
    errors = []

    def fill(dialog):
        reason = dialog.findChild(QLineEdit, "reason")
        qtbot.keyClick(reason, Qt.Key.Key_Return)  # no reason: refused beside the field, the dialog stays
        errors.append(dialog.findChild(QLabel, "reasonError").text())
        reason.setText("房号填错")  # typed through an input method
        qtbot.keyClick(reason, Qt.Key.Key_Return)

    message_boxes.answer(FormDialog, fill)
    window.void_selected()
    assert errors == ["请填写作废原因"]
    assert get(db, admin, receipt.number).void_reason == "房号填错"
    assert cell(window, 0, 6) == "作废"
    assert window.table.proxy.index(0, 6).data(Qt.ItemDataRole.ForegroundRole) == STATUS_RED


def test_a_clerk_cannot_void_and_is_told_so(app, qtbot, db, admin, cashier, message_boxes):
    receipt = issue(db, cashier, fee_draft())
    window = ReceiptsWindow(db, cashier)
    qtbot.addWidget(window)
    window.select(receipt.number)
    errors = []

    def fill(dialog):
        dialog.findChild(QLineEdit, "reason").setText("房号填错")
        dialog.accept()
        errors.append(dialog.findChild(QLabel, "generalError").text())
        dialog.reject()

    message_boxes.answer(FormDialog, fill)
    window.void_selected()
    assert errors == ["cashier（收费员）无权作废收据"]
    assert not get(db, cashier, receipt.number).is_void


def test_a_scanned_code_is_checked(app, qtbot, db, cashier, message_boxes):
    receipt = issue(db, cashier, fee_draft())
    code = payload(receipt.number, receipt.business_date, receipt.total, receipt.check_code)
    window = ReceiptsWindow(db, cashier)
    qtbot.addWidget(window)

    def scan(dialog):
        field = dialog.findChild(QLineEdit, "payload")
        qtbot.keyClicks(field, code)
        qtbot.keyClick(field, Qt.Key.Key_Return)
        message_boxes.close_next()

    message_boxes.answer(FormDialog, scan)
    window.check_code()
    assert message_boxes.texts == [f"收据 {receipt.number} 真实有效：¥528.34，交款人 王小明，日期 {receipt.business_date}。"]


def test_printing_from_the_window_records_the_print_and_marks_the_next_as_a_reprint(app, qtbot, db, cashier,
                                                                                   message_boxes, tmp_path):
    import subprocess

    from ui.pdf_preview import PdfPreviewDialog

    receipt = issue(db, cashier, fee_draft())
    window = ReceiptsWindow(db, cashier)
    qtbot.addWidget(window)
    window.select(receipt.number)
    titles = []

    def save(preview, name):
        titles.append(preview.windowTitle())
        assert preview.page_count() == 1
        assert preview.save_or_warn(tmp_path / name)

    message_boxes.answer(PdfPreviewDialog, lambda preview: save(preview, "first.pdf"))
    window.print_selected()
    assert get(db, cashier, receipt.number).print_count == 1
    assert cell(window, 0, 7) == "1"
    message_boxes.answer(PdfPreviewDialog, lambda preview: save(preview, "second.pdf"))
    window.print_selected()
    assert titles == [f"收据 {receipt.number}", f"收据 {receipt.number}（第 1 次补打）"]
    text = subprocess.run(["pdftotext", str(tmp_path / "second.pdf"), "-"], capture_output=True, text=True).stdout
    assert "补打 第1次" in text and "第二联 收据联（交款人）" in text


def test_closing_the_preview_without_printing_records_nothing(app, qtbot, db, cashier, message_boxes):
    from ui.pdf_preview import PdfPreviewDialog

    receipt = issue(db, cashier, fee_draft())
    window = ReceiptsWindow(db, cashier)
    qtbot.addWidget(window)
    window.select(receipt.number)
    message_boxes.answer(PdfPreviewDialog, lambda preview: qtbot.keyClick(preview, Qt.Key.Key_Escape))
    window.print_selected()
    assert get(db, cashier, receipt.number).print_count == 0


def test_the_carbonless_layout_and_offsets_come_from_this_pcs_settings(app, qtbot, db, cashier, message_boxes):
    from app.documents.paper import Layout, Offsets
    from ui import print_settings
    from ui.dialogs.printing_settings import PrintingSettingsDialog
    from ui.pdf_preview import PdfPreviewDialog
    from ui.printing import CARBONLESS

    settings = PrintingSettingsDialog()
    qtbot.addWidget(settings)
    combo = settings.layouts["receipt_fee"]
    combo.setCurrentIndex(combo.findData(Layout.CARBONLESS.value))
    settings.offset_x.setValue(2.5)
    settings.offset_y.setValue(-1.0)
    papers = []
    message_boxes.answer(PdfPreviewDialog, lambda preview: (papers.append(preview.paper), preview.reject()))
    settings.preview_calibration()
    settings.accept()
    assert papers == [CARBONLESS]
    assert print_settings.layout_for("receipt_fee") is Layout.CARBONLESS
    assert print_settings.layout_for("receipt_business") is Layout.A4_THREE
    assert print_settings.offsets() == Offsets(2.5, -1.0)

    receipt = issue(db, cashier, fee_draft())
    window = ReceiptsWindow(db, cashier)
    qtbot.addWidget(window)
    window.select(receipt.number)
    message_boxes.answer(PdfPreviewDialog, lambda preview: (papers.append(preview.paper), preview.reject()))
    window.print_selected()
    assert papers == [CARBONLESS, CARBONLESS]
    print_settings.set_layout("receipt_fee", Layout.A4_THREE)
    print_settings.set_offsets(Offsets())
