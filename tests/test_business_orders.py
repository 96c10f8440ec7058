"""An order's life in the business centre, with the figures worked out by hand."""

from datetime import timedelta

import pytest

from app.accounts.balances import balances
from app.accounts.payments import pay
from app.accounts.register import unit_id_of
from app.business.model import LineDraft, OrderDraft, OrderStatus, ServiceDraft
from app.business.orders import (
    cancel,
    change_lines,
    create_order,
    get_order,
    list_orders,
    settle,
    start_service,
    take_deposit,
)
from app.business.price_list import add_service
from app.business.settings import set_deposit_rate
from app.clock import today
from app.errors import PermissionDenied, ValidationError
from app.receipts.model import PaymentMethod
from app.receipts.records import get as get_receipt
from app.receipts.records import void
from tests.business_fixtures import D, at
from tests.conftest import table_count

YEAR = today().year


def walk_in(centre, *lines, customer="刘先生", phone="13911112222", **more):
    return OrderDraft(customer=customer, phone=phone, lines=tuple(LineDraft(centre[name], D(qty), **extra)
                                                                  for name, qty, extra in lines), **more)


def copy_job(centre):
    return walk_in(centre, ("黑白复印 A4", "120", {}), ("彩色复印 A4", "15", {}))


def test_a_walk_in_copy_job_is_settled_at_once_with_a_business_receipt(db, centre, operator):
    order = create_order(db, operator, copy_job(centre))
    assert order.number == f"SF{YEAR}000001"
    assert order.status is OrderStatus.OPEN
    assert [line.amount for line in order.lines] == [D("60.00"), D("30.00")]  # 120 x 0.50, 15 x 2.00
    assert order.estimate == D("90.00") and order.deposit_due == D("0.00")

    result = settle(db, operator, order.number, PaymentMethod.CASH)
    receipt = result.receipt
    assert receipt.number == f"SW{YEAR}000001" and receipt.kind.value == "business"
    assert receipt.total == D("90.00") and receipt.payer == "刘先生"
    assert [(line.item, line.period, line.unit_price, line.amount) for line in receipt.lines] == [
        ("黑白复印 A4", "120 页", D("0.50"), D("60.00")), ("彩色复印 A4", "15 页", D("2.00"), D("30.00"))]
    assert receipt.deposit is None and receipt.balance is None
    assert result.collected == D("90.00")
    assert get_order(db, operator, order.number).status is OrderStatus.COMPLETED


def test_an_order_is_closed_only_once(db, centre, operator):
    order = create_order(db, operator, copy_job(centre))
    settle(db, operator, order.number, "cash")
    receipts = table_count(db, "receipt")
    with pytest.raises(ValidationError, match="is completed; you cannot settle it"):
        settle(db, operator, order.number, "cash")
    with pytest.raises(ValidationError, match="you cannot cancel it"):
        cancel(db, operator, order.number, "客人不要了")
    assert table_count(db, "receipt") == receipts and table_count(db, "bc_money") == 1


def test_deposit_at_the_site_rate_is_offset_and_the_balance_paid(db, centre, operator):
    day = today() + timedelta(days=3)
    order = create_order(db, operator, walk_in(
        centre, ("大会议室（30人） 半天", "1", {"resource": "R02", "starts_at": at(day, 8), "ends_at": at(day, 12)}),
        ("投影仪租赁", "1", {"resource": "E03", "starts_at": at(day, 8), "ends_at": at(day, 18)}),
        ("黑白复印 A4", "40", {})))
    assert order.estimate == D("1170.00")  # 1000 + 150 + 40 x 0.50
    assert order.deposit_due == D("575.00")  # 50% of the 1150.00 that takes a deposit
    order = take_deposit(db, operator, order.number, order.deposit_due, "cash")
    assert order.deposit == D("575.00") and order.deposit_method is PaymentMethod.CASH
    with pytest.raises(ValidationError, match="taken on order .* already"):
        take_deposit(db, operator, order.number, D("10.00"), "cash")

    start_service(db, operator, order.number)
    with pytest.raises(ValidationError, match="is in service; you cannot cancel it"):
        cancel(db, operator, order.number, "客人不要了")
    # the projector stayed a second day: quantities are corrected during service
    order = change_lines(db, operator, order.number, (
        LineDraft(centre["大会议室（30人） 半天"], D("1"), "R02", at(day, 8), at(day, 12)),
        LineDraft(centre["投影仪租赁"], D("2"), "E03", at(day, 8), at(day + timedelta(days=1), 18)),
        LineDraft(centre["黑白复印 A4"], D("40"))))
    assert order.estimate == D("1320.00") and order.status is OrderStatus.IN_SERVICE

    result = settle(db, operator, order.number, "wechat")
    assert result.collected == D("745.00")  # 1320.00 - 575.00
    receipt = result.receipt
    assert (receipt.total, receipt.deposit, receipt.balance) == (D("1320.00"), D("575.00"), D("745.00"))
    assert receipt.payment_method is PaymentMethod.WECHAT


def test_a_final_amount_below_the_deposit_refunds_the_difference_the_way_the_deposit_came(db, centre, operator):
    order = create_order(db, operator, walk_in(centre, ("翻译 中译英", "3.5", {})))
    assert order.estimate == D("700.00") and order.deposit_due == D("350.00")
    take_deposit(db, operator, order.number, D("350.00"), "alipay")
    change_lines(db, operator, order.number, (LineDraft(centre["翻译 中译英"], D("1.2")),))
    result = settle(db, operator, order.number, "cash")
    assert result.collected == D("-110.00")  # 240.00 - 350.00
    assert result.receipt.total == D("240.00") and result.receipt.balance == D("-110.00")
    assert result.receipt.payment_method is PaymentMethod.ALIPAY


def test_the_deposit_rate_is_a_site_setting(db, centre, operator, manager):
    set_deposit_rate(db, manager, D("30"))
    order = create_order(db, operator, walk_in(centre, ("翻译 英译中", "2.25", {})))
    assert order.estimate == D("360.00") and order.deposit_due == D("108.00")
    with pytest.raises(ValidationError):
        set_deposit_rate(db, manager, D("120"))
    with pytest.raises(PermissionDenied):
        set_deposit_rate(db, operator, D("40"))


def test_cancelling_before_service_refunds_the_deposit_on_a_numbered_slip(db, centre, operator):
    order = create_order(db, operator, walk_in(centre, ("名片印刷（盒）", "2", {})))
    take_deposit(db, operator, order.number, D("60.00"), "cash")
    with pytest.raises(ValidationError, match="above what was paid"):
        cancel(db, operator, order.number, "客人改期", refund=D("60.01"))
    assert get_order(db, operator, order.number).status is OrderStatus.OPEN
    result = cancel(db, operator, order.number, "客人改期")
    assert result.refund_number == f"BT{YEAR}000001"  # the refused refund took no number
    assert result.refunded == D("60.00") and result.receipt is None
    assert result.order.status is OrderStatus.CANCELLED and result.order.cancel_reason == "客人改期"
    with pytest.raises(ValidationError, match="is cancelled; you cannot start it"):
        start_service(db, operator, order.number)


def test_what_the_centre_keeps_of_a_cancelled_deposit_is_receipted(db, centre, operator):
    order = create_order(db, operator, walk_in(centre, ("名片印刷（盒）", "2", {})))
    take_deposit(db, operator, order.number, D("60.00"), "wechat")
    result = cancel(db, operator, order.number, "印刷已开始", refund=D("45.00"))
    assert result.refunded == D("45.00")
    assert result.receipt.total == D("15.00") and result.receipt.lines[0].item == "订单取消费"
    assert (result.receipt.deposit, result.receipt.balance) == (D("60.00"), D("-45.00"))


def test_a_tenant_may_charge_the_order_to_the_unit_account(db, estate, centre, operator, cashier):
    order = create_order(db, operator, OrderDraft(customer="", unit="A-1201", lines=(
        LineDraft(centre["传真发送 国际"], D("4")),)))
    assert order.customer == "张三" and order.unit == "A-1201"
    result = settle(db, operator, order.number, PaymentMethod.ACCOUNT)
    assert result.receipt.payment_method is PaymentMethod.ACCOUNT and result.receipt.unit == "A-1201"
    with db.read() as session:
        unit = unit_id_of(session, "A-1201")
        outstanding, _credit = balances(session, [unit.id])[unit.id]
    assert outstanding == D("60.00")  # 4 x 15.00, on the account as 商务中心费

    walk = create_order(db, operator, copy_job(centre))
    with pytest.raises(ValidationError, match="Only a tenant's order"):
        settle(db, operator, walk.number, "account")

    pay(db, cashier, "A-1201", D("60.00"), "cash")
    with pytest.raises(ValidationError, match="has been paid"):
        void(db, estate, result.receipt.number, "开错了")
    assert get_receipt(db, operator, result.receipt.number).is_void is False


def test_voiding_a_business_receipt_reopens_the_order_and_takes_an_account_charge_off(db, estate, centre, operator):
    manager = estate
    order = create_order(db, operator, OrderDraft(customer="华信公司", unit="B-0101", lines=(
        LineDraft(centre["扫描"], D("30")),)))
    first = settle(db, operator, order.number, "account").receipt
    void(db, manager, first.number, "数量有误")
    reopened = get_order(db, operator, order.number)
    assert reopened.status is OrderStatus.IN_SERVICE and reopened.receipt_number is None
    with db.read() as session:
        unit = unit_id_of(session, "B-0101")
        assert balances(session, [unit.id]).get(unit.id, (D("0.00"),))[0] == D("0.00")
    change_lines(db, operator, order.number, (LineDraft(centre["扫描"], D("25")),))
    second = settle(db, operator, order.number, "cash").receipt
    assert second.number == f"SW{YEAR}000002" and second.total == D("25.00")


def test_bad_lines_are_refused_and_nothing_is_saved(db, centre, operator, manager):
    for quantity in ("0", "-3", "1.005"):
        with pytest.raises(ValidationError):
            create_order(db, operator, walk_in(centre, ("黑白复印 A4", quantity, {})))
    with pytest.raises(ValidationError, match="phone"):
        create_order(db, operator, walk_in(centre, ("黑白复印 A4", "1", {}), phone=""))
    with pytest.raises(ValidationError, match="choose the room or machine"):
        create_order(db, operator, walk_in(centre, ("小会议室（10人） 按小时", "2", {})))
    assert table_count(db, "bc_order") == 0 and table_count(db, "document_sequence") == 0
    with pytest.raises(ValidationError, match="not below zero"):
        add_service(db, manager, ServiceDraft("加急费", "其他", "item", D("-1.00")))
    with pytest.raises(PermissionDenied):
        add_service(db, operator, ServiceDraft("加急费", "其他", "item", D("5.00")))
    order = create_order(db, operator, copy_job(centre))
    with pytest.raises(ValidationError, match="charged to an account"):
        take_deposit(db, operator, order.number, D("10.00"), "account")
    with pytest.raises(ValidationError, match="above the estimate"):
        take_deposit(db, operator, order.number, D("90.01"), "cash")
    assert table_count(db, "bc_money") == 0


def test_orders_are_found_by_number_customer_phone_or_pinyin_initials(db, centre, operator):
    first = create_order(db, operator, copy_job(centre))
    create_order(db, operator, walk_in(centre, ("扫描", "1", {}), customer="王小明", phone="13600000000"))
    assert [o.customer for o in list_orders(db, operator, "wxm")] == ["王小明"]
    assert [o.number for o in list_orders(db, operator, first.number)] == [first.number]
    assert [o.customer for o in list_orders(db, operator, "1391111")] == ["刘先生"]
    assert len(list_orders(db, operator, statuses=(OrderStatus.OPEN,))) == 2
