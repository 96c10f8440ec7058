"""The maintenance window (设备保养) driven as the engineer and the front desk use it, on a real database: the
orders due (made when the window opens), marking one done with its findings, a repair opened from them, and
the plans."""

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QLabel, QLineEdit, QPlainTextEdit, QRadioButton

from app.clock import SITE_ZONE, today
from app.errors import ValidationError
from app.repairs.maintenance import complete_task, generate_due, get_task, list_plans, list_tasks, save_plan
from app.repairs.model import (
    Category,
    IntervalPeriod,
    MaintenanceLevel,
    PlanDraft,
    PlanView,
    Priority,
    Source,
)
from app.repairs.orders import get_order, list_orders
from app.repairs.technicians import list_technicians, update_technician
from tests.ui.test_repairs_team_window import cell, opened
from ui.i18n import error_text
from ui.repairs.maintenance_window import CompleteDialog, MaintenanceWindow, PlanDialog
from ui.theme import STATUS_AMBER, STATUS_GREEN, STATUS_RED

NUMBER, DUE, STATUS, DONE_BY, FINDINGS, REPAIR = 0, 1, 7, 8, 10, 11  # the due list's columns
ROUTINE = "检查轿厢照明\n检查层门开关\n听曳引机运行声音"


def daily_round(db, actor, days_ago=2):
    """A daily round of DT-01 (客梯 1#) from ``days_ago`` days ago: one order a day up to today."""
    return save_plan(db, actor, PlanDraft("客梯日常巡检", "daily", 1, "day", ROUTINE, today() - timedelta(days=days_ago),
                                          equipment="DT-01"))


def rows(table) -> list[tuple]:
    return [(cell(table, r, NUMBER), cell(table, r, DUE), cell(table, r, STATUS),
             cell(table, r, STATUS, Qt.ItemDataRole.ForegroundRole)) for r in range(table.proxy.rowCount())]


def oldest(window) -> str:
    """Selects the first (oldest) order listed, and gives its number."""
    window.due.table.selectRow(0)
    return cell(window.due.table, 0, NUMBER)


# --- the orders due ---------------------------------------------------------------------------------------------

def test_opening_the_window_makes_three_daily_orders_two_overdue_in_red_and_one_due_today(app, qtbot, db, workshop):
    daily_round(db, workshop)
    window = opened(qtbot, MaintenanceWindow(db, workshop))
    page = window.due
    assert window.objectName() == "maintenanceWindow"
    assert window.width() <= 1366 and window.height() <= 768 - 60  # an office screen, with a taskbar
    tasks = list_tasks(db, workshop)
    assert [t.due_on for t in tasks] == [today() - timedelta(days=n) for n in (2, 1, 0)]
    overdue, due_today = page.tr("overdue"), page.tr("due today")
    assert rows(page.table) == [  # oldest first
        (tasks[0].number, tasks[0].due_on.isoformat(), overdue, STATUS_RED),
        (tasks[1].number, tasks[1].due_on.isoformat(), overdue, STATUS_RED),
        (tasks[2].number, today().isoformat(), due_today, STATUS_AMBER)]
    assert page.overdue_count.text() == page.tr("{count} overdue").format(count=2)
    assert window.tabs.tabText(0) == window.tr("Due maintenance ({count} overdue)").format(count=2)
    page.table.selectRow(2)  # the selected order's checklist, to read
    checklist = [page.checklist.item(i) for i in range(page.checklist.count())]
    assert [item.text() for item in checklist] == ROUTINE.splitlines()
    assert {item.checkState() for item in checklist} == {Qt.CheckState.Unchecked}
    assert not checklist[0].flags() & Qt.ItemFlag.ItemIsUserCheckable
    page.search.setText("dt")  # the name's pinyin initials do not match; the code does
    assert page.table.proxy.rowCount() == 3
    page.search.setText("GS-01")
    assert page.table.proxy.rowCount() == 0

    again = opened(qtbot, MaintenanceWindow(db, workshop))  # opened again the same day: nothing new
    assert again.due.table.proxy.rowCount() == 3
    assert list_tasks(db, workshop, include_done=True) == tasks[::-1]  # (newest first)


def test_marking_the_oldest_done_records_the_technician_and_the_findings_exactly(app, qtbot, db, workshop,
                                                                                message_boxes):
    wu = next(t for t in list_technicians(db, workshop) if t.name == "吴磊")
    update_technician(db, workshop, wu.id, wu.name, wu.trade, wu.phone, False)  # left: no longer offered
    daily_round(db, workshop)
    window = opened(qtbot, MaintenanceWindow(db, workshop))
    number, seen = oldest(window), []

    def fill(dialog):
        people = dialog.findChild(QComboBox, "technician")
        seen.append((not people.isEditable(), [people.itemData(i) for i in range(people.count())]))
        people.setCurrentIndex(people.findData("陈志强"))
        dialog.findChild(QLineEdit, "findings").setText("轿厢照明正常，层门开关顺畅")  # typed through an input method
        assert not dialog.findChild(QComboBox, "repair_category").isEnabled()  # no repair unless ticked
        dialog.accept()

    message_boxes.answer(CompleteDialog, fill)
    window.due.table.doubleClicked.emit(window.due.table.currentIndex())  # a double click marks it done
    assert seen == [(True, ["刘建国", "周海涛", "陈志强"])]  # the active technicians only, none typed in
    done = get_task(db, workshop, number)
    assert (done.done, done.done_by, done.findings, done.recorded_by, done.repair_order) == (
        True, "陈志强", "轿厢照明正常，层门开关顺畅", "孙工", "")
    assert abs(done.done_at - datetime.now(SITE_ZONE)) < timedelta(minutes=2)
    assert window.due.table.proxy.rowCount() == 2 and number not in {r[0] for r in rows(window.due.table)}
    assert window.due.overdue_count.text() == window.due.tr("{count} overdue").format(count=1)
    window.due.show_done.setChecked(True)  # the done one, in green with who did it and what they found
    row = next(r for r in range(window.due.table.proxy.rowCount()) if cell(window.due.table, r, NUMBER) == number)
    assert (cell(window.due.table, row, STATUS), cell(window.due.table, row, DONE_BY),
            cell(window.due.table, row, FINDINGS)) == (window.due.tr("done"), "陈志强", "轿厢照明正常，层门开关顺畅")
    assert cell(window.due.table, row, STATUS, Qt.ItemDataRole.ForegroundRole) == STATUS_GREEN
    assert not window.due.table.isColumnHidden(FINDINGS)
    window.due.table.selectRow(row)
    assert not window.due.done_action.isEnabled()  # done once only


def test_a_repair_without_findings_is_refused_beside_the_findings_and_nothing_is_saved(app, qtbot, db, workshop,
                                                                                     message_boxes):
    daily_round(db, workshop)
    window = opened(qtbot, MaintenanceWindow(db, workshop))
    number, shown = oldest(window), []
    with pytest.raises(ValidationError) as refused:  # what the service says (and it saves nothing)
        complete_task(db, workshop, number, "刘建国", "", repair_category="lift")

    def fill(dialog):
        dialog.findChild(QCheckBox, "needs_repair").setChecked(True)
        dialog.accept()  # refused: the dialog stays open
        shown.append((dialog.isVisible(), dialog.findChild(QLabel, "findingsError").text(),
                      dialog.findChild(QLabel, "technicianError").isHidden()))
        dialog.reject()

    message_boxes.answer(CompleteDialog, fill)
    window.due.done_action.trigger()
    assert shown == [(True, error_text(refused.value), True)]
    assert not get_task(db, workshop, number).done
    assert list_orders(db, workshop) == []
    assert window.due.table.proxy.rowCount() == 3


def test_findings_that_need_a_repair_open_a_self_inspection_order_on_the_lift(app, qtbot, db, workshop,
                                                                             message_boxes):
    daily_round(db, workshop, days_ago=0)
    window = opened(qtbot, MaintenanceWindow(db, workshop))
    number, preset = oldest(window), []

    def fill(dialog):
        dialog.findChild(QCheckBox, "needs_repair").setChecked(True)
        category, priority = dialog.findChild(QComboBox, "repair_category"), dialog.findChild(QComboBox,
                                                                                             "repair_priority")
        preset.append((category.isEnabled(), category.currentData(), priority.currentData()))  # DT-01 is a lift
        priority.setCurrentIndex(priority.findData("high"))
        dialog.findChild(QLineEdit, "findings").setText("制动器磨损，需更换刹车片")
        dialog.accept()

    message_boxes.answer(CompleteDialog, fill)
    window.activateWindow()
    qtbot.waitUntil(lambda: window.due.table.hasFocus())  # the list has the focus: Ctrl+D works
    qtbot.keyClick(window.due.table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)  # Ctrl+D: mark done
    assert preset == [(True, "lift", "normal")]
    task = get_task(db, workshop, number)
    assert task.done and task.findings == "制动器磨损，需更换刹车片" and task.repair_order
    order = get_order(db, workshop, task.repair_order)
    assert (order.source, order.equipment, order.category, order.priority, order.reporter, order.maintenance_task) == (
        Source.SELF_INSPECTION, "DT-01", Category.LIFT, Priority.HIGH, "刘建国", number)
    assert "制动器磨损，需更换刹车片" in order.description
    assert task.repair_order in window.due.message.text()
    assert window.due.table.proxy.rowCount() == 0 and window.due.stack.currentWidget() is window.due.empty


# --- the plans --------------------------------------------------------------------------------------------------

def test_a_monthly_plan_for_every_lift_is_saved_exactly_and_makes_its_orders(app, qtbot, db, workshop,
                                                                             message_boxes):
    window = opened(qtbot, MaintenanceWindow(db, workshop))
    plans = window.plans
    assert plans.stack.currentWidget() is plans.empty and plans.empty.text().startswith("请添加保养计划")
    assert window.due.stack.currentWidget() is window.due.empty
    first = today() - timedelta(days=3)

    def fill(dialog):
        dialog.findChild(QLineEdit, "name").setText("电梯月度保养")
        level = dialog.findChild(QComboBox, "level")
        level.setCurrentIndex(level.findData("level1"))
        dialog.findChild(QComboBox, "period").setCurrentIndex(dialog.findChild(QComboBox, "period").findData("month"))
        dialog.findChild(QRadioButton, "forCategory").click()
        assert not dialog.findChild(QComboBox, "equipment").isEnabled()
        category = dialog.findChild(QComboBox, "category")
        category.setCurrentIndex(category.findData("电梯"))
        dialog.findChild(QPlainTextEdit, "tasks").setPlainText("清洁机房\n检查制动器\n\n润滑导轨 ")
        dialog.findChild(QDateEdit, "starts_on").setDate(QDate(first.year, first.month, first.day))
        dialog.accept()

    message_boxes.answer(PlanDialog, fill)
    window.activateWindow()
    window.tabs.setCurrentWidget(plans)
    qtbot.waitUntil(lambda: plans.hasFocus())  # the empty page has the focus: its Ctrl+N works
    qtbot.keyClick(plans, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # Ctrl+N: add a plan
    saved = list_plans(db, workshop)
    assert saved == [PlanView(saved[0].id, "电梯月度保养", MaintenanceLevel.LEVEL1, 1, IntervalPeriod.MONTH,
                              ("清洁机房", "检查制动器", "润滑导轨"), first, "", "电梯", True)]
    assert plans.table.selected() == saved[0] and cell(plans.table, 0, 5) == "3"
    assert cell(plans.table, 0, 3) == plans.tr("every piece of {category}").format(category="电梯")
    # its first orders (DT-01 and DT-02, three days ago) are made at once, and overdue
    assert sorted(r[0:3] for r in rows(window.due.table)) == sorted(
        (t.number, first.isoformat(), window.due.tr("overdue")) for t in list_tasks(db, workshop))
    assert {t.equipment for t in list_tasks(db, workshop)} == {"DT-01", "DT-02"}

    def stop(dialog):
        assert dialog.findChild(QRadioButton, "forCategory").isChecked()
        assert dialog.findChild(QComboBox, "category").currentData() == "电梯"
        assert dialog.findChild(QPlainTextEdit, "tasks").toPlainText() == "清洁机房\n检查制动器\n润滑导轨"
        dialog.findChild(QCheckBox, "active").setChecked(False)
        dialog.accept()

    message_boxes.answer(PlanDialog, stop)
    plans.table.doubleClicked.emit(plans.table.currentIndex())  # a double click edits
    assert [p.active for p in list_plans(db, workshop)] == [False]


def test_a_plan_for_one_piece_sends_only_its_code_and_one_without_tasks_is_refused_beside_them(
        app, qtbot, db, workshop, message_boxes):
    window = opened(qtbot, MaintenanceWindow(db, workshop))
    draft = PlanDraft("水泵周保养", "level1", 1, "week", "", today(), equipment="GS-01")
    with pytest.raises(ValidationError) as refused:
        save_plan(db, workshop, draft)
    shown = []

    def fill(dialog):
        dialog.findChild(QLineEdit, "name").setText("水泵周保养")
        level = dialog.findChild(QComboBox, "level")
        level.setCurrentIndex(level.findData("level1"))
        period = dialog.findChild(QComboBox, "period")
        period.setCurrentIndex(period.findData("week"))
        equipment = dialog.findChild(QComboBox, "equipment")
        equipment.setCurrentIndex(equipment.findData("GS-01"))
        dialog.accept()  # no tasks: refused, the dialog stays open
        shown.append((dialog.isVisible(), dialog.findChild(QLabel, "tasksError").text(),
                      dialog.findChild(QLabel, "nameError").isHidden()))
        dialog.findChild(QPlainTextEdit, "tasks").setPlainText("检查机械密封")
        dialog.accept()

    message_boxes.answer(PlanDialog, fill)
    window.plans.add()
    assert shown == [(True, error_text(refused.value), True)]
    saved = list_plans(db, workshop)
    assert [(p.name, p.period, p.tasks, p.equipment, p.category) for p in saved] == [
        ("水泵周保养", IntervalPeriod.WEEK, ("检查机械密封",), "GS-01", "")]


def test_the_front_desk_reads_maintenance_but_makes_no_orders_and_cannot_change_plans(app, qtbot, db, workshop,
                                                                                     clerk, message_boxes):
    daily_round(db, workshop)
    window = opened(qtbot, MaintenanceWindow(db, clerk))  # the clerk may not dispatch: nothing is generated
    assert list_tasks(db, workshop, include_done=True) == []
    assert window.due.stack.currentWidget() is window.due.empty
    for action in (window.plans.add_action, window.plans.edit_action):
        assert not action.isEnabled()
    assert window.plans.table.proxy.rowCount() == 1
    window.plans.add()
    window.plans.table.selectRow(0)
    window.plans.edit_selected()
    assert message_boxes.texts == [] and len(list_plans(db, workshop)) == 1

    assert generate_due(db, workshop) == 3  # made by the engineer: the desk sees them, cannot mark them done
    window = opened(qtbot, MaintenanceWindow(db, clerk))
    assert window.due.table.proxy.rowCount() == 3
    oldest(window)
    assert not window.due.done_action.isEnabled()
    window.due.mark_done()
    assert message_boxes.texts == [] and not any(t.done for t in list_tasks(db, workshop, include_done=True))
