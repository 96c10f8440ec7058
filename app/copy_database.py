"""Moving a site from one PC to several: every row of an SQLite database copied into a new server database.

The copy is one transaction on the target: it is all there, or nothing is. Every table keeps its ids, so
document numbers, the audit chain and the receipts' check codes (the site's receipt secret) are the same
afterwards; each table's count is compared, the audit chain is walked on the target, and the copy itself
is the target's next audit row.
"""

from dataclasses import dataclass, field

from sqlalchemy import func, insert, select, text

from app import audit
from app.database import Database
from app.errors import ValidationError
from app.i18n import _
from app.permissions import Actor, Permission, require
from app.progress import ProgressCallback
from db.base import Base
from db.models import AuditEntry, User

BATCH = 1000
# Rows the migrations themselves put in a new database; the source's replace them.
MADE_BY_MIGRATIONS = ("audit_head", "site_setting")
APPEND_ONLY = ("audit_entry", "audit_head", "receipt", "receipt_line")


@dataclass
class CopyReport:
    counts: dict[str, int] = field(default_factory=dict)  # table: rows, the same in both
    audit_rows: int = 0  # the target's chain, walked and intact, before the copy's own row

    @property
    def rows(self) -> int:
        return sum(self.counts.values())


def copy_database(source: Database, target: Database, actor: Actor,
                  progress: ProgressCallback | None = None) -> CopyReport:
    """Copies ``source`` (an SQLite file) into ``target`` (a new, empty server database), as ``actor``, an
    administrator of the source. Refuses, changing nothing, a target that holds data already."""
    require(actor, Permission.RESTORE)
    if source.path is None:
        raise ValidationError(_("Copy from an SQLite file (--from FILE)"), field="source")
    if target.path is not None:
        raise ValidationError(_("Copy into a server database (--to URL); an SQLite file is copied with a backup"),
                              field="target")
    tables = list(Base.metadata.sorted_tables)
    report = CopyReport()
    with source.read(actor) as reading, target.write() as writing:
        _check_empty(writing, target)
        total = sum(reading.scalar(select(func.count()).select_from(table)) for table in tables)
        done = 0
        _refusals(writing, enable=False)
        for table in tables:
            if table.name in MADE_BY_MIGRATIONS:
                writing.execute(table.delete())
            count = 0
            rows = reading.execute(select(table).order_by(*table.primary_key.columns)).mappings()
            while batch := rows.fetchmany(BATCH):
                writing.execute(insert(table), [dict(row) for row in batch])
                count += len(batch)
                done += len(batch)
                if progress:
                    progress(done, total)
            report.counts[table.name] = count
        _refusals(writing, enable=True)
        _restart_sequences(writing, tables)
        writing.flush()
        for table in tables:
            copied = writing.scalar(select(func.count()).select_from(table))
            if copied != report.counts[table.name]:
                raise ValidationError(_("The copy of {table} has {copied} rows, not {expected}; nothing was copied"),
                                      table=table.name, copied=copied, expected=report.counts[table.name])
        verification = audit.verify_chain(writing)
        if not verification.ok:
            raise ValidationError(_("The copied audit log does not verify ({problem}); nothing was copied"),
                                  problem=verification.problems[0])
        report.audit_rows = verification.checked
        audit.record(writing, actor, "copy", "database",
                     after={"from": str(source.path), "rows": report.rows, "audit_rows": report.audit_rows})
    return report


def _check_empty(session, target: Database) -> None:
    users = session.scalar(select(func.count()).select_from(User))
    entries = session.scalar(select(func.count()).select_from(AuditEntry))
    if users or entries:
        raise ValidationError(_("The database {name} already holds data ({users} users, {entries} audit rows); "
                                "copy into a new, empty database made with 'frontoffice-admin init --db URL'"),
                              field="target", name=target.display_name, users=users, entries=entries)


def _refusals(session, enable: bool) -> None:
    """The append-only triggers, off while the copy writes the source's rows (in this transaction only)."""
    for table in APPEND_ONLY:
        session.execute(text(f"ALTER TABLE {table} {'ENABLE' if enable else 'DISABLE'} TRIGGER USER"))


def _restart_sequences(session, tables) -> None:
    """Each table's next id follows the copied rows."""
    for table in tables:
        column = table.autoincrement_column
        if column is None:
            continue
        session.execute(text(f"SELECT setval(pg_get_serial_sequence('{table.name}', '{column.name}'), "
                             f"COALESCE((SELECT MAX({column.name}) FROM {table.name}), 0) + 1, false)"))
