"""The dashboard's figures against sites built here, with every figure worked out by hand below: the collection
rate per month, arrears by age, repair orders per week and category, open fire-safety notices by lateness, the
front desk's days and the business centre's takings; refused to roles without the permission; an empty site."""

from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from app.accounts.billing import run_billing
from app.accounts.payments import pay
from app.accounts.reports import arrears
from app.business.model import LineDraft, OrderDraft
from app.business.orders import cancel, create_order, settle, take_deposit
from app.business.shift import shift_report
from app.clock import SITE_ZONE, today
from app.dashboard.business import business_takings
from app.dashboard.fees import collection_by_month, owed_by_age
from app.dashboard.frontdesk import desk_activity
from app.dashboard.repairs import repairs_by_category, repairs_by_week
from app.dashboard.safety import notice_ages
from app.dashboard.spans import last_weeks, months_before
from app.errors import PermissionDenied
from app.frontdesk.complaints import ComplaintDraft, receive
from app.frontdesk.parcels import ParcelDraft, log_parcel
from app.frontdesk.visitors import VisitorDraft, sign_in
from app.receipts.model import PaymentMethod
from app.receipts.records import void
from app.repairs.model import Category, LineKind, WorkLineDraft
from app.repairs.orders import cancel as cancel_order
from app.repairs.orders import dispatch, finish, report, start
from app.repairs.work import record_work
from app.safety.inspections import finish_inspection, start_inspection
from app.safety.model import AnswerDraft, FollowUp, InspectionDraft, Reinspection
from app.safety.notices import cancel_notice, overdue_count, reinspect
from db.models import BusinessMoney, BusinessOrder
from db.types import utcnow
from tests.repairs_fixtures import leak
from tests.safety_fixtures import area

D = Decimal
ZERO = D("0.00")
LABOUR = (WorkLineDraft(LineKind.LABOUR, D("1"), "更换厨房水龙头", price=D("50.00")),)


def local(day: date, hour: int, minute: int = 0) -> datetime:
    """A time of the site's day (Asia/Shanghai), as the clerk types it."""
    return datetime.combine(day, time(hour, minute), SITE_ZONE)


# --- owner accounts ----------------------------------------------------------------------------------------
@pytest.fixture
def billed(db, estate):
    """February and March 2026 billed the day after each ended (tests/test_payments.py works them out): February
    795.06 (A-1201 340.00, A-0801 205.06, B-0101 250.00), March 921.43 (355.48, 315.95, 250.00)."""
    run_billing(db, estate, "2026-02", now=datetime(2026, 3, 1, 2, 0, tzinfo=UTC))
    run_billing(db, estate, "2026-03", now=datetime(2026, 4, 1, 2, 0, tzinfo=UTC))
    return estate


def test_the_collection_rate_of_each_of_the_last_twelve_months(db, billed, cashier):
    pay(db, cashier, "A-1201", D("400.00"), "cash")  # February's 340.00 in full, then 60.00 of March
    figure = collection_by_month(db, cashier, on=date(2026, 4, 15))
    assert [m.period for m in figure.months] == [date(2025, month, 1) for month in range(4, 13)] + [
        date(2026, month, 1) for month in (1, 2, 3)]
    by_month = {m.period: (m.billed, m.paid, m.rate) for m in figure.months}
    assert by_month[date(2026, 2, 1)] == (D("795.06"), D("340.00"), D("0.4276"))  # 340.00 / 795.06 = 0.42764
    assert by_month[date(2026, 3, 1)] == (D("921.43"), D("60.00"), D("0.0651"))  # 60.00 / 921.43 = 0.06512
    assert all(by_month[m][:2] == (ZERO, ZERO) for m in by_month if m < date(2026, 2, 1))
    assert not figure.empty
    # April is not over on 04-15: the chart ends with March; on 05-01 April has its place (not billed yet).
    assert collection_by_month(db, cashier, on=date(2026, 5, 1)).months[-1].period == date(2026, 4, 1)


def test_arrears_by_age_as_the_arrears_report_ages_them(db, billed, cashier):
    # On 2026-04-15: March ended 15 days before (0-30), February 46 days before (31-90); the bills of both were
    # made by then, and the payment below is made later (today), so it does not count yet.
    pay(db, cashier, "A-1201", D("400.00"), "cash")
    early = owed_by_age(db, cashier, on=date(2026, 4, 15))
    assert early.buckets == {"0-30": D("921.43"), "31-90": D("795.06"), "91-180": ZERO, "180+": ZERO}
    assert early.total == D("1716.49")
    # On 03-31 March was not billed yet, and February had ended 31 days before.
    assert owed_by_age(db, cashier, on=date(2026, 3, 31)).buckets == {
        "0-30": ZERO, "31-90": D("795.06"), "91-180": ZERO, "180+": ZERO}
    # Today both months ended more than 180 days ago, and the payment counts: 1716.49 - 400.00.
    now = owed_by_age(db, cashier)
    assert now.buckets == {"0-30": ZERO, "31-90": ZERO, "91-180": ZERO, "180+": D("1316.49")}
    for day in (date(2026, 3, 31), date(2026, 4, 15), today()):
        assert owed_by_age(db, cashier, on=day).buckets == arrears(db, cashier, day).buckets


def test_owner_account_figures_of_a_site_with_nothing_billed(db, estate, cashier):
    assert collection_by_month(db, cashier).empty
    assert all(m.rate == D("0.0000") for m in collection_by_month(db, cashier).months)
    nothing = owed_by_age(db, cashier)
    assert nothing.empty and nothing.total == ZERO


# --- repairs -----------------------------------------------------------------------------------------------
def monday_of(moment: datetime) -> date:
    day = moment.astimezone(SITE_ZONE).date()
    return day - timedelta(days=day.weekday())


def done_order(db, who, reported: datetime, finished: datetime, **changes) -> str:
    number = report(db, who, leak(reported_at=reported, **changes)).number
    dispatch(db, who, number, "陈志强", at=reported + timedelta(minutes=10))
    start(db, who, number, at=reported + timedelta(minutes=20))
    record_work(db, who, number, LABOUR)
    finish(db, who, number, at=finished)
    return number


def test_repair_orders_reported_and_completed_per_week_and_category(db, estate, workshop):
    now = utcnow()
    this_week, week_before = monday_of(now), monday_of(now - timedelta(days=7))
    # reported and finished this week (plumbing, the default of ``leak``)
    done_order(db, workshop, now - timedelta(hours=3), now - timedelta(hours=1))
    # reported 9 days ago (the week before last, or the week before: worked out below), finished 2 days later
    nine = now - timedelta(days=9)
    done_order(db, workshop, nine, nine + timedelta(days=2), category="electrical")
    # reported 20 days ago, finished then cancelled: reported, never completed
    twenty = now - timedelta(days=20)
    cancelled = done_order(db, workshop, twenty, twenty + timedelta(hours=5), category="electrical")
    cancel_order(db, workshop, cancelled, "业主自行更换")
    # reported this week, still open; and one reported 10 minutes ago without anything done
    report(db, workshop, leak(category="lift", reported_at=now - timedelta(hours=2)))
    report(db, workshop, leak(category="lift"))

    figure = repairs_by_week(db, workshop)
    mondays = [week.start for week in figure.weeks]
    assert len(mondays) == 12 and mondays[-1] == this_week and mondays[-2] == week_before
    assert all((b - a).days == 7 for a, b in zip(mondays, mondays[1:], strict=False))
    expected = {monday: [0, 0] for monday in mondays}
    expected[this_week] = [3, 1]
    expected[monday_of(nine)][0] += 1
    expected[monday_of(nine + timedelta(days=2))][1] += 1
    expected[monday_of(twenty)][0] += 1
    assert {week.start: [week.opened, week.closed] for week in figure.weeks} == expected
    assert figure.overdue_now == 0 and not figure.empty

    categories = repairs_by_category(db, workshop)
    assert categories.since == mondays[0]
    assert [c.category for c in categories.categories] == list(Category)
    counts = {c.category: (c.opened, c.closed) for c in categories.categories}
    assert counts == {**{c: (0, 0) for c in Category}, Category.PLUMBING: (1, 1), Category.ELECTRICAL: (2, 1),
                      Category.LIFT: (2, 0)}


def test_an_order_past_its_deadline_is_counted_as_overdue_now(db, estate, workshop):
    # urgent: on site within 30 minutes; reported two hours ago and not dispatched
    report(db, workshop, leak(priority="urgent", reported_at=utcnow() - timedelta(hours=2)))
    assert repairs_by_week(db, workshop).overdue_now == 1


def test_a_week_runs_monday_to_sunday_in_the_site_calendar(db, estate, workshop):
    sunday = date(2026, 11, 22)
    assert last_weeks(sunday, 2) == [date(2026, 11, 9), date(2026, 11, 16)]
    assert last_weeks(sunday + timedelta(days=1), 1) == [date(2026, 11, 23)]
    assert months_before(date(2026, 1, 15), 2) == [date(2025, 11, 1), date(2025, 12, 1)]


# --- fire safety -------------------------------------------------------------------------------------------
def notices_due(db, officer, *days: int) -> list[str]:
    """A round of the three-item alarm checklist in a unit, every item failed, the notices due in ``days``."""
    inspection = start_inspection(db, officer, InspectionDraft("XF-ALARM", area("unit", "A-1201"), inspector="赵安全"))
    answers = [AnswerDraft(a.item.id, "fail", "不合格") for a in inspection.answers]
    follow = [FollowUp(a.item.id, "整改", today() + timedelta(days=d)) for a, d in zip(inspection.answers, days,
                                                                                     strict=True)]
    done = finish_inspection(db, officer, inspection.number, answers, follow)
    return [answer.notice for answer in done.answers]


def test_open_notices_in_time_and_by_days_overdue(db, checklists):
    on = today() + timedelta(days=40)
    # days over on ``on``: 1 and 7 (1-7), 8 and 30 (8-30), 31 (31+); 0 is in time (due that day)
    notices_due(db, checklists, 39, 33, 32)
    notices_due(db, checklists, 10, 9, 40)
    closed, cancelled, _late = notices_due(db, checklists, 60, 5, 5)  # the last: 35 days over (31+)
    reinspect(db, checklists, closed, Reinspection("赵安全", True))
    cancel_notice(db, checklists, cancelled, "误开")
    figure = notice_ages(db, checklists, on=on)
    assert (figure.in_time, figure.overdue) == (1, {"1-7": 2, "8-30": 2, "31+": 2})
    assert (figure.open, figure.overdue_total) == (7, 6) and not figure.empty
    assert figure.overdue_total == overdue_count(db, checklists, on)
    today_figure = notice_ages(db, checklists)  # nothing is past its deadline yet
    assert (today_figure.in_time, today_figure.overdue_total) == (7, 0)


# --- the front desk ----------------------------------------------------------------------------------------
def test_the_front_desks_days_in_the_site_calendar(db, estate, clerk):
    day = today()
    yesterday = day - timedelta(days=1)
    visitor = VisitorDraft("王芳", "none", "", "", "A-1201", "张三", "探亲")
    # 00:05 today is 16:05 UTC yesterday; 23:55 yesterday is the other side of the day's edge
    for moment in (local(day, 0, 5), local(yesterday, 23, 55), local(yesterday, 9), local(day - timedelta(days=29), 8),
                   local(day - timedelta(days=30), 18)):  # the last is before the thirty days
        if moment <= utcnow():
            sign_in(db, clerk, VisitorDraft(**{**visitor.__dict__, "time_in": moment}))
    for n, moment in enumerate((local(yesterday, 10), local(yesterday, 11), local(day - timedelta(days=5), 14))):
        log_parcel(db, clerk, ParcelDraft("parcel", "顺丰", f"SF{n:010d}", "A-1201", "张三", arrived_at=moment))
    receive(db, clerk, ComplaintDraft("李四", "cleaning", "电梯厅地面有积水", received_at=local(day - timedelta(days=2), 9)))

    figure = desk_activity(db, clerk)
    assert [d.day for d in figure.days] == [day - timedelta(days=back) for back in range(29, -1, -1)]
    counts = {d.day: (d.visitors, d.parcels, d.complaints) for d in figure.days if d.visitors or d.parcels
              or d.complaints}
    today_visitors = 1 if local(day, 0, 5) <= utcnow() else 0
    expected = {yesterday: (2, 2, 0), day - timedelta(days=29): (1, 0, 0), day - timedelta(days=5): (0, 1, 0),
                day - timedelta(days=2): (0, 0, 1)}
    if today_visitors:
        expected[day] = (1, 0, 0)
    assert counts == expected


# --- the business centre -----------------------------------------------------------------------------------
def test_takings_per_day_and_method_count_refunds_as_the_shift_report(db, estate, centre, operator, manager):
    """The day of tests/test_business_centre.py (cash 390.00, wechat 0.00, alipay 0.00), a tenant's order put on
    A-1201's account, and money on earlier days."""
    day = today()
    copy = create_order(db, operator, OrderDraft("刘先生", (LineDraft(centre["黑白复印 A4"], D("120")),), "139"))
    settle(db, operator, copy.number, "cash")  # + 60.00 cash
    cards = create_order(db, operator, OrderDraft("陈女士", (LineDraft(centre["名片印刷（盒）"], D("3")),), "137"))
    take_deposit(db, operator, cards.number, D("90.00"), "wechat")  # + 90.00 wechat
    cancel(db, operator, cards.number, "不做了")  # - 90.00 wechat on a refund slip
    fax = create_order(db, operator, OrderDraft("吴先生", (LineDraft(centre["传真发送 国际"], D("2")),), "136"))
    wrong = settle(db, operator, fax.number, "alipay").receipt  # + 30.00 alipay
    void(db, manager, wrong.number, "方式选错")  # - 30.00 alipay
    settle(db, operator, fax.number, "cash")  # + 30.00 cash
    tenant = create_order(db, operator, OrderDraft("张三", (LineDraft(centre["黑白复印 A4"], D("10")),), unit="A-1201"))
    settle(db, operator, tenant.number, "account")  # + 5.00 charged to the unit's account
    with db.write(manager) as session:  # money of earlier days, as the counter recorded it then
        order = session.scalars(select(BusinessOrder)).first()
        for back, method, amount in ((3, "bank_card", "45.50"), (3, "cash", "12.00"), (3, "cash", "-2.00"),
                                     (29, "transfer", "100.00"), (30, "cash", "999.00")):  # 30 days back: not shown
            session.add(BusinessMoney(order_id=order.id, kind="settle", amount=D(amount), method=method, document="X",
                                      business_date=day - timedelta(days=back), at=utcnow(),
                                      operator_id=manager.user_id, operator_name="王经理"))

    figure = business_takings(db, operator)
    assert figure.days == tuple(day - timedelta(days=back) for back in range(29, -1, -1))
    assert figure.amounts == {
        day - timedelta(days=29): {PaymentMethod.TRANSFER: D("100.00")},
        day - timedelta(days=3): {PaymentMethod.CASH: D("10.00"), PaymentMethod.BANK_CARD: D("45.50")},
        day: {PaymentMethod.CASH: D("90.00"), PaymentMethod.WECHAT: ZERO, PaymentMethod.ALIPAY: ZERO,
              PaymentMethod.ACCOUNT: D("5.00")}}
    assert figure.methods == (PaymentMethod.CASH, PaymentMethod.WECHAT, PaymentMethod.ALIPAY, PaymentMethod.BANK_CARD,
                              PaymentMethod.TRANSFER, PaymentMethod.ACCOUNT)
    assert figure.amount(day, PaymentMethod.CASH) == D("90.00") and figure.amount(day, PaymentMethod.CHEQUE) == ZERO
    assert figure.total == D("250.50")  # 100.00 + 55.50 + 95.00
    shift = {t.method: t.net for t in shift_report(db, operator, day).totals}
    assert shift == figure.amounts[day]


# --- permissions and the empty site ------------------------------------------------------------------------
FIGURES = (collection_by_month, owed_by_age, repairs_by_week, repairs_by_category, notice_ages, desk_activity,
           business_takings)


@pytest.mark.parametrize(("role", "allowed"), [
    ("cashier", {"collection_by_month", "owed_by_age"}),
    ("clerk", {"collection_by_month", "owed_by_age", "repairs_by_week", "repairs_by_category", "desk_activity"}),
    ("operator", {"business_takings"}),
    ("engineer", {"repairs_by_week", "repairs_by_category", "notice_ages"}),
    ("officer", {"repairs_by_week", "repairs_by_category", "notice_ages"}),
])
def test_each_figure_is_refused_to_a_role_without_its_permission(db, request, role, allowed):
    actor = request.getfixturevalue(role)
    for figure in FIGURES:
        if figure.__name__ in allowed:
            assert figure(db, actor).empty
        else:
            with pytest.raises(PermissionDenied):
                figure(db, actor)


def test_an_empty_site_has_every_figure_empty(db, manager):
    shown = [figure(db, manager) for figure in FIGURES]
    assert all(figure.empty for figure in shown)
    weeks, categories, desk, takings = shown[2], shown[3], shown[5], shown[6]
    assert len(weeks.weeks) == 12 and all((w.opened, w.closed) == (0, 0) for w in weeks.weeks)
    assert all((c.opened, c.closed) == (0, 0) for c in categories.categories)
    assert len(desk.days) == 30 and takings.methods == () and takings.total == ZERO
