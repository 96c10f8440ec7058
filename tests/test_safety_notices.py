"""Rectification notices: closed only by a re-inspection, extended with a reason, overdue past the deadline,
and printed with the recipient's signature box."""

from datetime import timedelta

import pytest
from pypdf import PdfReader

from app.clock import today
from app.errors import PermissionDenied, ValidationError
from app.safety.documents import notice_pdf
from app.safety.inspections import finish_inspection, start_inspection
from app.safety.model import AnswerDraft, FollowUp, InspectionDraft, NoticeStatus, Reinspection
from app.safety.notices import cancel_notice, get_notice, list_notices, overdue_count, reinspect, sign_notice
from app.safety.responsibility import set_warden
from tests.safety_fixtures import area


def pdf_text(pdf: bytes) -> str:
    import io
    return "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


@pytest.fixture
def notice(db, checklists):
    """The notice of a smoke detector that did not alarm in A-1201, due in three days."""
    set_warden(db, checklists, "A-1201", "张三", "13800000001")
    inspection = start_inspection(db, checklists, InspectionDraft("XF-ALARM", area("unit", "A-1201"),
                                                                  inspector="赵安全"))
    drafts = [AnswerDraft(a.item.id, "fail" if i == 0 else "pass", "探测器不报警" if i == 0 else "")
              for i, a in enumerate(inspection.answers)]
    done = finish_inspection(db, checklists, inspection.number, drafts,
                             [FollowUp(inspection.answers[0].item.id, "更换失效探测器", today() + timedelta(days=3))])
    return done.answers[0].notice


def test_closing_needs_a_re_inspection(db, checklists, notice):
    with pytest.raises(ValidationError, match="only by a re-inspection"):
        reinspect(db, checklists, notice, Reinspection(inspector="", passed=True))
    assert get_notice(db, checklists, notice).status is NoticeStatus.OPEN
    closed = reinspect(db, checklists, notice, Reinspection(inspector="赵安全", passed=True, note="已更换，测试正常"))
    assert (closed.status, closed.closed_at is not None) == (NoticeStatus.CLOSED, True)
    assert [(s.action, s.person, s.note) for s in closed.steps][1:] == [("close", "赵安全", "已更换，测试正常")]
    with pytest.raises(ValidationError, match="closed; you cannot close it"):
        reinspect(db, checklists, notice, Reinspection(inspector="赵安全", passed=True))


def test_a_failed_re_inspection_extends_the_deadline_with_a_reason(db, checklists, notice):
    old = get_notice(db, checklists, notice).deadline
    for check, message in ((Reinspection("赵安全", False, new_deadline=old + timedelta(days=7)), "Say why"),
                           (Reinspection("赵安全", False, reason="配件未到"), "new deadline"),
                           (Reinspection("赵安全", False, reason="配件未到", new_deadline=old), "comes after the present"),
                           (Reinspection("赵安全", False, reason="配件未到", new_deadline=old + timedelta(days=200)),
                            "at most 180 days")):
        with pytest.raises(ValidationError, match=message):
            reinspect(db, checklists, notice, check)
    assert get_notice(db, checklists, notice).deadline == old
    extended = reinspect(db, checklists, notice, Reinspection("赵安全", False, reason="配件未到",
                                                              new_deadline=old + timedelta(days=7)))
    assert (extended.status, extended.deadline, extended.extensions) == (NoticeStatus.OPEN, old + timedelta(days=7), 1)
    assert extended.steps[-1].note == "配件未到" and extended.steps[-1].deadline == old + timedelta(days=7)


def test_notices_past_their_deadline_are_overdue_and_counted(db, checklists, notice):
    deadline = get_notice(db, checklists, notice).deadline
    assert overdue_count(db, checklists, deadline) == 0
    assert overdue_count(db, checklists, deadline + timedelta(days=1)) == 1
    assert [n.number for n in list_notices(db, checklists, overdue_on=deadline + timedelta(days=1))] == [notice]
    assert get_notice(db, checklists, notice).overdue(deadline + timedelta(days=1))
    reinspect(db, checklists, notice, Reinspection("赵安全", True))
    assert overdue_count(db, checklists, deadline + timedelta(days=1)) == 0


def test_signing_and_cancelling(db, checklists, notice, engineer):
    signed = sign_notice(db, checklists, notice, "张三")
    assert signed.signed_by == "张三"
    with pytest.raises(ValidationError, match="signed for by 张三 already"):
        sign_notice(db, checklists, notice, "李四")
    with pytest.raises(PermissionDenied):
        cancel_notice(db, engineer, notice, "开错了")
    with pytest.raises(ValidationError, match="Say why"):
        cancel_notice(db, checklists, notice, " ")
    cancelled = cancel_notice(db, checklists, notice, "重复开具")
    assert cancelled.status is NoticeStatus.CANCELLED and not cancelled.overdue(today() + timedelta(days=30))


def test_the_printed_notice_says_what_where_by_when_and_has_the_signature_box(db, checklists, notice):
    reinspect(db, checklists, notice, Reinspection("赵安全", False, reason="配件未到",
                                                   new_deadline=today() + timedelta(days=10)))
    text = pdf_text(notice_pdf(db, checklists, notice)).replace(" ", "").replace("\n", "")
    deadline = today() + timedelta(days=10)
    for expected in ("消防整改通知书", notice, "致：A-1201张三", "13800000001", "存在问题：探测器不报警（检查项目：火灾探测器，感烟探测器加烟测试）",
                     "整改要求：更换失效探测器", f"请于{deadline.year}年{deadline.month}月{deadline.day}日前整改完毕",
                     "复查延期", "配件未到", "签收人（签字）", "安全部（盖章）", "整改中"):
        assert expected in text, expected


def test_a_re_inspection_says_yes_or_no(db, checklists, notice):
    with pytest.raises(ValidationError, match="whether the item is put right"):
        reinspect(db, checklists, notice, Reinspection("赵安全", "no"))
    assert get_notice(db, checklists, notice).status is NoticeStatus.OPEN
