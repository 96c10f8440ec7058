"""Inquiries and messages: an inquiry is answered at once; a message is for a unit or a person, waits, and is
delivered or collected once, by a named person, never before it was taken."""

from datetime import timedelta

import pytest
from sqlalchemy import select

from app.errors import NotFound, PermissionDenied, ValidationError
from app.frontdesk.messages import (
    MessageDraft,
    MessageKind,
    MessageStatus,
    collected,
    deliver,
    get_message,
    list_messages,
    take_message,
)
from db.models import AuditEntry, DeskMessage
from db.types import utcnow
from tests.conftest import Soon, resolved, table_count


def message(**changes) -> MessageDraft:
    values = dict(kind=MessageKind.MESSAGE, text="快递员下午三点再来送件，请留人", unit="a-1201", for_person="张三",
                  from_person="顺丰 刘师傅", contact="13900000001")
    values.update(changes)
    return MessageDraft(**values)


def test_a_message_is_taken_for_a_tenant_and_waits(db, estate, clerk):
    taken = utcnow() - timedelta(minutes=20)
    view = take_message(db, clerk, message(taken_at=taken))
    assert (view.kind, view.status, view.waiting) == (MessageKind.MESSAGE, MessageStatus.WAITING, True)
    assert (view.unit, view.for_person, view.from_person, view.contact) == ("A-1201", "张三", "顺丰 刘师傅",
                                                                            "13900000001")
    assert (view.text, view.taken_at, view.taken_by) == ("快递员下午三点再来送件，请留人", taken, "李前台")
    assert (view.done_at, view.done_by, view.recorded_by) == (None, "", "")
    assert get_message(db, clerk, view.id) == view
    with db.read() as session:
        row = session.get(DeskMessage, view.id)
        assert (row.kind, row.status, row.unit_id is not None) == ("message", "waiting", True)
        entry = session.scalars(select(AuditEntry).where(AuditEntry.entity == "desk_message")).one()
        assert (entry.action, entry.entity_id, entry.username) == ("take", str(view.id), "clerk")


def test_an_inquiry_is_answered_at_once(db, estate, clerk):
    view = take_message(db, clerk, MessageDraft(MessageKind.INQUIRY, "问：停车场月卡怎么办？答：带行驶证到前台办理",
                                                from_person="访客"))
    assert (view.kind, view.status, view.waiting, view.unit, view.for_person) == \
        (MessageKind.INQUIRY, MessageStatus.ANSWERED, False, "", "")
    assert (view.done_at, view.done_by, view.recorded_by) == (view.taken_at, "李前台", "李前台")
    assert list_messages(db, clerk) == []
    assert list_messages(db, clerk, waiting_only=False) == [view]
    with pytest.raises(ValidationError, match="An inquiry is answered at the desk") as error:
        deliver(db, clerk, view.id, "保安小王")
    assert error.value.field == "message"
    assert get_message(db, clerk, view.id) == view


def test_a_unit_or_a_person_is_enough(db, estate, clerk):
    assert take_message(db, clerk, message(unit="", for_person="王五")).unit == ""
    assert take_message(db, clerk, message(unit="B-0101", for_person="")).unit == "B-0101"
    with pytest.raises(ValidationError, match="Say whom the message is for") as error:
        take_message(db, clerk, message(unit=" ", for_person=" "))
    assert error.value.field == "for_person"
    with pytest.raises(NotFound) as error:
        take_message(db, clerk, message(unit="C-0101"))
    assert error.value.field == "unit"
    assert table_count(db, "desk_message") == 2


@pytest.mark.parametrize("changes, field", [
    (dict(kind="letter"), "kind"), (dict(text=" "), "text"), (dict(text="话" * 501), "text"),
    (dict(for_person="张" * 61), "for_person"), (dict(from_person="李" * 61), "from_person"),
    (dict(contact="1" * 41), "contact"), (dict(taken_at=Soon(10)), "taken_at"),
])
def test_bad_input_is_refused_and_nothing_is_saved(db, estate, clerk, changes, field):
    audited = table_count(db, "audit_entry")
    with pytest.raises(ValidationError) as error:
        take_message(db, clerk, message(**resolved(changes)))
    assert error.value.field == field
    assert (table_count(db, "desk_message"), table_count(db, "audit_entry")) == (0, audited)


def test_a_message_is_delivered_once_by_a_named_person(db, estate, clerk, manager):
    taken = utcnow() - timedelta(hours=1)
    view = take_message(db, clerk, message(taken_at=taken))
    at = utcnow() - timedelta(minutes=5)
    delivered = deliver(db, manager, view.id, " 保安小王 ", at)
    assert (delivered.status, delivered.waiting, delivered.done_at, delivered.done_by, delivered.recorded_by) == \
        (MessageStatus.DELIVERED, False, at, "保安小王", "王经理")
    assert (delivered.taken_by, delivered.taken_at) == ("李前台", taken)
    with pytest.raises(ValidationError, match="This message was delivered already: 保安小王") as error:
        deliver(db, clerk, view.id, "保安小李")
    assert error.value.field == "message"
    with pytest.raises(ValidationError, match="delivered already"):
        collected(db, clerk, view.id, "张三")
    assert get_message(db, clerk, view.id) == delivered
    with db.read() as session:
        assert [e.action for e in session.scalars(select(AuditEntry).where(AuditEntry.entity == "desk_message")
                                                  .order_by(AuditEntry.seq))] == ["take", "deliver"]


def test_a_message_is_collected_by_whoever_came_for_it(db, estate, clerk):
    view = take_message(db, clerk, message())
    done = collected(db, clerk, view.id, "张三的妻子")
    assert (done.status, done.done_by, done.recorded_by) == (MessageStatus.COLLECTED, "张三的妻子", "李前台")
    assert done.done_at >= view.taken_at
    with pytest.raises(ValidationError, match="This message was collected already: 张三的妻子"):
        collected(db, clerk, view.id, "张三")


def test_delivery_needs_a_name_and_cannot_come_before_the_message_was_taken(db, estate, clerk):
    taken = utcnow() - timedelta(hours=1)
    view = take_message(db, clerk, message(taken_at=taken))
    with pytest.raises(ValidationError) as error:
        deliver(db, clerk, view.id, " ")
    assert error.value.field == "by"
    with pytest.raises(ValidationError, match="before the message was taken") as error:
        deliver(db, clerk, view.id, "保安小王", taken - timedelta(minutes=2))
    assert error.value.field == "at"
    with pytest.raises(ValidationError) as error:
        collected(db, clerk, view.id, "张三", utcnow() + timedelta(minutes=10))
    assert error.value.field == "at"
    with pytest.raises(ValidationError, match="Give a date and time"):
        deliver(db, clerk, view.id, "保安小王", taken.replace(tzinfo=None))
    with pytest.raises(NotFound):
        deliver(db, clerk, view.id + 1, "保安小王")
    assert get_message(db, clerk, view.id) == view
    # typed to the minute of the time taken: the time taken
    assert deliver(db, clerk, view.id, "保安小王", taken.replace(second=0, microsecond=0)).done_at == taken


def test_messages_are_listed_newest_first_and_filtered(db, estate, clerk):
    now = utcnow()
    first = take_message(db, clerk, message(taken_at=now - timedelta(hours=3)))
    second = take_message(db, clerk, message(unit="", for_person="王五", from_person="华信 陈经理",
                                             text="请回电", taken_at=now - timedelta(hours=2)))
    inquiry = take_message(db, clerk, MessageDraft("inquiry", "问：快递柜在哪？答：B1 电梯口",
                                                   taken_at=now - timedelta(hours=1)))
    third = take_message(db, clerk, message(unit="B-0101", for_person="", text="会议改到周五",
                                            taken_at=now - timedelta(minutes=30)))
    assert [m.id for m in list_messages(db, clerk)] == [third.id, second.id, first.id]
    assert [m.id for m in list_messages(db, clerk, waiting_only=False)] == [third.id, inquiry.id, second.id, first.id]
    assert [m.id for m in list_messages(db, clerk, waiting_only=False, kind="inquiry")] == [inquiry.id]
    assert [m.id for m in list_messages(db, clerk, search="a-12")] == [first.id]
    assert [m.id for m in list_messages(db, clerk, search="ww")] == [second.id]  # 王五 by pinyin initials
    assert [m.id for m in list_messages(db, clerk, search="陈经理")] == [second.id]
    assert [m.id for m in list_messages(db, clerk, search="周五")] == [third.id]
    collected(db, clerk, first.id, "张三")
    assert [m.id for m in list_messages(db, clerk)] == [third.id, second.id]
    with pytest.raises(ValidationError) as error:
        list_messages(db, clerk, kind="letter")
    assert error.value.field == "kind"


def test_the_cashier_cannot_keep_messages(db, estate, clerk, cashier):
    view = take_message(db, clerk, message())
    for action in (lambda: take_message(db, cashier, message()), lambda: deliver(db, cashier, view.id, "小王"),
                   lambda: collected(db, cashier, view.id, "张三"), lambda: list_messages(db, cashier),
                   lambda: get_message(db, cashier, view.id)):
        with pytest.raises(PermissionDenied):
            action()
    assert table_count(db, "desk_message") == 1
    assert get_message(db, clerk, view.id) == view
