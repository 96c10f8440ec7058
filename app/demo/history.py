"""The demo site's money: a billing run a month, and the payments, fee receipts and allocations between them.

Month by month from the first period billed to today: on the first morning of each month the run bills the
month before (``app.accounts.billing``'s own rows, so the lines, days, bases and amounts are those
``run_billing`` writes) and applies the credit paid ahead to the new lines; through the month the units whose
payers pay then pay, each payment allocated and receipted as ``app.accounts.payments.pay`` does it (the oldest
unpaid lines first, within a period property, lift, water; what is left is credit; one receipt line per fee
item with its periods, one for what is paid ahead; the payer of that day; the check code), with receipt
numbers taken in the order the payments were made, gapless per year.

Everything is written in bulk. A bill line is written once most of what will be paid on it is known (four
months after its period); the few paid on after that are updated at the end. Allocations are written once
their lines are.
"""

import random
from calendar import monthrange
from collections import deque
from datetime import date, datetime, timedelta

from app.accounts.billing import COLUMNS as BILL_COLUMNS
from app.accounts.billing import bill_rows
from app.accounts.model import FEE_ITEM_CHINESE, FEE_ITEM_ORDER, FeeItem, period_end
from app.accounts.payments import PREPAYMENT, periods_text
from app.demo.site import COMPANY_METHODS, PERSON_METHODS, SitePlan, months_before
from app.demo.store import Numbers, Store, local_day, offsets, utc
from app.money import from_fen
from app.permissions import Actor
from app.receipts.check_code import check_code, site_secret
from app.receipts.model import SERIES, ReceiptKind
from db.models import Allocation, BillingRun, BillLine, Payment, Receipt, ReceiptLine

WINDOW = 4  # months after its period when a bill line is written
RUN_AT = (8, 30)  # the billing run on the first of the month, at the site's clock
ITEM_ORDER = {item.value: FEE_ITEM_ORDER[item] for item in FeeItem}
ITEM_NAMES = [FEE_ITEM_CHINESE[item] for item in FeeItem]  # by that order, as receipts name them

# A line of a bill, as the generator follows it: its id, amount and paid (fen), period, item (its place in the
# allocation order), the index of its period, the row of the billing run it came from, and whether it is
# written already.
ID, AMOUNT, PAID, PERIOD, ITEM, INDEX, ROW, WRITTEN = range(8)

RUN_COLUMNS = ("id", "period", "run_at", "run_by", "lines_created", "total")
LINE_COLUMNS = ("id", *BILL_COLUMNS)
RECEIPT_COLUMNS = ("id", "number", "kind", "business_date", "issued_at", "payer", "unit", "payment_method", "total",
                   "balance", "note", "operator_id", "operator_name", "check_code", "status", "print_count")
RECEIPT_LINE_COLUMNS = ("receipt_id", "position", "item", "period", "amount")
PAYMENT_COLUMNS = ("id", "unit_id", "amount", "method", "business_date", "received_at", "receipt_number", "operator",
                   "reversed")
ALLOCATION_COLUMNS = ("id", "bill_line_id", "payment_id", "amount", "business_date")


class History:
    def __init__(self, store: Store, numbers: Numbers, actor: Actor, plan: SitePlan, rng: random.Random,
                 now: datetime):
        self.store, self.actor, self.plan, self.rng = store, actor, plan, rng
        self.now = now.replace(tzinfo=None)  # naive UTC, as the demo keeps times
        self.cutoff = self.now - timedelta(minutes=1)  # nothing happens later than this
        self.today = local_day(self.now)
        self.units = plan.units
        count = len(self.units)
        self.first_unit = self.units[0].id if self.units else 0
        self.unpaid: list[list[list]] = [[] for _ in range(count)]
        self.credit = [0] * count
        self.last_total = [0] * count  # what the unit's last monthly bill came to
        self.next_due = [0] * count  # yearly and late payers: the month they pay next
        self.stop = [0] * count  # the month a payer stopped paying
        self.quarter = [0] * count
        self.pending: deque[tuple[int, list[list]]] = deque()  # bill lines not written yet, by period
        self.allocations: dict[int, list[tuple]] = {}  # by the period of their lines, until those are written
        self.periods: dict[tuple, str] = {}
        self.updates: dict[int, int] = {}  # paid of lines written before the last of it was paid
        self.secret = site_secret(store.session)
        self.numbers = numbers
        self.counts = {"billing_runs": 0, "bill_lines": 0, "payments": 0, "allocations": 0, "credit_applied": 0}
        self.operator = (actor.user_id, actor.full_name or actor.username, actor.username)
        months = self.months = (self.today.year * 12 + self.today.month) - (plan.start.year * 12 + plan.start.month)
        for index, unit in enumerate(self.units):
            self.quarter[index] = rng.randrange(3)
            self.next_due[index] = rng.randrange(4) if unit.profile == "late" else 0
            if unit.profile == "stopped":
                self.stop[index] = months - rng.randint(3, max(3, min(18, months)))

    # --- the months ---------------------------------------------------------------------------------------
    def run(self, step: int, total: int, report) -> int:
        firsts = [months_before(self.today, self.months - index) for index in range(self.months + 1)]
        for index, first in enumerate(firsts):
            if index:
                self._bill(index - 1, firsts[index - 1], first)
            self._payments(index, first)
            self._write_lines(index - WINDOW)
            step += 1
            report(step, total)
        self._write_lines(len(firsts))
        self._write_updates()
        return step

    # --- billing ------------------------------------------------------------------------------------------
    def _bill(self, index: int, period: date, month: date) -> None:
        """The run of ``period`` on the morning of the first of ``month``, with the credit it applies."""
        store = self.store
        at = utc(datetime(month.year, month.month, 1, *RUN_AT))
        if at > self.cutoff:  # the first of this month, before half past eight
            at = max(utc(datetime(month.year, month.month, 1)), self.cutoff - timedelta(minutes=1))
        run_id = store.ids(BillingRun.__table__, 1)
        rows = bill_rows(store.session, period, period_end(period), run_id, None)
        if not rows:  # nobody handed over yet: the run records nothing
            store.give_back(BillingRun.__table__, 1)
            return
        store.insert(BillingRun.__table__, RUN_COLUMNS, [(run_id, store.day(period), store.moment(at),
                                                          self.actor.username, len(rows), sum(r[6] for r in rows))])
        first_line = store.ids(BillLine.__table__, len(rows))
        lines, unpaid, totals, first_unit = [], self.unpaid, self.last_total, self.first_unit
        touched = set()
        for offset, row in enumerate(rows):
            unit = row[0] - first_unit
            line = [first_line + offset, row[6], 0, period, ITEM_ORDER[row[2]], index, row, False]
            lines.append(line)
            unpaid[unit].append(line)
            if unit not in touched:
                touched.add(unit)
                totals[unit] = 0
            totals[unit] += row[6]
        self.pending.append((index, lines))
        self.counts["billing_runs"] += 1
        self.counts["bill_lines"] += len(rows)
        self._apply_credit(local_day(at))

    def _apply_credit(self, on: date) -> None:
        """``billing._apply_credit``: each unit's credit to its unpaid lines, oldest first."""
        day = self.store.day(on)
        for unit, credit in enumerate(self.credit):
            if credit <= 0 or not self.unpaid[unit]:
                continue
            allocated, _parts = self._allocate(unit, credit, None, day)
            self.credit[unit] -= allocated
            self.counts["credit_applied"] += allocated

    def _allocate(self, unit: int, amount: int, payment_id: int | None, day) -> tuple[int, list[tuple[list, int]]]:
        """``amount`` to the unit's oldest unpaid lines; how much was allocated, and to which lines."""
        lines = self.unpaid[unit]
        parts = []
        remaining = amount
        done = 0
        for line in lines:
            if remaining <= 0:
                break
            take = min(remaining, line[AMOUNT] - line[PAID])
            if take <= 0:
                break
            line[PAID] += take
            remaining -= take
            parts.append((line, take))
            if line[WRITTEN]:
                self.updates[line[ID]] = line[PAID]
            if line[PAID] == line[AMOUNT]:
                done += 1
        if done:
            del lines[:done]
        allocation_id = self.store.ids(Allocation.__table__, len(parts))
        waiting = self.allocations
        for line, take in parts:
            waiting.setdefault(line[INDEX], []).append((allocation_id, line[ID], payment_id, take, day))
            allocation_id += 1
        self.counts["allocations"] += len(parts)
        return amount - remaining, parts

    # --- payments -----------------------------------------------------------------------------------------
    def _payments(self, index: int, month: date) -> None:
        rng, units, unpaid, credit = self.rng, self.units, self.unpaid, self.credit
        days = monthrange(month.year, month.month)[1]
        run = utc(datetime(month.year, month.month, 1, *RUN_AT)) + timedelta(minutes=20)
        shift = offsets(month.year, month.month)
        due = []
        last = period_end(month)
        for unit_index, unit in enumerate(units):
            profile = unit.profile
            if profile == "never" or unit.handover is None or unit.handover > last:
                continue
            if profile == "stopped":
                if index >= self.stop[unit_index]:
                    continue
                profile = "monthly"
            if profile == "quarterly" and (index + self.quarter[unit_index]) % 3 or \
                    profile in ("yearly", "late") and index < self.next_due[unit_index]:
                continue  # not their month to pay
            lines = unpaid[unit_index]
            owed = sum(line[AMOUNT] - line[PAID] for line in lines) if lines else 0
            amount = owed
            if profile == "monthly":
                if owed and rng.random() < 0.04:  # a round sum, the rest kept as credit
                    amount = -(-owed // 10000) * 10000
            elif profile == "yearly":
                if not self.last_total[unit_index]:
                    continue  # nothing billed yet to pay a year of
                amount = max(0, owed + 12 * self.last_total[unit_index] - credit[unit_index])
                amount = -(-amount // 100) * 100  # whole yuan
                self.next_due[unit_index] = index + 12
            elif profile == "late" and owed:
                if owed > 20000 and rng.random() < 0.3:  # part of it, in round hundreds
                    amount = owed * rng.randint(4, 9) // 10 // 10000 * 10000 or owed
                self.next_due[unit_index] = index + rng.randint(2, 6)
            if amount <= 0:
                continue
            day = min(days, max(1, unit.day + rng.randint(-3, 3)))
            hour = min(20.9, max(8.0, unit.hour + rng.gauss(0, 1.2)))
            at = datetime(month.year, month.month, day) + timedelta(hours=hour, seconds=rng.randrange(60)) - shift[day]
            at = max(at, run + timedelta(seconds=rng.randrange(3600)))
            if at > self.cutoff:
                continue  # not paid yet this month
            method = unit.method
            if rng.random() < 0.15:
                choices = COMPANY_METHODS if unit.company else PERSON_METHODS
                method = rng.choices([m for m, _w in choices], [w for _m, w in choices])[0]
            due.append((at, unit_index, amount, method))
        due.sort()
        self._take(due)

    def _take(self, due: list[tuple]) -> None:
        """The month's payments in the order they were made: each allocated, with its fee receipt."""
        store = self.store
        if not due:
            return
        first_payment = store.ids(Payment.__table__, len(due))
        first_receipt = store.ids(Receipt.__table__, len(due))
        operator_id, operator_name, username = self.operator
        receipts, receipt_lines, payments = [], [], []
        series = SERIES[ReceiptKind.FEE]
        for offset, (at, unit_index, amount, method) in enumerate(due):
            unit = self.units[unit_index]
            on = local_day(at)
            number = self.numbers.take(series, on.year)
            payment_id, receipt_id = first_payment + offset, first_receipt + offset
            day = store.day(on)
            credit_before = self.credit[unit_index]
            allocated, parts = self._allocate(unit_index, amount, payment_id, day)
            remaining = amount - allocated
            credit_after = credit_before + remaining
            self.credit[unit_index] = credit_after
            issued = store.moment(at)
            receipts.append((receipt_id, number, ReceiptKind.FEE.value, day, issued, unit.payer_on(on), unit.code,
                             method, amount, credit_after if credit_after > 0 else None, "", operator_id,
                             operator_name, check_code(self.secret, number, on, from_fen(amount)), "issued", 0))
            for position, (item, line_amount, periods) in enumerate(self._receipt_lines(parts, remaining), start=1):
                receipt_lines.append((receipt_id, position, item, periods, line_amount))
            payments.append((payment_id, unit.id, amount, method, day, store.moment(at + timedelta(milliseconds=3)),
                             number, username, False))
        store.insert(Receipt.__table__, RECEIPT_COLUMNS, receipts)
        store.insert(ReceiptLine.__table__, RECEIPT_LINE_COLUMNS, receipt_lines)
        store.insert(Payment.__table__, PAYMENT_COLUMNS, payments)
        self.counts["payments"] += len(payments)

    def _receipt_lines(self, parts: list[tuple[list, int]], credit: int) -> list[tuple[str, int, str]]:
        """``payments._receipt_lines``: one line per fee item, with its periods, and one for what is paid ahead."""
        by_item: dict[int, tuple[int, list[date]]] = {}
        for line, take in parts:
            amount, periods = by_item.get(line[ITEM], (0, []))
            periods.append(line[PERIOD])
            by_item[line[ITEM]] = (amount + take, periods)
        lines, texts = [], self.periods
        for order in sorted(by_item):
            amount, periods = by_item[order]
            key = tuple(periods)
            text = texts.get(key)
            if text is None:
                text = texts[key] = periods_text(periods)
            lines.append((ITEM_NAMES[order], amount, text))
        if credit > 0:
            lines.append((PREPAYMENT, credit, ""))
        return lines

    # --- writing ------------------------------------------------------------------------------------------
    def _write_lines(self, upto: int) -> None:
        """The bill lines of the periods up to index ``upto``, then the allocations on them."""
        store, rows = self.store, []
        while self.pending and self.pending[0][0] <= upto:
            _index, lines = self.pending.popleft()
            for line in lines:
                row = line[ROW]
                rows.append((line[ID], *row[:7], line[PAID], row[8]))
                line[WRITTEN] = True
                line[ROW] = None
        store.insert(BillLine.__table__, LINE_COLUMNS, rows)
        ready = []
        for index in [index for index in self.allocations if index <= upto]:
            ready.extend(self.allocations.pop(index))
        ready.sort()
        store.insert(Allocation.__table__, ALLOCATION_COLUMNS, ready)

    def _write_updates(self) -> None:
        if self.updates:
            self.store.update(BillLine.__table__, "paid", [(paid, line_id) for line_id, paid in
                                                           sorted(self.updates.items())])

