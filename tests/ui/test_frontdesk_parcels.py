"""The front desk's mail-and-parcels page driven as the clerk uses it, on a real database: an item logged through
the dialog is stored exactly, picked up once by a named person (a second pick-up is refused beside its field
and changes nothing), items waiting too long are red with their days, and the day's newspapers are recorded per
unit from a grid."""

from datetime import timedelta

import pytest
from PySide6.QtCore import QDateTime, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateTimeEdit, QLabel, QPushButton, QSpinBox

from app.clock import SITE_ZONE, format_local, today
from app.errors import NotFound, ValidationError
from app.frontdesk.parcels import (
    ParcelDraft,
    ParcelKind,
    deliver_periodicals,
    get_parcel,
    list_parcels,
    list_periodicals,
    log_parcel,
    pick_up,
    set_parcel_waiting_days,
)
from db.types import utcnow
from tests.ui.test_business_windows import cell, opened, row_of
from tests.ui.test_safety_people_windows import choose, enter, type_in
from ui.frontdesk.parcel_dialogs import PeriodicalsDialog, PickUpDialog
from ui.frontdesk.parcels_page import ParcelDialog, ParcelsPage
from ui.i18n import error_text
from ui.theme import STATUS_GREY, STATUS_RED

pytestmark = pytest.mark.usefixtures("estate")
STATUS, REGISTERED, ARRIVED, COLLECTED = 1, 3, 8, 11


def minutes_ago(minutes: int):
    return (utcnow() - timedelta(minutes=minutes)).replace(second=0, microsecond=0)


def arrival(db, clerk, tracking="SF1001", unit="A-1201", recipient="张三", at=None, kind=ParcelKind.PARCEL):
    return log_parcel(db, clerk, ParcelDraft(kind, "顺丰", tracking, unit, recipient, False, at or minutes_ago(30)))


def set_time(dialog, name: str, moment) -> None:
    shown = moment.astimezone(SITE_ZONE).replace(tzinfo=None)
    dialog.findChild(QDateTimeEdit, name).setDateTime(QDateTime(shown))


def test_the_actions_have_their_function_keys(app, qtbot, db, clerk):
    page = opened(qtbot, ParcelsPage(db, clerk))
    assert page.new_action is page.actions_by_name["addAction"]
    assert page.new_action.shortcut() == QKeySequence("F4")
    assert page.actions_by_name["doneAction"].shortcut() == QKeySequence("Shift+F4")
    assert page.stack.currentWidget() is page.empty and "F4" in page.empty.text()
    assert page.open_box.text() == page.tr("Waiting only") and page.open_box.isChecked()


def test_a_parcel_logged_through_the_dialog_is_stored_exactly(app, qtbot, db, clerk, message_boxes):
    page = opened(qtbot, ParcelsPage(db, clerk))
    arrived = minutes_ago(20)
    offered = []

    def fill(dialog):
        carrier = dialog.findChild(QComboBox, "carrier")
        offered.append((carrier.currentText(), [carrier.itemText(i) for i in range(3)],
                        dialog.findChild(QComboBox, "kind").currentData()))
        carrier.setEditText("顺丰")
        type_in(dialog, tracking="sf1234567890123", unit="A-1201", recipient="张三")
        dialog.findChild(QCheckBox, "registered").setChecked(True)
        set_time(dialog, "arrived_at", arrived)
        enter(qtbot, dialog, "recipient")

    message_boxes.answer(ParcelDialog, fill)
    page.new_action.trigger()
    assert offered == [("", ["顺丰", "京东", "中通"], ParcelKind.PARCEL.value)]
    [parcel] = list_parcels(db, clerk)
    assert (parcel.kind, parcel.carrier, parcel.tracking, parcel.unit, parcel.recipient, parcel.registered,
            parcel.arrived_at, parcel.logged_by, parcel.notified_at, parcel.picked_up_at) == (
        ParcelKind.PARCEL, "顺丰", "SF1234567890123", "A-1201", "张三", True, arrived, "李前台", None, None)
    assert page.table.selected() == parcel
    row = row_of(page.table, parcel.number)
    assert cell(page.table, row, STATUS) == page.tr("waiting")
    assert cell(page.table, row, REGISTERED) == page.tr("registered")

    def letter(dialog):  # the next one starts with the carrier of the last: a courier brings several
        offered.append(dialog.findChild(QComboBox, "carrier").currentText())
        dialog.findChild(QComboBox, "carrier").setEditText("EMS")
        choose(dialog, "kind", ParcelKind.LETTER.value)
        type_in(dialog, unit="B-0101", recipient="华信公司 财务部")
        enter(qtbot, dialog, "recipient")

    message_boxes.answer(ParcelDialog, letter)
    page.new_action.trigger()
    assert offered[1] == "顺丰"
    newest = list_parcels(db, clerk)[0]
    assert (newest.kind, newest.carrier, newest.tracking, newest.unit, newest.recipient, newest.registered) == (
        ParcelKind.LETTER, "EMS", "", "B-0101", "华信公司 财务部", False)
    assert cell(page.table, row_of(page.table, newest.number), REGISTERED) == ""


def test_a_unit_that_does_not_exist_is_refused_beside_the_unit(app, qtbot, db, clerk, message_boxes):
    page = opened(qtbot, ParcelsPage(db, clerk))
    shown = []

    def fill(dialog):
        dialog.findChild(QComboBox, "carrier").setEditText("京东")
        type_in(dialog, tracking="JD0001", unit="Z-9999", recipient="张三")
        enter(qtbot, dialog, "recipient")
        shown.append((dialog.isVisible(), dialog.findChild(QLabel, "unitError").text(), len(list_parcels(db, clerk))))
        dialog.reject()

    message_boxes.answer(ParcelDialog, fill)
    page.new_action.trigger()
    assert shown == [(True, error_text(NotFound("There is no unit {code}", field="unit", code="Z-9999")), 0)]


def test_a_parcel_picked_up_through_the_dialog(app, qtbot, db, clerk, message_boxes):
    parcel = arrival(db, clerk)
    other = arrival(db, clerk, tracking="YT778899001", unit="A-0801", recipient="李四")
    page = opened(qtbot, ParcelsPage(db, clerk))
    page.select_key(parcel.number)
    seen, collected = [], minutes_ago(5)

    def fill(dialog):
        picker = dialog.findChild(QComboBox, "number")
        seen.append((picker.currentData(), [picker.itemText(i) for i in range(picker.count())]))
        type_in(dialog, picked_up_by="小王")
        set_time(dialog, "at", collected)
        enter(qtbot, dialog, "picked_up_by")

    message_boxes.answer(PickUpDialog, fill)
    page.actions_by_name["doneAction"].trigger()
    assert seen == [(parcel.number, [f"{other.number} · …899001 · A-0801 · 李四",
                                     f"{parcel.number} · SF1001 · A-1201 · 张三"])]
    done = get_parcel(db, clerk, parcel.number)
    assert (done.picked_up_at, done.picked_up_by, done.handed_by) == (collected, "小王", "李前台")
    assert [p.number for p in page.rows] == [other.number]  # gone from the open ones; all of them show it
    page.show_key(done.number, open_only=False)
    assert page.table.selected() == done
    row = row_of(page.table, parcel.number)
    assert cell(page.table, row, STATUS) == page.tr("picked up") and cell(page.table, row, COLLECTED) == "小王"
    assert cell(page.table, row, STATUS, Qt.ItemDataRole.ForegroundRole) == STATUS_GREY

    def by_tracking_tail(dialog):  # nothing selected: the clerk types the end of the tracking number
        dialog.findChild(QComboBox, "number").setEditText("899001")
        type_in(dialog, picked_up_by="李四")
        enter(qtbot, dialog, "picked_up_by")

    page.table.clearSelection()
    message_boxes.answer(PickUpDialog, by_tracking_tail)
    page.actions_by_name["doneAction"].trigger()
    assert get_parcel(db, clerk, other.number).picked_up_by == "李四"
    assert list_parcels(db, clerk) == []


def test_a_parcel_picked_up_twice_is_refused_beside_its_field_and_nothing_changes(app, qtbot, db, clerk,
                                                                                  message_boxes):
    parcel = arrival(db, clerk)
    page = opened(qtbot, ParcelsPage(db, clerk))
    page.select_key(parcel.number)
    shown = []

    def fill(dialog):
        assert dialog.findChild(QComboBox, "number").currentData() == parcel.number
        pick_up(db, clerk, parcel.number, "张三")  # another desk hands it over meanwhile
        type_in(dialog, picked_up_by="小王")
        enter(qtbot, dialog, "picked_up_by")
        shown.append((dialog.isVisible(), dialog.findChild(QLabel, "numberError").text(),
                      dialog.findChild(QLabel, "picked_up_byError").isHidden()))
        dialog.reject()

    message_boxes.answer(PickUpDialog, fill)
    page.actions_by_name["doneAction"].trigger()
    first = get_parcel(db, clerk, parcel.number)
    refused = ValidationError("{number} was picked up already, by {name} at {time}", field="number",
                              number=parcel.number, name="张三", time=format_local(first.picked_up_at))
    assert shown == [(True, error_text(refused), True)]
    assert (first.picked_up_by, first.handed_by) == ("张三", "李前台")

    def typed_again(dialog):  # its number typed by hand: refused the same way
        dialog.findChild(QComboBox, "number").setEditText(parcel.number)
        type_in(dialog, picked_up_by="小王")
        enter(qtbot, dialog, "picked_up_by")
        shown.append(dialog.findChild(QLabel, "numberError").text())
        dialog.reject()

    message_boxes.answer(PickUpDialog, typed_again)
    page.actions_by_name["doneAction"].trigger()
    assert shown[1] == error_text(refused)
    assert get_parcel(db, clerk, parcel.number) == first


def test_a_parcel_waiting_longer_than_the_sites_days_is_red_with_its_days(app, qtbot, db, clerk, manager):
    set_parcel_waiting_days(db, manager, 2)
    old = arrival(db, clerk, tracking="ZT01", at=utcnow() - timedelta(days=3))
    recent = arrival(db, clerk, tracking="ZT02", at=utcnow() - timedelta(days=2))
    page = opened(qtbot, ParcelsPage(db, clerk))
    row = row_of(page.table, old.number)
    assert cell(page.table, row, STATUS) == page.tr("waiting {days} days").format(days=3)
    assert cell(page.table, row, STATUS, Qt.ItemDataRole.ForegroundRole) == STATUS_RED
    assert cell(page.table, row, ARRIVED, Qt.ItemDataRole.ForegroundRole) == STATUS_RED
    row = row_of(page.table, recent.number)  # two days: not yet more than the site's two
    assert cell(page.table, row, STATUS) == page.tr("waiting")
    assert cell(page.table, row, STATUS, Qt.ItemDataRole.ForegroundRole) is None


def test_the_recipient_notified_is_marked_on_the_selected_item(app, qtbot, db, clerk):
    parcel = arrival(db, clerk)
    page = opened(qtbot, ParcelsPage(db, clerk))
    assert not page.notify_action.isEnabled()  # nothing selected
    page.select_key(parcel.number)
    assert page.notify_action.isEnabled()
    before = utcnow()
    page.notify_action.trigger()
    notified = get_parcel(db, clerk, parcel.number).notified_at
    assert notified is not None and notified >= before - timedelta(seconds=1)
    assert cell(page.table, row_of(page.table, parcel.number), STATUS) == page.tr("notified")
    assert page.selected_key() == parcel.number


def test_the_days_newspapers_are_recorded_from_the_grid(app, qtbot, db, clerk, message_boxes):
    yesterday = today() - timedelta(days=1)
    deliver_periodicals(db, clerk, yesterday, [("A-1201", "人民日报", 1), ("B-0101", "经济日报", 2)])
    page = opened(qtbot, ParcelsPage(db, clerk))
    shown = []

    def fill(dialog):
        copy, grid = dialog.findChild(QPushButton, "copyLast"), dialog.grid.table
        recorded = dialog.findChild(QLabel, "recordedLabel")
        shown.append((copy.text(), recorded.text()))
        copy.click()  # yesterday's list to start from: two lines and the empty one
        shown.append([(grid.cellWidget(r, 0).text(), grid.cellWidget(r, 1).text()) for r in range(grid.rowCount())])
        dialog.findChild(QSpinBox, "copies1").setValue(3)
        type_in(dialog, unit2="a-1301", title2="读者")  # typing in the last line opens another
        shown.append(grid.rowCount())
        enter(qtbot, dialog, "title2")  # Enter records; the window stays open with the day's list
        shown.append((dialog.isVisible(), recorded.text(), dialog.recorded.proxy.rowCount(), grid.rowCount(),
                      copy.isEnabled()))
        enter(qtbot, dialog, "unit0")  # nothing more to record
        shown.append(dialog.findChild(QLabel, "rowsError").text())
        shown.append(dialog)
        dialog.reject()

    message_boxes.answer(PeriodicalsDialog, fill)
    page.actions_by_name["slipAction"].trigger()
    recorded = [(p.unit, p.title, p.copies, p.delivered_by) for p in list_periodicals(db, clerk, on=today())]
    assert recorded == [("A-1201", "人民日报", 1, "李前台"), ("A-1301", "读者", 1, "李前台"),
                        ("B-0101", "经济日报", 3, "李前台")]
    dialog = shown.pop()
    day, last = today().isoformat(), yesterday.isoformat()
    assert shown == [
        (dialog.tr("Copy the list of {day}").format(day=last),
         dialog.tr("Recorded on {day}: {count}").format(day=day, count=0)),
        [("A-1201", "人民日报"), ("B-0101", "经济日报"), ("", "")],
        4,
        (True, dialog.tr("Recorded on {day}: {count}").format(day=day, count=3), 3, 1, True),
        error_text(ValidationError("List at least one delivery", field="rows"))]


def test_a_wrong_line_of_newspapers_is_refused_with_its_line_and_nothing_is_recorded(app, qtbot, db, clerk,
                                                                                     message_boxes):
    page = opened(qtbot, ParcelsPage(db, clerk))
    shown = []

    def fill(dialog):
        shown.append(dialog.findChild(QPushButton, "copyLast").isEnabled())  # nothing delivered before
        type_in(dialog, unit0="A-1201", title0="人民日报")
        type_in(dialog, unit1="Z-0000", title1="人民日报")
        enter(qtbot, dialog, "title1")
        shown.append(dialog.findChild(QLabel, "rowsError").text())
        dialog.reject()

    message_boxes.answer(PeriodicalsDialog, fill)
    page.actions_by_name["slipAction"].trigger()
    refused = NotFound("Line {line}: there is no unit {code}", field="rows", line=2, code="Z-0000")
    assert shown == [False, error_text(refused)]
    assert list_periodicals(db, clerk) == []
