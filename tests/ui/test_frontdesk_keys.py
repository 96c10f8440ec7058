"""The keys page of the front desk on a real database: keys registered in the key register window, issued to a
named person by typing the key's number, a key issued twice refused beside the key with nothing saved, a key
past its due time red with the word, and a key taken back by typing its number."""

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDateTimeEdit, QLabel

from app.clock import SITE_ZONE, format_local
from app.errors import ValidationError
from app.frontdesk.keys import KeyDraft, issue_key, list_keys, list_loans, save_key
from db.types import utcnow
from tests.conftest import table_count
from tests.ui.test_business_windows import cell, opened
from tests.ui.test_safety_people_windows import enter, type_in
from ui.frontdesk.keys_page import (
    IssueKeyDialog,
    KeyDialog,
    KeyRegisterWindow,
    KeysPage,
    ReturnKeyDialog,
    due_by_default,
)
from ui.i18n import error_text
from ui.theme import STATUS_GREY, STATUS_RED

STATUS, PERSON = 1, 3


def pick(qtbot, dialog, name: str, typed: str) -> None:
    """Types into a pick box as the clerk does, then Enter."""
    line = dialog.field(name).lineEdit()
    line.clear()
    qtbot.keyClicks(line, typed)
    qtbot.keyClick(line, Qt.Key.Key_Return)


def test_keys_are_added_in_the_register_window(app, qtbot, db, clerk, message_boxes):
    window = opened(qtbot, KeyRegisterWindow(db, clerk))
    page = window.page
    assert page.stack.currentWidget() is page.empty

    def fill(dialog):
        type_in(dialog, code="k-101", opens="B1 水泵房")
        dialog.field("copies").setValue(2)
        enter(qtbot, dialog, "opens")

    message_boxes.answer(KeyDialog, fill)
    page.add()
    [key] = list_keys(db, clerk)
    assert (key.code, key.opens, key.copies, key.active, key.out) == ("K-101", "B1 水泵房", 2, True, 0)
    assert page.table.selected() == key
    assert [cell(page.table, 0, c) for c in range(4)] == ["K-101", "B1 水泵房", "2", "2"]


def test_a_key_is_issued_by_typing_its_number_and_issued_twice_is_refused(app, qtbot, db, clerk, message_boxes):
    save_key(db, clerk, KeyDraft("K-101", "B1 水泵房", 1))
    save_key(db, clerk, KeyDraft("K-102", "屋顶门", 1))
    page = opened(qtbot, KeysPage(db, clerk))
    assert (page.new_action.shortcut(), page.actions_by_name["doneAction"].shortcut()) == \
        (QKeySequence("F3"), QKeySequence("Shift+F3"))
    due = []

    def fill(dialog):
        due.append(dialog.findChild(QDateTimeEdit, "due_at").dateTime().toPython())
        type_in(dialog, person="陈工", company="迅达电梯", phone="13700000000", reason="水泵检修")
        pick(qtbot, dialog, "code", "k-101")

    message_boxes.answer(IssueKeyDialog, fill)
    page.new()
    [loan] = list_loans(db, clerk)
    assert (loan.key_code, loan.person, loan.company, loan.phone, loan.reason, loan.issued_by) == \
        ("K-101", "陈工", "迅达电梯", "13700000000", "水泵检修", "李前台")
    assert loan.due_at == due[0].replace(tzinfo=SITE_ZONE) == due_by_default(loan.issued_at)
    assert page.table.selected() == loan and cell(page.table, 0, STATUS) == page.tr("out")

    shown = []

    def twice(dialog):
        type_in(dialog, person="刘工")
        pick(qtbot, dialog, "code", "K-101")
        shown.append((dialog.isVisible(), dialog.findChild(QLabel, "codeError").text()))
        dialog.reject()

    message_boxes.answer(IssueKeyDialog, twice)
    page.new()
    refused = ValidationError("Key {code} is out already: {person} has had it since {time}", field="code",
                              code="K-101", person="陈工", time=format_local(loan.issued_at))
    assert shown == [(True, error_text(refused))]
    assert table_count(db, "key_loan") == 1


def test_a_key_past_its_due_time_is_red_and_comes_back_by_its_number(app, qtbot, db, clerk, message_boxes):
    save_key(db, clerk, KeyDraft("K-101", "B1 水泵房", 1))
    save_key(db, clerk, KeyDraft("K-102", "屋顶门", 1))
    issued = utcnow() - timedelta(hours=3)
    issue_key(db, clerk, "K-101", "陈工", issued + timedelta(hours=1), at=issued)
    issue_key(db, clerk, "K-102", "刘工", utcnow() + timedelta(hours=1))
    page = opened(qtbot, KeysPage(db, clerk))
    assert [cell(page.table, r, PERSON) for r in range(2)] == ["刘工", "陈工"]
    assert (cell(page.table, 1, STATUS), cell(page.table, 1, STATUS, Qt.ItemDataRole.ForegroundRole)) == \
        (page.tr("overdue"), STATUS_RED)
    assert cell(page.table, 0, STATUS, Qt.ItemDataRole.ForegroundRole) is None

    def back(dialog):
        pick(qtbot, dialog, "loan", "K-101")

    message_boxes.answer(ReturnKeyDialog, back)
    page.give_back()
    returned = [loan for loan in list_loans(db, clerk, out_only=False) if loan.key_code == "K-101"][0]
    assert returned.received_by == "李前台" and abs(returned.returned_at - utcnow()) < timedelta(minutes=2)
    assert [loan.person for loan in page.rows] == ["刘工"]  # gone from the open ones; all of them show it
    page.show_key(returned.id, open_only=False)
    assert page.table.selected() == returned
    assert (cell(page.table, page.table.currentIndex().row(), STATUS),
            cell(page.table, page.table.currentIndex().row(), STATUS, Qt.ItemDataRole.ForegroundRole)) == \
        (page.tr("returned"), STATUS_GREY)


def test_a_key_that_is_not_out_is_refused_beside_the_key(app, qtbot, db, clerk, message_boxes):
    save_key(db, clerk, KeyDraft("K-101", "B1 水泵房", 1))
    page = opened(qtbot, KeysPage(db, clerk))
    shown = []

    def wrong(dialog):
        pick(qtbot, dialog, "loan", "K-101")
        shown.append(dialog.findChild(QLabel, "loanError").text())
        dialog.reject()

    message_boxes.answer(ReturnKeyDialog, wrong)
    page.give_back()
    assert shown == [error_text(ValidationError("{text} is not a key that is out: choose one from the list",
                                                text="K-101"))]
    assert table_count(db, "key_loan") == 0


def test_the_due_time_offered_is_two_hours_on_on_the_half_hour(app):
    from datetime import datetime
    at = datetime(2026, 11, 24, 9, 10, tzinfo=SITE_ZONE)
    assert due_by_default(at) == datetime(2026, 11, 24, 11, 30, tzinfo=SITE_ZONE)
    assert due_by_default(at.replace(minute=40)) == datetime(2026, 11, 24, 12, 0, tzinfo=SITE_ZONE)
    assert due_by_default(at.replace(minute=0)) == datetime(2026, 11, 24, 11, 0, tzinfo=SITE_ZONE)
