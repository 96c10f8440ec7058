"""Owner accounts: ``buildings``, ``fees``, ``bill``, ``pay``, ``refund``, ``arrears``,
``collection``. Amounts in JSON are strings with two decimals."""

from datetime import date
from pathlib import Path

from app.accounts.billing import run_billing
from app.accounts.fees import list_rates, set_rate
from app.accounts.model import RATED_ITEMS, UnitType, period_text
from app.accounts.occupants import add_occupant, move_out, occupants
from app.accounts.payments import pay, refund_credit
from app.accounts.register import add_building, list_buildings
from app.accounts.reports import arrears, collection
from app.accounts.statements import reminders_pdf, statement_pdf
from app.cli.context import Result, as_actor, write_pdf
from app.money import format_yuan, parse_amount
from app.receipts.model import MONEY_METHODS


def day(text: str) -> date:
    return date.fromisoformat(text)


def register(commands, common) -> None:
    buildings = commands.add_parser("buildings", help="buildings of the site").add_subparsers(
        dest="buildings_command", metavar="ACTION", required=True)
    add = buildings.add_parser("add", parents=[common], help="register a building")
    add.add_argument("name")
    add.add_argument("--floors", type=int, required=True)
    add.add_argument("--lift", action="store_true", help="the building has a lift (电梯费 is billed)")
    add.add_argument("--water", action="store_true", help="secondary water supply (二次供水费 is billed)")
    add.set_defaults(handler=run_buildings_add)
    buildings.add_parser("list", parents=[common], help="list the buildings").set_defaults(handler=run_buildings_list)

    fees = commands.add_parser("fees", help="fee standards").add_subparsers(dest="fees_command", metavar="ACTION",
                                                                            required=True)
    setter = fees.add_parser("set", parents=[common], help="a rate per m² per month, from a date on (managers)")
    setter.add_argument("item", choices=[item.value for item in RATED_ITEMS])
    setter.add_argument("--unit-type", required=True, choices=[kind.value for kind in UnitType])
    setter.add_argument("--rate", required=True, metavar="YUAN")
    setter.add_argument("--from", dest="date_from", type=day, metavar="YYYY-MM-DD")
    setter.set_defaults(handler=run_fees_set)
    fees.add_parser("list", parents=[common], help="the rates and their history").set_defaults(handler=run_fees_list)

    bill = commands.add_parser("bill", parents=[common], help="the monthly billing run for an ended period")
    bill.add_argument("--period", required=True, metavar="YYYY-MM")
    bill.set_defaults(handler=run_bill)

    payer = commands.add_parser("pay", parents=[common], help="take a payment for a unit; issues the receipt")
    payer.add_argument("--unit", required=True)
    payer.add_argument("--amount", required=True, metavar="YUAN")
    payer.add_argument("--method", required=True, choices=[method.value for method in MONEY_METHODS])
    payer.set_defaults(handler=run_pay)

    refund = commands.add_parser("refund", parents=[common], help="refund a unit's credit (managers)")
    refund.add_argument("--unit", required=True)
    refund.add_argument("--amount", required=True, metavar="YUAN")
    refund.add_argument("--reason", required=True)
    refund.set_defaults(handler=run_refund)

    owed = commands.add_parser("arrears", parents=[common], help="what each unit owes, with aging")
    owed.add_argument("--as-of", type=day, metavar="YYYY-MM-DD")
    owed.set_defaults(handler=run_arrears)

    rate = commands.add_parser("collection", parents=[common], help="paid / billed for a period's bills")
    rate.add_argument("--period", required=True, metavar="YYYY-MM")
    rate.set_defaults(handler=run_collection)
    register_documents(commands, common)
    register_occupants(commands, common)


def money(value) -> str:
    return f"{value:.2f}"


def run_buildings_add(args) -> Result:
    as_actor(args, lambda db, who: add_building(db, who, args.name, args.floors, args.lift, args.water))
    return Result(f"Added building {args.name.upper()}", {"building": args.name.upper()})


def run_buildings_list(args) -> Result:
    rows = as_actor(args, list_buildings)
    return Result("\n".join(f"{name:<8} {floors:>3} floors  lift: {'yes' if lift else 'no'}  water: "
                            f"{'yes' if water else 'no'}" for name, floors, lift, water in rows),
                  {"buildings": [{"name": n, "floors": f, "lift": lift, "water": w} for n, f, lift, w in rows]})


def run_fees_set(args) -> Result:
    rate = as_actor(args, lambda db, who: set_rate(db, who, args.item, args.unit_type, parse_amount(args.rate, "rate"),
                                                args.date_from))
    return Result(f"{rate.item.value} for {rate.unit_type.value}: {format_yuan(rate.rate)} per m² per month from "
                  f"{rate.effective_from}", _rate(rate))


def run_fees_list(args) -> Result:
    rates = as_actor(args, list_rates)
    return Result("\n".join(f"{r.item.value:<9} {r.unit_type.value:<12} {format_yuan(r.rate):>9}  from "
                            f"{r.effective_from}  ({r.set_by})" for r in rates), {"rates": [_rate(r) for r in rates]})


def _rate(rate) -> dict:
    return {"item": rate.item.value, "unit_type": rate.unit_type.value, "rate": money(rate.rate),
            "from": rate.effective_from.isoformat()}


def run_bill(args) -> Result:
    result = as_actor(args, lambda db, who: run_billing(db, who, args.period))
    return Result(f"{period_text(result.period)}: {result.lines_created} bill lines, {format_yuan(result.total)}; "
                  f"credit applied {format_yuan(result.credit_applied)}",
                  {"period": period_text(result.period), "lines_created": result.lines_created,
                   "total": money(result.total), "credit_applied": money(result.credit_applied)})


def run_pay(args) -> Result:
    result = as_actor(args, lambda db, who: pay(db, who, args.unit, parse_amount(args.amount, "amount"), args.method))
    allocated = [{"period": period_text(a.period), "item": a.item.value, "amount": money(a.amount)}
                 for a in result.allocated]
    text = [f"Receipt {result.receipt.number}: {format_yuan(result.receipt.total)} from {args.unit.upper()}"]
    text += [f"  {a['period']} {a['item']:<9} {a['amount']:>12}" for a in allocated]
    if result.credit:
        text.append(f"  credit (预交) {money(result.credit):>12}")
    return Result("\n".join(text), {"receipt": result.receipt.number, "allocated": allocated,
                                    "credit": money(result.credit)})


def run_refund(args) -> Result:
    result = as_actor(args, lambda db, who: refund_credit(db, who, args.unit, parse_amount(args.amount, "amount"),
                                                      args.reason))
    return Result(f"Refund {result.number}: {format_yuan(result.amount)} to {result.unit}; credit left "
                  f"{format_yuan(result.credit_left)}", {"refund": result.number, "amount": money(result.amount),
                                                         "credit_left": money(result.credit_left)})


def run_arrears(args) -> Result:
    report = as_actor(args, lambda db, who: arrears(db, who, args.as_of))
    rows = [{"unit": u.unit, "outstanding": money(u.outstanding), "oldest_period": period_text(u.oldest_period),
             "aging": {label: money(value) for label, value in u.buckets.items()}} for u in report.units]
    text = [f"{r['unit']:<12} {r['outstanding']:>12}  since {r['oldest_period']}" for r in rows]
    text.append(f"{len(rows)} units owe {format_yuan(report.total)} as of {report.as_of}")
    return Result("\n".join(text), {"as_of": report.as_of.isoformat(), "units": rows, "total": money(report.total),
                                    "aging": {label: money(value) for label, value in report.buckets.items()}})


def run_collection(args) -> Result:
    result = as_actor(args, lambda db, who: collection(db, who, args.period))
    return Result(f"{period_text(result.period)}: billed {format_yuan(result.billed)}, paid "
                  f"{format_yuan(result.paid)}, collection rate {result.rate * 100:.2f}%",
                  {"period": period_text(result.period), "billed": money(result.billed), "paid": money(result.paid),
                   "rate": str(result.rate)})


def register_documents(commands, common) -> None:
    statement = commands.add_parser("statement", parents=[common], help="a unit's statement (对账单) as a PDF")
    statement.add_argument("--unit", required=True)
    statement.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
    statement.set_defaults(handler=run_statement)
    reminders = commands.add_parser("reminders", parents=[common],
                                    help="payment reminders (催缴通知单): for --unit, or every unit in arrears")
    reminders.add_argument("--unit", action="append", metavar="UNIT")
    reminders.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
    reminders.add_argument("--as-of", type=day, metavar="YYYY-MM-DD")
    reminders.set_defaults(handler=run_reminders)


def run_statement(args) -> Result:
    pdf = as_actor(args, lambda db, who: statement_pdf(db, who, args.unit))
    write_pdf(args.out, pdf)
    return Result(f"Wrote the statement of {args.unit.upper()} to {args.out}", {"file": str(args.out)})


def run_reminders(args) -> Result:
    pdf, count = as_actor(args, lambda db, who: reminders_pdf(db, who, args.unit, args.as_of))
    write_pdf(args.out, pdf)
    return Result(f"Wrote {count} reminders to {args.out}", {"file": str(args.out), "reminders": count})


def register_occupants(commands, common) -> None:
    people = commands.add_parser("occupants", help="owners and tenants of a unit").add_subparsers(
        dest="occupants_command", metavar="ACTION", required=True)
    add = people.add_parser("add", parents=[common], help="a new owner (the previous one moves out) or tenant")
    add.add_argument("--unit", required=True)
    add.add_argument("--name", required=True)
    add.add_argument("--phone", default="")
    add.add_argument("--role", required=True, choices=["owner", "tenant"])
    add.add_argument("--move-in", type=day, metavar="YYYY-MM-DD")
    add.add_argument("--pays", action="store_true", help="this occupant pays for the unit from now on")
    add.set_defaults(handler=run_occupant_add)
    out = people.add_parser("out", parents=[common], help="an occupant moves out")
    out.add_argument("--unit", required=True)
    out.add_argument("--name", required=True)
    out.add_argument("--on", type=day, metavar="YYYY-MM-DD")
    out.set_defaults(handler=run_occupant_out)
    lister = people.add_parser("list", parents=[common], help="who lives in a unit, and who pays")
    lister.add_argument("--unit", required=True)
    lister.set_defaults(handler=run_occupant_list)


def _occupant(o) -> dict:
    return {"name": o.name, "phone": o.phone, "role": o.role, "pays": o.pays,
            "move_in": o.move_in.isoformat() if o.move_in else None,
            "move_out": o.move_out.isoformat() if o.move_out else None}


def run_occupant_add(args) -> Result:
    person = as_actor(args, lambda db, who: add_occupant(db, who, args.unit, args.name, args.phone, args.role,
                                                      args.move_in, args.pays))
    return Result(f"{person.name} ({person.role}) in {args.unit.upper()} from {person.move_in}"
                  + ("; pays for the unit" if person.pays else ""), {"occupant": _occupant(person)})


def run_occupant_out(args) -> Result:
    as_actor(args, lambda db, who: move_out(db, who, args.unit, args.name, args.on))
    return Result(f"{args.name} moved out of {args.unit.upper()}", {"moved_out": args.name})


def run_occupant_list(args) -> Result:
    people = as_actor(args, lambda db, who: occupants(db, who, args.unit))
    return Result("\n".join(f"{o.name:<12} {o.role:<7} {o.phone:<14} {o.move_in or '-'} - {o.move_out or ''}"
                            f"{'  pays' if o.pays else ''}" for o in people),
                  {"occupants": [_occupant(o) for o in people]})
