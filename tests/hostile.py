"""The harness of the hostile-input tests: how many examples each test runs, the check that a refused call
wrote nothing (``attempt``), and the strategies that fill a service's form with valid and hostile values.
``tests/test_hostile_input.py`` feeds them to the services; ``tests/test_crash_regressions.py`` keeps, one by
one, the inputs that once crashed a service."""

import os
from collections import Counter, defaultdict
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from sqlalchemy import text

import db.models  # noqa: F401  (every table on the metadata)
from app.clock import SITE_ZONE, today
from app.errors import NotFound, ValidationError
from db.base import Base
from db.types import utcnow
from tests.backends import BACKEND, POSTGRESQL
from tests.conftest import FIGURES

D = Decimal
PG = BACKEND == POSTGRESQL
DEEP = os.environ.get("FRONTOFFICE_FUZZ") == "deep"


def fuzz(examples: int):
    """The settings of every test here: ``examples`` examples (ten times as many with FRONTOFFICE_FUZZ=deep)."""
    return settings(max_examples=examples * 10 if DEEP else examples, deadline=None, derandomize=not DEEP,
                    database=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                                          HealthCheck.data_too_large, HealthCheck.filter_too_much])


# --- counting the examples ---------------------------------------------------------------------------------
RUNS: dict[str, Counter] = defaultdict(Counter)


@pytest.fixture(scope="module", autouse=True)
def examples_run():
    """Prints how many examples each test ran, accepted and refused, and the total (visible with ``-s``)."""
    yield
    if not RUNS:
        return
    print(f"\nhostile input ({BACKEND}): examples run per service")
    for name, counts in RUNS.items():
        print(f"  {name:<28} {counts['accepted'] + counts['refused']:>5} "
              f"({counts['accepted']} accepted, {counts['refused']} refused)")
    accepted, refused = sum(c["accepted"] for c in RUNS.values()), sum(c["refused"] for c in RUNS.values())
    print(f"  {'total':<28} {accepted + refused:>5} ({accepted} accepted, {refused} refused)")
    FIGURES.append(f"hostile input ({BACKEND}): {accepted + refused} hypothesis examples over {len(RUNS)} services, "
                   f"{accepted} accepted with a valid result, {refused} refused writing nothing")


# --- refused means nothing written -------------------------------------------------------------------------
TABLES = [table.name for table in Base.metadata.sorted_tables]
EDITED_IN_PLACE = ("audit_head", "document_sequence", "site_setting", "user_account", "unit", "unit_party",
                   "fee_rate", "bill_line", "receipt", "bc_service", "inspection")


def snapshot(db) -> tuple[dict, dict]:
    """Every table's row count, and every row of the tables whose rows services change in place."""
    with db.read() as session:
        counts = session.execute(text("SELECT " + ", ".join(f"(SELECT COUNT(*) FROM {name})" for name in TABLES)))
        rows = {name: session.execute(text(f"SELECT * FROM {name} ORDER BY 1, 2")).all()
                for name in EDITED_IN_PLACE}
        return dict(zip(TABLES, counts.one(), strict=True)), rows


def attempt(db, service: str, call: Callable):
    """``call()``'s result; None when it is refused with ``ValidationError`` or ``NotFound``, after checking that
    the refusal wrote nothing. Any other exception (PermissionDenied, DatabaseProblem, a Python or SQLAlchemy
    error) is a defect and goes through to fail the test."""
    before = snapshot(db)
    try:
        result = call()
    except (ValidationError, NotFound) as error:
        after = snapshot(db)
        changed = [name for name in TABLES if after[0][name] != before[0][name]] + \
                  [name for name in EDITED_IN_PLACE if after[1][name] != before[1][name]]
        assert not changed, f"refused ({error}) but wrote to {changed}"
        assert str(error).strip(), "a refusal says why"
        RUNS[service]["refused"] += 1
        return None
    RUNS[service]["accepted"] += 1
    return result


@st.composite
def form(draw, **fields):
    """A form's values: each field is ``(valid, hostile)`` strategies; up to three fields are hostile at a time
    and the others valid, so that one field's refusal does not hide what another would do."""
    hostile = draw(st.sets(st.sampled_from(sorted(fields)), max_size=3), label="hostile fields")
    return {name: draw(pair[1] if name in hostile else pair[0], label=name) for name, pair in fields.items()}


# --- valid values ------------------------------------------------------------------------------------------
def words(*examples: str, limit: int, blank: bool = False, dotted_i: bool = True):
    """Text a user would type: ``examples``, or letters, digits, punctuation and symbols (emoji, CJK) of at most
    ``limit`` characters; "" too when ``blank``; without U+0130 (İ) unless ``dotted_i``."""
    exclude = () if dotted_i else ("\u0130",)
    typed = st.text(st.characters(categories=("L", "N", "P", "S"), exclude_characters=exclude), min_size=1,
                    max_size=min(limit, 30))
    strategy = st.one_of(st.sampled_from(examples), typed) if examples else typed
    return st.one_of(strategy, st.just("")) if blank else strategy


PHONES = st.from_regex(r"1[3-9][0-9]{9}|0[1-9][0-9]{1,2}-[0-9]{7,8}", fullmatch=True)
MONEY = st.decimals(min_value=D("0.01"), max_value=D("99999999.99"), places=2)
RECENT = st.integers(0, 60 * 24 * 20).map(lambda minutes: utcnow() - timedelta(minutes=minutes))


# --- hostile values ----------------------------------------------------------------------------------------
JUNK = ("", " ", "\t", "\n", "\r\n", "😀", "🏢👨‍👩‍👧", "王小明", "物业服务费", "\x00", "a\x00b", "line\nbreak",
        "tab\there", "\u202eevil", "zero\u200bwidth", "\ufeffbom", "\u200d", "\x7f", "\u00ad", "\u2028", "\x85",
        "x" * 10_000, "字" * 10_000, "'; DROP TABLE receipt; --", "Robert'); DROP TABLE unit;--", "%", "_", "\\",
        "NULL", "None", "１２３４", "٣٤٥٦", "\u0130" * 70, "12.3", "¥100", "1e5")
WRONG = st.one_of(st.integers(), st.floats(), st.booleans(), st.lists(st.integers(), max_size=2),
                  st.dictionaries(st.text(max_size=2), st.integers(), max_size=1), st.binary(max_size=4),
                  st.decimals(places=2, allow_nan=False, allow_infinity=False))


def texts(*valid: str, limit: int | None = None, nul: bool = True, dotted_i: bool = True, wrong: bool = False,
          none: bool = False):
    """Hostile text for a field: ``valid`` values, junk, any text (never a lone surrogate: see
    ``test_known_defect``), text of the field's ``limit`` and one past it; without NUL or U+0130 (İ) where
    ``nul`` or ``dotted_i`` is false; values of the wrong type and None as well where ``wrong``, ``none``."""
    parts = [st.sampled_from(valid)] if valid else []
    parts += [st.sampled_from(JUNK), st.text(max_size=40)]
    if limit:
        parts.append(st.tuples(st.integers(limit, limit + 1), st.sampled_from(("字", "a", "😀", " x")))
                     .map(lambda spec: " " + "x" * spec[0] + " " if spec[1] == " x" else spec[1] * spec[0]))
    strategy = st.one_of(*parts)
    if not nul:
        strategy = strategy.filter(lambda value: "\x00" not in value)
    if not dotted_i:
        strategy = strategy.filter(lambda value: "\u0130" not in value)
    if wrong:
        strategy = st.one_of(strategy, WRONG)
    if none:
        strategy = st.one_of(strategy, st.none())
    return strategy


def choices(*valid, wrong: bool = True):
    """A value of a list (an enum): one of ``valid``, or typed text, or of the wrong type, or None."""
    strategy = st.one_of(st.sampled_from(valid), texts())
    return st.one_of(strategy, WRONG, st.none()) if wrong else strategy


def huge(value) -> bool:
    """A Decimal of 10^25 or more: ``quantize`` to the fen raises InvalidOperation on it (see the defects)."""
    return isinstance(value, Decimal) and value.is_finite() and not value.is_zero() and value.adjusted() >= 25


AMOUNTS = st.one_of(
    st.decimals(min_value=-1000, max_value=100_000, places=2),
    st.decimals(allow_nan=True, allow_infinity=True),  # any number of decimals, NaN, sNaN, ±Infinity, 1E+999999
    st.sampled_from([D("0"), D("0.00"), D("0.01"), D("-0.01"), D("1.005"), D("12.345"), D(10**15), D("-5"),
                     D("999999999999.99"), D("1000000000000.00"), D("10000000.01"), D("NaN"), D("sNaN"),
                     D("Infinity"), D("-Infinity"), D("1E-30"), D("1.10000000000000000000"), D("-0")]),
    st.floats(), st.integers(), st.sampled_from(["12.3", "¥100", "1e5", "", "abc"]), st.none(), st.booleans())
TIMEZONES = st.sampled_from([UTC, SITE_ZONE, timezone(timedelta(hours=14)), timezone(timedelta(hours=-12))])
MOMENTS = st.one_of(
    st.none(), RECENT, st.tuples(RECENT, TIMEZONES).map(lambda pair: pair[0].astimezone(pair[1])),
    st.sampled_from([datetime(1, 1, 1, tzinfo=UTC), datetime(9999, 12, 31, 23, 59, tzinfo=UTC),
                     datetime(9999, 12, 31, 23, 59, tzinfo=timezone(timedelta(hours=-12))),
                     utcnow() + timedelta(days=1), utcnow() - timedelta(days=40)]),
    # defect: the first hours of year 1 in a zone east of UTC crash the front desk's services (OverflowError)
    st.datetimes(min_value=datetime(1, 1, 2), max_value=datetime(9999, 12, 31), timezones=TIMEZONES))


def in_utc_range(moment) -> bool:
    """The moment is a time of years 1 to 9999 in UTC as well (see the defect order-wanted-at-the-end-of-time)."""
    try:
        return moment is None or bool(moment.astimezone(UTC))
    except OverflowError:
        return False


NAIVE_AND_WRONG_MOMENTS = st.one_of(st.datetimes(), st.dates(), st.text(max_size=20), WRONG)
DAYS = st.one_of(st.none(), st.dates(), st.sampled_from([date(1, 1, 1), date(9999, 12, 31), today(),
                                                         today() + timedelta(days=1)]))
TYPED_DAYS = st.one_of(
    st.sampled_from(["2026-01-01", "2026/3/5", "2025.3.5", "2025年3月5日", "45721", "0000-01-01", "9999-12-31",
                     "2026-02-30", "2026-13-01", "", "  ", "yesterday", "１９９９-０１-０１"]),
    texts(), st.dates().map(str))
