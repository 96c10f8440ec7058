"""The front desk's luggage page driven as the clerk uses it, on a real database: luggage stored through the dialog
is kept exactly and the clerk is told the tag number to write; it is released against its tag once; a tag that
does not exist is refused beside the tag and changes nothing; luggage kept since before today is red."""

from datetime import timedelta

import pytest
from PySide6.QtCore import QDateTime, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDateTimeEdit, QLabel, QLineEdit, QSpinBox

from app.clock import SITE_ZONE, format_local, today
from app.errors import NotFound, ValidationError
from app.frontdesk.luggage import LuggageDraft, get_luggage, list_luggage, release, store
from db.types import utcnow
from tests.ui.test_business_windows import cell, opened, row_of
from tests.ui.test_safety_people_windows import enter, type_in
from ui.frontdesk.luggage_page import LuggagePage, ReleaseDialog, StoreDialog
from ui.i18n import error_text
from ui.theme import STATUS_GREY, STATUS_RED

pytestmark = pytest.mark.usefixtures("estate")
STATUS, STORED, RELEASED_TO = 1, 7, 9


def minutes_ago(minutes: int):
    return (utcnow() - timedelta(minutes=minutes)).replace(second=0, microsecond=0)


def set_time(dialog, name: str, moment) -> None:
    dialog.findChild(QDateTimeEdit, name).setDateTime(QDateTime(moment.astimezone(SITE_ZONE).replace(tzinfo=None)))


def stored(db, clerk, owner="张三", at=None):
    """Stored at ``at``, or half an hour ago (to be released since)."""
    return store(db, clerk, LuggageDraft(owner, "行李箱 1 个", 1, "A-1201", "13800000001", at or minutes_ago(30)))


def test_the_actions_have_their_function_keys(app, qtbot, db, clerk):
    page = opened(qtbot, LuggagePage(db, clerk))
    assert page.new_action is page.actions_by_name["addAction"]
    assert page.new_action.shortcut() == QKeySequence("F8")
    assert page.actions_by_name["doneAction"].shortcut() == QKeySequence("Shift+F8")
    assert page.stack.currentWidget() is page.empty and "F8" in page.empty.text()
    assert page.open_box.text() == page.tr("Stored only") and page.open_box.isChecked()


def test_luggage_stored_through_the_dialog_is_kept_exactly_and_its_tag_told(app, qtbot, db, clerk,
                                                                            message_boxes):
    page = opened(qtbot, LuggagePage(db, clerk))
    when = minutes_ago(0)  # this minute: today, whatever the hour

    def fill(dialog):
        type_in(dialog, owner="王五", unit="a-1301", phone="13800000003", items="行李箱 1 个，纸箱 2 个")
        dialog.findChild(QSpinBox, "pieces").setValue(3)
        set_time(dialog, "stored_at", when)
        enter(qtbot, dialog, "items")

    message_boxes.answer(StoreDialog, fill)
    message_boxes.close_next()  # the tag number to write
    page.new_action.trigger()
    [luggage] = list_luggage(db, clerk)
    assert (luggage.owner, luggage.unit, luggage.phone, luggage.items, luggage.pieces, luggage.stored_at,
            luggage.stored_by, luggage.released_at) == (
        "王五", "A-1301", "13800000003", "行李箱 1 个，纸箱 2 个", 3, when, "李前台", None)
    assert len(message_boxes.texts) == 1 and luggage.tag in message_boxes.texts[0]
    assert page.table.selected() == luggage
    row = row_of(page.table, luggage.tag)
    assert cell(page.table, row, STATUS) == page.tr("stored")


def test_a_refused_store_says_why_beside_the_field_and_keeps_nothing(app, qtbot, db, clerk, message_boxes):
    page = opened(qtbot, LuggagePage(db, clerk))
    shown = []

    def fill(dialog):
        type_in(dialog, owner="王五", unit="Z-0001", items="纸箱")
        enter(qtbot, dialog, "items")
        shown.append((dialog.isVisible(), dialog.findChild(QLabel, "unitError").text()))
        dialog.reject()

    message_boxes.answer(StoreDialog, fill)
    page.new_action.trigger()
    assert shown == [(True, error_text(NotFound("There is no unit {code}", field="unit", code="Z-0001")))]
    assert list_luggage(db, clerk, stored_only=False) == [] and page.stack.currentWidget() is page.empty


def test_luggage_released_through_the_dialog(app, qtbot, db, clerk, message_boxes):
    luggage = stored(db, clerk)
    other = stored(db, clerk, owner="李四")
    page = opened(qtbot, LuggagePage(db, clerk))
    page.select_key(luggage.tag)
    seen, taken = [], minutes_ago(2)

    def fill(dialog):
        seen.append((dialog.findChild(QLineEdit, "tag").text(), luggage.owner in dialog.found.text()))
        type_in(dialog, released_to="张三")
        set_time(dialog, "at", taken)
        enter(qtbot, dialog, "released_to")

    message_boxes.answer(ReleaseDialog, fill)
    page.actions_by_name["doneAction"].trigger()
    assert seen == [(luggage.tag, True)]
    done = get_luggage(db, clerk, luggage.tag)
    assert (done.released_at, done.released_to, done.released_by) == (taken, "张三", "李前台")
    assert [row.tag for row in page.rows] == [other.tag]  # gone from the open ones; all of them show it
    page.show_key(done.tag, open_only=False)
    assert page.table.selected() == done
    row = row_of(page.table, luggage.tag)
    assert cell(page.table, row, STATUS) == page.tr("released") and cell(page.table, row, RELEASED_TO) == "张三"
    assert cell(page.table, row, STATUS, Qt.ItemDataRole.ForegroundRole) == STATUS_GREY

    def by_last_digits(dialog):  # the clerk types only the last digits written on the tag
        type_in(dialog, tag=str(int(other.tag[-6:])), released_to="李四")
        seen.append(dialog.found.text().startswith(other.tag))
        enter(qtbot, dialog, "released_to")

    page.table.clearSelection()
    message_boxes.answer(ReleaseDialog, by_last_digits)
    page.actions_by_name["doneAction"].trigger()
    assert seen[1] and get_luggage(db, clerk, other.tag).released_to == "李四"
    assert list_luggage(db, clerk) == []


def test_a_tag_that_does_not_exist_is_refused_beside_the_tag_and_nothing_changes(app, qtbot, db, clerk,
                                                                                 message_boxes):
    luggage = stored(db, clerk)
    page = opened(qtbot, LuggagePage(db, clerk))
    shown = []

    def fill(dialog):
        type_in(dialog, tag="XL1999000042", released_to="张三")
        enter(qtbot, dialog, "released_to")
        shown.append((dialog.isVisible(), dialog.findChild(QLabel, "tagError").text(),
                      dialog.findChild(QLabel, "released_toError").isHidden()))
        dialog.reject()

    message_boxes.answer(ReleaseDialog, fill)
    page.actions_by_name["doneAction"].trigger()
    refused = NotFound("There is no luggage with tag {tag}; check the number on the tag", field="tag",
                       tag="XL1999000042")
    assert shown == [(True, error_text(refused), True)]
    assert list_luggage(db, clerk, stored_only=False) == [luggage]


def test_a_tag_released_already_is_refused_beside_the_tag(app, qtbot, db, clerk, message_boxes):
    luggage = stored(db, clerk)
    first = release(db, clerk, luggage.tag, "张三")
    page = opened(qtbot, LuggagePage(db, clerk))
    shown = []

    def fill(dialog):
        type_in(dialog, tag=luggage.tag.lower(), released_to="李四")
        enter(qtbot, dialog, "released_to")
        shown.append(dialog.findChild(QLabel, "tagError").text())
        dialog.reject()

    message_boxes.answer(ReleaseDialog, fill)
    page.actions_by_name["doneAction"].trigger()
    refused = ValidationError("Tag {tag} was released already, to {name} at {time}", field="tag", tag=luggage.tag,
                              name="张三", time=format_local(first.released_at))
    assert shown == [error_text(refused)]
    assert get_luggage(db, clerk, luggage.tag) == first


def test_luggage_stored_since_before_today_is_red(app, qtbot, db, clerk):
    old = stored(db, clerk, owner="王五", at=utcnow() - timedelta(days=2))
    new = stored(db, clerk, owner="李四", at=utcnow())
    page = opened(qtbot, LuggagePage(db, clerk))
    row = row_of(page.table, old.tag)
    assert cell(page.table, row, STATUS) == page.tr("stored since {day}").format(
        day=(today() - timedelta(days=2)).isoformat())
    assert cell(page.table, row, STATUS, Qt.ItemDataRole.ForegroundRole) == STATUS_RED
    assert cell(page.table, row, STORED, Qt.ItemDataRole.ForegroundRole) == STATUS_RED
    row = row_of(page.table, new.tag)
    assert cell(page.table, row, STATUS) == page.tr("stored")
    assert cell(page.table, row, STATUS, Qt.ItemDataRole.ForegroundRole) is None
