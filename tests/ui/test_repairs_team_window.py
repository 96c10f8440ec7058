"""The engineering team window (technicians, materials, deadlines) and the monthly figures, driven as the
engineer and the manager use them, on a real database."""

from datetime import timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit

from app.clock import local, today
from app.errors import ValidationError
from app.repairs.materials import list_materials, save_material
from app.repairs.model import CATEGORY_LABELS, Category, Deadline, Priority, WorkLineDraft, WorkOrderDraft
from app.repairs.orders import dispatch, finish, report, start
from app.repairs.settings import DEFAULT_DEADLINES, get_deadlines, get_residents_free_labour
from app.repairs.technicians import list_technicians
from app.repairs.work import record_work
from db.types import utcnow
from tests.repairs_fixtures import leak
from ui.i18n import error_text, translate_text
from ui.repairs.stats_window import StatsWindow
from ui.repairs.team_window import MaterialDialog, TeamWindow, TechnicianDialog
from ui.theme import STATUS_GREY

D = Decimal
NAME, TRADE, PHONE, OPEN_ORDERS, STATUS = range(5)  # the technicians' columns
CODE, PRICE, MATERIAL_STATUS = 0, 3, 4  # the materials' columns


def cell(table, row, column, role=Qt.ItemDataRole.DisplayRole):
    return table.proxy.index(row, column).data(role)


def row_of(table, text, column=0):
    found = [r for r in range(table.proxy.rowCount()) if cell(table, r, column) == text]
    assert found, f"{text} is not listed"
    return found[0]


def opened(qtbot, window):
    qtbot.addWidget(window)
    window.show()
    return window


def technicians(db, actor) -> dict:
    return {t.name: (t.trade, t.phone, t.active) for t in list_technicians(db, actor, include_inactive=True)}


def prices(db, actor) -> dict:
    return {m.code: (m.name, m.unit, m.price, m.active) for m in list_materials(db, actor, include_withdrawn=True)}


# --- technicians ------------------------------------------------------------------------------------------------

def test_the_team_lists_the_four_technicians_with_the_orders_in_their_queue(app, qtbot, db, estate, workshop):
    dispatch(db, workshop, report(db, workshop, leak()).number, "陈志强")
    window = opened(qtbot, TeamWindow(db, workshop))
    table = window.technicians.table
    assert window.objectName() == "teamWindow"
    assert sorted(cell(table, r, NAME) for r in range(table.proxy.rowCount())) == sorted(
        ["刘建国", "陈志强", "周海涛", "吴磊"])
    counts = {cell(table, r, NAME): cell(table, r, OPEN_ORDERS) for r in range(table.proxy.rowCount())}
    assert counts == {"刘建国": "0", "陈志强": "1", "周海涛": "0", "吴磊": "0"}
    chen = row_of(table, "陈志强")
    assert (cell(table, chen, TRADE), cell(table, chen, PHONE)) == ("水暖工", "13800138102")
    assert cell(table, chen, STATUS) == window.technicians.tr("Active")
    assert cell(table, chen, OPEN_ORDERS, Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight


def test_adding_a_technician_through_the_dialog_saves_exactly_what_was_typed(app, qtbot, db, workshop, message_boxes):
    window = opened(qtbot, TeamWindow(db, workshop))
    page = window.technicians

    def fill(dialog):
        assert dialog.findChild(QCheckBox, "active") is None  # a new technician is active
        dialog.findChild(QLineEdit, "name").setText("赵德明")  # typed through an input method
        dialog.findChild(QLineEdit, "trade").setText("电梯工")
        phone = dialog.findChild(QLineEdit, "phone")
        qtbot.keyClicks(phone, "13800138105")
        qtbot.keyClick(phone, Qt.Key.Key_Return)

    message_boxes.answer(TechnicianDialog, fill)
    window.activateWindow()
    qtbot.waitUntil(lambda: page.table.hasFocus())  # the page's list has the focus: its Ctrl+N works
    qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert technicians(db, workshop)["赵德明"] == ("电梯工", "13800138105", True)
    assert len(technicians(db, workshop)) == 5
    assert page.table.selected().name == "赵德明"
    assert cell(page.table, row_of(page.table, "赵德明"), OPEN_ORDERS) == "0"


def test_a_duplicate_name_is_refused_beside_the_name_and_nothing_is_added(app, qtbot, db, workshop, message_boxes):
    before = technicians(db, workshop)
    window = opened(qtbot, TeamWindow(db, workshop))
    shown = []

    def fill(dialog):
        name = dialog.findChild(QLineEdit, "name")
        name.setText("刘建国")
        dialog.findChild(QLineEdit, "trade").setText("电工")
        qtbot.keyClick(name, Qt.Key.Key_Return)  # refused: the dialog stays open
        shown.append((dialog.isVisible(), dialog.findChild(QLabel, "nameError").text()))
        dialog.reject()

    message_boxes.answer(TechnicianDialog, fill)
    window.technicians.add()
    assert shown == [(True, error_text(ValidationError("There is a technician named {name} already",
                                                       name="刘建国")))]
    assert technicians(db, workshop) == before
    assert window.technicians.table.proxy.rowCount() == 4


def test_a_technician_who_leaves_is_made_inactive_and_greyed_with_a_word(app, qtbot, db, workshop, message_boxes):
    window = opened(qtbot, TeamWindow(db, workshop))
    page = window.technicians
    page.table.select("吴磊")

    def leave(dialog):
        assert dialog.findChild(QLineEdit, "name").text() == "吴磊"
        dialog.findChild(QCheckBox, "active").setChecked(False)
        dialog.accept()

    message_boxes.answer(TechnicianDialog, leave)
    page.table.doubleClicked.emit(page.table.currentIndex())  # double-click edits
    assert technicians(db, workshop)["吴磊"] == ("综合维修", "13800138104", False)
    row = row_of(page.table, "吴磊")
    assert cell(page.table, row, STATUS) == page.tr("Left (inactive)")
    assert cell(page.table, row, NAME, Qt.ItemDataRole.ForegroundRole) == STATUS_GREY


def test_the_front_desk_reads_the_team_but_cannot_change_it(app, qtbot, db, workshop, clerk, message_boxes):
    window = opened(qtbot, TeamWindow(db, clerk))
    for page in (window.technicians, window.materials):
        assert not page.add_action.isEnabled() and not page.edit_action.isEnabled()
        page.table.selectRow(0)
        page.add()
        page.edit_selected()  # nothing opens
    assert window.technicians.table.proxy.rowCount() == 4 and window.materials.table.proxy.rowCount() == 15
    assert message_boxes.texts == []


# --- materials --------------------------------------------------------------------------------------------------

def test_editing_a_materials_price_through_the_dialog_saves_it_exactly(app, qtbot, db, workshop, message_boxes):
    window = opened(qtbot, TeamWindow(db, workshop))
    page = window.materials
    window.tabs.setCurrentWidget(page)
    name, unit, _price, _active = prices(db, workshop)["M001"]
    page.table.select("M001")

    def reprice(dialog):
        code = dialog.findChild(QLineEdit, "code")
        assert code.isReadOnly() and code.text() == "M001"  # the list keys on the code
        price = dialog.findChild(QLineEdit, "price")
        assert price.text() == "25.00"
        price.setText("28.50")
        qtbot.keyClick(price, Qt.Key.Key_Return)

    message_boxes.answer(MaterialDialog, reprice)
    page.edit_selected()
    assert prices(db, workshop)["M001"] == (name, unit, D("28.50"), True)
    assert cell(page.table, row_of(page.table, "M001"), PRICE) == "¥28.50"
    assert page.table.selected().code == "M001"


@pytest.mark.parametrize("typed, refusal", [
    ("abc", ValidationError("'{text}' is not an amount of money", text="abc")),
    ("-1", ValidationError("A price is in yuan, not below zero, with at most two decimals")),
])
def test_a_bad_price_is_refused_beside_the_price_field_and_changes_nothing(app, qtbot, db, workshop, message_boxes,
                                                                            typed, refusal):
    before = prices(db, workshop)
    window = opened(qtbot, TeamWindow(db, workshop))
    page = window.materials
    page.table.select("M006")
    shown = []

    def fill(dialog):
        price = dialog.findChild(QLineEdit, "price")
        price.setText(typed)
        qtbot.keyClick(price, Qt.Key.Key_Return)
        shown.append((dialog.isVisible(), dialog.findChild(QLabel, "priceError").text(),
                      dialog.findChild(QLabel, "codeError").isHidden()))
        dialog.reject()

    message_boxes.answer(MaterialDialog, fill)
    page.edit_selected()
    assert shown == [(True, error_text(refusal), True)]
    assert prices(db, workshop) == before


def test_adding_a_material_saves_it_and_an_existing_code_is_refused_not_overwritten(app, qtbot, db, workshop,
                                                                                    message_boxes):
    before = prices(db, workshop)
    window = opened(qtbot, TeamWindow(db, workshop))
    page = window.materials
    errors = []

    def fill(dialog):
        code = dialog.findChild(QLineEdit, "code")
        assert not code.isReadOnly()
        code.setText("m001")  # M001 is on the list: adding must not change it
        dialog.findChild(QLineEdit, "name").setText("防水胶带")
        dialog.findChild(QLineEdit, "unit").setText("卷")
        dialog.findChild(QLineEdit, "price").setText("12.5")
        qtbot.keyClick(code, Qt.Key.Key_Return)
        errors.append(dialog.findChild(QLabel, "codeError").text())
        code.setText("M016")
        qtbot.keyClick(code, Qt.Key.Key_Return)

    message_boxes.answer(MaterialDialog, fill)
    window.activateWindow()
    window.tabs.setCurrentWidget(page)
    qtbot.waitUntil(lambda: page.table.hasFocus())
    qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # this page's Ctrl+N
    assert errors == [error_text(ValidationError(page.tr("There is a material coded {code} already: edit it "
                                                         "instead"), code="M001"))]
    assert prices(db, workshop) == {**before, "M016": ("防水胶带", "卷", D("12.50"), True)}
    assert page.table.selected().code == "M016"


def test_a_withdrawn_material_is_shown_only_on_request_greyed_with_a_word(app, qtbot, db, workshop):
    name, unit, price, _active = prices(db, workshop)["M015"]
    save_material(db, workshop, "M015", name, unit, price, active=False)
    window = opened(qtbot, TeamWindow(db, workshop))
    page = window.materials
    assert page.table.proxy.rowCount() == 14
    page.withdrawn.setChecked(True)
    row = row_of(page.table, "M015")
    assert cell(page.table, row, MATERIAL_STATUS) == page.tr("Withdrawn")
    assert cell(page.table, row, CODE, Qt.ItemDataRole.ForegroundRole) == STATUS_GREY
    page.search.setText("m01")  # filters as you type
    assert sorted(cell(page.table, r, CODE) for r in range(page.table.proxy.rowCount())) == [
        "M010", "M011", "M012", "M013", "M014", "M015"]


# --- deadlines --------------------------------------------------------------------------------------------------

def test_a_manager_sets_the_normal_deadlines_and_a_completion_before_response_is_refused(app, qtbot, db, manager):
    window = opened(qtbot, TeamWindow(db, manager))
    page = window.deadlines
    respond, complete, error = page.rows[Priority.NORMAL]
    assert (respond.value(), complete.value()) == (8 * 60, 72 * 60)  # the defaults, in hours and minutes
    assert (respond.hours.value(), respond.minutes.value()) == (8, 0)
    respond.setValue(60)
    complete.setValue(120)
    page.save_button.click()
    assert get_deadlines(db) == {**DEFAULT_DEADLINES, Priority.NORMAL: Deadline(60, 120)}
    assert error.text() == ""
    complete.hours.setValue(0)
    complete.minutes.setValue(30)  # 30 minutes: before the response
    page.save_button.click()
    assert error.text() == error_text(ValidationError(
        "The completion deadline cannot come before the response deadline", field="complete_minutes"))
    assert get_deadlines(db) == {**DEFAULT_DEADLINES, Priority.NORMAL: Deadline(60, 120)}
    assert page.rows[Priority.HIGH][2].text() == ""  # the message sits by its own row


def test_the_engineer_reads_the_deadlines_but_cannot_change_them(app, qtbot, db, workshop):
    window = opened(qtbot, TeamWindow(db, workshop))
    page = window.deadlines
    for priority, (respond, complete, _error) in page.rows.items():
        assert not respond.isEnabled() and not complete.isEnabled()
        assert Deadline(respond.value(), complete.value()) == DEFAULT_DEADLINES[priority]
    assert not page.free_labour.isEnabled() and page.free_labour.isChecked()
    assert not page.save_button.isEnabled()
    page.save()  # nothing is saved
    assert get_deadlines(db) == DEFAULT_DEADLINES


def test_a_manager_unticks_free_labour_and_it_is_saved(app, qtbot, db, manager):
    assert get_residents_free_labour(db) is True
    window = opened(qtbot, TeamWindow(db, manager))
    page = window.deadlines
    page.free_labour.setChecked(False)
    page.save_button.click()
    assert get_residents_free_labour(db) is False
    assert get_deadlines(db) == DEFAULT_DEADLINES  # no deadline was touched
    assert page.tr("free labour") in page.status.text()


# --- monthly figures --------------------------------------------------------------------------------------------

def test_the_figures_show_two_plumbing_orders_finished_in_two_and_five_hours(app, qtbot, db, estate, workshop):
    begin = utcnow() - timedelta(hours=10)
    if local(begin).date().replace(day=1) != today().replace(day=1):
        pytest.skip("the orders would be reported last month (the test ran just after midnight on the 1st)")
    for hours in (2, 5):
        number = report(db, workshop, WorkOrderDraft(
            source="phone", category="plumbing", priority="normal", description="漏水", reporter="张三",
            contact="13800000001", unit="A-1201", reported_at=begin)).number
        dispatch(db, workshop, number, "陈志强", at=begin)
        start(db, workshop, number, at=begin)
        record_work(db, workshop, number, (WorkLineDraft("labour", D("1"), "更换", price=D("50.00")),))
        finish(db, workshop, number, at=begin + timedelta(hours=hours))
    window = opened(qtbot, StatsWindow(db, workshop))
    assert window.objectName() == "statsWindow"
    assert window.months.value() == 12
    first = window.first.date()
    assert QDate(first.year(), first.month(), 1).addMonths(11).toPython() == today().replace(day=1)
    assert window.stack.currentWidget() is window.table
    table = window.table
    assert [[cell(table, r, c) for c in range(5)] for r in range(table.proxy.rowCount())] == [
        [f"{today():%Y-%m}", translate_text(CATEGORY_LABELS[Category.PLUMBING]), "2", "2", "3.5"]]
    assert window.totals.text() == window.tr("Total: <b>{reported}</b> reported, <b>{completed}</b> "
                                             "completed").format(reported=2, completed=2)


def test_months_without_orders_say_so(app, qtbot, db, estate, workshop):
    report(db, workshop, leak(category="electrical", description="插座没电"))  # this month only
    window = opened(qtbot, StatsWindow(db, workshop))
    assert window.table.proxy.rowCount() == 1
    assert cell(window.table, 0, 4) == "—"  # nothing completed: no average
    earlier = QDate.currentDate().addYears(-2)
    window.first.setDate(earlier)
    window.months.setValue(3)
    assert window.stack.currentWidget() is window.empty
    assert earlier.toString("yyyy-MM") in window.empty.text()
