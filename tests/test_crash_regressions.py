"""Each input that once made a service crash (a Python or database error instead of a clear refusal), kept one
by one: the service must now succeed with a valid result or refuse with ValidationError or NotFound, writing
nothing (``tests/hostile.py``'s ``attempt``). Each names where it crashed and on which database it showed; all
are tried on both."""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal, InvalidOperation

import pytest
from sqlalchemy.exc import StatementError

import db.models  # noqa: F401  (every table on the metadata)
from app.accounts.fees import set_rate
from app.accounts.payments import pay
from app.accounts.register import add_building, check_entry, list_units, save_unit
from app.business.model import LineDraft, OrderDraft, ServiceDraft
from app.business.orders import create_order
from app.business.price_list import add_service
from app.errors import DatabaseProblem
from app.frontdesk.complaints import ComplaintDraft, receive
from app.frontdesk.parcels import ParcelDraft, log_parcel
from app.frontdesk.visitors import VisitorDraft, list_visitors, sign_in
from app.receipts.issuing import issue
from app.receipts.model import LineDraft as ReceiptLine
from app.receipts.records import void
from app.repairs.model import WorkOrderDraft
from app.repairs.orders import report
from app.safety.inspections import start_inspection
from app.safety.model import AreaDraft, InspectionDraft
from app.site import SiteDetails, update_site_details
from app.users import add_user
from tests.backends import POSTGRESQL
from tests.conftest import fee_draft
from tests.hostile import D, attempt


# --- the inputs that once crashed a service, one each ------------------------------------------------------
@dataclass(frozen=True)
class Defect:
    """One input that made a service crash (``raises``) before it was fixed: ``call(db, **fixtures)`` must now
    succeed with a valid result or be refused with ValidationError or NotFound, writing nothing. ``setup``,
    when given, makes what the call needs first (outside the check that nothing is written) and its result is
    passed to ``call`` as ``made``."""

    id: str
    needs: tuple[str, ...]
    call: Callable
    raises: type[BaseException] | tuple[type[BaseException], ...]
    reason: str
    backend: str | None = None  # when it showed on one backend only (it is tried on both now)
    setup: Callable | None = None


def long_unit_code(db, manager, made):
    save_unit(db, manager, check_entry("B" * 20, "R" * 20, 1, "10", "office"))


def rate_twice_the_same_day(db, manager):
    set_rate(db, manager, "property", "residential", D("2.50"), date(2026, 1, 1))
    set_rate(db, manager, "property", "residential", D("2.60"), datetime(2026, 1, 1))


def line(service_id, quantity: Decimal | None = None):
    quantity = D("1") if quantity is None else quantity
    return OrderDraft("刘先生", (LineDraft(service_id, quantity),), "13911112222")


CRASH = (AttributeError, TypeError)
DEFECTS = [
    # values of the wrong type: `(value or "").strip()` and friends before any check
    Defect("add_user-full-name-not-text", ("admin",),
           lambda db, admin: add_user(db, admin, "clerk2", "front_desk", "user-pass-1", 12), CRASH,
           "app/users.py:122 _check_full_name: (full_name or '').strip() on an int"),
    Defect("add_user-password-not-text", ("admin",),
           lambda db, admin: add_user(db, admin, "clerk2", "front_desk", 12345678), CRASH,
           "app/users.py:129 _check_password: len() of an int"),
    Defect("site-details-none", ("admin",),
           lambda db, admin: update_site_details(db, admin, SiteDetails("华信物业", "华信大厦", address=None)), CRASH,
           "app/site.py:46 value.strip() on None"),
    Defect("receipt-payer-none", ("manager",), lambda db, manager: issue(db, manager, fee_draft(payer=None)), CRASH,
           "app/receipts/issuing.py:60 check_draft: draft.payer.strip() on None"),
    Defect("receipt-line-item-none", ("manager",),
           lambda db, manager: issue(db, manager, fee_draft(lines=(ReceiptLine(None, D("1.00")),))), CRASH,
           "app/receipts/issuing.py:74 check_draft: line.item.strip() on None"),
    Defect("void-reason-not-text", ("manager",),
           lambda db, manager, made: void(db, manager, made.number, 12), CRASH,
           "app/receipts/records.py:52 void: (reason or '').strip() on an int",
           setup=lambda db, manager: issue(db, manager, fee_draft())),
    Defect("void-number-none", ("manager",), lambda db, manager: void(db, manager, None, "开错金额"), CRASH,
           "app/receipts/records.py:23 load: number.strip() on None"),
    Defect("pay-unit-not-text", ("cashier",), lambda db, cashier: pay(db, cashier, 1201, D("1.00"), "cash"), CRASH,
           "app/accounts/register.py:175 unit_id_of: (code or '').strip() on an int (every service naming a unit)"),
    Defect("order-customer-not-text", ("operator",),
           lambda db, operator: create_order(db, operator, OrderDraft(12, (LineDraft(1, D("1")),), "139")),
           CRASH, "app/business/orders.py:362 _customer: (draft.customer or '').strip() on an int"),
    Defect("service-name-none", ("manager",),
           lambda db, manager: add_service(db, manager, ServiceDraft(None, "复印", "page", D("1.00"))), CRASH,
           "app/business/price_list.py:29 check_service: draft.name.strip() on None"),
    Defect("repair-reporter-not-text", ("engineer",),
           lambda db, engineer: report(db, engineer, WorkOrderDraft(
               "phone", "plumbing", "normal", "漏水", reporter=12, contact="138", location="大堂")), CRASH,
           "app/repairs/orders.py:323 _reporter: (draft.reporter or '').strip() on an int"),
    Defect("inspection-area-not-text", ("checklists",),
           lambda db, checklists: start_inspection(db, checklists, InspectionDraft("XF-ALARM", AreaDraft("unit", 1201))),
           CRASH, "app/safety/areas.py:35 resolve: (draft.name or '').strip() on an int"),
    Defect("inspection-template-not-text", ("officer",),
           lambda db, officer: start_inspection(db, officer, InspectionDraft(12, AreaDraft("unit", "A-1201"))),
           CRASH, "app/safety/templates.py:121 current_version: (code or '').strip() on an int"),
    Defect("visitor-id-tail-not-text", ("clerk",),
           lambda db, clerk: sign_in(db, clerk, VisitorDraft("赵六", "id_card", 1234, "", "", "张三", "洽谈")), CRASH,
           "app/frontdesk/visitors.py:224 _tail: re.sub on an int"),
    Defect("parcel-unit-not-text", ("clerk",),
           lambda db, clerk: log_parcel(db, clerk, ParcelDraft("parcel", "顺丰", "", 1201, "张三")), CRASH,
           "app/frontdesk/parcels.py:127 (draft.unit or '').strip() on an int (also messages.py:98, "
           "complaints.py:179, visitors.py:218, luggage.py:77, errands.py:152)"),
    # times that are naive or not datetimes: a bare ValueError or AttributeError where app.clock.moment refuses
    Defect("order-wanted-at-naive", ("centre", "operator"),
           lambda db, centre, operator: create_order(db, operator, OrderDraft(
               "刘先生", (LineDraft(centre["黑白复印 A4"], D("1")),), "139", wanted_at=datetime(2026, 1, 1))),
           ValueError,
           "app/business/orders.py:417 _aware raises ValueError (a date or text: AttributeError)"),
    Defect("order-wanted-at-the-end-of-time", ("centre", "operator"),
           lambda db, centre, operator: create_order(db, operator, OrderDraft(
               "刘先生", (LineDraft(centre["黑白复印 A4"], D("1")),), "139",
               wanted_at=datetime(9999, 12, 31, 23, 59, tzinfo=timezone(timedelta(hours=-12))))), StatementError,
           "app/business/orders.py:87 create_order: the time wanted has no bounds; 9999-12-31 23:59-12:00 is in "
           "year 10000 in UTC and db/types.py UTCDateTime overflows (year 1 and 9999 are accepted)"),
    Defect("repair-reported-at-naive", ("engineer",),
           lambda db, engineer: report(db, engineer, WorkOrderDraft(
               "phone", "plumbing", "normal", "漏水", "张三", "138", "A-1201", reported_at=datetime(2026, 1, 1))),
           ValueError, "app/repairs/orders.py:75 new_order raises ValueError (a date or text: AttributeError)"),
    Defect("visitor-time-in-naive", ("clerk",),
           lambda db, clerk: sign_in(db, clerk, VisitorDraft(
               "赵六", "none", "", "", "", "张三", "洽谈", time_in=datetime(2026, 1, 1))), ValueError,
           "app/frontdesk/visitors.py:261 _time_in raises ValueError (a date or text: AttributeError)"),
    # numbers
    Defect("rate-huge", ("manager",),
           lambda db, manager: set_rate(db, manager, "property", "office", D("1E+26"), date(2026, 1, 1)),
           InvalidOperation, "app/accounts/fees.py:27 set_rate: rate.quantize() before the range check"),
    Defect("order-quantity-huge", ("centre", "operator"),
           lambda db, centre, operator: create_order(db, operator, line(centre["黑白复印 A4"], D("1E+26"))),
           InvalidOperation, "app/business/orders.py:327 _priced_lines: quantity.quantize() before the range check"),
    Defect("receipt-balance-snan", ("manager",),
           lambda db, manager: issue(db, manager, fee_draft(balance=D("sNaN"))), InvalidOperation,
           "app/receipts/issuing.py:82 check_draft: abs(sNaN) before check_amount"),
    Defect("order-service-id-beyond-64-bits", ("operator",),
           lambda db, operator: create_order(db, operator, line(2**64)), (OverflowError, DatabaseProblem),
           "app/business/orders.py:322 _priced_lines: session.get() with an id the database cannot hold"),
    Defect("order-service-id-text", ("operator",),
           lambda db, operator: create_order(db, operator, line("A4")), DatabaseProblem,
           "app/business/orders.py:322 _priced_lines: session.get() with a str id", POSTGRESQL),
    Defect("order-service-id-decimal", ("operator",),
           lambda db, operator: create_order(db, operator, line(D("1"))), DatabaseProblem,
           "app/business/orders.py:322 _priced_lines: session.get() with a Decimal id", "sqlite"),
    # dates
    Defect("rate-date-a-number", ("manager",),
           lambda db, manager: set_rate(db, manager, "property", "office", D("1.00"), 20260101),
           (StatementError, DatabaseProblem), "app/accounts/fees.py:31 set_rate: effective_from not checked"),
    Defect("rate-date-a-datetime", ("manager",), rate_twice_the_same_day,
           DatabaseProblem, "app/accounts/fees.py:31 set_rate: a datetime misses the rate of that date and the "
           "insert breaks the unique constraint", "sqlite"),
    Defect("handover-date-a-number", ("estate",),
           lambda db, estate: save_unit(db, estate, check_entry("A", "1902", 19, "80", "住宅", "", "", 20260101)),
           (StatementError, DatabaseProblem), "app/accounts/register.py:84 check_entry: a handover date that is "
           "not text is kept unchecked"),
    # text the database refuses: NUL on PostgreSQL, values longer than their column
    Defect("nul-in-full-name", ("admin",),
           lambda db, admin: add_user(db, admin, "clerk2", "front_desk", "user-pass-1", "李\x00"), DatabaseProblem,
           "app/users.py:121 _check_full_name: no app.text.text_field, NUL reaches PostgreSQL", POSTGRESQL),
    Defect("nul-in-site-details", ("admin",),
           lambda db, admin: update_site_details(db, admin, SiteDetails("华信\x00物业", "华信大厦")), DatabaseProblem,
           "app/site.py:46 update_site_details: NUL reaches PostgreSQL", POSTGRESQL),
    Defect("nul-in-receipt-payer", ("manager",),
           lambda db, manager: issue(db, manager, fee_draft(payer="王\x00")), DatabaseProblem,
           "app/receipts/issuing.py:58 check_draft: NUL reaches PostgreSQL (payer, unit, note, item, period)",
           POSTGRESQL),
    Defect("nul-in-unit-code", ("cashier",), lambda db, cashier: pay(db, cashier, "A-1201\x00", D("1.00"), "cash"),
           DatabaseProblem, "app/accounts/register.py:175 unit_id_of: NUL reaches PostgreSQL (every service naming "
           "a unit; receipts/records.py:23, safety/templates.py:121, repairs/equipment.py:204 likewise)",
           POSTGRESQL),
    Defect("nul-in-owner", ("estate",),
           lambda db, estate: save_unit(db, estate, check_entry("A", "1902", 19, "80", "住宅", "张\x00三")),
           DatabaseProblem, "app/accounts/register.py:85 check_entry: NUL reaches PostgreSQL (owner, phone)",
           POSTGRESQL),
    Defect("nul-in-order-customer", ("centre", "operator"),
           lambda db, centre, operator: create_order(db, operator, OrderDraft(
               "刘\x00", (LineDraft(centre["黑白复印 A4"], D("1")),), "139")), DatabaseProblem,
           "app/business/orders.py:362 _customer: NUL reaches PostgreSQL (customer, phone, note)", POSTGRESQL),
    Defect("nul-in-service-name", ("manager",),
           lambda db, manager: add_service(db, manager, ServiceDraft("复\x00印", "复印", "page", D("1.00"))),
           DatabaseProblem, "app/business/price_list.py:29 check_service: NUL reaches PostgreSQL", POSTGRESQL),
    Defect("unit-code-over-40", ("manager",), long_unit_code, DatabaseProblem,
           "app/accounts/register.py:122 a 20-character building and a 20-character room make a 41-character "
           "code; unit.code is VARCHAR(40)", POSTGRESQL,
           setup=lambda db, manager: add_building(db, manager, "B" * 20, 10, True, True)),
    Defect("owner-initials-over-100", ("estate",),
           lambda db, estate: save_unit(db, estate, check_entry("A", "1902", 19, "80", "住宅", "\u0130" * 100)),
           DatabaseProblem, "app/accounts/register.py:152 initials('İ' * 100) has 200 characters (İ lower-cases "
           "to two); party.initials is VARCHAR(100)", POSTGRESQL),
    Defect("complaint-received-in-year-1", ("clerk",),
           lambda db, clerk: receive(db, clerk, ComplaintDraft(
               "张三", "noise", "吵", received_at=datetime(1, 1, 1, tzinfo=timezone(timedelta(hours=14))))),
           OverflowError, "app/clock.py:50 moment: no earliest time; 0001-01-01 00:00+14:00 is in year 0 in UTC "
           "(parcels, messages, complaints accept year 1 and crash on its first hours)"),
    Defect("search-not-text", ("estate",), lambda db, estate: list_visitors(db, estate, search=12), CRASH,
           "app/frontdesk/visitors.py:151 list_visitors: (search or '').strip() on an int (every search box)"),
    Defect("nul-in-search", ("estate",), lambda db, estate: list_units(db, estate, "张\x00"), DatabaseProblem,
           "app/accounts/register.py:186 list_units: NUL reaches PostgreSQL in the LIKE pattern (every search box)",
           POSTGRESQL),
    # lone surrogates (a QString can hold one): UTF-8 cannot encode them
    Defect("surrogate-in-text-field", ("clerk",),
           lambda db, clerk: receive(db, clerk, ComplaintDraft("张三", "noise", "吵\ud800")), UnicodeEncodeError,
           "app/text.py:18 text_field lets category Cs through; the driver cannot encode it"),
    Defect("surrogate-in-site-details", ("admin",),
           lambda db, admin: update_site_details(db, admin, SiteDetails("华信\udfff", "华信大厦")), UnicodeEncodeError,
           "app/site.py:46 update_site_details: the driver cannot encode a lone surrogate"),
    Defect("surrogate-in-password", ("admin",),
           lambda db, admin: add_user(db, admin, "clerk2", "front_desk", "\ud800" * 8), UnicodeEncodeError,
           "app/passwords.py:14 hash_password: password.encode('utf-8')"),
]


@pytest.mark.parametrize("defect", DEFECTS, ids=[defect.id for defect in DEFECTS])
def test_an_input_that_once_crashed_a_service_is_now_refused_or_done(db, request, defect):
    fixtures = {name: request.getfixturevalue(name) for name in defect.needs}
    if defect.setup is not None:
        fixtures["made"] = defect.setup(db, **fixtures)
    attempt(db, "inputs that once crashed", lambda: defect.call(db, **fixtures))
