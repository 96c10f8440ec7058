"""The desk's day at a glance: what is open in every log, and what of it needs attention."""

from datetime import timedelta
from decimal import Decimal

import pytest

from app.errors import PermissionDenied
from app.frontdesk.complaints import ComplaintDraft, receive
from app.frontdesk.errands import ErrandDraft, request
from app.frontdesk.keys import KeyDraft, issue_key, return_key, save_key
from app.frontdesk.luggage import LuggageDraft, store
from app.frontdesk.messages import MessageDraft, take_message
from app.frontdesk.parcels import ParcelDraft, log_parcel
from app.frontdesk.today import OpenCount, desk_day
from app.frontdesk.visitors import VisitorDraft, sign_in, sign_out
from db.types import utcnow


def test_the_day_counts_what_is_open_and_what_needs_attention(db, estate, clerk, cashier):
    now = utcnow()
    early = sign_in(db, clerk, VisitorDraft("刘洋", "id_card", "1234", "天成咨询", "B-0101", "陈经理", "洽谈",
                                            time_in=now - timedelta(days=1)))
    sign_in(db, clerk, VisitorDraft("王芳", "none", "", "", "A-1201", "张三", "探亲"))
    gone = sign_in(db, clerk, VisitorDraft("赵敏", "passport", "5678", "", "A-0801", "李四", "送货"))
    sign_out(db, clerk, gone.number)
    save_key(db, clerk, KeyDraft("K-101", "A座天台门", 1))
    save_key(db, clerk, KeyDraft("K-102", "B座配电房", 2))
    issue_key(db, clerk, "K-101", "陈工", now - timedelta(minutes=30), at=now - timedelta(hours=2))
    back = issue_key(db, clerk, "K-102", "刘工", now + timedelta(hours=2))
    return_key(db, clerk, back.id)
    log_parcel(db, clerk, ParcelDraft("parcel", "顺丰", "SF1001", "A-1201", "张三", arrived_at=now - timedelta(days=5)))
    log_parcel(db, clerk, ParcelDraft("letter", "EMS", "", "B-0101", "华信公司"))
    take_message(db, clerk, MessageDraft("message", "请回电", unit="A-1201", for_person="张三"))
    take_message(db, clerk, MessageDraft("message", "快递改日再送", unit="A-0801", for_person="李四",
                                         taken_at=now - timedelta(days=1)))
    receive(db, clerk, ComplaintDraft("李四", "noise", "楼上装修噪音", unit="A-0801", received_at=now - timedelta(days=3)))
    request(db, clerk, ErrandDraft("taxi", "张三", "明早 7 点去机场", unit="A-1201", wanted_at=now - timedelta(hours=1),
                                   fee=Decimal("0.01")))
    store(db, clerk, LuggageDraft("王五", "行李箱", 1, unit="A-1301"))

    day = desk_day(db, clerk)
    assert day.visitors_inside == OpenCount(2, 1)  # 刘洋 came in yesterday and never signed out
    assert day.keys_out == OpenCount(1, 1)  # K-101 was due back half an hour ago
    assert day.parcels_waiting == OpenCount(2, 1)  # the 顺丰 parcel has waited 5 days (more than 3)
    assert day.messages_waiting == OpenCount(2, 1)  # the one for 李四 has waited since yesterday
    assert day.complaints_open == OpenCount(1, 1)  # received 3 days ago, the deadline is 48 hours
    assert day.errands_open == OpenCount(1, 1)  # the taxi was wanted an hour ago
    assert day.luggage_stored == OpenCount(1, 0)
    assert day.attention == 6
    assert early.number.startswith("FK")
    with pytest.raises(PermissionDenied):
        desk_day(db, cashier)
