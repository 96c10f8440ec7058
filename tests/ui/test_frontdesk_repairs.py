"""The repair-reports page of the front desk: a fault reported at the counter through F11 opens a work order with
the repairs tab's own form and service, marked as taken at the front desk, and the clerk sees it in the list with
its state and its steps; orders engineering has moved on show their state as the repairs tab shows it; an order
past its deadline is red with the word; the clerk only reports and reads."""

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLabel

from app.clock import format_local
from app.errors import ValidationError
from app.repairs.model import OVERDUE_LABELS, SOURCE_LABELS, WORK_STATUS_LABELS, Overdue, Source, WorkStatus
from app.repairs.orders import cancel, dispatch, get_order, list_orders, report
from db.types import utcnow
from tests.conftest import table_count
from tests.repairs_fixtures import leak
from tests.ui.test_business_windows import cell, opened, row_of
from tests.ui.test_safety_people_windows import choose, enter, type_in
from ui.frontdesk.repairs_page import RepairReportsPage
from ui.i18n import error_text, translate_text
from ui.repairs.order_dialogs import ReportDialog
from ui.theme import STATUS_GREY, STATUS_RED

NUMBER, STATUS, WHERE, FAULT, REPORTER, REPORTED, TECHNICIAN, DEADLINE = range(8)


def word(status: WorkStatus) -> str:
    return translate_text(WORK_STATUS_LABELS[status])


def test_a_report_taken_with_f11_opens_a_work_order_from_the_front_desk(app, qtbot, db, clerk, estate, workshop,
                                                                        message_boxes):
    page = opened(qtbot, RepairReportsPage(db, clerk))
    assert page.stack.currentWidget() is page.empty
    assert page.new_action.shortcut() == QKeySequence("F11")
    assert [action.objectName() for action in page.toolbar.actions()] == ["addAction"]  # it reports, nothing more
    seen = []

    def fill(dialog):
        seen.append((dialog.field("source").currentData(), dialog.focusWidget().objectName()))
        type_in(dialog, unit="A-1201", location="卫生间", description="马桶水箱漏水", reporter="张三",
                contact="13800000001")
        choose(dialog, "category", "plumbing")
        enter(qtbot, dialog, "description")

    message_boxes.answer(ReportDialog, fill)
    page.new_action.trigger()
    assert seen == [(Source.FRONT_DESK.value, "unit")]
    [order] = list_orders(db, clerk)
    assert (order.source, order.status, order.unit, order.location, order.description, order.reporter,
            order.contact) == (Source.FRONT_DESK, WorkStatus.REPORTED, "A-1201", "卫生间", "马桶水箱漏水", "张三",
                               "13800000001")
    assert page.table.selected() == order
    assert [cell(page.table, 0, column) for column in (NUMBER, STATUS, WHERE, FAULT, REPORTER, REPORTED,
                                                      TECHNICIAN)] == \
        [order.number, word(WorkStatus.REPORTED), "A-1201 卫生间", "马桶水箱漏水", "张三",
         format_local(order.reported_at), ""]
    assert cell(page.table, 0, DEADLINE) == format_local(order.response_due)  # not yet on site: the response one
    title = page.details.findChild(QLabel, "orderTitle").text()
    assert order.number in title and word(WorkStatus.REPORTED) in title
    assert translate_text(SOURCE_LABELS[Source.FRONT_DESK]) in page.details.findChild(QLabel, "orderSummary").text()
    assert page.details.steps.rowCount() == 1  # the report itself


def test_the_clerk_sees_the_state_engineering_gives_an_order(app, qtbot, db, clerk, estate, workshop):
    order = report(db, clerk, leak(source="front_desk"))
    dispatch(db, workshop, order.number, "陈志强")
    page = opened(qtbot, RepairReportsPage(db, clerk))
    row = row_of(page.table, order.number)
    assert (cell(page.table, row, STATUS), cell(page.table, row, TECHNICIAN)) == \
        (word(WorkStatus.DISPATCHED), "陈志强")
    page.table.selectRow(row)
    assert page.details.steps.rowCount() == 2  # reported, dispatched
    assert "陈志强" in page.details.findChild(QLabel, "orderSummary").text()


def test_an_order_past_its_deadline_is_red_with_the_word_and_a_cancelled_one_is_found_by_search(
        app, qtbot, db, clerk, estate, workshop):
    late = report(db, clerk, leak(reported_at=utcnow() - timedelta(days=3)))
    gone = report(db, clerk, leak(reporter="李四", unit="A-0801", description="灯不亮", category="electrical"))
    cancel(db, workshop, gone.number, "业主自行修好")
    page = opened(qtbot, RepairReportsPage(db, clerk))
    assert [cell(page.table, r, NUMBER) for r in range(page.table.proxy.rowCount())] == [late.number]
    overdue = get_order(db, clerk, late.number).overdue()
    assert overdue is Overdue.COMPLETION
    assert cell(page.table, 0, STATUS) == f"{word(WorkStatus.REPORTED)} · {translate_text(OVERDUE_LABELS[overdue])}"
    assert cell(page.table, 0, STATUS, Qt.ItemDataRole.ForegroundRole) == STATUS_RED
    page.set_search("灯不亮")
    assert [cell(page.table, r, NUMBER) for r in range(page.table.proxy.rowCount())] == [gone.number]
    assert cell(page.table, 0, STATUS) == word(WorkStatus.CANCELLED)
    assert cell(page.table, 0, STATUS, Qt.ItemDataRole.ForegroundRole) == STATUS_GREY
    assert cell(page.table, 0, DEADLINE) == ""  # finished: no deadline to work to


def test_a_fault_left_empty_is_refused_beside_its_field_and_opens_no_order(app, qtbot, db, clerk, estate,
                                                                          message_boxes):
    page = opened(qtbot, RepairReportsPage(db, clerk))
    shown = []

    def fill(dialog):
        type_in(dialog, unit="A-1201", reporter="张三")
        enter(qtbot, dialog, "reporter")
        shown.append((dialog.isVisible(), dialog.findChild(QLabel, "descriptionError").text()))
        dialog.reject()

    message_boxes.answer(ReportDialog, fill)
    page.new()
    refused = ValidationError("Describe the fault in at most {count} characters", field="description", count=500)
    assert shown == [(True, error_text(refused))]
    assert table_count(db, "repair_order") == 0
