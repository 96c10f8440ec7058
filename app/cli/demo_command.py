"""``demo``: fill an empty site with a realistic demo site (buildings, units, owners, years of bills, payments and
receipts, work orders, inspections, visitors and parcels), for trying the app out and for measuring it."""

import sys
import time

from app.cli.context import Result, as_actor
from app.demo import MAX_UNITS, MAX_YEARS, generate


def register(commands, common) -> None:
    parser = commands.add_parser("demo", parents=[common],
                                 help="generate a demo site with years of history into an empty database")
    parser.add_argument("--units", type=int, required=True, metavar="N", help=f"units of the site (1 to {MAX_UNITS})")
    parser.add_argument("--years", type=int, required=True, metavar="Y",
                        help=f"years of history up to today (1 to {MAX_YEARS})")
    parser.add_argument("--seed", type=int, default=1, metavar="S", help="the same seed gives the same site (default 1)")
    parser.set_defaults(handler=run)


def run(args) -> Result:
    started = time.perf_counter()
    shown = {"percent": -1}

    def progress(done: int, total: int) -> None:
        percent = 100 * done // max(total, 1)
        if percent != shown["percent"]:
            shown["percent"] = percent
            print(f"demo: {percent:3d}% ({time.perf_counter() - started:.0f} s)", file=sys.stderr, flush=True)

    summary = as_actor(args, lambda db, who: generate(db, who, args.units, args.years, args.seed, progress))
    text = (f"Generated a demo site in {summary.seconds:.1f} s: {summary.buildings:,} buildings, {summary.units:,} "
            f"units, {summary.parties:,} owners and tenants; {summary.billing_runs:,} billing runs with "
            f"{summary.bill_lines:,} bill lines; {summary.payments:,} payments with their receipts and "
            f"{summary.allocations:,} allocations; {summary.work_orders:,} work orders, {summary.inspections:,} "
            f"inspections with {summary.notices:,} notices, {summary.visitors:,} visitors and "
            f"{summary.parcels:,} parcels.")
    return Result(text, {**summary.counts(), "seconds": summary.seconds})
