"""The performance benchmarks, run by one command (``bash scripts/bench.sh``): for each size of site, a demo
database (``frontoffice-admin demo``, generated once and kept), then every figure with the limit it is compared
with, measured in the same run on the same machine. Prints the table and writes it to a file.

    bash scripts/bench.sh [--sizes 1000,10000,100000] [--years 3] [--runs 5] [--out FILE] [--keep DIR]

Figures are medians of ``--runs`` runs (search: p50 and p95 over every keystroke). Not part of the test run.
"""

import argparse
import json
import os
import platform
import random
import sqlite3
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
USER, PASSWORD = "bench", "bench-pass-1"


@dataclass
class Figure:
    name: str
    unit: str  # how the value reads: "s", "ms", "MiB", "/s"
    goal: str  # what it must be, in words
    values: dict[int, float] = field(default_factory=dict)  # size -> value
    limits: dict[int, float] = field(default_factory=dict)  # size -> the limit measured in the same run
    ratio_goal: float | None = None  # value / limit at most this (or limit / value, for rates)
    absolute_goal: float | None = None  # value at most this
    per_second: bool = False

    def ratio(self, size: int) -> float | None:
        if size not in self.limits or size not in self.values:
            return None
        value, limit = self.values[size], self.limits[size]
        return limit / value if self.per_second else value / limit

    def met(self, size: int) -> bool:
        ratio = self.ratio(size)
        if self.ratio_goal is not None:
            return ratio is not None and ratio <= self.ratio_goal
        return self.values[size] <= self.absolute_goal


def environment() -> dict:
    """The probes' environment: offscreen Qt, the bench user's password, and Python's compiled bytecode kept
    and reused as an installed app's is (a shell that sets PYTHONDONTWRITEBYTECODE would compile every start)."""
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
           "FRONTOFFICE_PASSWORD": PASSWORD}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def admin_cli(*args: str) -> str:
    result = subprocess.run([sys.executable, "-m", "app.cli.main", *args], capture_output=True, text=True,
                            env=environment(), stdin=subprocess.DEVNULL, cwd=ROOT)
    if result.returncode != 0:
        raise SystemExit(f"frontoffice-admin {' '.join(args)}: {result.stderr.strip()}")
    return result.stdout


def demo_database(keep: Path, units: int, years: int) -> Path:
    """The demo site of ``units`` units and ``years`` years, generated once into ``keep`` and reused."""
    path = keep / f"demo-{units}-units-{years}-years.sqlite3"
    if path.exists():
        return path
    partial = path.with_suffix(".partial")
    for stale in keep.glob(partial.name + "*"):
        stale.unlink()
    print(f"generating a demo site of {units:,} units and {years} years into {path} ...", flush=True)
    started = time.monotonic()
    admin_cli("init", "--db", str(partial), "--as", USER, "--full-name", "基准测试")
    admin_cli("demo", "--db", str(partial), "--as", USER, "--units", str(units), "--years", str(years), "--seed", "1")
    with sqlite3.connect(partial) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    for suffix in ("-wal", "-shm"):
        Path(str(partial) + suffix).unlink(missing_ok=True)
    partial.rename(path)
    print(f"  generated in {time.monotonic() - started:.0f} s, {path.stat().st_size / 2**20:,.0f} MiB", flush=True)
    return path


def probe(kind: str, *args: str) -> dict:
    since = time.monotonic()
    result = subprocess.run([sys.executable, "-m", "tests.bench.probes", kind, *args, "--since", str(since)],
                            capture_output=True, text=True, env=environment(), cwd=ROOT, timeout=1800)
    if result.returncode != 0:
        raise SystemExit(f"probe {kind} failed:\n{result.stderr[-3000:]}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def search_words(path: Path, rng: random.Random) -> dict:
    """What a clerk types: units by code, by owner's pinyin initials, name and phone; receipts by number,
    payer and unit; and the units whose accounts are opened."""
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as connection:
        unit_rows = connection.execute("SELECT unit.code, party.name, party.initials, party.phone FROM unit "
                                       "JOIN unit_party ON unit_party.unit_id = unit.id AND unit_party.pays "
                                       "JOIN party ON party.id = unit_party.party_id").fetchall()
        receipt_rows = connection.execute("SELECT number, payer, unit FROM receipt WHERE id % 97 = 0").fetchall()
        billed = [code for (code,) in connection.execute(
            "SELECT code FROM unit WHERE EXISTS (SELECT 1 FROM bill_line WHERE bill_line.unit_id = unit.id)")]
    units = rng.sample(unit_rows, 4)
    receipts = rng.sample(receipt_rows, 3)
    return {"units": [units[0][0], units[1][2][:3], units[2][1][:2], units[3][3][-4:]],
            "receipts": [receipts[0][0][-6:], receipts[1][1][:2], receipts[2][2]],
            "accounts": rng.sample(billed, 10)}


def median_of(runs: int, measure) -> float:
    return statistics.median(measure() for _ in range(runs))


def billing(path: Path, work: Path) -> tuple[float, float, int]:
    """A billing run of every unit for three months after the last one billed (best of three), beside raw
    sqlite3 executemany of the same rows into a copy of the bill_line table with its indexes (best of three)."""
    from app.accounts.billing import run_billing
    from app.auth import login
    from app.database import Database, copy_sqlite

    copy = work / "billing.sqlite3"
    copy.unlink(missing_ok=True)
    copy_sqlite(path, copy)
    with sqlite3.connect(copy) as connection:
        (last,) = connection.execute("SELECT max(period) FROM bill_line").fetchone()
    first = date.fromisoformat(last)
    periods = [date(first.year + (first.month + k - 1) // 12, (first.month + k - 1) % 12 + 1, 1) for k in (1, 2, 3)]
    db = Database(copy)
    actor = login(db, USER, PASSWORD)
    runs, lines = [], 0
    for period in periods:
        after = date(period.year + period.month // 12, period.month % 12 + 1, 1)
        started = time.perf_counter()
        result = run_billing(db, actor, f"{period:%Y-%m}", now=datetime(after.year, after.month, after.day, 4,
                                                                          tzinfo=UTC))
        runs.append(time.perf_counter() - started)
        lines = result.lines_created
    db.close()
    columns = "unit_id, period, item, area, days, basis, amount, paid, run_id"
    connection = sqlite3.connect(copy, isolation_level=None)
    ddls = [ddl for (ddl,) in connection.execute(
        "SELECT sql FROM sqlite_master WHERE tbl_name = 'bill_line' AND sql IS NOT NULL")]
    rows = connection.execute(f"SELECT {columns} FROM bill_line WHERE period = ?", (periods[-1].isoformat(),)).fetchall()
    raws = []
    for n in range(3):
        for ddl in ddls:
            connection.execute(ddl.replace("bill_line", f"bill_line_raw{n}"))
        started = time.perf_counter()
        connection.execute("BEGIN IMMEDIATE")
        connection.executemany(f"INSERT INTO bill_line_raw{n} ({columns}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
        connection.execute("COMMIT")
        raws.append(time.perf_counter() - started)
    connection.close()
    copy.unlink()
    return min(runs), min(raws), lines


def receipts_per_second(count: int = 300) -> tuple[float, float]:
    from app.documents import fonts
    from app.documents.layouts import render
    from app.documents.paper import Layout
    from app.receipts.model import PARTS, ReceiptKind
    from tests.bench.bench_receipts import bare, rate, sample

    parts = PARTS[ReceiptKind.FEE]
    docs = [sample(i) for i in range(1, count + 1)]
    fonts.document_font()
    return rate(lambda doc: render(doc, Layout.A4_THREE, parts), docs), rate(lambda doc: bare(doc, parts), docs)


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        cpu = next(line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                   if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    memory = ""
    try:
        kib = int(next(line.split()[1] for line in Path("/proc/meminfo").read_text().splitlines()
                       if line.startswith("MemTotal")))
        memory = f", {kib / 2**20:.0f} GiB"
    except (OSError, StopIteration):
        pass
    import PySide6

    return (f"{cpu}, {os.cpu_count()} cores{memory}; {platform.system()} {platform.release()}; Python "
            f"{platform.python_version()}, PySide6 {PySide6.__version__}, SQLite {sqlite3.sqlite_version}")


def table(figures: list[Figure], sizes: list[int]) -> str:
    head = ["figure", *(f"{size:,} units" for size in sizes), f"limit ({sizes[-1]:,} units)", "goal", "met"]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for figure in figures:
        shown = [sizes[-1]] if figure.name.startswith("receipts per second") else sizes
        cells = [figure.name]
        for size in sizes:
            value = figure.values.get(size)
            cells.append("" if value is None or size not in shown else fmt(value, figure.unit))
        limit = figure.limits.get(sizes[-1])
        ratio = figure.ratio(sizes[-1])
        cells.append("" if limit is None else f"{fmt(limit, figure.unit)} (x{ratio:.2f})")
        cells.append(figure.goal)
        cells.append("yes" if figure.met(sizes[-1]) else "**no**")
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def fmt(value: float, unit: str) -> str:
    if unit == "ms":
        return f"{value * 1000:.1f} ms"
    if unit == "s":
        return f"{value:.2f} s"
    if unit == "MiB":
        return f"{value:.0f} MiB"
    return f"{value:.1f}{unit}"


def growth(figures: list[Figure], sizes: list[int]) -> str:
    """How each figure grows from the smallest site to the largest, beside how the site grows."""
    if len(sizes) < 2:
        return ""
    small, large = sizes[0], sizes[-1]
    parts = []
    for figure in figures:
        if small in figure.values and large in figure.values and not figure.name.startswith("receipts per"):
            factor = figure.values[large] / figure.values[small]
            parts.append(f"{figure.name} x{factor:.2f}")
    return (f"From {small:,} to {large:,} units (x{large / small:,.0f}): " + "; ".join(parts) +
            ". Linear or better means no factor above the site's.")


def main() -> None:
    parser = argparse.ArgumentParser(prog="bash scripts/bench.sh")
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--years", type=int, default=3)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--out", type=Path, default=ROOT / "tests" / "bench" / "RESULTS.md")
    parser.add_argument("--keep", type=Path, default=Path(os.environ.get("TMPDIR", "/tmp")) / "frontoffice-bench")
    args = parser.parse_args()
    sizes = sorted(int(size) for size in args.sizes.split(","))
    args.keep.mkdir(parents=True, exist_ok=True)
    rng = random.Random(1)

    start = Figure("start-up to the window shown and idle", "s", "<= 1.5x a bare PySide6 QMainWindow", ratio_goal=1.5)
    bill = Figure("billing run, units x 3 items (best of 3)", "s", "<= 2x raw sqlite3 executemany", ratio_goal=2.0)
    units_p50 = Figure("units search as you type, p50", "ms", "-", absolute_goal=0.05)
    units_p95 = Figure("units search as you type, p95", "ms", "< 50 ms", absolute_goal=0.05)
    month_p50 = Figure("receipts search as you type (this month, as it opens), p50", "ms", "-", absolute_goal=0.05)
    month_p95 = Figure("receipts search as you type (this month, as it opens), p95", "ms", "< 50 ms",
                       absolute_goal=0.05)
    receipts_p50 = Figure("receipts search as you type (every date), p50", "ms", "-", absolute_goal=0.05)
    receipts_p95 = Figure("receipts search as you type (every date), p95", "ms", "< 50 ms", absolute_goal=0.05)
    account = Figure("opening a unit's account (median of 10)", "ms", "< 100 ms", absolute_goal=0.1)
    memory = Figure("peak memory, receipts list of every date open", "MiB", "< 300 MiB", absolute_goal=300)
    rate = Figure("receipts per second, three-part A4", "/s", ">= bare reportlab / 1.5", ratio_goal=1.5,
                  per_second=True)
    figures = [start, bill, units_p50, units_p95, month_p50, month_p95, receipts_p50, receipts_p95, account, memory,
               rate]

    for size in sizes:
        path = demo_database(args.keep, size, args.years)
        print(f"{size:,} units: start-up", flush=True)
        app_runs, bare_runs = [], []
        probe("start-bare"), probe("start-app", str(path), USER)  # warm: bytecode written, files in the page cache
        for _ in range(args.runs):  # alternated, so that both see the same machine
            bare_runs.append(probe("start-bare")["seconds"])
            app_runs.append(probe("start-app", str(path), USER)["seconds"])
        start.values[size], start.limits[size] = statistics.median(app_runs), statistics.median(bare_runs)
        print(f"{size:,} units: search, accounts, memory", flush=True)
        found = probe("gui", str(path), USER, "--words", json.dumps(search_words(path, rng), ensure_ascii=False))
        units_p50.values[size], units_p95.values[size] = found["units_p50"], found["units_p95"]
        month_p50.values[size], month_p95.values[size] = found["month_p50"], found["month_p95"]
        receipts_p50.values[size], receipts_p95.values[size] = found["receipts_p50"], found["receipts_p95"]
        account.values[size], memory.values[size] = found["account_median"], found["peak_mib"]
        memory.limits[size] = probe("memory-bare")["peak_mib"]
        print(f"{size:,} units: billing run", flush=True)
        bill.values[size], bill.limits[size], _lines = billing(path, args.keep)
    print("receipts per second", flush=True)
    engine, bare = receipts_per_second()
    rate.values[sizes[-1]], rate.limits[sizes[-1]] = engine, bare

    stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    report = "\n".join([
        f"Benchmarks of {stamp} on {machine()}; {args.years} years of history per site; medians of {args.runs} "
        "runs; each limit measured in the same run.", "", table(figures, sizes), "", growth(figures, sizes), ""])
    print("\n" + report)
    args.out.write_text(report, encoding="utf-8")
    print(f"written to {args.out}")


if __name__ == "__main__":
    main()
