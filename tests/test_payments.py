"""Payments allocated oldest first, credit (预交) applied by the next billing run, arrears aging and
collection rate, against hand-computed figures."""

import subprocess
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from app.accounts.billing import run_billing
from app.accounts.payments import pay, refund_credit
from app.accounts.reports import arrears, bucket_of, collection, unit_account
from app.clock import today
from app.errors import NotFound, PermissionDenied, ValidationError
from app.receipts.printing import prepare_print
from tests.conftest import table_count

D = Decimal
NOV = datetime(2026, 11, 24, 4, 0, tzinfo=UTC)


@pytest.fixture
def billed(db, estate):
    """February and March billed, each the day after it ended: A-1201 owes 340.00 for February and 355.48 for
    March."""
    run_billing(db, estate, "2026-02", now=datetime(2026, 3, 1, 2, 0, tzinfo=UTC))
    run_billing(db, estate, "2026-03", now=datetime(2026, 4, 1, 2, 0, tzinfo=UTC))
    return estate


def allocated(result):
    return [(f"{a.period:%Y-%m}", a.item.value, a.amount) for a in result.allocated]


def test_a_payment_goes_to_the_oldest_lines_first(db, billed, cashier):
    result = pay(db, cashier, "A-1201", D("400.00"), "cash")
    assert allocated(result) == [("2026-02", "property", D("250.00")), ("2026-02", "lift", D("60.00")),
                                 ("2026-02", "water", D("30.00")), ("2026-03", "property", D("60.00"))]
    assert result.credit == D("0.00")
    assert result.receipt.number.startswith("SK2026") and result.receipt.total == D("400.00")
    assert result.receipt.payer == "张三" and result.receipt.unit == "A-1201"
    assert [(line.item, line.period, line.amount) for line in result.receipt.lines] == [
        ("物业服务费", "2026-02~2026-03", D("310.00")), ("电梯费", "2026-02", D("60.00")),
        ("二次供水费", "2026-02", D("30.00"))]
    account = unit_account(db, cashier, "A-1201")
    assert (account.outstanding, account.credit) == (D("295.48"), D("0.00"))
    assert [p.receipt_number for p in account.payments] == [result.receipt.number]


def test_money_beyond_what_is_owed_becomes_credit_that_the_next_run_applies(db, billed, cashier):
    pay(db, cashier, "A-1201", D("400.00"), "cash")
    result = pay(db, cashier, "A-1201", D("1000.00"), "wechat")
    assert allocated(result) == [("2026-03", "property", D("205.48")), ("2026-03", "lift", D("60.00")),
                                 ("2026-03", "water", D("30.00"))]
    assert result.credit == D("704.52")
    assert result.receipt.lines[-1].item == "预交款" and result.receipt.lines[-1].amount == D("704.52")
    assert result.receipt.balance == D("704.52")
    # April: 100 m² x 2.80 + 60.00 + 30.00 = 370.00, paid from the credit by the run itself.
    april = run_billing(db, billed, "2026-04", now=NOV)
    assert april.credit_applied == D("370.00")
    account = unit_account(db, cashier, "A-1201")
    assert (account.outstanding, account.credit) == (D("0.00"), D("334.52"))


def test_a_refund_of_credit_is_a_managers_document(db, billed, cashier):
    pay(db, cashier, "A-1201", D("1000.00"), "cash")  # 695.48 owed, 304.52 credit
    with pytest.raises(PermissionDenied):
        refund_credit(db, cashier, "A-1201", D("100.00"), "moving out")
    with pytest.raises(ValidationError, match="only 304.52 of credit"):
        refund_credit(db, billed, "A-1201", D("304.53"), "moving out")
    refund = refund_credit(db, billed, "A-1201", D("104.52"), "业主搬离")
    assert refund.number.startswith("TK2026") and refund.credit_left == D("200.00")
    assert unit_account(db, cashier, "A-1201").credit == D("200.00")


@pytest.mark.parametrize(("amount", "message"), [
    (D("0.00"), "above zero"), (D("-5.00"), "above zero"), (D("10000000.01"), "not plausible"),
    (D("1.005"), "two decimal"), ("300", "two decimal"),
])
def test_bad_amounts_are_refused_and_nothing_is_saved(db, billed, cashier, amount, message):
    receipts, payments = table_count(db, "receipt"), table_count(db, "payment")
    with pytest.raises(ValidationError, match=message):
        pay(db, cashier, "A-1201", amount, "cash")
    assert (table_count(db, "receipt"), table_count(db, "payment")) == (receipts, payments)


def test_an_unknown_unit_or_method_is_refused(db, billed, cashier):
    with pytest.raises(NotFound, match="no unit Z-9999"):
        pay(db, cashier, "Z-9999", D("10.00"), "cash")
    with pytest.raises(ValidationError, match="payment method"):
        pay(db, cashier, "A-1201", D("10.00"), "bitcoin")
    assert table_count(db, "receipt") == 0 and table_count(db, "document_sequence") == 0


def test_the_payments_receipt_prints_with_its_lines(db, billed, cashier, tmp_path):
    result = pay(db, cashier, "A-1201", D("400.00"), "cash")
    path = tmp_path / "r.pdf"
    path.write_bytes(prepare_print(db, cashier, result.receipt.number).pdf)
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True).stdout
    assert "2026-02~2026-03" in text and "人民币肆佰元整" in text and "A-1201" in text


@pytest.mark.parametrize(("days", "bucket"), [(0, "0-30"), (30, "0-30"), (31, "31-90"), (90, "31-90"),
                                              (91, "91-180"), (180, "91-180"), (181, "180+"), (400, "180+")])
def test_aging_buckets(days, bucket):
    assert bucket_of(days) == bucket


def test_arrears_by_unit_with_aging(db, billed, cashier):
    pay(db, cashier, "A-1201", D("400.00"), "cash")  # pays February in full and 60.00 of March
    report = arrears(db, cashier, as_of=today())
    by_unit = {u.unit: u for u in report.units}
    assert set(by_unit) == {"A-0801", "A-1201", "B-0101"}
    # A-1201: March 355.48 - 60.00; March ended 2026-03-31, more than 180 days before today.
    assert by_unit["A-1201"].outstanding == D("295.48") and by_unit["A-1201"].oldest_period == date(2026, 3, 1)
    assert by_unit["A-1201"].buckets["180+"] == D("295.48")
    # A-0801: February 150.78 + 36.19 + 18.09 = 205.06; March 88.88 x 82.30 / 31 = 235.962 -> 235.96, lift
    # 88.88 x 0.60 = 53.328 -> 53.33, water 88.88 x 0.30 = 26.664 -> 26.66
    assert by_unit["A-0801"].outstanding == D("205.06") + D("235.96") + D("53.33") + D("26.66") == D("521.01")
    assert report.total == sum((u.outstanding for u in report.units), D("0.00"))
    # As of 2026-04-15, March had ended 15 days before and the payment had not yet been made.
    early = arrears(db, cashier, as_of=date(2026, 4, 15))
    a1201 = {u.unit: u for u in early.units}["A-1201"]
    assert a1201.buckets["0-30"] == D("355.48") and a1201.buckets["31-90"] == D("340.00")


def test_collection_rate_per_period(db, billed, cashier):
    pay(db, cashier, "A-1201", D("400.00"), "cash")
    february = collection(db, cashier, "2026-02")
    assert (february.billed, february.paid) == (D("795.06"), D("340.00"))
    assert february.rate == D("0.4276")  # 340.00 / 795.06 = 0.42764...
    assert collection(db, cashier, "2025-01").rate == D("0.0000")


def test_voiding_a_payments_receipt_takes_the_money_back_from_the_bills(db, billed, cashier, manager):
    from app.receipts.records import void

    first = pay(db, cashier, "A-1201", D("400.00"), "cash")
    void(db, manager, first.receipt.number, "收错户了")
    account = unit_account(db, cashier, "A-1201")
    assert (account.outstanding, account.credit) == (D("695.48"), D("0.00"))  # as before the payment
    assert [p.reversed for p in account.payments] == [True]
    assert collection(db, cashier, "2026-02").paid == D("0.00")
    assert table_count(db, "allocation") == 0


def test_voiding_takes_back_credit_a_billing_run_applied(db, billed, cashier, manager):
    from app.receipts.records import void

    paid = pay(db, cashier, "A-1201", D("1000.00"), "cash")  # 695.48 to bills, 304.52 credit
    run_billing(db, billed, "2026-04", now=NOV)  # 370.00: 304.52 from the credit
    void(db, manager, paid.receipt.number, "假币")
    account = unit_account(db, cashier, "A-1201")
    assert (account.outstanding, account.credit) == (D("1065.48"), D("0.00"))  # 695.48 + 370.00


def test_a_receipt_whose_credit_was_refunded_cannot_be_voided(db, billed, cashier, manager):
    from app.receipts.records import get, void

    paid = pay(db, cashier, "A-1201", D("1000.00"), "cash")
    refund_credit(db, manager, "A-1201", D("304.52"), "业主搬离")
    with pytest.raises(ValidationError, match="was refunded already"):
        void(db, manager, paid.receipt.number, "收错了")
    assert not get(db, cashier, paid.receipt.number).is_void
    assert unit_account(db, cashier, "A-1201").outstanding == D("0.00")


def test_receipt_periods_show_a_gap_rather_than_hide_it():
    from app.accounts.payments import periods_text

    assert periods_text([date(2026, 2, 1)]) == "2026-02"
    assert periods_text([date(2026, 2, 1), date(2026, 3, 1), date(2026, 4, 1)]) == "2026-02~2026-04"
    assert periods_text([date(2026, 3, 1), date(2026, 5, 1)]) == "2026-03、2026-05"
    assert periods_text([date(2025, 12, 1), date(2026, 1, 1)]) == "2025-12~2026-01"


def test_a_month_billed_after_the_as_of_date_was_not_owed_then(db, billed, cashier):
    # March was billed on 2026-04-01 (Shanghai time): on 03-31 only February was owed.
    assert arrears(db, cashier, as_of=date(2026, 3, 31)).total == D("795.06")
    # On 04-01: February 795.06 + March 355.48 (A-1201) + 315.95 (A-0801) + 250.00 (B-0101).
    assert arrears(db, cashier, as_of=date(2026, 4, 2)).total == D("1716.49")
