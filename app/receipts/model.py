"""What a receipt is made of, as plain values for services, the UI and the CLI."""

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum

from app.i18n import _


class ReceiptKind(StrEnum):
    FEE = "fee"  # owner accounts: property fees, utilities, parking...
    BUSINESS = "business"  # the business centre's services


SERIES = {ReceiptKind.FEE: "SK", ReceiptKind.BUSINESS: "SW"}

# The parts of a three-part receipt, top to bottom on an A4 sheet.
PARTS = {
    ReceiptKind.FEE: ("第一联 存根联", "第二联 收据联（交款人）", "第三联 记账联"),
    ReceiptKind.BUSINESS: ("第一联 财务联", "第二联 客户联", "第三联 存档联"),
}


class PaymentMethod(StrEnum):
    CASH = "cash"
    WECHAT = "wechat"
    ALIPAY = "alipay"
    BANK_CARD = "bank_card"
    TRANSFER = "transfer"
    CHEQUE = "cheque"
    ACCOUNT = "account"  # no money now: charged to a tenant unit's account (挂账)


MONEY_METHODS = tuple(method for method in PaymentMethod if method is not PaymentMethod.ACCOUNT)


PAYMENT_LABELS = {  # for the screen, translated
    PaymentMethod.CASH: _("Cash"),
    PaymentMethod.WECHAT: _("WeChat Pay"),
    PaymentMethod.ALIPAY: _("Alipay"),
    PaymentMethod.BANK_CARD: _("Bank card"),
    PaymentMethod.TRANSFER: _("Bank transfer"),
    PaymentMethod.CHEQUE: _("Cheque"),
    PaymentMethod.ACCOUNT: _("Charged to account"),
}
PAYMENT_PRINTED = {  # for the paper, always Chinese
    PaymentMethod.CASH: "现金",
    PaymentMethod.WECHAT: "微信",
    PaymentMethod.ALIPAY: "支付宝",
    PaymentMethod.BANK_CARD: "银行卡",
    PaymentMethod.TRANSFER: "转账",
    PaymentMethod.CHEQUE: "支票",
    PaymentMethod.ACCOUNT: "挂账",
}


class ReceiptStatus(StrEnum):
    ISSUED = "issued"
    VOID = "void"


@dataclass(frozen=True)
class LineDraft:
    item: str
    amount: Decimal
    period: str = ""  # the period served (2026-10) or a quantity (3 页)
    unit_price: Decimal | None = None


@dataclass(frozen=True)
class ReceiptDraft:
    kind: ReceiptKind
    payer: str
    lines: tuple[LineDraft, ...]
    payment_method: PaymentMethod
    unit: str = ""
    deposit: Decimal | None = None
    balance: Decimal | None = None
    note: str = ""


@dataclass(frozen=True)
class LineView:
    item: str
    period: str
    unit_price: Decimal | None
    amount: Decimal


@dataclass(frozen=True)
class ReceiptView:
    number: str
    kind: ReceiptKind
    business_date: date
    issued_at: datetime
    payer: str
    unit: str
    payment_method: PaymentMethod
    total: Decimal
    deposit: Decimal | None
    balance: Decimal | None
    note: str
    operator_name: str
    check_code: str
    status: ReceiptStatus
    void_reason: str | None
    voided_at: datetime | None
    voided_by: str | None
    print_count: int
    lines: tuple[LineView, ...]

    @property
    def is_void(self) -> bool:
        return self.status is ReceiptStatus.VOID


def view_of(receipt) -> ReceiptView:
    """The plain view of a ``db.models.Receipt`` row, read inside its transaction."""
    return ReceiptView(
        number=receipt.number, kind=ReceiptKind(receipt.kind), business_date=receipt.business_date,
        issued_at=receipt.issued_at, payer=receipt.payer, unit=receipt.unit,
        payment_method=PaymentMethod(receipt.payment_method), total=receipt.total, deposit=receipt.deposit,
        balance=receipt.balance, note=receipt.note, operator_name=receipt.operator_name,
        check_code=receipt.check_code, status=ReceiptStatus(receipt.status), void_reason=receipt.void_reason,
        voided_at=receipt.voided_at, voided_by=receipt.voided_by, print_count=receipt.print_count,
        lines=tuple(LineView(line.item, line.period, line.unit_price, line.amount) for line in receipt.lines),
    )
