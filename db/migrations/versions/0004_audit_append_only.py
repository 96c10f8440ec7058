"""the audit log is append-only: its rows cannot be changed or deleted, and its head only moves forward

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-24

"""
from collections.abc import Sequence

from alembic import op

revision: str = "0004"
down_revision: str | Sequence[str] | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

REFUSALS = {
    # name: (table, event, condition, message)
    "audit_entry_no_update": ("audit_entry", "UPDATE", None, "audit rows are never changed"),
    "audit_entry_no_delete": ("audit_entry", "DELETE", None, "audit rows are never deleted"),
    "audit_head_no_delete": ("audit_head", "DELETE", None, "the audit head is never deleted"),
    "audit_head_forward": ("audit_head", "UPDATE", "NEW.last_seq <> OLD.last_seq + 1",
                           "the audit head only moves to the next row"),
}


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    for name, (table, event, condition, message) in REFUSALS.items():
        if dialect == "sqlite":
            when = f" WHEN {condition}" if condition else ""
            op.execute(f"CREATE TRIGGER {name} BEFORE {event} ON {table} FOR EACH ROW{when} "
                       f"BEGIN SELECT RAISE(ABORT, '{message}'); END")
        elif dialect == "postgresql":
            when = f" WHEN ({condition})" if condition else ""
            op.execute(f"CREATE TRIGGER {name} BEFORE {event} ON {table} FOR EACH ROW{when} "
                       f"EXECUTE FUNCTION frontoffice_refuse('{message}')")


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    for name, (table, *_rest) in REFUSALS.items():
        op.execute(f"DROP TRIGGER {name}" + (f" ON {table}" if dialect == "postgresql" else ""))
