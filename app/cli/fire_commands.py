"""``fire due``, ``fire overdue``, ``fire notice``, ``fire archive`` and ``fire install-checklists``: the
inspections due by a date, the rectification notices past their deadline, a printed notice, the fire archive of
a period, and the shipped checklists."""

from pathlib import Path

from app.cli.context import Result, as_actor, write_pdf
from app.cli.receipt_commands import day
from app.clock import today
from app.safety.documents import archive_pdf, notice_pdf
from app.safety.model import FREQUENCY_CHINESE, CheckCategory
from app.safety.notices import list_notices
from app.safety.schedules import due_inspections
from app.safety.templates import install_standard

STATE_CHINESE = {"due": "待检", "missed": "漏检", "done": "已检"}


def register(commands, common) -> None:
    fire = commands.add_parser("fire", help="fire-safety inspections and rectification notices").add_subparsers(
        dest="fire_command", metavar="ACTION", required=True)
    due = fire.add_parser("due", parents=[common], help="inspections due on a date, missed ones first")
    due.add_argument("--date", type=day, metavar="YYYY-MM-DD", help="default: today")
    due.add_argument("--category", choices=[c.value for c in CheckCategory],
                     help="fire, cleaning or security (default: all)")
    due.set_defaults(handler=run_due)
    overdue = fire.add_parser("overdue", parents=[common], help="open rectification notices past their deadline")
    overdue.add_argument("--date", type=day, metavar="YYYY-MM-DD", help="default: today")
    overdue.set_defaults(handler=run_overdue)
    notice = fire.add_parser("notice", parents=[common], help="write a rectification notice (PDF)")
    notice.add_argument("number")
    notice.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    notice.set_defaults(handler=run_notice)
    archive = fire.add_parser("archive", parents=[common], help="write the fire archive of a period (PDF)")
    archive.add_argument("--from", dest="since", type=day, required=True, metavar="YYYY-MM-DD")
    archive.add_argument("--to", dest="until", type=day, required=True, metavar="YYYY-MM-DD")
    archive.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    archive.set_defaults(handler=run_archive)
    install = fire.add_parser("install-checklists", parents=[common],
                              help="add the shipped fire, cleaning and patrol checklists the site does not have")
    install.set_defaults(handler=run_install)


def run_due(args) -> Result:
    on = args.date or today()
    rows = as_actor(args, lambda db, who: due_inspections(db, who, on, args.category))
    lines = [f"{STATE_CHINESE[d.state]}  {d.schedule.template_code:<10} {d.schedule.template_name:<16} "
             f"{d.schedule.area:<12} {FREQUENCY_CHINESE[d.schedule.frequency]}  due by {d.period_end.isoformat()}"
             + (f"  missed {d.missed}" if d.missed else "")
             + (f"  last {d.last_done.isoformat()} {d.last_number}" if d.last_done else "  never done")
             for d in rows]
    return Result("\n".join(lines) or f"Nothing is due on {on.isoformat()}.", {"date": on.isoformat(), "due": [
        {"template": d.schedule.template_code, "name": d.schedule.template_name, "area": d.schedule.area,
         "category": d.schedule.category.value, "frequency": d.schedule.frequency.value, "state": d.state.value,
         "due_by": d.period_end.isoformat(), "missed": d.missed,
         "last_done": d.last_done.isoformat() if d.last_done else None, "last_number": d.last_number}
        for d in rows]})


def run_overdue(args) -> Result:
    on = args.date or today()
    notices = as_actor(args, lambda db, who: list_notices(db, who, overdue_on=on))
    lines = [f"{n.number}  {n.area:<12} {n.recipient:<10} deadline {n.deadline.isoformat()} "
             f"({(on - n.deadline).days} days over)  {n.system}：{n.item}" for n in notices]
    return Result("\n".join(lines) or f"No notice is past its deadline on {on.isoformat()}.",
                  {"date": on.isoformat(), "overdue": [
                      {"number": n.number, "area": n.area, "unit": n.unit, "recipient": n.recipient,
                       "deadline": n.deadline.isoformat(), "days_over": (on - n.deadline).days, "finding": n.finding,
                       "requirement": n.requirement} for n in notices]})


def run_notice(args) -> Result:
    as_actor(args, lambda db, who: write_pdf(args.out, notice_pdf(db, who, args.number)))
    return Result(f"Wrote {args.out}", {"out": str(args.out)})


def run_archive(args) -> Result:
    as_actor(args, lambda db, who: write_pdf(args.out, archive_pdf(db, who, args.since, args.until)))
    return Result(f"Wrote {args.out}", {"out": str(args.out)})


def run_install(args) -> Result:
    made = as_actor(args, install_standard)
    return Result(f"Added {made} checklists.", {"added": made})
