"""The repairs tab as the dispatcher uses it: a reported fault through dispatch, work and acceptance to the
charge on the unit's account, with the refusals a dispatcher meets on the way."""

import subprocess
from datetime import timedelta
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit
from sqlalchemy import select

from app.clock import today
from app.repairs.model import WorkOrderDraft, WorkStatus
from app.repairs.orders import get_order, report
from db.models import BillLine
from db.types import utcnow
from tests.repairs_fixtures import leak
from ui.main_window import MainWindow
from ui.pdf_preview import PdfPreviewDialog
from ui.repairs.order_dialogs import ReportDialog, StepDialog
from ui.repairs.tab import RepairsTab
from ui.repairs.work_dialog import WorkDialog
from ui.theme import STATUS_RED

YEAR = today().year


def rows(tab) -> list[str]:
    return [tab.table.proxy.index(row, 0).data() for row in range(tab.table.proxy.rowCount())]


def choose(combo: QComboBox, data) -> None:
    combo.setCurrentIndex(combo.findData(data))


def test_a_reported_fault_through_dispatch_to_completion(app, qtbot, db, estate, workshop, message_boxes, tmp_path):
    tab = RepairsTab(db, workshop)
    qtbot.addWidget(tab)
    tab.show()
    assert tab.stack.currentWidget() is tab.empty  # says what to do first
    assert not tab.actions_by_name["dispatchAction"].isEnabled()

    def take_report(dialog: ReportDialog):
        dialog.field("unit").setText("A-1201")
        qtbot.keyClick(dialog.field("unit"), Qt.Key.Key_Return)  # refused: no fault described
        assert dialog.findChild(QLabel, "descriptionError").text() == "请描述故障，最多 500 个字"
        dialog.field("location").setText("厨房")
        choose(dialog.field("category"), "plumbing")
        dialog.field("description").setText("水龙头漏水")
        dialog.field("contact").setText("13800000001")
        qtbot.keyClick(dialog.field("unit"), Qt.Key.Key_Return)  # the reporter is the unit's owner

    message_boxes.answer(ReportDialog, take_report)
    tab.actions_by_name["addAction"].trigger()
    number = f"WX{YEAR}000001"
    assert rows(tab) == [number]
    assert tab.table.selected().number == number
    assert tab.table.proxy.index(0, 1).data() == "待派工"
    assert tab.actions_by_name["dispatchAction"].isEnabled() and not tab.actions_by_name["finishAction"].isEnabled()

    def send(dialog: StepDialog):
        choose(dialog.field("technician"), "陈志强")
        dialog.accept()

    message_boxes.answer(StepDialog, send)
    tab.actions_by_name["dispatchAction"].trigger()
    assert tab.table.proxy.index(0, 5).data() == "陈志强"
    message_boxes.answer(StepDialog, lambda dialog: dialog.accept())
    tab.actions_by_name["startAction"].trigger()
    assert get_order(db, workshop, number).status is WorkStatus.IN_PROGRESS

    def finish_refused(dialog: StepDialog):  # no work recorded yet
        dialog.accept()
        assert dialog.findChild(QLabel, "linesError") is None
        assert dialog.general_error.text() == f"工单 {number} 完工前须先登记维修工料"
        dialog.reject()

    message_boxes.answer(StepDialog, finish_refused)
    tab.actions_by_name["finishAction"].trigger()

    def work(dialog: WorkDialog):
        editor = dialog.editor
        editor.table.cellWidget(0, 1).setEditText("更换厨房水龙头")
        editor.table.cellWidget(0, 4).setText("50.00")
        row = editor.add_line("listed")
        choose(editor.table.cellWidget(row, 1), "M006")
        editor.table.cellWidget(row, 2).setText("-1")
        dialog.accept()  # refused: a negative quantity
        assert dialog.findChild(QLabel, "linesError").text() == "第 2 行：数量须大于零，最多两位小数"
        editor.table.cellWidget(row, 2).setText("1")
        dialog.accept()

    message_boxes.answer(WorkDialog, work)
    tab.actions_by_name["workAction"].trigger()
    order = get_order(db, workshop, number)
    assert [(line.description, line.amount, line.charged) for line in order.lines] == [
        ("更换厨房水龙头", Decimal("50.00"), False), ("水龙头（单冷）", Decimal("65.00"), True)]
    assert "¥65.00" in tab.details.money.text()

    message_boxes.answer(StepDialog, lambda dialog: dialog.accept())
    tab.actions_by_name["finishAction"].trigger()

    def sign(dialog: StepDialog):
        assert "¥65.00" in dialog.intro.text()
        assert dialog.field("signed_by").text() == "张三"
        dialog.accept()

    message_boxes.answer(StepDialog, sign)
    tab.actions_by_name["acceptAction"].trigger()
    order = get_order(db, workshop, number)
    assert (order.status, order.accepted_by, order.charged) == (WorkStatus.COMPLETED, "张三", Decimal("65.00"))
    assert [step.by for step in order.steps] == ["孙工"] * 5  # reported, dispatched, started, finished, accepted
    with db.read() as session:
        assert session.scalar(select(BillLine.amount).where(BillLine.source == number)) == Decimal("65.00")
    assert rows(tab) == []  # completed: no longer open
    tab.status.setCurrentIndex(tab.status.findText("已完成"))
    assert rows(tab) == [number]

    tab.table.select(number)
    saved = tmp_path / "slip.pdf"
    message_boxes.answer(PdfPreviewDialog, lambda preview: (preview.save_or_warn(saved), preview.accept()))
    tab.actions_by_name["slipAction"].trigger()
    text = subprocess.run(["pdftotext", str(saved), "-"], capture_output=True, text=True, check=True).stdout
    for part in ("维修派工单", number, "陈志强", "更换厨房水龙头", "¥65.00", "陆拾伍元整", "客户验收（签字）"):
        assert part in text, part


def test_overdue_orders_stand_out_and_are_counted_on_the_tab(app, qtbot, db, estate, workshop):
    late = report(db, workshop, leak(priority="urgent", reported_at=utcnow() - timedelta(hours=2)))
    report(db, workshop, leak())
    window = MainWindow(db, workshop)
    qtbot.addWidget(window)
    tabs = window.tabs
    assert tabs.tabText(2) == "报修派工 (1)"  # counted before the tab is first opened
    tab = window.open_tab("repairsTab")
    assert isinstance(tab, RepairsTab) and tabs.tabText(tabs.currentIndex()) == "报修派工 (1)"
    assert tab.table.proxy.index(1, 1).data() == "待派工 · 响应超时"
    assert tab.table.proxy.index(1, 1).data(Qt.ItemDataRole.ForegroundRole) == STATUS_RED
    tab.status.setCurrentIndex(1)  # overdue only
    assert rows(tab) == [late.number]


def test_the_front_desk_reports_but_cannot_dispatch(app, qtbot, db, estate, workshop, clerk, message_boxes):
    number = report(db, workshop, WorkOrderDraft("front_desk", "doors", "normal", "门锁坏了", "李四", "13800000002",
                                                 unit="A-0801")).number
    tab = RepairsTab(db, clerk)
    qtbot.addWidget(tab)
    tab.table.select(number)
    assert tab.actions_by_name["addAction"].isEnabled()
    assert not tab.actions_by_name["dispatchAction"].isEnabled()
    assert tab.findChild(QLineEdit, "search") is not None


def test_opening_the_tab_makes_the_maintenance_due_today_once(app, qtbot, db, workshop):
    from app.repairs.maintenance import list_tasks, save_plan
    from app.repairs.model import PlanDraft

    save_plan(db, workshop, PlanDraft("客梯日常巡检", "daily", 1, "day", "检查门机", today(), equipment="DT-01"))
    tab = RepairsTab(db, workshop)
    qtbot.addWidget(tab)
    assert list_tasks(db, workshop) == []  # not at start-up
    tab.show()
    tab.hide()
    tab.show()
    assert [task.equipment for task in list_tasks(db, workshop)] == ["DT-01"]
