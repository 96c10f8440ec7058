"""A receipt as a printable document: the data the engine in ``app.documents`` draws."""

from app.clock import format_local
from app.documents.model import Column, Document, Field, Table
from app.money import format_yuan
from app.receipts.check_code import payload
from app.receipts.model import PAYMENT_PRINTED, ReceiptKind, ReceiptView
from app.site import SiteDetails

COLUMNS = {kind: (Column("项目", 0.36), Column("期间" if kind is ReceiptKind.FEE else "数量", 0.24, "centre"),
                  Column("单价", 0.18, "right"), Column("金额", 0.22, "right")) for kind in ReceiptKind}
MIN_ROWS = 5


def receipt_document(receipt: ReceiptView, site: SiteDetails, reprint: int = 0) -> Document:
    """``reprint`` is 0 for the first print, then 1, 2... for each 补打."""
    title = site.fee_receipt_title if receipt.kind is ReceiptKind.FEE else site.business_receipt_title
    fields = [Field("交款人", receipt.payer), Field("房号" if receipt.kind is ReceiptKind.FEE else "单位",
                                                  receipt.unit or "—")]
    if receipt.note:
        fields.append(Field("备注", receipt.note))
    footer = [Field("付款方式", PAYMENT_PRINTED[receipt.payment_method])]
    if receipt.deposit is not None:
        footer.append(Field("押金", format_yuan(receipt.deposit)))
    if receipt.balance is not None and receipt.kind is ReceiptKind.FEE:
        footer.append(Field("余额", format_yuan(receipt.balance)))  # the unit's credit left
    elif receipt.balance is not None:  # the deposit offset: the rest paid now, or given back
        footer.append(Field("补收" if receipt.balance >= 0 else "退还", format_yuan(abs(receipt.balance))))
    footer.append(Field("经办人", receipt.operator_name))
    rows = tuple((line.item, line.period, format_yuan(line.unit_price) if line.unit_price is not None else "",
                  format_yuan(line.amount)) for line in receipt.lines)
    return Document(
        title=title, number=receipt.number, issued=format_local(receipt.issued_at),
        company_name=site.company_name, site_name=site.site_name, fields=tuple(fields),
        table=Table(COLUMNS[receipt.kind], rows, MIN_ROWS), total=receipt.total, footer=tuple(footer),
        signatures=("收款人（签字）", "盖章"),
        qr_payload=payload(receipt.number, receipt.business_date, receipt.total, receipt.check_code),
        marks=(f"补打 第{reprint}次",) if reprint else (), void=receipt.is_void,
    )
