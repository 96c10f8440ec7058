"""``bc services list``, ``bc load-demo`` and ``bc shift-report``: the business centre's price list and a
shift's cash report."""

from pathlib import Path

from app.business.documents import shift_report_pdf
from app.business.model import CHARGE_UNIT_CHINESE
from app.business.price_list import demo_price_list, list_services, load_price_list
from app.business.resources import demo_resources, load_resources
from app.business.shift import shift_report
from app.cli.context import Result, as_actor, write_pdf
from app.cli.receipt_commands import day
from app.clock import format_local
from app.money import format_yuan


def register(commands, common) -> None:
    bc = commands.add_parser("bc", help="the business centre").add_subparsers(
        dest="bc_command", metavar="ACTION", required=True)
    services = bc.add_parser("services", help="the price list").add_subparsers(
        dest="services_command", metavar="ACTION", required=True)
    lister = services.add_parser("list", parents=[common], help="the services on the price list")
    lister.add_argument("--all", action="store_true", help="withdrawn services too")
    lister.set_defaults(handler=run_services)
    demo = bc.add_parser("load-demo", parents=[common],
                         help="add the demo building's price list, rooms and equipment (what is there stays)")
    demo.set_defaults(handler=run_load_demo)
    shift = bc.add_parser("shift-report", parents=[common], help="a day's money at the counter, by payment method")
    shift.add_argument("--date", required=True, type=day, metavar="YYYY-MM-DD")
    shift.add_argument("--operator", metavar="NAME", help="one operator's shift (user name or full name)")
    shift.add_argument("--out", type=Path, metavar="FILE.pdf", help="also write the printable report")
    shift.set_defaults(handler=run_shift)


def run_services(args) -> Result:
    services = as_actor(args, lambda db, who: list_services(db, who, include_withdrawn=args.all))
    lines = [f"{s.category:<8} {s.name:<24} {format_yuan(s.price):>12} /{CHARGE_UNIT_CHINESE[s.unit]:<4}"
             f"{' 押金' if s.takes_deposit else ''}{'' if s.active else ' (withdrawn)'}" for s in services]
    return Result("\n".join(lines) or "The price list is empty.", {"services": [
        {"id": s.id, "category": s.category, "name": s.name, "unit": s.unit.value, "price": str(s.price),
         "takes_deposit": s.takes_deposit, "books": s.books.value if s.books else None, "active": s.active}
        for s in services]})


def run_load_demo(args) -> Result:
    services, resources = as_actor(args, lambda db, who: (load_price_list(db, who, demo_price_list()),
                                                          load_resources(db, who, demo_resources())))
    return Result(f"Added {services} services and {resources} rooms and machines.",
                  {"services": services, "resources": resources})


def run_shift(args) -> Result:
    def work(db, who):
        report = shift_report(db, who, args.date, args.operator)
        if args.out:
            write_pdf(args.out, shift_report_pdf(db, who, args.date, args.operator))
        return report

    report = as_actor(args, work)
    lines = [f"Shift report {report.business_date} - {report.operator or 'all operators'}"]
    lines += [f"  {format_local(m.at)[11:]} {m.kind:<8} {m.document:<14} {m.method.value:<10} {format_yuan(m.amount):>12}"
              f"  {m.customer}" for m in report.movements]
    lines += [f"{t.method.value:<10} deposits {format_yuan(t.deposits):>12} settled {format_yuan(t.settled):>12} "
              f"refunds {format_yuan(t.refunds):>12} voids {format_yuan(t.voids):>12} net {format_yuan(t.net):>12}"
              for t in report.totals]
    lines.append(f"receipts {len(report.receipts)}, voided {len(report.voided)}; deposits held "
                 f"{format_yuan(report.deposits_held)}; cash expected {format_yuan(report.expected_cash)}")
    if report.counted_cash is not None:
        lines.append(f"cash counted {format_yuan(report.counted_cash)}, difference {format_yuan(report.difference)}")
    if args.out:
        lines.append(f"written to {args.out}")
    return Result("\n".join(lines), {
        "date": report.business_date.isoformat(), "operator": report.operator,
        "movements": [{"at": m.at.isoformat(), "kind": m.kind, "document": m.document, "order": m.order,
                       "customer": m.customer, "method": m.method.value, "amount": str(m.amount),
                       "operator": m.operator} for m in report.movements],
        "totals": {t.method.value: {"deposits": str(t.deposits), "settled": str(t.settled), "refunds": str(t.refunds),
                                    "voids": str(t.voids), "net": str(t.net)} for t in report.totals},
        "receipts": [r.number for r in report.receipts], "voided": [r.number for r in report.voided],
        "deposits_held": str(report.deposits_held), "expected_cash": str(report.expected_cash),
        "counted_cash": None if report.counted_cash is None else str(report.counted_cash),
        "difference": None if report.difference is None else str(report.difference)})
