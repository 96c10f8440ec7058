"""Migrations keep every row: a database filled at each revision from the first is upgraded one migration at a
time to the newest, and after every step each row written so far is still there with the same values.

At each revision the tables are reflected as they are then (not taken from the models, which describe only the
newest schema); every table gets rows of every kind (``tests.migration_data``: four to a table the revision
made, two to the others), the rows already there get values in the columns the revision added, and every table
is read back: that is what the later migrations must keep. A migration may only add rows, tables and columns
listed below, with the values listed; nothing else may appear, change or go. At the newest revision the schema
must also be exactly what the models describe, and the audit chain written along the way must still verify.
"""

import time
from functools import cache

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Integer, MetaData
from sqlalchemy.orm import Session

import db.models  # noqa: F401  (every table on Base.metadata)
from app.accounts.unit_search import words
from app.audit import verify_chain
from app.search_keys import initials_of
from db.base import Base
from db.engine import create_db_engine, url_for
from db.migrate import alembic_config, head_revision, upgrade, upgrade_to_head
from tests.backends import BACKEND
from tests.migration_data import VARIANTS, Filler, key_of, read_rows


def unit_search_words(ledger, unit: dict) -> str:
    """A unit's search words as 0012 writes them: its code and its first current payer's name, initials, phone
    (``words`` cuts them to the column, as the migration does)."""
    links = sorted((link for _written, link in ledger.rows.get("unit_party", {}).values()
                    if link["unit_id"] == unit["id"] and link["pays"] and link["move_out"] is None),
                   key=lambda link: link["id"])
    parties = {party["id"]: party for _written, party in ledger.rows.get("party", {}).values()}
    payer = parties[links[0]["party_id"]] if links else {}
    return words(unit["code"], payer.get("name", ""), payer.get("initials", ""), payer.get("phone", ""))


# Columns a migration added, and the value it gave the rows already there (each migration's server_default, or
# what it computed for each row: a function of the rows written so far and the row).
FILLED_BY_MIGRATION = {
    ("payment", "reversed"): ("0006", False),  # a payment taken before reversals existed is not reversed
    ("bill_line", "source"): ("0007", ""),  # lines made before the business centre came from billing runs
    ("unit", "search"): ("0012", unit_search_words),  # what the units list is searched by
    # the people's pinyin initials on the front desk's records, what their searches read
    **{(table, "initials"): ("0014", lambda _ledger, row, names=names: initials_of(*(row[n] or "" for n in names)))
       for table, names in (("visitor", ("name",)), ("parcel", ("recipient",)),
                            ("desk_message", ("for_person", "from_person")), ("complaint", ("complainant",)),
                            ("errand", ("requester",)), ("luggage", ("owner",)), ("key_loan", ("person",)))},
}
# Rows a migration writes itself: revision -> table -> primary keys.
SEEDED_BY_MIGRATION = {
    "0001": {"audit_head": {(1,)}},  # the chain's head, made at once so that writers lock it, not race to make it
    "0003": {"site_setting": {("receipt_secret",)}},  # the site's secret for receipt check codes
}
# Migrations meant to change values already written: (revision, table, column) -> the reason, from its code.
# None so far: 0001-0010 make tables, indexes and triggers, add the two columns above, let bill_line.run_id be
# NULL and widen bill_line's unique key by ``source``; none rewrites a row.
TRANSFORMED_BY_MIGRATION: dict[tuple[str, str, str], str] = {}

@cache
def revisions() -> tuple[str, ...]:
    script = ScriptDirectory.from_config(alembic_config())
    found = tuple(revision.revision for revision in script.walk_revisions())[::-1]
    assert found[-1] == head_revision()
    return found


def keys_set_by_app() -> set[tuple[str, str]]:
    """Integer primary keys the app numbers itself (``autoincrement=False``): the database makes no sequence."""
    return {(table.name, column.name) for table in Base.metadata.tables.values()
            for column in table.primary_key.columns
            if isinstance(column.type, Integer) and column.autoincrement is False}


def reflect(connection) -> MetaData:
    metadata = MetaData()
    metadata.reflect(connection)
    metadata.remove(metadata.tables["alembic_version"])
    return metadata


def short(value) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


class Ledger:
    """What was written: each table's rows by primary key, with the revision that wrote them and their values
    as read back then."""

    def __init__(self):
        self.rows: dict[str, dict[tuple, tuple[str, dict]]] = {}

    def note(self, table, rows: list[dict], revision: str) -> None:
        kept = self.rows.setdefault(table.name, {})
        for row in rows:
            key = key_of(table, row)
            written_at = kept[key][0] if key in kept else revision
            kept[key] = (written_at, row)

    def differences(self, connection, metadata: MetaData, revision: str) -> tuple[list[str], int]:
        """What the database at ``revision`` lost, changed or gained beyond what its migrations may; and how
        many rows were compared."""
        problems, compared = [], 0
        for name, table in metadata.tables.items():
            now = {key_of(table, row): row for row in read_rows(connection, table)}
            kept = self.rows.get(name, {})
            seeded = SEEDED_BY_MIGRATION.get(revision, {}).get(name, set())
            problems += [f"{name} {key}: a row appeared" for key in now.keys() - kept.keys() - seeded]
            for key, (written_at, values) in kept.items():
                row = now.get(key)
                if row is None:
                    problems.append(f"{name} {key}: the row written at {written_at} is gone")
                    continue
                compared += 1
                transformed = {column for (r, table_name, column) in TRANSFORMED_BY_MIGRATION
                               if table_name == name and written_at < r <= revision}
                for column, value in values.items():
                    if column in transformed:
                        continue
                    if column not in row:
                        problems.append(f"{name}.{column}: the column is gone")
                    elif row[column] != value:
                        problems.append(f"{name} {key}.{column} (written at {written_at}): {short(value)} "
                                        f"became {short(row[column])}")
        problems += [f"table {name} is gone" for name in self.rows.keys() - metadata.tables.keys()]
        return problems, compared


def added_columns(metadata: MetaData, before: dict[str, set[str]]) -> dict[str, list[str]]:
    return {name: [c.name for c in table.columns if c.name not in before[name]]
            for name, table in metadata.tables.items()
            if name in before and any(c.name not in before[name] for c in table.columns)}


def test_every_row_written_at_every_revision_survives_to_the_newest(db_url, figures):
    started = time.monotonic()
    url = url_for(db_url)
    engine = create_db_engine(url)
    ledger, filler = Ledger(), Filler(keys_set_by_app())
    columns: dict[str, set[str]] = {}
    steps = []
    try:
        for step, revision in enumerate(revisions()):
            upgrade(engine, revision)  # as the app upgrades (db.migrate)
            with engine.begin() as connection:
                metadata = reflect(connection)
                if connection.dialect.name == "sqlite":
                    assert connection.exec_driver_sql("PRAGMA foreign_key_check").all() == [], revision
                problems, compared = ledger.differences(connection, metadata, revision)
                added = added_columns(metadata, columns)
                problems += check_filled(ledger, metadata, added, revision, connection)
                assert problems == [], f"after the upgrade to {revision}:\n" + "\n".join(problems[:40])

                inserted_before = filler.inserted
                for table in metadata.sorted_tables:
                    if table.name in added:
                        filler.fill_columns(connection, table, added[table.name])
                    new = table.name not in columns
                    variants = list(range(VARIANTS)) if new else [(2 * step + k) % VARIANTS for k in range(2)]
                    filler.add_rows(connection, metadata, table, variants)
                for table in metadata.sorted_tables:
                    ledger.note(table, read_rows(connection, table), revision)
                columns = {name: {c.name for c in table.columns} for name, table in metadata.tables.items()}
                steps.append(f"{revision}: {compared} rows checked, {len(metadata.tables)} tables filled "
                               f"(+{filler.inserted - inserted_before} rows)")
    finally:
        engine.dispose()

    engine = create_db_engine(url)  # read back on new connections
    try:
        with engine.connect() as connection:
            assert MigrationContext.configure(connection).get_current_revision() == head_revision()
            metadata = reflect(connection)
            problems, compared = ledger.differences(connection, metadata, "after")
            assert problems == [], "\n".join(problems[:40])
            chain = verify_chain(Session(bind=connection))
            assert chain.ok, chain.problems
            connection.rollback()
    finally:
        engine.dispose()

    written = sum(len(rows) for rows in ledger.rows.values())
    carried = sum(1 for rows in ledger.rows.values() for at, _ in rows.values() if at != head_revision())
    assert compared == written
    assert set(ledger.rows) == set(Base.metadata.tables)
    assert all(len(rows) >= 2 for rows in ledger.rows.values())
    assert chain.checked == len(ledger.rows["audit_entry"]) == filler.chain_seq
    print("\n" + "\n".join(steps))
    figures(f"migrations ({BACKEND}): {len(steps)} revisions; tables filled: {len(ledger.rows)}; rows inserted: {filler.inserted}, "
          f"updated: {filler.updated}; rows checked at the newest revision: {compared}, of which {carried} "
          f"written before it; audit chain: {chain.checked} rows verify; {time.monotonic() - started:.1f} s")


def check_filled(ledger: Ledger, metadata: MetaData, added: dict[str, list[str]], revision: str,
                 connection) -> list[str]:
    """The columns ``revision`` added are listed in FILLED_BY_MIGRATION, and every row written before holds
    the listed value in them."""
    problems = []
    for name, names in added.items():
        table = metadata.tables[name]
        now = {key_of(table, row): row for row in read_rows(connection, table)}
        for column in names:
            listed = FILLED_BY_MIGRATION.get((name, column))
            if listed is None or listed[0] != revision:
                problems.append(f"{revision} added {name}.{column}: list it in FILLED_BY_MIGRATION with the "
                                "value it gives the rows already there")
                continue
            if not ledger.rows.get(name):
                problems.append(f"{revision} added {name}.{column} but {name} held no rows to fill")
            for key, (_written, row) in ledger.rows.get(name, {}).items():
                expected = listed[1](ledger, row) if callable(listed[1]) else listed[1]
                if key in now and now[key][column] != expected:
                    problems.append(f"{name} {key}.{column} is {short(now[key][column])}, not {short(expected)}")
    return problems


def test_the_newest_schema_is_what_the_models_describe(db_url):
    engine = create_db_engine(url_for(db_url))
    try:
        upgrade_to_head(engine)
        with engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": True})
            assert compare_metadata(context, Base.metadata) == []
    finally:
        engine.dispose()
