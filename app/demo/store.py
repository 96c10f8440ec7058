"""Writing the demo's rows in bulk, inside the generator's unit of work, as the models would have stored them.

``db.bulk.insert_rows`` hands the rows to the driver as they are, so the values here are already what the
columns hold: money and areas in whole hundredths (fen), booleans, dates, and naive UTC timestamps written
the way SQLAlchemy writes them (on SQLite, ``YYYY-MM-DD HH:MM:SS.ffffff`` text; on PostgreSQL, the driver's
own date and time values). Rows that others refer to get their ids here, counted on from the largest id in
the table (what the database itself would give them next); on PostgreSQL each such table's id sequence is
moved past them at the end, so the next row a service adds gets the next id.
"""

from calendar import monthrange
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import Table, func, select, text
from sqlalchemy.orm import Session

from app.clock import SITE_ZONE
from app.numbering import format_number
from db.bulk import PLACEHOLDERS, insert_rows
from db.models import DocumentSequence

BATCH = 20_000
CACHE_KIB = 512 * 1024


class Store:
    def __init__(self, session: Session):
        self.session = session
        self.connection = session.connection()
        self.sqlite = self.connection.dialect.name == "sqlite"
        self._next: dict[str, int] = {}
        if self.sqlite:  # the indexes of tables of millions of rows stay in memory while they grow
            self.connection.exec_driver_sql(f"PRAGMA cache_size = -{CACHE_KIB}")

    def close(self) -> None:
        if self.sqlite:
            self.connection.exec_driver_sql("PRAGMA cache_size = -2000")  # SQLite's own

    # --- values as the columns store them -------------------------------------------------------------
    def day(self, value: date):
        return value.isoformat() if self.sqlite else value

    def moment(self, value: datetime | None):
        """A naive UTC ``datetime`` (as the demo keeps them) as its column stores it; None stays None."""
        if value is None:
            return None
        if not self.sqlite:
            return value
        text = value.isoformat(" ")
        return text if value.microsecond else text + ".000000"

    # --- ids ------------------------------------------------------------------------------------------
    def ids(self, table: Table, count: int) -> int:
        """The first of ``count`` new ids for ``table``, which this unit of work alone inserts into."""
        name = table.name
        if name not in self._next:
            self._next[name] = (self.session.scalar(select(func.max(table.c.id))) or 0) + 1
        first = self._next[name]
        self._next[name] += count
        return first

    def give_back(self, table: Table, count: int) -> None:
        """The last ``count`` ids taken for ``table`` were not used after all."""
        self._next[table.name] -= count

    def finish_ids(self) -> None:
        """On PostgreSQL, each id sequence moved past the ids given here."""
        if self.sqlite:
            return
        for name, following in self._next.items():
            if following <= 1:
                continue
            self.connection.execute(text(f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), :last)"),
                                    {"last": following - 1})

    # --- rows -----------------------------------------------------------------------------------------
    def insert(self, table: Table, columns: tuple[str, ...], rows: list[tuple]) -> None:
        for start in range(0, len(rows), BATCH):
            insert_rows(self.connection, table, columns, rows[start:start + BATCH])

    def update(self, table: Table, column: str, rows: list[tuple]) -> None:
        """``column`` set to the first value of each row, in the row whose id is the second."""
        mark = PLACEHOLDERS[self.connection.dialect.paramstyle]
        sql = f"UPDATE {table.name} SET {column} = {mark} WHERE id = {mark}"
        for start in range(0, len(rows), BATCH):
            self.connection.exec_driver_sql(sql, rows[start:start + BATCH])


class Numbers:
    """Document numbers as ``app.numbering.next_number`` gives them: per series and year of the business day,
    on from the last number the site had already, in the order they are taken here (the order the documents
    were made in); ``write`` leaves each series' row at the last number used."""

    def __init__(self, store: Store):
        self.store = store
        self.last = {(series, year): value for series, year, value in store.session.execute(
            select(DocumentSequence.series, DocumentSequence.year, DocumentSequence.last_value))}
        self.taken: dict[str, int] = {}

    def take(self, series: str, year: int) -> str:
        key = (series, year)
        value = self.last.get(key, 0) + 1
        self.last[key] = value
        self.taken[series] = self.taken.get(series, 0) + 1
        return format_number(series, year, value)

    def write(self) -> None:
        session = self.store.session
        used = {key for key in self.last if key[0] in self.taken}
        for series, year in sorted(used):
            row = session.get(DocumentSequence, (series, year), with_for_update=True)
            if row is None:
                session.add(DocumentSequence(series=series, year=year, last_value=self.last[(series, year)]))
            else:
                row.last_value = self.last[(series, year)]
        session.flush()


def utc(local: datetime) -> datetime:
    """A naive time of the site's clock as naive UTC."""
    return local.replace(tzinfo=SITE_ZONE).astimezone(UTC).replace(tzinfo=None)


def offsets(year: int, month: int) -> list[timedelta]:
    """The site's offset from UTC at noon of each day of a month (index 1 to 31): a payment's time is its day's
    noon offset away from UTC (the site's zone has no daylight saving time)."""
    days = monthrange(year, month)[1]
    return [timedelta(0)] + [SITE_ZONE.utcoffset(datetime(year, month, day, 12)) for day in range(1, days + 1)]


def local_day(naive_utc: datetime) -> date:
    """The site's calendar day of a naive UTC time (``app.clock.today`` of it)."""
    return naive_utc.replace(tzinfo=UTC).astimezone(SITE_ZONE).date()
