"""The visitors page of the front desk, driven as the clerk uses it on a real database: a visitor signed in is
stored exactly and selected, a full ID number or a time out before the time in is refused beside its field and
stores nothing, a visitor left inside from an earlier day is red with the words, and the slip is printed."""

from datetime import timedelta

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDateTimeEdit, QLabel

from app.clock import SITE_ZONE, format_local, today
from app.errors import ValidationError
from app.frontdesk.visitors import ID_TYPE_LABELS, IdType, VisitorDraft, list_visitors, sign_in
from db.types import utcnow
from tests.conftest import table_count
from tests.ui.test_business_windows import cell, opened
from tests.ui.test_safety_people_windows import choose, enter, type_in
from ui.frontdesk.visitors_page import SignOutDialog, VisitorDialog, VisitorsPage
from ui.i18n import error_text, translate_text
from ui.pdf_preview import PdfPreviewDialog
from ui.theme import STATUS_GREY, STATUS_RED

STATUS, NAME, ID = 1, 2, 3


def visit(**changes) -> VisitorDraft:
    values = dict(name="赵六", id_type=IdType.ID_CARD, id_tail="1234", company="华信公司", unit="A-1201",
                  host="张三", purpose="洽谈业务")
    values.update(changes)
    return VisitorDraft(**values)


def set_time(dialog, name, moment) -> None:
    local = moment.astimezone(SITE_ZONE).replace(tzinfo=None)
    dialog.findChild(QDateTimeEdit, name).setDateTime(QDateTime(local))


def test_a_visitor_is_signed_in_through_the_form_and_selected_in_the_list(app, qtbot, db, clerk, estate,
                                                                            message_boxes):
    page = opened(qtbot, VisitorsPage(db, clerk))
    assert page.stack.currentWidget() is page.empty
    assert page.new_action.shortcut() == QKeySequence("F2")
    assert page.actions_by_name["enableAction"].shortcut() == QKeySequence("Shift+F2")

    def fill(dialog):
        type_in(dialog, name="赵六", id_tail="12345X", company="华信公司", unit="a-1201", host="张三",
                purpose="洽谈业务", badge="v-07", phone="13900001111")
        choose(dialog, "id_type", IdType.ID_CARD.value)
        enter(qtbot, dialog, "phone")

    message_boxes.answer(VisitorDialog, fill)
    page.new()
    [saved] = list_visitors(db, clerk)
    assert (saved.number, saved.name, saved.id_type, saved.id_tail, saved.company, saved.unit, saved.host,
            saved.purpose, saved.people, saved.badge, saved.phone, saved.time_out, saved.recorded_by) == \
        (f"FK{today().year}000001", "赵六", IdType.ID_CARD, "12345X", "华信公司", "A-1201", "张三", "洽谈业务", 1,
         "V-07", "13900001111", None, "李前台")
    assert abs(saved.time_in - utcnow()) < timedelta(minutes=2)
    assert page.table.selected() == saved
    assert (cell(page.table, 0, STATUS), cell(page.table, 0, NAME), cell(page.table, 0, ID)) == \
        (page.tr("inside"), "赵六", f"{translate_text(ID_TYPE_LABELS[IdType.ID_CARD])} ****12345X")


def test_a_full_id_number_is_refused_beside_the_id_field_and_nothing_is_saved(app, qtbot, db, clerk, estate,
                                                                              message_boxes):
    page = opened(qtbot, VisitorsPage(db, clerk))
    shown = []

    def fill(dialog):
        type_in(dialog, name="赵六", id_tail="110101199003071234", unit="A-1201", purpose="洽谈业务")
        enter(qtbot, dialog, "purpose")
        shown.append((dialog.isVisible(), dialog.findChild(QLabel, "id_tailError").text(),
                      dialog.focusWidget().objectName()))
        dialog.reject()

    message_boxes.answer(VisitorDialog, fill)
    page.new()
    refused = ValidationError("Only the last {low} to {high} digits of an ID are kept; the full number is never "
                              "stored. Type the last digits only", field="id_tail", low=4, high=6)
    assert shown == [(True, error_text(refused), "id_tail")]
    assert table_count(db, "visitor") == 0 and page.stack.currentWidget() is page.empty


def test_a_visitor_leaves_by_the_badge_and_a_time_out_before_the_time_in_is_refused(app, qtbot, db, clerk, estate,
                                                                                    message_boxes):
    came = utcnow() - timedelta(hours=1)
    visitor = sign_in(db, clerk, visit(badge="V-07", time_in=came))
    page = opened(qtbot, VisitorsPage(db, clerk))
    shown = []

    def too_early(dialog):
        dialog.field("number").setEditText(visitor.number.lower())  # typed: the number
        set_time(dialog, "time_out", came - timedelta(hours=2))
        qtbot.keyClick(dialog.field("number").lineEdit(), Qt.Key.Key_Return)
        shown.append((dialog.isVisible(), dialog.findChild(QLabel, "time_outError").text()))
        dialog.reject()

    message_boxes.answer(SignOutDialog, too_early)
    page.leave()
    assert list_visitors(db, clerk)[0].time_out is None
    moment = (came - timedelta(hours=2)).astimezone(SITE_ZONE).replace(second=0, microsecond=0)
    refused = ValidationError("The time out ({time_out}) cannot be before the time in ({time_in})",
                              field="time_out", time_out=format_local(moment), time_in=format_local(came))
    assert shown[0] == (True, error_text(refused))

    def by_badge(dialog):
        dialog.field("number").setEditText("")
        qtbot.keyClicks(dialog.field("number").lineEdit(), "v-07")  # the badge handed back
        qtbot.keyClick(dialog.field("number").lineEdit(), Qt.Key.Key_Return)

    message_boxes.answer(SignOutDialog, by_badge)
    page.leave()
    [left] = list_visitors(db, clerk)
    assert left.time_out is not None and abs(left.time_out - utcnow()) < timedelta(minutes=2)
    assert page.open_box.isChecked() and page.rows == []  # gone from the open ones; all of them show it
    page.show_key(left.number, open_only=False)
    assert page.table.selected() == left
    assert cell(page.table, 0, STATUS) == page.tr("left")
    assert cell(page.table, 0, STATUS, Qt.ItemDataRole.ForegroundRole) == STATUS_GREY
    assert visitor.number == left.number


def test_a_visitor_still_inside_from_yesterday_is_red_with_the_day(app, qtbot, db, clerk, estate):
    yesterday = utcnow() - timedelta(days=1, hours=1)
    sign_in(db, clerk, visit(time_in=yesterday))
    sign_in(db, clerk, visit(name="钱七", id_tail="5678"))
    page = opened(qtbot, VisitorsPage(db, clerk))
    assert [cell(page.table, r, NAME) for r in range(2)] == ["钱七", "赵六"]
    assert cell(page.table, 1, STATUS) == page.tr("inside since {day}").format(day=today(yesterday).isoformat())
    assert cell(page.table, 1, STATUS, Qt.ItemDataRole.ForegroundRole) == STATUS_RED
    assert cell(page.table, 0, STATUS, Qt.ItemDataRole.ForegroundRole) is None


def test_the_visitor_slip_is_previewed_for_printing(app, qtbot, db, clerk, estate, message_boxes):
    visitor = sign_in(db, clerk, visit())
    page = opened(qtbot, VisitorsPage(db, clerk))
    page.table.selectRow(0)
    seen = []
    message_boxes.answer(PdfPreviewDialog, lambda preview: (seen.append((preview.windowTitle(), preview.pdf[:4])),
                                                              preview.reject()))
    page.actions_by_name["printAction"].trigger()
    assert seen == [(page.tr("Visitor slip {number}").format(number=visitor.number), b"%PDF")]
