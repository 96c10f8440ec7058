"""Printing a receipt from any window: the PDF in this PC's layout, previewed, printed or saved, and the
print recorded once it has gone out (a reprint is marked 补打 the next time)."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app.database import Database
from app.documents.paper import Layout
from app.errors import FrontOfficeError
from app.permissions import Actor
from app.receipts.model import ReceiptView
from app.receipts.printing import prepare_print, record_print
from ui import print_settings
from ui.i18n import error_text


def doc_type_of(receipt: ReceiptView) -> str:
    return f"receipt_{receipt.kind.value}"


def print_receipt(parent: QWidget | None, db: Database, actor: Actor, receipt: ReceiptView) -> bool:
    """Opens the preview; True once the receipt was printed or saved (and that print recorded)."""
    from ui.pdf_preview import PdfPreviewDialog
    from ui.printing import A4, CARBONLESS

    doc_type = doc_type_of(receipt)
    layout = print_settings.layout_for(doc_type)
    title = QCoreApplication.translate("Printing", "Receipt {number}")
    try:
        job = prepare_print(db, actor, receipt.number, layout, print_settings.offsets())
    except FrontOfficeError as error:
        QMessageBox.warning(parent, title.format(number=receipt.number), error_text(error))
        return False
    if job.reprint:
        title = QCoreApplication.translate("Printing", "Receipt {number} (reprint {count})")
    preview = PdfPreviewDialog(job.pdf, title.format(number=receipt.number, count=job.print_number - 1), doc_type,
                               A4 if layout is Layout.A4_THREE else CARBONLESS, parent,
                               suggested_name=f"{receipt.number}.pdf")
    recorded = []

    def delivered() -> None:
        try:
            recorded.append(record_print(db, actor, job))
        except FrontOfficeError as error:
            QMessageBox.warning(preview, preview.windowTitle(), error_text(error))
        preview.accept()

    preview.delivered.connect(delivered)
    preview.exec()
    return bool(recorded)
