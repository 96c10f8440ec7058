"""Gapless document numbers: one series per document type and year, e.g. ``SK2026000001``.

The number is taken inside the transaction that creates the document, so a rolled-back document gives
its number back and a committed one keeps it for ever. Two desks taking numbers at once take turns: on
SQLite the writing transaction holds the write lock from its start (``db.engine``); on a server the
series row is locked ``FOR UPDATE`` until the transaction ends.
"""

import re
from datetime import date

from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from db.models import DocumentSequence

SERIES_PATTERN = re.compile(r"^[A-Z]{1,4}$")
DIGITS = 6


def next_number(session: Session, series: str, on: date) -> str:
    if not SERIES_PATTERN.match(series):
        raise ValueError(f"a series is one to four capital letters, not {series!r}")
    key = (series, on.year)
    row = session.get(DocumentSequence, key, with_for_update=True, populate_existing=True)
    if row is None:
        _create_series(session, series, on.year)
        row = session.get(DocumentSequence, key, with_for_update=True, populate_existing=True)
    row.last_value += 1
    session.flush()
    return format_number(series, on.year, row.last_value)


def format_number(series: str, year: int, value: int) -> str:
    return f"{series}{year}{value:0{DIGITS}d}"


def _create_series(session: Session, series: str, year: int) -> None:
    dialect = session.get_bind().dialect.name
    insert = {"postgresql": postgresql.insert, "sqlite": sqlite.insert}.get(dialect)
    values = {"series": series, "year": year, "last_value": 0}
    if insert is None:
        session.add(DocumentSequence(**values))
        session.flush()
        return
    session.execute(insert(DocumentSequence).values(**values).on_conflict_do_nothing())
