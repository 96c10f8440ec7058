"""A unit's statement (对账单) and payment reminders (催缴通知单), one unit or a batch, as A4 documents."""

from datetime import date, timedelta

from app.accounts.balances import ZERO
from app.accounts.model import FEE_ITEM_CHINESE, UNIT_TYPE_CHINESE, UnitType, period_text
from app.accounts.payments import payer_of
from app.accounts.register import unit_id_of
from app.accounts.reports import arrears, unit_account
from app.clock import today
from app.database import Database
from app.documents.model import Column, Document, Field, Table
from app.documents.pages import a4_documents
from app.errors import ValidationError
from app.i18n import _
from app.money import amount_in_words, format_yuan
from app.permissions import Actor, Permission, require
from app.receipts.model import PAYMENT_PRINTED, PaymentMethod
from app.site import SiteDetails, get_site_details

LINE_COLUMNS = (Column("期间", 0.16, "centre"), Column("收费项目", 0.26), Column("应收", 0.19, "right"),
                Column("已收", 0.19, "right"), Column("欠费", 0.20, "right"))
REMINDER_DAYS = 15


def _unit_fields(db: Database, actor: Actor, code: str) -> tuple[str, list[Field]]:
    with db.read(actor) as session:
        unit = unit_id_of(session, code)
        payer = payer_of(session, unit.id)
        fields = [Field("业主", payer or "—"), Field("房号", unit.code), Field("建筑面积", f"{unit.area} m²"),
                  Field("类型", UNIT_TYPE_CHINESE[UnitType(unit.unit_type)])]
    return payer, fields


def statement_document(db: Database, actor: Actor, code: str, site: SiteDetails, on: date) -> Document:
    require(actor, Permission.VIEW_ACCOUNTS)
    account = unit_account(db, actor, code)
    _payer_name, fields = _unit_fields(db, actor, code)
    rows = tuple((period_text(line.period), FEE_ITEM_CHINESE[line.item], format_yuan(line.amount),
                  format_yuan(line.paid), format_yuan(line.amount - line.paid))
                 for line in sorted(account.lines, key=lambda line: line.period))
    paid = sum((p.amount for p in account.payments if not p.reversed), ZERO)
    payments = "；".join(f"{p.business_date} {format_yuan(p.amount)} {PAYMENT_PRINTED[PaymentMethod(p.method)]} "
                        f"{p.receipt_number}{'（作废）' if p.reversed else ''}" for p in account.payments[:6])
    notes = (f"收款记录：{payments}" + ("……" if len(account.payments) > 6 else ""),) if payments else ()
    return Document(
        title="对账单", number=account.unit, issued=on.isoformat(), company_name=site.company_name,
        site_name=site.site_name, fields=tuple(fields), notes=notes, table=Table(LINE_COLUMNS, rows),
        total=account.outstanding, total_label="欠费合计",
        footer=(Field("收款合计", format_yuan(paid)), Field("预交余额", format_yuan(account.credit)),
                Field("客服电话", site.phone or "—")),
        signatures=("物业服务中心（盖章）",))


def reminder_document(db: Database, actor: Actor, code: str, site: SiteDetails, on: date) -> Document:
    require(actor, Permission.VIEW_ACCOUNTS)
    account = unit_account(db, actor, code)
    owed = [line for line in sorted(account.lines, key=lambda line: line.period) if line.paid < line.amount]
    if not owed:
        raise ValidationError(_("Unit {unit} owes nothing"), field="unit", unit=account.unit)
    payer, fields = _unit_fields(db, actor, code)
    total = sum((line.amount - line.paid for line in owed), ZERO)
    deadline = on + timedelta(days=REMINDER_DAYS)
    notes = (f"尊敬的{payer or account.unit}业主（住户）：",
             f"　　截至{on:%Y年%m月%d日}，贵户{account.unit}尚欠{period_text(owed[0].period)}起的物业服务等费用共计"
             f"人民币{amount_in_words(total)}（{format_yuan(total)}），明细如下。请于{deadline:%Y年%m月%d日}前"
             f"到物业服务中心缴纳，或以微信、支付宝缴费。如已缴纳，请忽略本通知。谢谢您的支持！")
    rows = tuple((period_text(line.period), FEE_ITEM_CHINESE[line.item], format_yuan(line.amount),
                  format_yuan(line.paid), format_yuan(line.amount - line.paid)) for line in owed)
    return Document(
        title="催缴通知单", number=account.unit, issued=on.isoformat(), company_name=site.company_name,
        site_name=site.site_name, fields=tuple(fields), notes=notes, table=Table(LINE_COLUMNS, rows),
        total=total, total_label="欠费合计",
        footer=(Field("缴费期限", deadline.isoformat()), Field("客服电话", site.phone or "—")),
        signatures=("物业服务中心（盖章）",))


def statement_pdf(db: Database, actor: Actor, code: str, on: date | None = None) -> bytes:
    return a4_documents([statement_document(db, actor, code, get_site_details(db), on or today())])


def reminders_pdf(db: Database, actor: Actor, codes: list[str] | None = None,
                  on: date | None = None) -> tuple[bytes, int]:
    """Reminders for ``codes``, or for every unit in arrears; the PDF and how many reminders it holds."""
    require(actor, Permission.VIEW_ACCOUNTS)
    on = on or today()
    if codes is None:
        codes = [entry.unit for entry in arrears(db, actor, on).units]
    if not codes:
        raise ValidationError(_("No unit owes anything: there is no reminder to print"), field="unit")
    site = get_site_details(db)
    documents = [reminder_document(db, actor, code, site, on) for code in codes]
    return a4_documents(documents), len(documents)
