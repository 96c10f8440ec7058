"""Alembic's environment: runs on the connection that ``db.migrate`` hands it."""

from alembic import context

import db.models  # noqa: F401  (registers every table on Base.metadata)
from db.base import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
