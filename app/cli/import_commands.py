"""``import units|price-list|equipment|keys FILE``: a register from a spreadsheet (.xlsx, or .csv in UTF-8 or
GBK). A file with bad rows imports nothing: every bad row is printed with its line (on stdout, or as
``{"problems": [...]}`` with ``--json``) and the command fails."""

import json
from pathlib import Path

from app.accounts.importing import import_units
from app.business.price_list_import import import_price_list
from app.cli.context import Result, as_actor
from app.frontdesk.keys_import import import_keys
from app.repairs.equipment_import import import_equipment
from app.sheet_import import ImportRejected, ImportResult


def register(commands, common) -> None:
    importer = commands.add_parser("import", help="import a register from a spreadsheet").add_subparsers(
        dest="import_command", metavar="WHAT", required=True)
    for name, help_text, handler in (
            ("units", "units and owners from .xlsx or .csv", run_import_units),
            ("price-list", "the business centre's price list from .xlsx or .csv", run_import_price_list),
            ("equipment", "the equipment register (and its categories) from .xlsx or .csv", run_import_equipment),
            ("keys", "the front desk's key register from .xlsx or .csv", run_import_keys)):
        command = importer.add_parser(name, parents=[common], help=help_text)
        command.add_argument("file", type=Path)
        command.set_defaults(handler=handler)


def imported(args, service) -> ImportResult:
    """``service(db, actor, file)``; when the file is refused, every bad row printed before the error."""
    try:
        return as_actor(args, lambda db, who: service(db, who, args.file))
    except ImportRejected as rejected:
        lines = [{"line": p.line, "reason": str(p.reason)} for p in rejected.problems]
        print(json.dumps({"problems": lines}, ensure_ascii=False) if args.json
              else "\n".join(f"line {p['line']}: {p['reason']}" for p in lines))
        raise


def run_import_units(args) -> Result:
    result = imported(args, import_units)
    return Result(f"{result.rows} rows: {result.changed} units created or changed, {result.unchanged} unchanged",
                  {"rows": result.rows, "changed": result.changed, "unchanged": result.unchanged})


def listed(result: ImportResult, noun: str, related: str = "") -> Result:
    """What an import of a register did, entry by entry."""
    lines = [f"{result.rows} rows: {len(result.added)} {noun} added, {len(result.updated)} changed, "
             f"{result.unchanged} unchanged"]
    lines += [f"added: {', '.join(result.added)}"] if result.added else []
    lines += [f"changed: {', '.join(result.updated)}"] if result.updated else []
    lines += [f"{related} added or changed: {', '.join(result.related)}"] if result.related else []
    data = {"rows": result.rows, "added": list(result.added), "updated": list(result.updated),
            "changed": result.changed, "unchanged": result.unchanged}
    if related:
        data[related] = list(result.related)
    return Result("\n".join(lines), data)


def run_import_price_list(args) -> Result:
    return listed(imported(args, import_price_list), "services")


def run_import_equipment(args) -> Result:
    return listed(imported(args, import_equipment), "pieces of equipment", "categories")


def run_import_keys(args) -> Result:
    return listed(imported(args, import_keys), "keys")
