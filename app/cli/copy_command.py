"""``migrate-data --from SQLITE_FILE --to URL``: a site's SQLite database copied into a new server database."""

from pathlib import Path

from app.auth import login
from app.cli.context import Result, password
from app.copy_database import copy_database
from app.database import open_database
from app.errors import AuthenticationError
from app.i18n import _


def register(commands, common) -> None:
    parser = commands.add_parser("migrate-data", parents=[common],
                                 help="copy an SQLite database into a new, empty server database")
    parser.add_argument("--from", dest="source", required=True, metavar="SQLITE_FILE", type=Path)
    parser.add_argument("--to", dest="target", required=True, metavar="URL")
    parser.set_defaults(handler=run)


def run(args) -> Result:
    if not args.as_user:
        raise AuthenticationError(_("Say who you are with --as NAME"))
    source = open_database(args.source)
    try:
        actor = login(source, args.as_user, password(f"Password for {args.as_user}: "))
        target = open_database(args.target)
        try:
            report = copy_database(source, target, actor)
            name = target.display_name
        finally:
            target.close()
    finally:
        source.close()
    lines = [f"Copied {report.rows} rows from {args.source} into {name}:"]
    lines += [f"  {table:<24} {count:>9}" for table, count in report.counts.items() if count]
    lines.append(f"Every table has as many rows as in the source; audit log intact: {report.audit_rows} rows checked")
    return Result("\n".join(lines), {"from": str(args.source), "to": name, "rows": report.rows,
                                     "tables": report.counts, "audit_rows": report.audit_rows})
