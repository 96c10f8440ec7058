"""Printing a receipt: the PDF for the next print, and the print recorded once it has been made.

The first print carries no mark; each later one is a reprint, marked 补打 with its count; a void receipt
always prints with 作废. Both leave an audit row.
"""

from dataclasses import dataclass

from app import audit
from app.database import Database
from app.documents.paper import NO_OFFSETS, Layout, Offsets
from app.errors import ValidationError
from app.i18n import _
from app.permissions import Actor, Permission, require
from app.receipts.document import receipt_document
from app.receipts.model import PARTS, ReceiptView, view_of
from app.receipts.records import load
from app.site import get_site_details


@dataclass(frozen=True)
class PrintJob:
    receipt: ReceiptView
    print_number: int  # 1 for the first print
    layout: Layout
    pdf: bytes

    @property
    def reprint(self) -> bool:
        return self.print_number > 1


def prepare_print(db: Database, actor: Actor, number: str, layout: Layout | str = Layout.A4_THREE,
                  offsets: Offsets = NO_OFFSETS) -> PrintJob:
    """The PDF the next print of the receipt will be; nothing is recorded until ``record_print``."""
    require(actor, Permission.VIEW_RECEIPTS)
    try:
        layout = Layout(layout)
    except ValueError:
        raise ValidationError(_("Unknown layout {layout}; use a4-three or carbonless-241x93"), field="layout",
                              layout=layout) from None
    with db.read(actor) as session:
        receipt = view_of(load(session, number))
    site = get_site_details(db)
    document = receipt_document(receipt, site, reprint=receipt.print_count)
    from app.documents.layouts import render  # reportlab loads when the first page is drawn, not at start-up

    return PrintJob(receipt, receipt.print_count + 1, layout, render(document, layout, PARTS[receipt.kind], offsets))


def record_print(db: Database, actor: Actor, job: PrintJob) -> ReceiptView:
    """Counts the print once it has gone to the printer or a file; refused if the receipt changed meanwhile."""
    require(actor, Permission.VIEW_RECEIPTS)
    with db.write(actor) as session:
        receipt = load(session, job.receipt.number, for_update=True)
        if receipt.print_count != job.print_number - 1 or receipt.status != job.receipt.status.value:
            raise ValidationError(_("Receipt {number} was printed or voided at another desk meanwhile; "
                                    "open it again"), field="number", number=receipt.number)
        receipt.print_count += 1
        audit.record(session, actor, "reprint" if job.reprint else "print", "receipt", receipt.number,
                     after={"print": receipt.print_count, "layout": job.layout.value})
        return view_of(receipt)
