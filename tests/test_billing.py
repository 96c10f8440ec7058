"""The billing rule against hand-computed figures: partial months, a rate change inside the month,
idempotence, a run that fails half-way keeping nothing."""

from datetime import UTC, datetime
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select

from app.accounts.billing import line_amount, rate_segments, run_billing
from app.accounts.fees import list_rates, set_rate
from app.errors import PermissionDenied, ValidationError
from db.models import BillLine, Unit
from tests.conftest import table_count

D = Decimal
NOV = datetime(2026, 11, 24, 4, 0, tzinfo=UTC)


def lines(db, period):
    with db.read() as session:
        rows = session.execute(select(Unit.code, BillLine.item, BillLine.amount, BillLine.days)
                               .join(Unit, Unit.id == BillLine.unit_id)
                               .where(BillLine.period == period).order_by(Unit.code, BillLine.item)).all()
    return {(code, item): (amount, days) for code, item, amount, days in rows}


def test_a_full_month_and_a_partial_month(db, estate):
    from datetime import date

    result = run_billing(db, estate, "2026-02", now=NOV)
    assert lines(db, date(2026, 2, 1)) == {
        ("A-0801", "lift"): (D("36.19"), 19),  # 88.88 x 0.60 x 19/28 = 36.1868...
        ("A-0801", "property"): (D("150.78"), 19),  # 88.88 x 2.50 x 19/28 = 150.7785...
        ("A-0801", "water"): (D("18.09"), 19),  # 88.88 x 0.30 x 19/28 = 18.0934...
        ("A-1201", "lift"): (D("60.00"), 28),
        ("A-1201", "property"): (D("250.00"), 28),
        ("A-1201", "water"): (D("30.00"), 28),
        ("B-0101", "property"): (D("250.00"), 28),  # commercial 5.00; building B has no lift nor water
    }
    assert (result.lines_created, result.total) == (7, D("795.06"))


def test_a_rate_change_inside_the_month(db, estate):
    from datetime import date

    run_billing(db, estate, "2026-03", now=NOV)
    # 100 m² x (2.50 x 15 days + 2.80 x 16 days) / 31 = 8230 / 31 = 265.4838...
    assert lines(db, date(2026, 3, 1))[("A-1201", "property")] == (D("265.48"), 31)
    assert rate_segments([(date(2026, 1, 1), D("2.50")), (date(2026, 3, 16), D("2.80"))],
                         date(2026, 3, 1), date(2026, 3, 31)) == [(D("2.50"), 15), (D("2.80"), 16)]
    assert line_amount(D("100.00"), [(D("2.50"), 15), (D("2.80"), 16)], 31) == D("265.48")


def test_running_again_creates_nothing_new(db, estate):
    first = run_billing(db, estate, "2026-02", now=NOV)
    audit_rows = table_count(db, "audit_entry")
    again = run_billing(db, estate, "2026-02", now=NOV)
    assert (again.lines_created, again.total) == (0, D("0.00"))
    assert table_count(db, "bill_line") == first.lines_created
    assert table_count(db, "billing_run") == 1 and table_count(db, "audit_entry") == audit_rows


def test_a_run_that_fails_half_way_keeps_nothing(db, estate):
    def crash(done, total):
        if done >= 1:
            raise RuntimeError("the power went out")

    import app.accounts.billing as billing

    billing_every = billing.PROGRESS_EVERY
    billing.PROGRESS_EVERY = 1
    try:
        with pytest.raises(RuntimeError):
            run_billing(db, estate, "2026-02", progress=crash, now=NOV)
    finally:
        billing.PROGRESS_EVERY = billing_every
    assert table_count(db, "bill_line") == 0 and table_count(db, "billing_run") == 0
    assert run_billing(db, estate, "2026-02", now=NOV).lines_created == 7


@pytest.mark.parametrize(("period", "message"), [("2026-11", "has not ended"), ("2026-13", "YYYY-MM"),
                                                 ("26-10", "YYYY-MM"), ("", "YYYY-MM")])
def test_a_period_not_ended_or_malformed_is_refused(db, estate, period, message):
    with pytest.raises(ValidationError, match=message):
        run_billing(db, estate, period, now=NOV)
    assert table_count(db, "bill_line") == 0


def test_only_a_manager_changes_rates_and_never_below_zero(db, estate, cashier):
    from datetime import date

    rates = len(list_rates(db, cashier))
    with pytest.raises(PermissionDenied, match="may not change fee standards"):
        set_rate(db, cashier, "property", "residential", D("9.99"))
    with pytest.raises(ValidationError, match="below zero"):
        set_rate(db, estate, "property", "residential", D("-0.01"))
    with pytest.raises(ValidationError):
        set_rate(db, estate, "gardening", "residential", D("1.00"))
    with pytest.raises(ValidationError):
        set_rate(db, estate, "property", "villa", D("1.00"))
    assert len(list_rates(db, cashier)) == rates
    set_rate(db, estate, "property", "residential", D("3.00"), date(2026, 6, 1))
    history = [r.rate for r in list_rates(db, cashier) if r.item == "property" and r.unit_type == "residential"]
    assert history == [D("2.50"), D("2.80"), D("3.00")]


@given(area=st.integers(min_value=1, max_value=10_000_000), rate=st.integers(min_value=0, max_value=100_000),
       rate2=st.integers(min_value=0, max_value=100_000), split=st.integers(min_value=0, max_value=31),
       month_days=st.sampled_from([28, 29, 30, 31]))
def test_the_integer_computation_is_the_decimal_rule(area, rate, rate2, split, month_days):
    from app.money import round_fen_ratio

    split = min(split, month_days)
    segments = [(D(rate) / 100, split), (D(rate2) / 100, month_days - split)]
    expected = line_amount(D(area) / 100, segments, month_days)
    rate_days = rate * split + rate2 * (month_days - split)
    assert D(round_fen_ratio(area * rate_days, 100 * month_days)) / 100 == expected
