"""The responsibility register, drills with the twelve-month warning, the volunteer team and training."""

from datetime import timedelta

import pytest

from app.clock import today
from app.errors import PermissionDenied, ValidationError
from app.safety.drills import (
    DrillDraft,
    MemberDraft,
    TrainingDraft,
    drill_warning,
    list_drills,
    list_members,
    list_trainings,
    record_drill,
    record_training,
    save_member,
)
from app.safety.responsibility import DutyDraft, list_duties, list_wardens, remove_duty, save_duty, set_warden


def test_no_full_drill_in_twelve_months_is_warned_of(db, officer):
    assert "No full evacuation drill has been recorded" in str(drill_warning(db, officer))
    record_drill(db, officer, DrillDraft(today() - timedelta(days=400), "full", "全楼疏散", "赵安全", 300, 300))
    record_drill(db, officer, DrillDraft(today() - timedelta(days=10), "partial", "12层疏散", "赵安全", 40, 120))
    record_drill(db, officer, DrillDraft(today() - timedelta(days=5), "tabletop", "桌面推演", "赵安全", 8, 99))
    warning = drill_warning(db, officer)
    assert warning.params == {"day": (today() - timedelta(days=400)).isoformat()}
    assert "more than 12 months ago" in str(warning)
    assert drill_warning(db, officer, today() - timedelta(days=40)) is None  # 360 days after it: still fine
    record_drill(db, officer, DrillDraft(today(), "full", "全楼疏散", "赵安全", 320, 270, "B梯防火门闭门器失效"))
    assert drill_warning(db, officer) is None
    drills = list_drills(db, officer, since=today() - timedelta(days=30))
    assert [(d.kind, d.evacuation_seconds, d.participants) for d in drills] == [
        ("full", 270, 320), ("tabletop", None, 8), ("partial", 120, 40)]


@pytest.mark.parametrize("draft, message", [
    (DrillDraft(today(), "full", "全楼疏散", "赵安全", 300), "records how long"),
    (DrillDraft(today() + timedelta(days=1), "full", "全楼疏散", "赵安全", 300, 200), "not for a day to come"),
    (DrillDraft(today(), "full", "全楼疏散", "赵安全", 0, 200), "Participants"),
    (DrillDraft(today(), "fire", "全楼疏散", "赵安全", 10, 200), "kind of drill"),
    (DrillDraft(today(), "full", "", "赵安全", 10, 200), "scenario"),
])
def test_bad_drills_are_refused(db, officer, draft, message):
    with pytest.raises(ValidationError, match=message):
        record_drill(db, officer, draft)
    assert list_drills(db, officer) == []


def test_the_three_levels_have_one_general_manager(db, officer, engineer):
    boss = save_duty(db, officer, DutyDraft(1, "总经理", "王建华", "13900000001", "全公司"))
    save_duty(db, officer, DutyDraft(2, "工程部经理", "李明", "13900000002", "工程部及设备机房"))
    with pytest.raises(ValidationError, match="one person responsible at the first level: 王建华"):
        save_duty(db, officer, DutyDraft(1, "副总经理", "周平", "13900000009"))
    with pytest.raises(ValidationError, match="phone number"):
        save_duty(db, officer, DutyDraft(3, "保安班长", "刘强", "无"))
    with pytest.raises(PermissionDenied):
        save_duty(db, engineer, DutyDraft(3, "保安班长", "刘强", "13900000003"))
    save_duty(db, officer, DutyDraft(1, "总经理", "王建华", "13900000011", "全公司消防安全"), boss.id)
    assert [(d.level, d.name, d.phone) for d in list_duties(db, officer)] == [
        (1, "王建华", "13900000011"), (2, "李明", "13900000002")]
    remove_duty(db, officer, boss.id)
    assert [d.name for d in list_duties(db, officer)] == ["李明"]


def test_each_unit_has_its_person_responsible(db, estate, officer):
    set_warden(db, officer, "A-1201", "张三", "13800000001")
    set_warden(db, officer, "b-0101", "陈经理", "010-65050001")
    assert [(w.unit, w.occupant, w.name, w.phone) for w in list_wardens(db, officer)] == [
        ("A-0801", "李四", "", ""), ("A-1201", "张三", "张三", "13800000001"), ("A-1301", "王五", "", ""),
        ("B-0101", "华信公司", "陈经理", "010-65050001")]
    assert [w.unit for w in list_wardens(db, officer, missing_only=True)] == ["A-0801", "A-1301"]
    set_warden(db, officer, "A-1201", "", "")
    assert [w.unit for w in list_wardens(db, officer, missing_only=True)] == ["A-0801", "A-1201", "A-1301"]
    assert [w.unit for w in list_wardens(db, officer, search="陈")] == ["B-0101"]


def test_team_and_training(db, officer):
    captain = save_member(db, officer, MemberDraft("刘强", "保安部", "13900000003", "captain"))
    save_member(db, officer, MemberDraft("赵敏", "A-1201 租户", "13900000004"))
    save_member(db, officer, MemberDraft("刘强", "保安部", "13900000003", "captain", active=False), captain.id)
    assert [(m.name, m.role) for m in list_members(db, officer)] == [("赵敏", "member")]
    assert len(list_members(db, officer, include_inactive=True)) == 2
    record_training(db, officer, TrainingDraft(today(), "灭火器的使用", "张教官", 45, 90))
    with pytest.raises(ValidationError, match="5 minutes to 8 hours"):
        record_training(db, officer, TrainingDraft(today(), "灭火器的使用", "张教官", 45, 600))
    assert [(t.topic, t.attendees, t.minutes) for t in list_trainings(db, officer)] == [("灭火器的使用", 45, 90)]
