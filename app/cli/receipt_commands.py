"""``receipts show|pdf|void|verify|list``."""

from datetime import date
from pathlib import Path

from app.cli.context import Result, as_actor, write_pdf
from app.clock import format_local
from app.documents.paper import Layout
from app.errors import FrontOfficeError
from app.i18n import _
from app.money import format_yuan
from app.receipts.model import ReceiptView
from app.receipts.printing import prepare_print, record_print
from app.receipts.records import find, get, verify_code, void


class ReceiptCodeRejected(FrontOfficeError):
    pass


def register(commands, common) -> None:
    receipts = commands.add_parser("receipts", help="issued receipts").add_subparsers(
        dest="receipts_command", metavar="ACTION", required=True)
    show = receipts.add_parser("show", parents=[common], help="one receipt in full")
    show.add_argument("number")
    show.set_defaults(handler=run_show)
    pdf = receipts.add_parser("pdf", parents=[common], help="write the receipt's PDF (a reprint if printed before)")
    pdf.add_argument("number")
    pdf.add_argument("--out", required=True, type=Path, metavar="FILE")
    pdf.add_argument("--layout", default=Layout.A4_THREE.value, choices=[layout.value for layout in Layout])
    pdf.set_defaults(handler=run_pdf)
    voider = receipts.add_parser("void", parents=[common], help="void a receipt (managers), with a reason")
    voider.add_argument("number")
    voider.add_argument("--reason", required=True)
    voider.set_defaults(handler=run_void)
    verify = receipts.add_parser("verify", parents=[common], help="check a scanned receipt code")
    verify.add_argument("payload")
    verify.set_defaults(handler=run_verify)
    lister = receipts.add_parser("list", parents=[common], help="receipts of a range of business dates")
    lister.add_argument("--from", dest="date_from", required=True, type=day, metavar="YYYY-MM-DD")
    lister.add_argument("--to", dest="date_to", required=True, type=day, metavar="YYYY-MM-DD")
    lister.set_defaults(handler=run_list)


def day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValueError(f"not a date (YYYY-MM-DD): {text}") from None


def run_show(args) -> Result:
    receipt = as_actor(args, lambda db, who: get(db, who, args.number))
    lines = [f"{receipt.number}  {receipt.business_date}  {format_local(receipt.issued_at)}  {_status(receipt)}",
             f"payer: {receipt.payer}   unit: {receipt.unit or '-'}   method: {receipt.payment_method.value}",
             *(f"  {line.item:<20} {line.period:<12} {format_yuan(line.unit_price) if line.unit_price else '':>12} "
               f"{format_yuan(line.amount):>14}" for line in receipt.lines),
             f"total: {format_yuan(receipt.total)}   operator: {receipt.operator_name}   printed: {receipt.print_count}"]
    if receipt.is_void:
        lines.append(f"voided {format_local(receipt.voided_at)} by {receipt.voided_by}: {receipt.void_reason}")
    return Result("\n".join(lines), {"receipt": row(receipt)})


def run_pdf(args) -> Result:
    def print_to_file(db, who):
        job = prepare_print(db, who, args.number, args.layout)
        write_pdf(args.out, job.pdf)
        return job, record_print(db, who, job)

    job, receipt = as_actor(args, print_to_file)
    kind = f"reprint {job.print_number - 1}" if job.reprint else "first print"
    return Result(f"Wrote {args.out} ({kind}, {job.layout.value})",
                  {"file": str(args.out), "print": receipt.print_count, "reprint": job.reprint,
                   "layout": job.layout.value, "void": receipt.is_void})


def run_void(args) -> Result:
    receipt = as_actor(args, lambda db, who: void(db, who, args.number, args.reason))
    return Result(f"Voided {receipt.number}: {receipt.void_reason}", {"receipt": row(receipt)})


def run_verify(args) -> Result:
    check = as_actor(args, lambda db, who: verify_code(db, who, args.payload))
    if not check.genuine:
        raise ReceiptCodeRejected(_("Not a genuine receipt: {problem}"), problem=check.problem)
    receipt = check.receipt
    if receipt.is_void:
        raise ReceiptCodeRejected(_("Receipt {number} is genuine but was voided: {reason}"), number=receipt.number,
                                  reason=receipt.void_reason)
    return Result(f"Genuine: {receipt.number} {receipt.business_date} {format_yuan(receipt.total)} "
                  f"paid by {receipt.payer}", {"genuine": True, "receipt": row(receipt)})


def run_list(args) -> Result:
    receipts = as_actor(args, lambda db, who: find(db, who, args.date_from, args.date_to))
    lines = [f"{r.number}  {r.business_date}  {format_yuan(r.total):>14}  {_status(r):<6} {r.payer}" for r in receipts]
    lines.append(f"{len(receipts)} receipts")
    return Result("\n".join(lines), {"receipts": [row(r) for r in receipts]})


def _status(receipt: ReceiptView) -> str:
    return "VOID" if receipt.is_void else "issued"


def row(receipt: ReceiptView) -> dict:
    return {
        "number": receipt.number, "kind": receipt.kind.value, "date": receipt.business_date.isoformat(),
        "issued_at": receipt.issued_at.isoformat(), "payer": receipt.payer, "unit": receipt.unit,
        "payment_method": receipt.payment_method.value, "total": str(receipt.total),
        "deposit": None if receipt.deposit is None else str(receipt.deposit),
        "balance": None if receipt.balance is None else str(receipt.balance),
        "operator": receipt.operator_name, "status": receipt.status.value, "void_reason": receipt.void_reason,
        "print_count": receipt.print_count,
        "lines": [{"item": line.item, "period": line.period, "amount": str(line.amount),
                   "unit_price": None if line.unit_price is None else str(line.unit_price)} for line in receipt.lines],
    }
