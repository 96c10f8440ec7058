"""the business centre: price list, rooms and equipment, orders, money at the counter, internal use, cash
counts; a bill line may come from elsewhere than a billing run (a business-centre charge put on account)

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-24

"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | Sequence[str] | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('bc_resource',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=20), nullable=False),
    sa.Column('name', sa.String(length=60), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('state', sa.String(length=16), nullable=False),
    sa.Column('note', sa.String(length=200), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_bc_resource')),
    sa.UniqueConstraint('code', name=op.f('uq_bc_resource_code'))
    )
    op.create_table('bc_service',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=60), nullable=False),
    sa.Column('category', sa.String(length=30), nullable=False),
    sa.Column('unit', sa.String(length=20), nullable=False),
    sa.Column('price', sa.BigInteger(), nullable=False),
    sa.Column('takes_deposit', sa.Boolean(), nullable=False),
    sa.Column('books', sa.String(length=10), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_bc_service')),
    sa.UniqueConstraint('name', name=op.f('uq_bc_service_name'))
    )
    op.create_table('bc_cash_count',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('business_date', sa.Date(), nullable=False),
    sa.Column('operator_id', sa.Integer(), nullable=False),
    sa.Column('counted', sa.BigInteger(), nullable=False),
    sa.Column('expected', sa.BigInteger(), nullable=False),
    sa.Column('counted_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['operator_id'], ['user_account.id'], name=op.f('fk_bc_cash_count_operator_id_user_account')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_bc_cash_count')),
    sa.UniqueConstraint('business_date', 'operator_id', name=op.f('uq_bc_cash_count_business_date'))
    )
    op.create_table('bc_use_request',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=20), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('department', sa.String(length=60), nullable=False),
    sa.Column('requester', sa.String(length=60), nullable=False),
    sa.Column('reason', sa.String(length=200), nullable=False),
    sa.Column('content', sa.String(length=200), nullable=False),
    sa.Column('resource_id', sa.Integer(), nullable=True),
    sa.Column('starts_at', sa.DateTime(), nullable=False),
    sa.Column('ends_at', sa.DateTime(), nullable=False),
    sa.Column('filed_at', sa.DateTime(), nullable=False),
    sa.Column('filed_by', sa.String(length=100), nullable=False),
    sa.Column('decided_at', sa.DateTime(), nullable=True),
    sa.Column('decided_by', sa.String(length=100), nullable=True),
    sa.Column('decision_note', sa.String(length=200), nullable=False),
    sa.Column('settlement_number', sa.String(length=20), nullable=True),
    sa.Column('settled_at', sa.DateTime(), nullable=True),
    sa.Column('total', sa.BigInteger(), nullable=True),
    sa.ForeignKeyConstraint(['resource_id'], ['bc_resource.id'], name=op.f('fk_bc_use_request_resource_id_bc_resource')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_bc_use_request')),
    sa.UniqueConstraint('number', name=op.f('uq_bc_use_request_number'))
    )
    with op.batch_alter_table('bc_use_request', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_bc_use_request_resource_id'), ['resource_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_bc_use_request_status'), ['status'], unique=False)

    op.create_table('bc_order',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=20), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=True),
    sa.Column('customer', sa.String(length=100), nullable=False),
    sa.Column('phone', sa.String(length=40), nullable=False),
    sa.Column('wanted_at', sa.DateTime(), nullable=True),
    sa.Column('note', sa.String(length=200), nullable=False),
    sa.Column('deposit_rate', sa.BigInteger(), nullable=False),
    sa.Column('deposit', sa.BigInteger(), nullable=False),
    sa.Column('deposit_method', sa.String(length=20), nullable=True),
    sa.Column('deposit_on', sa.Date(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.Integer(), nullable=False),
    sa.Column('closed_on', sa.Date(), nullable=True),
    sa.Column('receipt_number', sa.String(length=20), nullable=True),
    sa.Column('refund_number', sa.String(length=20), nullable=True),
    sa.Column('cancel_reason', sa.String(length=200), nullable=True),
    sa.ForeignKeyConstraint(['created_by'], ['user_account.id'], name=op.f('fk_bc_order_created_by_user_account')),
    sa.ForeignKeyConstraint(['unit_id'], ['unit.id'], name=op.f('fk_bc_order_unit_id_unit')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_bc_order')),
    sa.UniqueConstraint('number', name=op.f('uq_bc_order_number'))
    )
    with op.batch_alter_table('bc_order', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_bc_order_status'), ['status'], unique=False)

    op.create_table('bc_use_line',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('request_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('service', sa.String(length=60), nullable=False),
    sa.Column('unit', sa.String(length=20), nullable=False),
    sa.Column('price', sa.BigInteger(), nullable=False),
    sa.Column('quantity', sa.BigInteger(), nullable=False),
    sa.Column('amount', sa.BigInteger(), nullable=False),
    sa.ForeignKeyConstraint(['request_id'], ['bc_use_request.id'], name=op.f('fk_bc_use_line_request_id_bc_use_request')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_bc_use_line'))
    )
    with op.batch_alter_table('bc_use_line', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_bc_use_line_request_id'), ['request_id'], unique=False)

    op.create_table('bc_money',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('order_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=12), nullable=False),
    sa.Column('amount', sa.BigInteger(), nullable=False),
    sa.Column('method', sa.String(length=20), nullable=False),
    sa.Column('document', sa.String(length=20), nullable=False),
    sa.Column('business_date', sa.Date(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('operator_id', sa.Integer(), nullable=False),
    sa.Column('operator_name', sa.String(length=100), nullable=False),
    sa.ForeignKeyConstraint(['operator_id'], ['user_account.id'], name=op.f('fk_bc_money_operator_id_user_account')),
    sa.ForeignKeyConstraint(['order_id'], ['bc_order.id'], name=op.f('fk_bc_money_order_id_bc_order')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_bc_money'))
    )
    with op.batch_alter_table('bc_money', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_bc_money_business_date'), ['business_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_bc_money_order_id'), ['order_id'], unique=False)

    op.create_table('bc_order_line',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('order_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('service_id', sa.Integer(), nullable=False),
    sa.Column('service', sa.String(length=60), nullable=False),
    sa.Column('unit', sa.String(length=20), nullable=False),
    sa.Column('price', sa.BigInteger(), nullable=False),
    sa.Column('quantity', sa.BigInteger(), nullable=False),
    sa.Column('amount', sa.BigInteger(), nullable=False),
    sa.Column('takes_deposit', sa.Boolean(), nullable=False),
    sa.Column('resource_id', sa.Integer(), nullable=True),
    sa.Column('starts_at', sa.DateTime(), nullable=True),
    sa.Column('ends_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['order_id'], ['bc_order.id'], name=op.f('fk_bc_order_line_order_id_bc_order')),
    sa.ForeignKeyConstraint(['resource_id'], ['bc_resource.id'], name=op.f('fk_bc_order_line_resource_id_bc_resource')),
    sa.ForeignKeyConstraint(['service_id'], ['bc_service.id'], name=op.f('fk_bc_order_line_service_id_bc_service')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_bc_order_line'))
    )
    with op.batch_alter_table('bc_order_line', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_bc_order_line_order_id'), ['order_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_bc_order_line_resource_id'), ['resource_id'], unique=False)

    with op.batch_alter_table('bill_line', schema=None) as batch_op:
        batch_op.add_column(sa.Column('source', sa.String(length=20), server_default='', nullable=False))
        batch_op.alter_column('run_id',
               existing_type=sa.INTEGER(),
               nullable=True)
        batch_op.drop_constraint(batch_op.f('uq_bill_line_unit_id'), type_='unique')
        batch_op.create_unique_constraint(batch_op.f('uq_bill_line_unit_id'), ['unit_id', 'period', 'item', 'source'])



def downgrade() -> None:
    with op.batch_alter_table('bill_line', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('uq_bill_line_unit_id'), type_='unique')
        batch_op.create_unique_constraint(batch_op.f('uq_bill_line_unit_id'), ['unit_id', 'period', 'item'])
        batch_op.alter_column('run_id',
               existing_type=sa.INTEGER(),
               nullable=False)
        batch_op.drop_column('source')

    with op.batch_alter_table('bc_order_line', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_bc_order_line_resource_id'))
        batch_op.drop_index(batch_op.f('ix_bc_order_line_order_id'))

    op.drop_table('bc_order_line')
    with op.batch_alter_table('bc_money', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_bc_money_order_id'))
        batch_op.drop_index(batch_op.f('ix_bc_money_business_date'))

    op.drop_table('bc_money')
    with op.batch_alter_table('bc_use_line', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_bc_use_line_request_id'))

    op.drop_table('bc_use_line')
    with op.batch_alter_table('bc_order', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_bc_order_status'))

    op.drop_table('bc_order')
    with op.batch_alter_table('bc_use_request', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_bc_use_request_status'))
        batch_op.drop_index(batch_op.f('ix_bc_use_request_resource_id'))

    op.drop_table('bc_use_request')
    op.drop_table('bc_cash_count')
    op.drop_table('bc_service')
    op.drop_table('bc_resource')
