"""Inserting many rows at once through the driver's own executemany, inside the caller's transaction.

For rows already validated and converted to what the columns store (fen, hundredths, ISO dates): it skips
SQLAlchemy's per-value type processing, which costs more than the insert itself on large runs.
"""

from collections.abc import Sequence

from sqlalchemy import Connection, Table

PLACEHOLDERS = {"qmark": "?", "format": "%s", "pyformat": "%s", "numeric": ":{n}", "named": ":c{n}"}


def insert_rows(connection: Connection, table: Table, columns: Sequence[str], rows: Sequence[tuple]) -> None:
    style = connection.dialect.paramstyle
    if style not in ("qmark", "format", "pyformat"):
        raise NotImplementedError(f"bulk insert for the {style} parameter style")
    marks = ", ".join(PLACEHOLDERS[style] for _ in columns)
    names = ", ".join(connection.dialect.identifier_preparer.quote(name) for name in columns)
    connection.exec_driver_sql(f"INSERT INTO {table.name} ({names}) VALUES ({marks})", list(rows))
