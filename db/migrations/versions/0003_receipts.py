"""receipts and their lines, frozen once issued; the site's secret for receipt check codes

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-24

"""
import secrets
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | Sequence[str] | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

FROZEN = ("number, kind, business_date, issued_at, payer, unit, payment_method, total, deposit, balance, note, "
          "operator_id, operator_name, check_code")
REFUSALS = {
    # name: (table, event, condition, message)
    "receipt_no_delete": ("receipt", "DELETE", None, "issued receipts are never deleted"),
    "receipt_frozen": ("receipt", f"UPDATE OF {FROZEN}", None, "issued receipts are never edited"),
    "receipt_void_is_final": ("receipt", "UPDATE OF status", "OLD.status = 'void'", "a void receipt stays void"),
    "receipt_line_no_delete": ("receipt_line", "DELETE", None, "receipt lines are never deleted"),
    "receipt_line_frozen": ("receipt_line", "UPDATE", None, "receipt lines are never edited"),
}


def upgrade() -> None:
    op.create_table(
        "receipt",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=20), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("business_date", sa.Date(), nullable=False),
        sa.Column("issued_at", sa.DateTime(), nullable=False),
        sa.Column("payer", sa.String(length=100), nullable=False),
        sa.Column("unit", sa.String(length=60), nullable=False),
        sa.Column("payment_method", sa.String(length=20), nullable=False),
        sa.Column("total", sa.BigInteger(), nullable=False),
        sa.Column("deposit", sa.BigInteger(), nullable=True),
        sa.Column("balance", sa.BigInteger(), nullable=True),
        sa.Column("note", sa.String(length=200), nullable=False),
        sa.Column("operator_id", sa.Integer(), nullable=False),
        sa.Column("operator_name", sa.String(length=100), nullable=False),
        sa.Column("check_code", sa.String(length=16), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("void_reason", sa.Text(), nullable=True),
        sa.Column("voided_at", sa.DateTime(), nullable=True),
        sa.Column("voided_by", sa.String(length=100), nullable=True),
        sa.Column("print_count", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["operator_id"], ["user_account.id"], name=op.f("fk_receipt_operator_id_user_account")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_receipt")),
        sa.UniqueConstraint("number", name=op.f("uq_receipt_number")),
    )
    op.create_index("ix_receipt_business_date", "receipt", ["business_date"])
    op.create_table(
        "receipt_line",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("receipt_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("item", sa.String(length=100), nullable=False),
        sa.Column("period", sa.String(length=40), nullable=False),
        sa.Column("unit_price", sa.BigInteger(), nullable=True),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(["receipt_id"], ["receipt.id"], name=op.f("fk_receipt_line_receipt_id_receipt")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_receipt_line")),
    )
    op.create_index("ix_receipt_line_receipt_id", "receipt_line", ["receipt_id"])
    _create_refusals()
    op.execute(sa.text("INSERT INTO site_setting (key, value) VALUES ('receipt_secret', :secret)")
               .bindparams(secret=secrets.token_hex(16)))


def _create_refusals() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "postgresql":
        op.execute("CREATE FUNCTION frontoffice_refuse() RETURNS trigger LANGUAGE plpgsql AS "
                   "$$ BEGIN RAISE EXCEPTION '%', TG_ARGV[0]; END $$")
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
    op.execute("DELETE FROM site_setting WHERE key = 'receipt_secret'")
    op.drop_table("receipt_line")
    op.drop_table("receipt")
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP FUNCTION frontoffice_refuse()")
