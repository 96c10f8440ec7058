"""Storage: SQLAlchemy models, the engine and session factory, Alembic migrations.

Imports neither ``app`` nor ``ui``.
"""
