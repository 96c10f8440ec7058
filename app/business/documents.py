"""The business centre's printed documents, on A4: the charge notice (收费通知单) given before service,
the deposit refund slip (退款单), the equipment-use request (设备使用申请单), its settlement sheet
(费用结算单), and the shift report (交班日结). Receipts print through ``app.receipts.printing``."""

from datetime import date
from decimal import Decimal

from app.business.internal_use import get_request
from app.business.model import CHARGE_UNIT_CHINESE, OrderView, ShiftReport
from app.business.orders import get_order, quantity_text
from app.business.shift import shift_report
from app.clock import format_local, format_span, local
from app.database import Database
from app.documents.model import Column, Document, Field, Table
from app.documents.pages import a4_documents
from app.errors import ValidationError
from app.i18n import _
from app.money import amount_in_words, format_yuan
from app.permissions import Actor
from app.receipts.model import PAYMENT_PRINTED
from app.site import get_site_details

LINE_COLUMNS = (Column("服务项目", 0.34), Column("数量", 0.16, "centre"), Column("单价", 0.16, "right"),
                Column("金额", 0.16, "right"), Column("预订时间", 0.18, "centre"))
KIND_CHINESE = {"deposit": "收押金", "settle": "结算", "refund": "退押金", "void": "作废冲回"}
REQUEST_STATUS_CHINESE = {"pending": "待审批", "approved": "已批准", "rejected": "未批准", "used": "已结算",
                          "cancelled": "已取消"}


def _order_rows(order: OrderView) -> tuple[tuple[str, ...], ...]:
    return tuple((line.service + (f"（{line.resource}）" if line.resource else ""),
                  quantity_text(line.quantity, line.unit), format_yuan(line.price), format_yuan(line.amount),
                  format_span(line.starts_at, line.ends_at, year=False)) for line in order.lines)


def charge_notice_pdf(db: Database, actor: Actor, number: str) -> bytes:
    """What the customer will be charged, explained before service, and the deposit asked and taken."""
    order = get_order(db, actor, number)
    site = get_site_details(db)
    fields = [Field("客户", order.customer), Field("单位/房号", order.unit or "散客"), Field("电话", order.phone or "—")]
    if order.wanted_at:
        fields.append(Field("约定时间", format_local(order.wanted_at)))
    notes = ["以上为预计费用，以实际用量结算；结算时押金抵扣费用，多退少补。",
             f"押金按需收押金项目预计费用的 {order.deposit_rate.normalize():f}% 收取。"]
    if order.note:
        notes.insert(0, f"备注：{order.note}")
    footer = [Field("应收押金", format_yuan(order.deposit_due))]
    if order.deposit > 0:
        footer.append(Field("已收押金", f"{format_yuan(order.deposit)} {PAYMENT_PRINTED[order.deposit_method]}"))
    footer.append(Field("经办人", actor.full_name or actor.username))
    return a4_documents([Document(
        title="商务中心收费通知单", number=order.number, issued=format_local(order.created_at),
        company_name=site.company_name, site_name=site.site_name, fields=tuple(fields), notes=tuple(notes),
        table=Table(LINE_COLUMNS, _order_rows(order), min_rows=3), total=order.estimate, total_label="预计费用",
        footer=tuple(footer), signatures=("客户确认（签字）", "商务中心（盖章）"))])


def refund_slip_pdf(db: Database, actor: Actor, number: str) -> bytes:
    """The refund slip of a cancelled order: the deposit given back, and what (if anything) was kept."""
    order = get_order(db, actor, number)
    if order.refund_number is None:
        raise ValidationError(_("Order {number} has no refund"), field="number", number=order.number)
    site = get_site_details(db)
    refunded = order.refunded
    return a4_documents([Document(
        title="商务中心押金退款单", number=order.refund_number, issued=order.closed_on.isoformat(),
        company_name=site.company_name, site_name=site.site_name,
        fields=(Field("客户", order.customer), Field("通知单号", order.number), Field("电话", order.phone or "—")),
        notes=(f"取消原因：{order.cancel_reason}",
               f"已收押金 {format_yuan(order.deposit)}（{PAYMENT_PRINTED[order.deposit_method]}），"
               f"退还 {format_yuan(refunded)}，大写：{amount_in_words(refunded)}。"
               + (f"扣留 {format_yuan(order.deposit - refunded)} 作订单取消费（收据 {order.receipt_number}）。"
                  if order.receipt_number else "")),
        table=Table(LINE_COLUMNS, _order_rows(order)), total=refunded, total_label="退还金额",
        footer=(Field("退款方式", PAYMENT_PRINTED[order.deposit_method]),
                Field("经办人", actor.full_name or actor.username)),
        signatures=("客户签收", "商务中心（盖章）"))])


def request_form_pdf(db: Database, actor: Actor, number: str) -> bytes:
    """设备使用申请单: who asks for what, when and why, and the manager's decision."""
    request = get_request(db, actor, number)
    site = get_site_details(db)
    start, end = local(request.starts_at), local(request.ends_at)
    fields = (Field("部门", request.department), Field("申请人", request.requester),
              Field("状态", REQUEST_STATUS_CHINESE[request.status.value]))
    notes = [f"使用设备/场地：{request.resource_name or '—'}{f'（{request.resource}）' if request.resource else ''}",
             f"使用时间：{start:%Y-%m-%d %H:%M} 至 {end:%Y-%m-%d %H:%M}",
             f"申请事由：{request.reason}"]
    if request.content:
        notes.append(f"使用内容：{request.content}")
    if request.clashes:
        notes.append(f"注意：与客户预订冲突（{'、'.join(request.clashes)}），客户优先。")
    if request.decided_by:
        notes.append(f"审批：{request.decided_by} {format_local(request.decided_at)} "
                     f"{REQUEST_STATUS_CHINESE[request.status.value] if request.status.value != 'used' else '已批准'}"
                     f"{'，' + request.decision_note if request.decision_note else ''}")
    return a4_documents([Document(
        title="商务中心设备使用申请单", number=request.number, issued=format_local(request.filed_at),
        company_name=site.company_name, site_name=site.site_name, fields=fields, notes=tuple(notes),
        footer=(Field("受理人", request.filed_by),), signatures=("申请人（签字）", "部门经理审批", "商务中心"))])


def settlement_sheet_pdf(db: Database, actor: Actor, number: str) -> bytes:
    """费用结算单: what a department's staff used, priced from the list, signed by the user."""
    request = get_request(db, actor, number)
    if request.settlement_number is None:
        raise ValidationError(_("Request {number} has not been settled"), field="number", number=request.number)
    site = get_site_details(db)
    rows = tuple((line.service, f"{line.quantity.normalize():f} {CHARGE_UNIT_CHINESE[line.unit]}",
                  format_yuan(line.price), format_yuan(line.amount), "") for line in request.lines)
    return a4_documents([Document(
        title="商务中心费用结算单", number=request.settlement_number, issued=format_local(request.settled_at),
        company_name=site.company_name, site_name=site.site_name,
        fields=(Field("部门", request.department), Field("使用人", request.requester), Field("申请单号", request.number)),
        notes=(f"事由：{request.reason}", "费用计入部门内部结算，不收现金。"),
        table=Table(LINE_COLUMNS, rows, min_rows=3), total=request.total, total_label="结算金额",
        footer=(Field("经办人", actor.full_name or actor.username),),
        signatures=("使用人（签字）", "部门经理", "商务中心"))])


TOTAL_COLUMNS = (Column("付款方式", 0.20, "centre"), Column("收押金", 0.16, "right"), Column("结算收款", 0.16, "right"),
                 Column("退押金", 0.16, "right"), Column("作废冲回", 0.16, "right"), Column("净额", 0.16, "right"))
MOVEMENT_COLUMNS = (Column("时间", 0.10, "centre"), Column("类别", 0.11, "centre"), Column("单据号", 0.19),
                    Column("客户", 0.20), Column("方式", 0.10, "centre"), Column("金额", 0.15, "right"),
                    Column("经办", 0.15))


def shift_documents(report: ShiftReport, site_name: str, company_name: str) -> list[Document]:
    """The summary (totals by payment method, receipts, deposits held, cash) and the detail of every movement."""
    number, operator = f"{report.business_date:%Y%m%d}", Field("收银员", report.operator or "全部")
    totals = tuple((PAYMENT_PRINTED[t.method], *(format_yuan(v) for v in (t.deposits, t.settled, t.refunds, t.voids,
                                                                          t.net))) for t in report.totals)
    notes = [f"开具收据 {len(report.receipts)} 张：" + ("、".join(
        f"{r.number}{'（已作废）' if r.is_void else ''}" for r in report.receipts) or "无")]
    if report.voided:
        notes.append("当日作废：" + "、".join(f"{r.number}（{r.void_reason}）" for r in report.voided))
    notes.append(f"班末押金结存：{format_yuan(report.deposits_held)}")
    footer = [Field("应有现金", format_yuan(report.expected_cash))]
    if report.counted_cash is not None:
        footer += [Field("实点现金", format_yuan(report.counted_cash)), Field("差额", format_yuan(report.difference))]
    summary = Document(
        title="商务中心交班日结", number=number, issued=report.business_date.isoformat(), company_name=company_name,
        site_name=site_name, fields=(operator,), notes=tuple(notes), table=Table(TOTAL_COLUMNS, totals, min_rows=2),
        total=sum((t.net for t in report.totals), Decimal("0.00")), total_label="收支净额", footer=tuple(footer),
        signatures=("交班人", "接班人", "主管"))
    rows = tuple((f"{local(m.at):%H:%M}", KIND_CHINESE[m.kind], m.document, m.customer, PAYMENT_PRINTED[m.method],
                  format_yuan(m.amount), m.operator) for m in report.movements)
    detail = Document(title="商务中心交班明细", number=number, issued=report.business_date.isoformat(),
                      company_name=company_name, site_name=site_name, fields=(operator,),
                      table=Table(MOVEMENT_COLUMNS, rows))
    return [summary, detail]


def shift_report_pdf(db: Database, actor: Actor, on: date, operator: str | None = None) -> bytes:
    site = get_site_details(db)
    return a4_documents(shift_documents(shift_report(db, actor, on, operator), site.site_name, site.company_name))

