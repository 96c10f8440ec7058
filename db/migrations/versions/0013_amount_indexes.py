"""indexes that hold a unit's amounts, so that its totals (what it owes, has paid and has paid ahead) are read
from the index alone: the billing run's credit, the units list's balances and the arrears list no longer read
every bill line and payment of a large site's years

Revision ID: 0013
Revises: 0012
Create Date: 2026-11-24

"""
from collections.abc import Sequence

from alembic import op

revision: str = "0013"
down_revision: str | Sequence[str] | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_bill_line_unit_amounts", "bill_line", ["unit_id", "amount", "paid"])
    op.create_index("ix_payment_unit_received", "payment", ["unit_id", "reversed", "amount"])


def downgrade() -> None:
    op.drop_index("ix_payment_unit_received", table_name="payment")
    op.drop_index("ix_bill_line_unit_amounts", table_name="bill_line")
