"""A billing run for 20,000 units x 3 fee items, timed beside raw sqlite3 executemany of the same rows
into an identical table (same columns, constraints and indexes) in the same run. Each side is timed three
times (three periods; three fresh tables) and the best of each is compared. Goal: no more than 2x.

    .venv/bin/python -m pytest tests/bench/bench_billing.py -s
"""

import sqlite3
import time
from datetime import UTC, date, datetime
from decimal import Decimal

from sqlalchemy import insert, select

from app.accounts.billing import run_billing
from app.accounts.fees import set_rate
from app.accounts.register import add_building
from db.models import Building, Unit

UNITS = 20_000
GOAL = 2.0
PERIODS = ("2026-08", "2026-09", "2026-10")
NOV = datetime(2026, 11, 24, 4, 0, tzinfo=UTC)
COLUMNS = "unit_id, period, item, area, days, basis, amount, paid, run_id"


def make_units(db, manager) -> None:
    add_building(db, manager, "A", 60, True, True)
    for item, rate in (("property", "2.50"), ("lift", "0.60"), ("water", "0.30")):
        set_rate(db, manager, item, "residential", Decimal(rate), date(2026, 1, 1))
    set_rate(db, manager, "property", "residential", Decimal("2.80"), date(2026, 10, 16))
    with db.write(manager) as session:
        building = session.scalar(select(Building.id))
        session.execute(insert(Unit), [
            {"code": f"A-{n:05d}", "building_id": building, "room": f"{n:05d}", "floor": n % 60 + 1,
             "area": Decimal(60 + n % 90) + Decimal(n % 100) / 100, "unit_type": "residential",
             "handover_date": date(2026, 8, 1 + n % 28) if n % 7 == 0 else date(2025, 1, 1)}
            for n in range(1, UNITS + 1)])


def raw_insert(connection, table: str, rows) -> float:
    start = time.perf_counter()
    connection.execute("BEGIN IMMEDIATE")
    connection.executemany(f"INSERT INTO {table} ({COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    connection.execute("COMMIT")
    return time.perf_counter() - start


def test_a_billing_run_beside_raw_executemany(db, manager):
    make_units(db, manager)
    runs = []
    for period in PERIODS:
        start = time.perf_counter()
        result = run_billing(db, manager, period, now=NOV)
        runs.append(time.perf_counter() - start)
        assert result.lines_created == UNITS * 3

    connection = sqlite3.connect(db.path, isolation_level=None)
    ddls = [ddl for (ddl,) in connection.execute(
        "SELECT sql FROM sqlite_master WHERE tbl_name = 'bill_line' AND sql IS NOT NULL")]
    rows = connection.execute(f"SELECT {COLUMNS} FROM bill_line WHERE period = '2026-10-01'").fetchall()
    raws = []
    for copy in range(len(PERIODS)):
        for ddl in ddls:
            connection.execute(ddl.replace("bill_line", f"bill_line_raw{copy}"))  # same table and indexes
        raws.append(raw_insert(connection, f"bill_line_raw{copy}", rows))
    connection.close()
    billing, raw = min(runs), min(raws)
    ratio = billing / raw
    print(f"\nbilling run, {UNITS} units x 3 items = {UNITS * 3} lines: best of 3 {billing:.3f} s "
          f"(runs {', '.join(f'{r:.3f}' for r in runs)}); raw sqlite3 executemany of the same rows: best of 3 "
          f"{raw:.3f} s; ratio {ratio:.2f} (goal <= {GOAL})")
    assert ratio <= GOAL
