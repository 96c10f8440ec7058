"""The front-desk tab as the clerk at the counter uses it: a visitor signed in and out and a key issued and
taken back with the keyboard alone (function keys, typing, Tab and Enter; no mouse), the day's counts each a
click from their list, and one search across every log."""

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.frontdesk.keys import KeyDraft, issue_key, list_loans, save_key
from app.frontdesk.luggage import LuggageDraft, store
from app.frontdesk.parcels import ParcelDraft, log_parcel
from app.frontdesk.visitors import IdType, VisitorDraft, list_visitors, sign_in
from db.types import utcnow
from ui.frontdesk.keys_page import IssueKeyDialog, ReturnKeyDialog
from ui.frontdesk.tab import FrontDeskTab
from ui.frontdesk.visitors_page import SignOutDialog, VisitorDialog


@pytest.fixture
def tab(app, qtbot, db, clerk, estate):
    tab = FrontDeskTab(db, clerk)
    qtbot.addWidget(tab)
    tab.resize(1280, 720)
    tab.show()
    qtbot.waitExposed(tab)
    tab.activateWindow()
    tab.search.setFocus()
    return tab


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """A key pressed wherever the focus is, as on a real keyboard."""
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def active(qtbot, window) -> None:
    """The window has the keyboard, as when the window manager activates a dialog that opens, or the window
    again once the dialog is closed (offscreen, nothing does it for us)."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None and QApplication.focusWidget().window() is window)


def typed(qtbot, text: str) -> None:
    qtbot.keyClicks(QApplication.focusWidget(), text)


def tab_key(qtbot, times: int = 1) -> None:
    for _ in range(times):
        press(qtbot, Qt.Key.Key_Tab)


def test_a_visitor_is_signed_in_and_out_with_the_keyboard_alone(tab, qtbot, db, clerk, message_boxes):
    seen = []

    def register(dialog):
        active(qtbot, dialog)
        seen.append(QApplication.focusWidget().objectName())
        typed(qtbot, "Zhao Liu")  # name
        tab_key(qtbot)  # the kind of ID: an ID card, as offered
        tab_key(qtbot)
        typed(qtbot, "1234")  # the last digits of the ID
        tab_key(qtbot)
        typed(qtbot, "Huaxin")  # company
        tab_key(qtbot)
        typed(qtbot, "A-1201")  # unit visited
        tab_key(qtbot)
        typed(qtbot, "Zhang San")  # person visited
        tab_key(qtbot)
        typed(qtbot, "meeting")  # purpose
        tab_key(qtbot, 2)  # people: 1, as offered
        typed(qtbot, "V-07")  # badge
        press(qtbot, Qt.Key.Key_Return)

    message_boxes.answer(VisitorDialog, register)
    press(qtbot, Qt.Key.Key_F2)
    assert seen == ["name"]
    [visitor] = list_visitors(db, clerk)
    assert (visitor.name, visitor.id_type, visitor.id_tail, visitor.company, visitor.unit, visitor.host,
            visitor.purpose, visitor.people, visitor.badge, visitor.time_out) == \
        ("Zhao Liu", IdType.ID_CARD, "1234", "Huaxin", "A-1201", "Zhang San", "meeting", 1, "V-07", None)
    assert tab.pages.currentWidget() is tab.page("visitors") and tab.page("visitors").table.selected() == visitor
    assert tab.day.buttons["visitors_inside"].text().startswith("1 ")

    def leaves(dialog):
        active(qtbot, dialog)
        seen.append(dialog.field("number").value())  # the visitor selected is offered
        press(qtbot, Qt.Key.Key_Return)

    message_boxes.answer(SignOutDialog, leaves)
    active(qtbot, tab)
    press(qtbot, Qt.Key.Key_F2, Qt.KeyboardModifier.ShiftModifier)
    assert seen[1] == visitor.number
    [left] = list_visitors(db, clerk)
    assert left.time_out is not None and abs(left.time_out - utcnow()) < timedelta(minutes=2)
    assert tab.day.buttons["visitors_inside"].text().startswith("0 ")


def test_a_key_is_issued_and_returned_with_the_keyboard_alone(tab, qtbot, db, clerk, message_boxes):
    save_key(db, clerk, KeyDraft("K-101", "B1 水泵房", 1))

    def issue(dialog):
        active(qtbot, dialog)
        typed(qtbot, "k-101")  # the key's number, in the key field that has the focus
        tab_key(qtbot)
        typed(qtbot, "Chen")  # issued to
        tab_key(qtbot)
        typed(qtbot, "Xunda Lifts")  # company
        press(qtbot, Qt.Key.Key_Return)

    message_boxes.answer(IssueKeyDialog, issue)
    press(qtbot, Qt.Key.Key_F3)
    [loan] = list_loans(db, clerk)
    assert (loan.key_code, loan.person, loan.company, loan.returned_at) == ("K-101", "Chen", "Xunda Lifts", None)
    assert loan.due_at > loan.issued_at + timedelta(hours=1)
    assert tab.pages.currentWidget() is tab.page("keys") and tab.page("keys").table.selected() == loan

    offered = []

    def give_back(dialog):
        active(qtbot, dialog)
        offered.append(dialog.field("loan").value())  # the key selected is offered
        press(qtbot, Qt.Key.Key_Return)

    message_boxes.answer(ReturnKeyDialog, give_back)
    active(qtbot, tab)
    press(qtbot, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert offered == [loan.id]
    [back] = list_loans(db, clerk, out_only=False)
    assert back.returned_at is not None and back.received_by == "李前台"
    assert list_loans(db, clerk) == []


def test_each_count_of_the_day_opens_its_list_and_overdue_ones_are_red(tab, qtbot, db, clerk):
    save_key(db, clerk, KeyDraft("K-101", "B1 水泵房", 1))
    issue_key(db, clerk, "K-101", "陈工", utcnow() - timedelta(minutes=10), at=utcnow() - timedelta(hours=2))
    store(db, clerk, LuggageDraft("孙八", "行李箱", 1, "A-1301"))
    tab.refresh_day()
    keys = tab.day.buttons["keys_out"]
    assert keys.text().split("\n") == [f"1  {tab.day.tr('Keys out')}", tab.day.tr("{count} overdue").format(count=1)]
    assert "c0392b" in keys.styleSheet() and tab.attention_count == 1
    assert "c0392b" not in tab.day.buttons["luggage_stored"].styleSheet()
    tab.page("keys").open_box.setChecked(False)
    qtbot.mouseClick(keys, Qt.MouseButton.LeftButton)
    assert tab.pages.currentWidget() is tab.page("keys") and tab.page("keys").open_box.isChecked()
    qtbot.mouseClick(tab.day.buttons["luggage_stored"], Qt.MouseButton.LeftButton)
    assert tab.pages.currentWidget() is tab.page("luggage")
    assert [row.owner for row in tab.page("luggage").rows] == ["孙八"]


def test_one_search_finds_a_unit_in_every_log_and_counts_per_page(tab, qtbot, db, clerk):
    sign_in(db, clerk, VisitorDraft("赵六", IdType.ID_CARD, "1234", "", "A-1301", "王五", "探亲"))
    log_parcel(db, clerk, ParcelDraft("parcel", "顺丰", "SF1234567890", "A-1301", "王五"))
    store(db, clerk, LuggageDraft("王五", "纸箱", 2, "A-1301"))
    sign_in(db, clerk, VisitorDraft("钱七", IdType.ID_CARD, "5678", "", "A-0801", "李四", "送货"))
    tab.page("luggage").open_box.setChecked(True)
    tab.pages.setCurrentWidget(tab.page("keys"))
    tab.search.setText("a-1301")
    tab.apply_search()
    titles = {tab.pages.widget(i).objectName(): tab.pages.tabText(i) for i in range(tab.pages.count())}
    counted = tab.tr("{title} ({count})")
    assert (titles["visitorsPage"], titles["parcelsPage"], titles["luggagePage"], titles["keysPage"]) == (
        counted.format(title=tab.tr("Visitors"), count=1), counted.format(title=tab.tr("Mail and parcels"), count=1),
        counted.format(title=tab.tr("Luggage"), count=1), counted.format(title=tab.tr("Keys"), count=0))
    assert tab.pages.currentWidget() is tab.page("visitors")  # the keys have none: the first page with some
    assert [v.name for v in tab.page("visitors").rows] == ["赵六"]
    tab.search.clear()
    tab.apply_search()
    assert [v.name for v in tab.page("visitors").rows] == ["钱七", "赵六"]
    assert "(" not in tab.pages.tabText(0)
