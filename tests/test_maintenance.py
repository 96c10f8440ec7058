"""The equipment register and preventive maintenance: categories, cards, plans in three levels, the orders
they generate (idempotently, per level and interval), and the work done on them."""

from datetime import date, timedelta

import pytest

from app.clock import today
from app.errors import NotFound, PermissionDenied, ValidationError
from app.repairs.equipment import (
    add_equipment,
    get_equipment,
    history,
    list_categories,
    list_equipment,
    save_category,
    set_equipment_status,
    update_equipment,
)
from app.repairs.maintenance import add_months, complete_task, generate_due, list_plans, list_tasks, save_plan
from app.repairs.model import EquipmentDraft, PlanDraft, RepairMethod, WorkStatus
from app.repairs.orders import get_order
from db.types import utcnow
from tests.conftest import table_count

TODAY = today()
YEAR = TODAY.year


def plan(name="1# 客梯日常巡检", level="daily", every=1, period="day", starts_on=None, equipment="DT-01",
         category="", tasks="检查轿厢照明\n检查门机运行\n试运行上下行") -> PlanDraft:
    return PlanDraft(name, level, every, period, tasks, starts_on or TODAY, equipment, category)


def test_months_are_added_on_the_calendar_keeping_the_day_where_the_month_has_it():
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert add_months(date(2026, 1, 31), 3) == date(2026, 4, 30)
    assert add_months(date(2026, 1, 31), 6) == date(2026, 7, 31)
    assert add_months(date(2026, 11, 15), 3) == date(2027, 2, 15)
    assert add_months(date(2024, 2, 29), 12) == date(2025, 2, 28)


def test_the_demo_register_has_categories_with_their_repair_method(db, workshop):
    categories = {c.name: (c.repair_method, c.overhaul_months, c.equipment_count) for c in list_categories(db, workshop)}
    assert categories["电梯"] == (RepairMethod.SCHEDULED, None, 2)
    assert categories["柴油发电机"] == (RepairMethod.OVERHAUL, 60, 1)
    assert len(list_equipment(db, workshop)) == 12
    lift = get_equipment(db, workshop, "dt-01")
    assert (lift.name, lift.category, lift.location, lift.contractor, lift.contract_until, lift.status) == (
        "客梯 1#", "电梯", "A座 1号井道", "奥的斯电梯维保站", date(2026, 12, 31), "in_service")
    assert [e.code for e in list_equipment(db, workshop, search="shsb")] == ["GS-01", "GS-02"]  # 生活水泵 by initials
    assert [e.code for e in list_equipment(db, workshop, search="水泵")] == ["GS-01", "GS-02"]
    with pytest.raises(ValidationError, match="needs its overhaul cycle"):
        save_category(db, workshop, "锅炉", "overhaul")
    with pytest.raises(ValidationError, match="Unknown repair method"):
        save_category(db, workshop, "锅炉", "pray")


def test_equipment_dates_in_the_wrong_order_are_refused(db, workshop):
    base = dict(code="SB-01", name="排污泵", category="给排水", installed_on=date(2024, 5, 1))
    for changes, message in (({"warranty_until": date(2024, 4, 30)}, "warranty cannot end before"),
                             ({"contract_until": date(2023, 1, 1)}, "contract cannot end before"),
                             ({"installed_on": TODAY + timedelta(days=1)}, "installed in the future"),
                             ({"category": "火箭"}, "no equipment category"),
                             ({"code": ""}, "needs a code"),
                             ({"code": "DT-01"}, "coded DT-01 already")):
        with pytest.raises((ValidationError, NotFound), match=message):
            add_equipment(db, workshop, EquipmentDraft(**{**base, **changes}))
    assert table_count(db, "equipment") == 12
    pump = add_equipment(db, workshop, EquipmentDraft(**base, warranty_until=date(2026, 4, 30)))
    assert (pump.code, pump.warranty_until) == ("SB-01", date(2026, 4, 30))
    moved = update_equipment(db, workshop, "SB-01", EquipmentDraft(**{**base, "location": "地下二层集水井"}))
    assert moved.location == "地下二层集水井"


def test_a_daily_plan_generates_one_order_a_day_and_a_second_run_makes_none(db, workshop):
    save_plan(db, workshop, plan(starts_on=TODAY - timedelta(days=2)))
    assert generate_due(db, workshop, TODAY) == 3
    assert generate_due(db, workshop, TODAY) == 0
    tasks = list_tasks(db, workshop, TODAY)
    assert [(t.number, t.due_on, t.equipment) for t in tasks] == [
        (f"BY{YEAR}00000{i + 1}", TODAY - timedelta(days=2 - i), "DT-01") for i in range(3)]
    assert [t.overdue(TODAY) for t in tasks] == [True, True, False]  # yesterday's and the day before were missed
    assert tasks[0].tasks == ("检查轿厢照明", "检查门机运行", "试运行上下行")
    assert generate_due(db, workshop, TODAY + timedelta(days=1)) == 1


def test_levels_and_intervals_per_category_and_retired_equipment_is_left_out(db, workshop):
    three_months_ago = add_months(TODAY, -3)
    save_plan(db, workshop, plan("电梯一级保养", "level1", 2, "week", TODAY - timedelta(days=28), "", "电梯"))
    save_plan(db, workshop, plan("电梯二级保养", "level2", 1, "month", three_months_ago, "", "电梯"))
    save_plan(db, workshop, plan("水泵二级保养", "level2", 6, "month", TODAY - timedelta(days=10), "", "给排水"))
    set_equipment_status(db, workshop, "GS-02", "retired", "2026 年更换")
    made = generate_due(db, workshop, TODAY)
    # level 1 every 2 weeks from 28 days ago: 3 each for two lifts; level 2 monthly: 4 each; pumps: 1 (GS-01 only)
    assert made == 2 * 3 + 2 * 4 + 1
    dues = lambda name: sorted({t.due_on for t in list_tasks(db, workshop, TODAY) if t.plan == name})  # noqa: E731
    assert dues("电梯一级保养") == [TODAY - timedelta(days=28), TODAY - timedelta(days=14), TODAY]
    assert dues("电梯二级保养") == [add_months(three_months_ago, k) for k in range(4)]
    assert {t.equipment for t in list_tasks(db, workshop, TODAY) if t.plan == "水泵二级保养"} == {"GS-01"}
    assert generate_due(db, workshop, TODAY) == 0
    due = {e.code: (e.maintenance_due, e.maintenance_overdue) for e in list_equipment(db, workshop, due_only=True)}
    assert due == {"DT-01": (7, 5), "DT-02": (7, 5), "GS-01": (1, 1)}
    assert [(p.level, p.name) for p in list_plans(db, workshop)] == [
        ("level1", "电梯一级保养"), ("level2", "水泵二级保养"), ("level2", "电梯二级保养")]


def test_bad_plans_are_refused(db, workshop):
    for changes, message in (({"every": 0}, "whole number from 1"),
                             ({"tasks": "  \n "}, "List the tasks"),
                             ({"period": "fortnight"}, "level and its interval"),
                             ({"starts_on": TODAY - timedelta(days=400)}, "more than a year ago"),
                             ({"equipment": "", "category": ""}, "one piece of equipment or"),
                             ({"equipment": "NOPE"}, "no equipment coded NOPE")):
        with pytest.raises((ValidationError, NotFound), match=message):
            save_plan(db, workshop, PlanDraft(**{**plan().__dict__, **changes}))
    assert table_count(db, "maintenance_plan") == 0
    with pytest.raises(ValidationError, match="at most a month ahead"):
        generate_due(db, workshop, TODAY + timedelta(days=60))


def test_done_maintenance_records_who_when_and_findings_and_may_open_a_repair(db, estate, workshop, clerk):
    save_plan(db, workshop, plan(starts_on=TODAY - timedelta(days=1)))
    generate_due(db, workshop, TODAY)
    first, second = (t.number for t in list_tasks(db, workshop, TODAY))
    with pytest.raises(ValidationError, match="孙工 is not a technician"):
        complete_task(db, workshop, first, "孙工")
    with pytest.raises(ValidationError, match="in the future"):
        complete_task(db, workshop, first, "吴磊", at=utcnow() + timedelta(hours=2))
    with pytest.raises(ValidationError, match="Say what was found"):
        complete_task(db, workshop, first, "吴磊", repair_category="lift")  # a repair needs the findings
    assert table_count(db, "repair_order") == 0
    done = complete_task(db, workshop, first, "吴磊", "运行正常")
    assert (done.done, done.done_by, done.findings, done.recorded_by) == (True, "吴磊", "运行正常", "孙工")
    with pytest.raises(ValidationError, match="done already"):
        complete_task(db, workshop, first, "吴磊")
    found = complete_task(db, workshop, second, "吴磊", "门机皮带磨损", repair_category="lift", repair_priority="high")
    repair = get_order(db, workshop, found.repair_order)
    assert (repair.number, repair.source, repair.equipment, repair.reporter, repair.status, repair.maintenance_task) == (
        f"WX{YEAR}000001", "self_inspection", "DT-01", "吴磊", WorkStatus.REPORTED, second)
    assert "门机皮带磨损" in repair.description
    assert [(h.kind, h.number) for h in history(db, workshop, "DT-01")] == [
        ("repair", repair.number), ("maintenance", second), ("maintenance", first)]
    assert list_tasks(db, workshop, TODAY) == []
    with pytest.raises(PermissionDenied):
        complete_task(db, clerk, second, "吴磊")
