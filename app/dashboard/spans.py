"""The spans the charts count in (the last months, weeks or days up to a day), and counting rows per span in the
database: a timestamp is placed in its span of the site's calendar by the query itself."""

from collections.abc import Sequence
from datetime import date, datetime, time, timedelta

from sqlalchemy import case, func, select

from app.clock import SITE_ZONE


def midnight(day: date) -> datetime:
    """The start of ``day`` in the site's zone."""
    return datetime.combine(day, time(), SITE_ZONE)


def last_days(on: date, count: int) -> list[date]:
    """The ``count`` days up to and including ``on``, oldest first."""
    return [on - timedelta(days=back) for back in range(count - 1, -1, -1)]


def last_weeks(on: date, count: int) -> list[date]:
    """The Mondays of the ``count`` weeks up to and including the week of ``on``, oldest first."""
    monday = on - timedelta(days=on.weekday())
    return [monday - timedelta(weeks=back) for back in range(count - 1, -1, -1)]


def months_before(on: date, count: int) -> list[date]:
    """The first days of the ``count`` months before the month of ``on`` (the months that have ended), oldest
    first."""
    months = [on.replace(day=1)]
    for _ in range(count):
        months.insert(0, (months[0] - timedelta(days=1)).replace(day=1))
    return months[:-1]


def span_of(column, edges: Sequence[datetime]):
    """The index of the span ``[edges[i], edges[i + 1])`` that ``column`` falls in, as a query expression."""
    return case(*((column < edge, index) for index, edge in enumerate(edges[1:])), else_=-1)


def count_by_span(session, column, edges: Sequence[datetime], *where, key=None) -> dict[tuple, int]:
    """Rows whose ``column`` lies between the first and the last of ``edges``, counted by ``(span index,)`` or,
    with ``key``, by ``(span index, key)``."""
    columns = [span_of(column, edges).label("span")] + ([key.label("key")] if key is not None else [])
    rows = select(*columns).where(column >= edges[0], column < edges[-1], *where).subquery()
    keys = [rows.c.span] + ([rows.c.key] if key is not None else [])
    return {tuple(found): count
            for *found, count in session.execute(select(*keys, func.count()).group_by(*keys))}
