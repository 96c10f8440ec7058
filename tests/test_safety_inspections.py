"""Inspections: answered item by item, finished only when every item has an answer; failed fire items make
numbered rectification notices, and failed items can open repair work orders."""

import json
from datetime import timedelta

import pytest

from app.clock import today
from app.errors import FrontOfficeError, ValidationError
from app.repairs.orders import get_order
from app.safety.inspections import (
    cancel_inspection,
    finish_inspection,
    get_inspection,
    list_inspections,
    record_answers,
    start_inspection,
)
from app.safety.model import AnswerDraft, FollowUp, InspectionDraft, NoticeStatus, Result
from app.safety.notices import get_notice, list_notices
from app.safety.photos import add_photo, photo_content
from app.safety.responsibility import set_warden
from tests.safety_fixtures import area

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 40


def started(db, officer, kind="unit", name="A-1201", code="XF-ALARM"):
    return start_inspection(db, officer, InspectionDraft(code, area(kind, name), inspector="赵安全"))


def answers(inspection, fail_at=(), note="探测器不报警"):
    return [AnswerDraft(a.item.id, "fail" if i in fail_at else "pass", note if i in fail_at else "")
            for i, a in enumerate(inspection.answers)]


def test_an_inspection_is_numbered_and_keeps_its_answers_as_it_goes(db, checklists):
    inspection = started(db, checklists)
    assert inspection.number == f"XJ{today().year}000001"
    assert (inspection.area, inspection.unit, inspection.inspector, inspection.unanswered) == \
        ("A-1201", "A-1201", "赵安全", 3)
    first = inspection.answers[0].item.id
    saved = record_answers(db, checklists, inspection.number, [AnswerDraft(first, "na", "无此设备")])
    assert (saved.answers[0].result, saved.answers[0].note, saved.unanswered) == (Result.NOT_APPLICABLE, "无此设备", 2)
    saved = record_answers(db, checklists, inspection.number, [AnswerDraft(first, "pass")])
    assert saved.answers[0].result is Result.PASS and saved.unanswered == 2


def test_finishing_with_unanswered_items_is_refused_and_nothing_is_saved(db, checklists):
    inspection = started(db, checklists)
    partial = answers(inspection, fail_at=(0,))[:2]
    with pytest.raises(ValidationError, match="1 items have no answer yet, the first: 消防电话与控制室通话"):
        finish_inspection(db, checklists, inspection.number, partial)
    again = get_inspection(db, checklists, inspection.number)
    assert again.status == "in_progress" and again.unanswered == 3
    assert list_notices(db, checklists, status=None) == []


def test_a_failed_fire_item_makes_a_notice_to_the_unit_warden(db, checklists):
    set_warden(db, checklists, "A-1201", "张三", "13800000001")
    inspection = started(db, checklists)
    done = finish_inspection(db, checklists, inspection.number, answers(inspection, fail_at=(0,)),
                             [FollowUp(inspection.answers[0].item.id, "三日内更换失效探测器", today() + timedelta(days=3))])
    assert done.status == "finished" and done.failed == 1
    number = done.answers[0].notice
    assert number == f"ZG{today().year}000001"
    notice = get_notice(db, checklists, number)
    assert (notice.status, notice.unit, notice.recipient, notice.recipient_phone, notice.area) == \
        (NoticeStatus.OPEN, "A-1201", "张三", "13800000001", "A-1201")
    assert notice.finding == "火灾探测器：感烟探测器加烟测试。发现：探测器不报警"
    assert (notice.requirement, notice.deadline, notice.inspection) == \
        ("三日内更换失效探测器", today() + timedelta(days=3), inspection.number)
    assert done.answers[1].notice == "" and done.answers[0].repair_order == ""


def test_a_notice_by_default_repeats_the_item_requirement_and_is_due_in_a_week(db, checklists):
    inspection = started(db, checklists)
    done = finish_inspection(db, checklists, inspection.number, answers(inspection, fail_at=(1,)))
    notice = get_notice(db, checklists, done.answers[1].notice)
    assert (notice.requirement, notice.deadline) == ("控制器正确显示部位", today() + timedelta(days=7))
    assert notice.recipient == "张三"  # no warden registered: the unit's payer


def test_a_deadline_before_the_inspection_is_refused_and_nothing_is_saved(db, checklists):
    inspection = started(db, checklists)
    item = inspection.answers[0].item.id
    with pytest.raises(ValidationError, match="cannot come before the inspection"):
        finish_inspection(db, checklists, inspection.number, answers(inspection, fail_at=(0,)),
                          [FollowUp(item, "更换", today() - timedelta(days=1))])
    assert get_inspection(db, checklists, inspection.number).status == "in_progress"
    assert get_inspection(db, checklists, inspection.number).unanswered == 3
    assert list_notices(db, checklists, status=None) == []
    done = finish_inspection(db, checklists, inspection.number, answers(inspection, fail_at=(0,)))
    assert done.answers[0].notice == f"ZG{today().year}000001"  # the refused notice took no number


def test_a_common_area_notice_goes_to_engineering_and_can_open_a_work_order(db, checklists):
    inspection = started(db, checklists, "floor", "A 12")
    assert inspection.area == "A座 12层"
    item = inspection.answers[2].item.id
    done = finish_inspection(db, checklists, inspection.number, answers(inspection, fail_at=(2,), note="电话无声"),
                             [FollowUp(item, repair=True)])
    notice = get_notice(db, checklists, done.answers[2].notice)
    assert (notice.unit, notice.recipient, notice.repair_order) == ("", "工程部", done.answers[2].repair_order)
    order = get_order(db, checklists, notice.repair_order)
    assert (order.source, order.category, order.priority, order.location, order.reporter) == \
        ("self_inspection", "fire", "high", "A座 12层", "赵安全")
    assert order.description.startswith(f"{inspection.number} 消防电话：消防电话与控制室通话。发现：电话无声")


def test_a_unit_puts_its_own_fire_notice_right(db, checklists):
    inspection = started(db, checklists)
    with pytest.raises(ValidationError, match="work order is opened for a common area"):
        finish_inspection(db, checklists, inspection.number, answers(inspection, fail_at=(0,)),
                          [FollowUp(inspection.answers[0].item.id, repair=True)])


def test_a_floor_round_can_address_the_notice_to_the_unit_at_fault(db, checklists):
    inspection = started(db, checklists, "floor", "B 1")
    done = finish_inspection(db, checklists, inspection.number, answers(inspection, fail_at=(0,)),
                             [FollowUp(inspection.answers[0].item.id, unit="B-0101")])
    notice = get_notice(db, checklists, done.answers[0].notice)
    assert (notice.unit, notice.recipient, notice.area) == ("B-0101", "华信公司", "B座 1层")


def test_a_failed_patrol_point_opens_a_work_order_not_a_notice(db, checklists):
    inspection = started(db, checklists, "building", "A", code="BA-NIGHT")
    done = finish_inspection(db, checklists, inspection.number, answers(inspection, fail_at=(1,), note="车库灯不亮"),
                             [FollowUp(inspection.answers[1].item.id, repair=True, repair_category="electrical")])
    assert done.answers[1].notice == "" and done.answers[1].repair_order.startswith("WX")
    assert get_order(db, checklists, done.answers[1].repair_order).category == "electrical"
    assert list_notices(db, checklists, status=None) == []
    plain = started(db, checklists, "building", "B", code="BA-NIGHT")
    finished = finish_inspection(db, checklists, plain.number, answers(plain, fail_at=(0,), note="大堂门未锁"))
    assert (finished.answers[0].notice, finished.answers[0].repair_order) == ("", "")


@pytest.mark.parametrize("draft, message", [
    (AnswerDraft(0, "pass"), "not on this inspection's checklist"),
    (None, "pass, fail or not applicable"),
    ("fail-without-note", "Say what is wrong"),
])
def test_bad_answers_are_refused(db, checklists, draft, message):
    inspection = started(db, checklists)
    item = inspection.answers[0].item.id
    if draft is None:
        draft = AnswerDraft(item, "good")
    elif draft == "fail-without-note":
        draft = AnswerDraft(item, "fail")
    with pytest.raises(ValidationError, match=message):
        record_answers(db, checklists, inspection.number, [draft])
    assert get_inspection(db, checklists, inspection.number).unanswered == 3


def test_areas_must_exist(db, checklists):
    for kind, name, message in (("unit", "Z-0101", "no unit Z-0101"), ("building", "C", "no building C"),
                                ("floor", "A 31", "floors -9 to 30"), ("floor", "A", "building and the floor"),
                                ("plant_room", "", "Name the plant room")):
        with pytest.raises(FrontOfficeError, match=message):
            started(db, checklists, kind, name)
    assert list_inspections(db, checklists) == []
    assert started(db, checklists, "floor", "A -2").area == "A座 地下2层"
    assert started(db, checklists, "plant_room", "消防水泵房").area == "消防水泵房"


def test_a_finished_or_cancelled_inspection_cannot_change(db, checklists):
    inspection = started(db, checklists)
    cancel_inspection(db, checklists, inspection.number, "开错了")
    with pytest.raises(ValidationError, match="can no longer be changed"):
        record_answers(db, checklists, inspection.number, answers(inspection))
    assert get_inspection(db, checklists, inspection.number).note == "开错了"


def test_photos_are_kept_with_the_answer(db, checklists, tmp_path):
    inspection = started(db, checklists)
    photo = tmp_path / "探测器.png"
    photo.write_bytes(PNG)
    item = inspection.answers[0].item.id
    with pytest.raises(ValidationError, match="Answer the item before"):
        add_photo(db, checklists, inspection.number, item, photo)
    record_answers(db, checklists, inspection.number, [AnswerDraft(item, "fail", "不报警")])
    with_photo = add_photo(db, checklists, inspection.number, item, photo)
    [view] = with_photo.answers[0].photos
    assert (view.filename, view.size) == ("探测器.png", len(PNG))
    assert photo_content(db, checklists, view.id) == ("探测器.png", PNG)
    text = tmp_path / "note.txt"
    text.write_text("not a photo")
    with pytest.raises(ValidationError, match="not a JPEG, PNG or WebP"):
        add_photo(db, checklists, inspection.number, item, text)


def test_an_inspection_cannot_start_in_the_future_or_long_ago(db, checklists):
    from db.types import utcnow
    for moment, message in ((utcnow() + timedelta(hours=1), "in the future"),
                            (utcnow() - timedelta(days=40), "within a month")):
        with pytest.raises(ValidationError, match=message):
            start_inspection(db, checklists, InspectionDraft("XF-ALARM", area("unit", "A-1201"), started_at=moment))
    assert list_inspections(db, checklists) == []


def test_a_late_recorded_round_gives_its_notices_a_week_from_the_day_they_are_issued(db, checklists):
    from db.types import utcnow
    inspection = start_inspection(db, checklists, InspectionDraft("XF-ALARM", area("unit", "A-1201"),
                                                                  started_at=utcnow() - timedelta(days=20)))
    item = inspection.answers[0].item.id
    with pytest.raises(ValidationError, match="before the day the notice is issued"):
        finish_inspection(db, checklists, inspection.number, answers(inspection, fail_at=(0,)),
                          [FollowUp(item, deadline=today() - timedelta(days=1))])
    done = finish_inspection(db, checklists, inspection.number, answers(inspection, fail_at=(0,)))
    notice = get_notice(db, checklists, done.answers[0].notice)
    assert notice.deadline == today() + timedelta(days=7) and not notice.overdue(today())
    assert notice.recipient_phone == "13800000001"  # no warden: the payer, with the payer's phone


def test_a_second_round_of_the_same_checklist_in_the_same_area_waits_for_the_first(db, checklists):
    first = started(db, checklists)
    with pytest.raises(ValidationError, match=f"in progress already as {first.number}"):
        started(db, checklists)
    cancel_inspection(db, checklists, first.number, "开错了")
    assert started(db, checklists).number == f"XJ{today().year}000002"


@pytest.mark.parametrize("text", ["赵\x00安全", "赵\u202e安全", "赵\x1b安全"])
def test_control_characters_are_refused(db, checklists, text):
    with pytest.raises(ValidationError, match="invisible control characters"):
        start_inspection(db, checklists, InspectionDraft("XF-ALARM", area("unit", "A-1201"), inspector=text))
    assert list_inspections(db, checklists) == []


def test_wrong_types_get_a_message_not_a_crash(db, checklists):
    inspection = started(db, checklists)
    item = inspection.answers[0].item.id
    with pytest.raises(ValidationError, match="between the start of the inspection and now"):
        record_answers(db, checklists, inspection.number, [AnswerDraft(item, "pass", at="09:00")])
    from datetime import datetime
    with pytest.raises(ValidationError, match="YYYY-MM-DD"):
        finish_inspection(db, checklists, inspection.number, answers(inspection, fail_at=(0,)),
                          [FollowUp(item, deadline=datetime.now())])
    assert get_inspection(db, checklists, inspection.number).unanswered == 3


def test_changed_answers_are_audited_with_before_and_after(db, checklists):
    from sqlalchemy import select

    from db.models import AuditEntry
    inspection = started(db, checklists)
    item = inspection.answers[0].item.id
    record_answers(db, checklists, inspection.number, [AnswerDraft(item, "fail", "不报警")])
    record_answers(db, checklists, inspection.number, [AnswerDraft(item, "pass")])
    with db.read() as session:
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "answer")
                                .order_by(AuditEntry.seq.desc())).first()
        assert (json.loads(entry.before), json.loads(entry.after)) == ({str(item): "fail 不报警"}, {str(item): "pass"})
