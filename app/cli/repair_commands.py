"""``maintenance due``, ``repairs list``, ``repairs slip`` and ``repairs load-demo``: the scheduled job that
generates maintenance orders, the open work orders, a dispatch slip, and the demo building's engineering."""

from pathlib import Path

from app.cli.context import Result, as_actor, write_pdf
from app.cli.receipt_commands import day
from app.clock import format_local
from app.repairs.documents import dispatch_slip_pdf
from app.repairs.equipment import demo_register, load_register
from app.repairs.maintenance import generate_due, list_tasks
from app.repairs.materials import demo_materials, load_materials
from app.repairs.model import CATEGORY_CHINESE, OPEN_STATUSES, PRIORITY_CHINESE, WORK_STATUS_CHINESE
from app.repairs.orders import list_orders
from app.repairs.technicians import demo_technicians, load_technicians


def register(commands, common) -> None:
    maintenance = commands.add_parser("maintenance", help="preventive maintenance").add_subparsers(
        dest="maintenance_command", metavar="ACTION", required=True)
    due = maintenance.add_parser("due", parents=[common],
                                 help="generate the maintenance orders due by a date (running it again adds none)")
    due.add_argument("--date", type=day, metavar="YYYY-MM-DD", help="default: today")
    due.set_defaults(handler=run_due)
    repairs = commands.add_parser("repairs", help="repair work orders").add_subparsers(
        dest="repairs_command", metavar="ACTION", required=True)
    lister = repairs.add_parser("list", parents=[common], help="open work orders, newest first")
    lister.add_argument("--all", action="store_true", help="closed and cancelled orders too")
    lister.add_argument("--technician", metavar="NAME", help="one technician's queue")
    lister.set_defaults(handler=run_list)
    slip = repairs.add_parser("slip", parents=[common], help="write an order's dispatch slip (PDF)")
    slip.add_argument("number")
    slip.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    slip.set_defaults(handler=run_slip)
    demo = repairs.add_parser("load-demo", parents=[common],
                              help="add the demo building's technicians, materials and equipment (what is there stays)")
    demo.set_defaults(handler=run_load_demo)


def run_due(args) -> Result:
    def work(db, who):
        made = generate_due(db, who, args.date)
        return made, list_tasks(db, who, args.date)

    made, waiting = as_actor(args, work)
    return Result(f"Generated {made} maintenance orders; {len(waiting)} are waiting to be done.",
                  {"generated": made, "waiting": [task.number for task in waiting]})


def run_list(args) -> Result:
    orders = as_actor(args, lambda db, who: list_orders(db, who, statuses=None if args.all else OPEN_STATUSES,
                                                        technician=args.technician or ""))
    lines = [f"{o.number}  {WORK_STATUS_CHINESE[o.status]:<5} {PRIORITY_CHINESE[o.priority]:<3} "
             f"{CATEGORY_CHINESE[o.category]:<5} {o.place:<16} {o.technician or '-':<6} {o.description}"
             for o in orders]
    return Result("\n".join(lines) or "No work orders.", {"orders": [
        {"number": o.number, "status": o.status.value, "priority": o.priority.value, "category": o.category.value,
         "unit": o.unit, "location": o.location, "technician": o.technician, "description": o.description,
         "reported_at": format_local(o.reported_at), "overdue": o.overdue().value if o.overdue() else None,
         "charge": str(o.charge)} for o in orders]})


def run_slip(args) -> Result:
    as_actor(args, lambda db, who: write_pdf(args.out, dispatch_slip_pdf(db, who, args.number)))
    return Result(f"Wrote {args.out}", {"out": str(args.out)})


def run_load_demo(args) -> Result:
    def work(db, who):
        return (load_technicians(db, who, demo_technicians()), load_materials(db, who, demo_materials()),
                load_register(db, who, *demo_register()))

    technicians, materials, equipment = as_actor(args, work)
    return Result(f"Added {technicians} technicians, {materials} materials and {equipment} pieces of equipment.",
                  {"technicians": technicians, "materials": materials, "equipment": equipment})
