"""``audit verify``: walk the hash chain and report any row that was changed, inserted or deleted."""

from app.audit import verify
from app.cli.context import Result, as_actor
from app.errors import FrontOfficeError
from app.i18n import _


class AuditBroken(FrontOfficeError):
    pass


def register(commands, common) -> None:
    audit = commands.add_parser("audit", help="the audit log").add_subparsers(
        dest="audit_command", metavar="ACTION", required=True)
    parser = audit.add_parser("verify", parents=[common], help="check that no audit row was changed or deleted")
    parser.set_defaults(handler=run_verify)


def run_verify(args) -> Result:
    result = as_actor(args, verify)
    if not result.ok:
        raise AuditBroken(_("The audit log was tampered with: {problems}"), problems="; ".join(result.problems))
    return Result(f"Audit log intact: {result.checked} rows checked, against {result.anchors} backups",
                  {"ok": True, "checked": result.checked, "backups_compared": result.anchors})

