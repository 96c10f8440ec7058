"""Bookings without clashes, internal use only after approval, the shift report's figures, the documents."""

import subprocess
from datetime import timedelta

import pytest

from app.business.documents import (
    charge_notice_pdf,
    refund_slip_pdf,
    request_form_pdf,
    settlement_sheet_pdf,
    shift_report_pdf,
)
from app.business.internal_use import approve, file_request, get_request, record_use, reject
from app.business.model import LineDraft, OrderDraft, RequestDraft, RequestStatus, ResourceState, UseLineDraft
from app.business.orders import cancel, create_order, settle, start_service, take_deposit
from app.business.price_list import list_services
from app.business.resources import day_bookings, list_resources, set_state
from app.business.shift import count_cash, shift_report
from app.clock import today
from app.errors import PermissionDenied, ValidationError
from app.receipts.model import PaymentMethod
from app.receipts.records import void
from tests.business_fixtures import D, at
from tests.conftest import table_count

DAY = today() + timedelta(days=2)


def room_order(centre, start, end, room="R02", customer="刘先生"):
    return OrderDraft(customer=customer, phone="13911112222", lines=(
        LineDraft(centre["大会议室（30人） 按小时"], D("2"), room, start, end),))


def test_a_room_is_not_booked_twice(db, centre, operator):
    first = create_order(db, operator, room_order(centre, at(DAY, 10), at(DAY, 12)))
    with pytest.raises(ValidationError, match=f"booked from .* on order {first.number}"):
        create_order(db, operator, room_order(centre, at(DAY, 11), at(DAY, 13), customer="陈女士"))
    create_order(db, operator, room_order(centre, at(DAY, 12), at(DAY, 14), customer="陈女士"))  # back to back
    assert table_count(db, "bc_order") == 2
    assert [(b.resource, b.document) for b in day_bookings(db, operator, DAY)] == [
        ("R02", first.number), ("R02", f"SF{DAY.year}000002")]
    cancel(db, operator, first.number, "会议取消")
    create_order(db, operator, room_order(centre, at(DAY, 9), at(DAY, 11), customer="周先生"))  # freed


def test_out_of_order_equipment_cannot_be_booked_and_rented_equipment_shows_as_out(db, centre, operator):
    set_state(db, operator, "E03", ResourceState.OUT_OF_ORDER, "灯泡坏")
    projector = centre["投影仪租赁"]
    with pytest.raises(ValidationError, match="out of order"):
        create_order(db, operator, OrderDraft("刘先生", (LineDraft(projector, D("1"), "E03", at(DAY, 9),
                                                                    at(DAY, 18)),), phone="139"))
    now = at(today(), 9)
    order = create_order(db, operator, OrderDraft("刘先生", (LineDraft(projector, D("1"), "E04", now,
                                                                        now + timedelta(days=1)),), phone="139"))
    start_service(db, operator, order.number)
    out = {r.code: r for r in list_resources(db, operator, now + timedelta(hours=1))}
    assert out["E04"].out_with == order.number and out["E04"].due_at == now + timedelta(days=1)
    assert out["E03"].state is ResourceState.OUT_OF_ORDER and out["E01"].out_with is None


def test_internal_use_needs_a_managers_approval_and_guests_come_first(db, centre, operator, manager):
    guest = create_order(db, operator, room_order(centre, at(DAY, 15), at(DAY, 17), room="R01"))
    request = file_request(db, operator, RequestDraft("工程部", "孙工", "设备培训", at(DAY, 14), at(DAY, 16),
                                                      "投影讲解", "R01"))
    assert request.number == f"SQ{today().year}000001"
    assert request.status is RequestStatus.PENDING and request.clashes == (guest.number,)
    with pytest.raises(PermissionDenied):
        approve(db, operator, request.number)
    with pytest.raises(ValidationError, match="Guests come first"):
        approve(db, manager, request.number)
    with pytest.raises(ValidationError, match="not approved yet"):
        record_use(db, operator, request.number, (UseLineDraft(centre["黑白复印 A4"], D("10")),))
    assert get_request(db, operator, request.number).status is RequestStatus.PENDING
    reject(db, manager, request.number, "与客户预订冲突")
    with pytest.raises(ValidationError, match="is rejected; you cannot approve it"):
        approve(db, manager, request.number)

    second = file_request(db, operator, RequestDraft("财务部", "钱会计", "年终结算资料", at(DAY, 8), at(DAY, 10),
                                                     resource="R01"))
    assert second.clashes == ()
    approved = approve(db, manager, second.number, "同意")
    assert approved.status is RequestStatus.APPROVED and approved.decided_by == "王经理"
    third = file_request(db, operator, RequestDraft("保安部", "周队长", "例会", at(DAY, 9), at(DAY, 11),
                                                    resource="R01"))
    with pytest.raises(ValidationError, match=f"on request {second.number}"):
        approve(db, manager, third.number)
    used = record_use(db, operator, second.number, (UseLineDraft(centre["黑白复印 A4"], D("200")),
                                                     UseLineDraft(centre["过塑 A4"], D("12"))))
    assert used.status is RequestStatus.USED and used.total == D("136.00")  # 200 x 0.50 + 12 x 3.00
    assert used.settlement_number.startswith("JS")
    with pytest.raises(ValidationError, match="you cannot settle it"):
        record_use(db, operator, second.number, (UseLineDraft(centre["扫描"], D("1")),))


def test_the_shift_report_adds_up_by_payment_method(db, centre, operator, manager):
    """赵敏's day: three orders, a deposit, a refund, a void; worked out by hand below."""
    copy = create_order(db, operator, OrderDraft("刘先生", (LineDraft(centre["黑白复印 A4"], D("120")),), "139"))
    settle(db, operator, copy.number, "cash")  # + 60.00 cash
    meeting = create_order(db, operator, room_order(centre, at(DAY, 10), at(DAY, 12)))  # 2 x 300 = 600
    take_deposit(db, operator, meeting.number, D("300.00"), "cash")  # + 300.00 cash, still held at day end
    cards = create_order(db, operator, OrderDraft("陈女士", (LineDraft(centre["名片印刷（盒）"], D("3")),), "137"))
    take_deposit(db, operator, cards.number, D("90.00"), "wechat")  # + 90.00 wechat
    cancel(db, operator, cards.number, "不做了")  # - 90.00 wechat on a refund slip
    fax = create_order(db, operator, OrderDraft("吴先生", (LineDraft(centre["传真发送 国际"], D("2")),), "136"))
    wrong = settle(db, operator, fax.number, "alipay").receipt  # + 30.00 alipay
    void(db, manager, wrong.number, "方式选错")  # - 30.00 alipay, through 赵敏's till
    settle(db, operator, fax.number, "cash")  # + 30.00 cash

    report = shift_report(db, operator, today(), "operator")
    totals = {t.method: (t.deposits, t.settled, t.refunds, t.voids, t.net) for t in report.totals}
    assert totals == {
        PaymentMethod.CASH: (D("300.00"), D("90.00"), D("0.00"), D("0.00"), D("390.00")),
        PaymentMethod.WECHAT: (D("90.00"), D("0.00"), D("-90.00"), D("0.00"), D("0.00")),
        PaymentMethod.ALIPAY: (D("0.00"), D("30.00"), D("0.00"), D("-30.00"), D("0.00")),
    }
    assert report.expected_cash == D("390.00") and report.deposits_held == D("300.00")
    assert len(report.receipts) == 3 and [r.number for r in report.voided] == [wrong.number]
    assert report.counted_cash is None

    counted = count_cash(db, operator, D("385.50"))
    assert counted.counted_cash == D("385.50") and counted.difference == D("-4.50")
    assert count_cash(db, operator, D("390.00")).difference == D("0.00")  # counted again: the later stands
    assert shift_report(db, manager, today(), "王经理").movements == ()
    with pytest.raises(ValidationError):
        count_cash(db, operator, D("-1.00"))


def pdf_text(pdf: bytes, tmp_path) -> str:
    path = tmp_path / "doc.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def test_the_printed_documents_say_what_was_agreed(db, centre, operator, manager, tmp_path):
    order = create_order(db, operator, room_order(centre, at(DAY, 10), at(DAY, 12)))
    take_deposit(db, operator, order.number, D("300.00"), "cash")
    notice = pdf_text(charge_notice_pdf(db, operator, order.number), tmp_path)
    for text in ("商务中心收费通知单", order.number, "刘先生", "大会议室（30人） 按小时（R02）", "2 小时", "¥600.00",
                 "陆佰元整", "¥300.00", "50%"):
        assert text in notice, text
    cancel(db, operator, order.number, "会议改期", refund=D("300.00"))
    slip = pdf_text(refund_slip_pdf(db, operator, order.number), tmp_path)
    for text in ("押金退款单", f"BT{today().year}000001", "会议改期", "¥300.00", "叁佰元整"):
        assert text in slip, text

    request = file_request(db, operator, RequestDraft("工程部", "孙工", "设备培训", at(DAY, 14), at(DAY, 16),
                                                      resource="R01"))
    form = pdf_text(request_form_pdf(db, operator, request.number), tmp_path)
    assert "设备使用申请单" in form and "工程部" in form and "待审批" in form
    approve(db, manager, request.number)
    record_use(db, operator, request.number, (UseLineDraft(centre["彩色打印 A4"], D("7")),))
    sheet = pdf_text(settlement_sheet_pdf(db, operator, request.number), tmp_path)
    assert "费用结算单" in sheet and "¥21.00" in sheet and "贰拾壹元整" in sheet

    shift = pdf_text(shift_report_pdf(db, operator, today(), "operator"), tmp_path)
    assert "交班日结" in shift and "赵敏" in shift and "¥300.00" in shift and "退押金" in shift


def test_the_price_list_holds_the_services_a_business_centre_sells(db, centre, operator):
    services = list_services(db, operator)
    assert len(services) == 39
    categories = {s.category for s in services}
    assert {"复印打印", "传真", "翻译", "会议室", "设备租赁", "邮寄快递", "代管服务"} <= categories
    assert {s.unit.value for s in services} == {"page", "minute", "hour", "half_day", "day", "thousand_chars",
                                                "item"}
