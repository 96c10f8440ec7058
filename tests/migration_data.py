"""Rows of every kind for tables reflected from a database at any revision of its schema.

Values are chosen from each column's type, in four variants: ordinary (Chinese text, an amount in fen), the
largest (strings of the full declared length with emoji and a character outside the BMP, the largest
integers, the last date), the smallest (empty strings, NULL where the column allows it, the smallest integers,
the first date) and odd (quotes, backslashes, percent and underscore, tabs and newlines, an integer past a
double's precision). Foreign keys take rows already there, parents first; columns of a unique key get a serial
token, and a unique key made only of foreign keys takes a combination of parents not used yet; so any number
of rows can be added to any table at any revision. The audit log is written as a valid hash chain.
"""

import itertools
from collections import Counter
from datetime import UTC, date, datetime, timedelta
from types import SimpleNamespace

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    DateTime,
    Integer,
    LargeBinary,
    MetaData,
    PrimaryKeyConstraint,
    String,
    Table,
    UniqueConstraint,
    select,
    update,
)
from sqlalchemy.engine import Connection

from app.audit import GENESIS_HASH, entry_hash

ORDINARY, LARGEST, SMALLEST, ODD = range(4)
VARIANTS = 4

CHINESE = "物业前台：王小明 A座-1201 交十月物业服务费，开收据"
WIDE = "满🏢𠮷"  # a CJK character, an emoji, a CJK character outside the BMP: 3 + 4 + 4 bytes in UTF-8
ODD_TEXT = "O'Brien \"引号\" \\ 100% _x_\t制表\r\n换行 🧧"
LONG_TEXT = (CHINESE + WIDE + "\n") * 1200  # about 36,000 characters
INT_MAX, INT_MIN = 2**31 - 1, -(2**31)
BIG_MAX, BIG_MIN = 2**63 - 1, -(2**63)
NOT_A_FLOAT = 2**53 + 1  # fen that a double cannot hold exactly
FIRST_DAY, LAST_DAY = date(1, 1, 1), date(9999, 12, 31)
AUDIT_ENTRY, AUDIT_HEAD = "audit_entry", "audit_head"


def value_for(column, variant: int, serial: int, unique: bool):
    """A value for ``column`` (reflected) in one of the four variants; ``unique`` makes it differ for each
    ``serial``."""
    kind = column.type
    if variant == SMALLEST and column.nullable:
        return None
    if isinstance(kind, Boolean):
        return variant in (ORDINARY, ODD)
    if isinstance(kind, String):  # Text too
        token = f"{serial:x}#" if unique else ""
        text = {ORDINARY: CHINESE, LARGEST: WIDE * kind.length if kind.length else LONG_TEXT, SMALLEST: "",
                ODD: ODD_TEXT}[variant]
        return (token + text)[:kind.length] if kind.length else token + text
    if isinstance(kind, Integer):
        high, low = (BIG_MAX, BIG_MIN) if isinstance(kind, BigInteger) else (INT_MAX, INT_MIN)
        if unique:
            return {ORDINARY: 1000 + serial, LARGEST: high - serial, SMALLEST: low + serial, ODD: -1000 - serial}[variant]
        return {ORDINARY: 123456 if isinstance(kind, BigInteger) else 12, LARGEST: high, SMALLEST: low,
                ODD: NOT_A_FLOAT if isinstance(kind, BigInteger) else 0}[variant]
    if isinstance(kind, DateTime):
        moment = {ORDINARY: datetime(2026, 11, 24, 8, 30), LARGEST: datetime(9999, 12, 31, 23, 59, 59, 999999),
                  SMALLEST: datetime(1, 1, 1), ODD: datetime(2024, 2, 29, 23, 59, 59, 123456)}[variant]
        step = timedelta(seconds=serial if unique else 0)
        return moment - step if variant == LARGEST else moment + step
    if isinstance(kind, Date):
        day = {ORDINARY: date(2026, 11, 24), LARGEST: LAST_DAY, SMALLEST: FIRST_DAY, ODD: date(2024, 2, 29)}[variant]
        step = timedelta(days=serial if unique else 0)
        return day - step if variant == LARGEST else day + step
    if isinstance(kind, LargeBinary):
        return {ORDINARY: bytes(range(256)), LARGEST: bytes(range(256)) * 256, SMALLEST: b"",
                ODD: b"\x89PNG\r\n\x1a\n\x00\xff"}[variant]
    raise TypeError(f"no test values for {column.table.name}.{column.name} of type {kind!r}: add them here")


def key_of(table: Table, row) -> tuple:
    return tuple(row[column.name] for column in table.primary_key.columns)


def read_rows(connection: Connection, table: Table) -> list[dict]:
    """Every row of ``table``, all its columns, in key order."""
    query = select(table).order_by(*table.primary_key.columns)
    return [dict(row) for row in connection.execute(query).mappings()]


def unique_keys(table: Table) -> list[tuple[str, ...]]:
    """The column names of each unique key: the primary key, unique constraints, unique indexes."""
    found = [tuple(c.name for c in constraint.columns) for constraint in table.constraints
             if isinstance(constraint, UniqueConstraint | PrimaryKeyConstraint)]
    found += [tuple(c.name for c in index.columns) for index in table.indexes if index.unique]
    return sorted(set(found))


class Filler:
    """Adds rows to reflected tables, remembering what is there to find parents and unused unique values.

    ``keys_set_by_app`` names the (table, column) integer keys the app assigns itself (the database has no
    sequence for them): this fills them with the next number; other single integer keys are left to the
    database.
    """

    def __init__(self, keys_set_by_app: set[tuple[str, str]]):
        self.keys_set_by_app = keys_set_by_app
        self.rows: dict[str, list[dict]] = {}  # each table's rows as read back, to take parents from
        self.serials: Counter[str] = Counter()
        self.chain_seq, self.chain_hash = 0, GENESIS_HASH
        self.inserted = self.updated = 0

    def add_rows(self, connection: Connection, metadata: MetaData, table: Table, variants: list[int]) -> None:
        """One row per variant, then the table read back."""
        for variant in variants:
            row = self._new_row(metadata, table, variant)
            if table.name == AUDIT_ENTRY:
                self._chain(row)
            key = tuple(connection.execute(table.insert().values(**row)).inserted_primary_key)
            self.inserted += 1
            if table.name == AUDIT_ENTRY:
                head = metadata.tables[AUDIT_HEAD]
                connection.execute(update(head).where(head.c.id == 1)
                                   .values(last_seq=self.chain_seq, last_hash=self.chain_hash))
                self.updated += 1
            self.rows[table.name] = read_rows(connection, table)
            stored = next(r for r in self.rows[table.name] if key_of(table, r) == key)
            wrong = {name: (value, stored[name]) for name, value in row.items() if stored[name] != value}
            assert not wrong, f"{table.name} {key} was not stored as written: {wrong}"
        if table.name == AUDIT_ENTRY and AUDIT_HEAD in metadata.tables:
            self.rows[AUDIT_HEAD] = read_rows(connection, metadata.tables[AUDIT_HEAD])

    def fill_columns(self, connection: Connection, table: Table, names: list[str]) -> None:
        """Rows written before ``names`` were added get values of every variant in them."""
        unique = {name for key in unique_keys(table) for name in key}
        for index, row in enumerate(self.rows.get(table.name, [])):
            values = {name: value_for(table.c[name], index % VARIANTS, self._serial(table), name in unique)
                      for name in names}
            condition = [column == row[column.name] for column in table.primary_key.columns]
            connection.execute(update(table).where(*condition).values(**values))
            self.updated += 1
        self.rows[table.name] = read_rows(connection, table)

    def _serial(self, table: Table) -> int:
        self.serials[table.name] += 1
        return self.serials[table.name]

    def _new_row(self, metadata: MetaData, table: Table, variant: int) -> dict:
        serial = self._serial(table)
        keys = unique_keys(table)
        unique = {name for key in keys for name in key}
        generated = self._generated_key(table)
        row = {}
        for column in table.columns:
            if column.name == generated or column.foreign_keys:
                continue
            if (table.name, column.name) in self.keys_set_by_app:
                row[column.name] = max((r[column.name] for r in self.rows.get(table.name, [])), default=0) + 1
            else:
                row[column.name] = value_for(column, variant, serial, column.name in unique)
        self._choose_parents(metadata, table, row, variant, serial, keys)
        return row

    def _generated_key(self, table: Table) -> str | None:
        columns = list(table.primary_key.columns)
        if len(columns) == 1 and isinstance(columns[0].type, Integer) and not columns[0].foreign_keys \
                and (table.name, columns[0].name) not in self.keys_set_by_app:
            return columns[0].name
        return None

    def _choose_parents(self, metadata, table, row, variant, serial, keys) -> None:
        """Each foreign key points at a parent row: the oldest, the newest or one in between, or none in the
        smallest variant where the columns allow it; a unique key of foreign keys only takes an unused
        combination."""
        constraints = sorted(table.foreign_key_constraints, key=lambda c: tuple(c.column_keys))
        options = {}
        for constraint in constraints:
            parents = self.rows.get(constraint.referred_table.name, [])
            pairs = [(element.parent.name, element.column.name) for element in constraint.elements]
            choices = [{mine: parent[theirs] for mine, theirs in pairs} for parent in parents]
            optional = all(table.c[mine].nullable for mine, _ in pairs)
            if (variant == SMALLEST or not choices) and optional:
                choices = [dict.fromkeys((mine for mine, _ in pairs), None)]
            elif not choices:
                raise AssertionError(f"{table.name} needs a row in {constraint.referred_table.name} first")
            else:
                first = {ORDINARY: 0, LARGEST: len(choices) - 1}.get(variant, serial % len(choices))
                choices = choices[first:] + choices[:first]
            options[constraint] = choices
        taken = [
            {tuple(r[name] for name in key) for r in self.rows.get(table.name, [])}
            for key in keys if key and all(table.c[name].foreign_keys for name in key)
        ]
        fk_only = [key for key in keys if key and all(table.c[name].foreign_keys for name in key)]
        for combination in itertools.product(*options.values()):
            candidate = dict(row)
            for values in combination:
                candidate.update(values)
            if all(tuple(candidate[name] for name in key) not in used for key, used in zip(fk_only, taken,
                                                                                            strict=True)):
                row.update(candidate)
                return
        raise AssertionError(f"{table.name}: every combination of parents is taken by a unique key")

    def _chain(self, row: dict) -> None:
        """The next entry of the audit chain, its hash computed as the app computes it."""
        self.chain_seq += 1
        row.update(seq=self.chain_seq, prev_hash=self.chain_hash)
        entry = SimpleNamespace(**row)
        entry.at = row["at"].replace(tzinfo=UTC)  # the app hashes the aware time it reads back
        row["hash"] = self.chain_hash = entry_hash(entry)
