"""owner accounts

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-24

"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = '0005'
down_revision: str | Sequence[str] | None = '0004'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:

    op.create_table('billing_run',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('period', sa.Date(), nullable=False),
    sa.Column('run_at', sa.DateTime(), nullable=False),
    sa.Column('run_by', sa.String(length=64), nullable=False),
    sa.Column('lines_created', sa.Integer(), nullable=False),
    sa.Column('total', sa.BigInteger(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_billing_run'))
    )
    op.create_table('building',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=20), nullable=False),
    sa.Column('floors', sa.Integer(), nullable=False),
    sa.Column('has_lift', sa.Boolean(), nullable=False),
    sa.Column('has_water', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_building')),
    sa.UniqueConstraint('name', name=op.f('uq_building_name'))
    )
    op.create_table('fee_rate',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('item', sa.String(length=16), nullable=False),
    sa.Column('unit_type', sa.String(length=16), nullable=False),
    sa.Column('rate', sa.BigInteger(), nullable=False),
    sa.Column('effective_from', sa.Date(), nullable=False),
    sa.Column('set_by', sa.String(length=64), nullable=False),
    sa.Column('set_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_fee_rate')),
    sa.UniqueConstraint('item', 'unit_type', 'effective_from', name=op.f('uq_fee_rate_item'))
    )
    op.create_table('party',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('initials', sa.String(length=100), nullable=False),
    sa.Column('phone', sa.String(length=40), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_party'))
    )
    with op.batch_alter_table('party', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_party_initials'), ['initials'], unique=False)
        batch_op.create_index(batch_op.f('ix_party_name'), ['name'], unique=False)

    op.create_table('unit',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('building_id', sa.Integer(), nullable=False),
    sa.Column('room', sa.String(length=20), nullable=False),
    sa.Column('floor', sa.Integer(), nullable=False),
    sa.Column('area', sa.BigInteger(), nullable=False),
    sa.Column('unit_type', sa.String(length=16), nullable=False),
    sa.Column('handover_date', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['building_id'], ['building.id'], name=op.f('fk_unit_building_id_building')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_unit')),
    sa.UniqueConstraint('building_id', 'room', name=op.f('uq_unit_building_id')),
    sa.UniqueConstraint('code', name=op.f('uq_unit_code'))
    )
    op.create_table('bill_line',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=False),
    sa.Column('period', sa.Date(), nullable=False),
    sa.Column('item', sa.String(length=16), nullable=False),
    sa.Column('area', sa.BigInteger(), nullable=False),
    sa.Column('days', sa.Integer(), nullable=False),
    sa.Column('basis', sa.String(length=80), nullable=False),
    sa.Column('amount', sa.BigInteger(), nullable=False),
    sa.Column('paid', sa.BigInteger(), nullable=False),
    sa.Column('run_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['run_id'], ['billing_run.id'], name=op.f('fk_bill_line_run_id_billing_run')),
    sa.ForeignKeyConstraint(['unit_id'], ['unit.id'], name=op.f('fk_bill_line_unit_id_unit')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_bill_line')),
    sa.UniqueConstraint('unit_id', 'period', 'item', name=op.f('uq_bill_line_unit_id'))
    )
    with op.batch_alter_table('bill_line', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_bill_line_period'), ['period'], unique=False)

    op.create_table('payment',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=False),
    sa.Column('amount', sa.BigInteger(), nullable=False),
    sa.Column('method', sa.String(length=20), nullable=False),
    sa.Column('business_date', sa.Date(), nullable=False),
    sa.Column('received_at', sa.DateTime(), nullable=False),
    sa.Column('receipt_number', sa.String(length=20), nullable=False),
    sa.Column('operator', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['receipt_number'], ['receipt.number'], name=op.f('fk_payment_receipt_number_receipt')),
    sa.ForeignKeyConstraint(['unit_id'], ['unit.id'], name=op.f('fk_payment_unit_id_unit')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_payment'))
    )
    with op.batch_alter_table('payment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_payment_unit_id'), ['unit_id'], unique=False)

    op.create_table('refund',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=20), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=False),
    sa.Column('amount', sa.BigInteger(), nullable=False),
    sa.Column('reason', sa.String(length=200), nullable=False),
    sa.Column('business_date', sa.Date(), nullable=False),
    sa.Column('refunded_at', sa.DateTime(), nullable=False),
    sa.Column('refunded_by', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['unit_id'], ['unit.id'], name=op.f('fk_refund_unit_id_unit')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_refund')),
    sa.UniqueConstraint('number', name=op.f('uq_refund_number'))
    )
    with op.batch_alter_table('refund', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_refund_unit_id'), ['unit_id'], unique=False)

    op.create_table('unit_party',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=False),
    sa.Column('party_id', sa.Integer(), nullable=False),
    sa.Column('role', sa.String(length=10), nullable=False),
    sa.Column('move_in', sa.Date(), nullable=True),
    sa.Column('move_out', sa.Date(), nullable=True),
    sa.Column('pays', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['party_id'], ['party.id'], name=op.f('fk_unit_party_party_id_party')),
    sa.ForeignKeyConstraint(['unit_id'], ['unit.id'], name=op.f('fk_unit_party_unit_id_unit')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_unit_party'))
    )
    with op.batch_alter_table('unit_party', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_unit_party_party_id'), ['party_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_unit_party_unit_id'), ['unit_id'], unique=False)

    op.create_table('allocation',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('bill_line_id', sa.Integer(), nullable=False),
    sa.Column('payment_id', sa.Integer(), nullable=True),
    sa.Column('amount', sa.BigInteger(), nullable=False),
    sa.Column('business_date', sa.Date(), nullable=False),
    sa.ForeignKeyConstraint(['bill_line_id'], ['bill_line.id'], name=op.f('fk_allocation_bill_line_id_bill_line')),
    sa.ForeignKeyConstraint(['payment_id'], ['payment.id'], name=op.f('fk_allocation_payment_id_payment')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_allocation'))
    )
    with op.batch_alter_table('allocation', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_allocation_bill_line_id'), ['bill_line_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_allocation_payment_id'), ['payment_id'], unique=False)



def downgrade() -> None:

    with op.batch_alter_table('allocation', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_allocation_payment_id'))
        batch_op.drop_index(batch_op.f('ix_allocation_bill_line_id'))

    op.drop_table('allocation')
    with op.batch_alter_table('unit_party', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_unit_party_unit_id'))
        batch_op.drop_index(batch_op.f('ix_unit_party_party_id'))

    op.drop_table('unit_party')
    with op.batch_alter_table('refund', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_refund_unit_id'))

    op.drop_table('refund')
    with op.batch_alter_table('payment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_payment_unit_id'))

    op.drop_table('payment')
    with op.batch_alter_table('bill_line', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_bill_line_period'))

    op.drop_table('bill_line')
    op.drop_table('unit')
    with op.batch_alter_table('party', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_party_name'))
        batch_op.drop_index(batch_op.f('ix_party_initials'))

    op.drop_table('party')
    op.drop_table('fee_rate')
    op.drop_table('building')
    op.drop_table('billing_run')
