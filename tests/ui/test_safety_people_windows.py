"""The fire responsibility window (消防责任) and the drills and training window (演练与培训), driven as the safety
officer and the engineer use them, on a real database: what a form saves is stored exactly, refused input is
said beside its field and stores nothing, and whoever only reads sees the lists without the means to change."""

from datetime import timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QLabel, QLineEdit, QMessageBox, QSpinBox

from app.clock import today
from app.errors import ValidationError
from app.safety.drills import (
    DRILL_KIND_LABELS,
    DrillDraft,
    DrillKind,
    TeamRole,
    drill_warning,
    list_drills,
    list_members,
    list_trainings,
    record_drill,
)
from app.safety.responsibility import (
    DUTY_LEVEL_LABELS,
    DutyDraft,
    DutyLevel,
    WardenView,
    list_duties,
    list_wardens,
    save_duty,
    set_warden,
)
from tests.ui.test_business_windows import cell, opened, row_of
from ui.i18n import error_text, translate_text
from ui.pdf_preview import PdfPreviewDialog
from ui.safety.drills_window import DrillDialog, DrillsWindow, MemberDialog, TrainingDialog
from ui.safety.responsibility_window import DutyDialog, ResponsibilityWindow, WardenDialog
from ui.theme import STATUS_AMBER, STATUS_GREY, STATUS_RED

PERSON, SINCE = 2, 4  # the wardens' columns
EVACUATION = 5  # the drills' column


def enter(qtbot, dialog, name: str) -> None:
    qtbot.keyClick(dialog.findChild(QLineEdit, name), Qt.Key.Key_Return)


def type_in(dialog, **texts) -> None:
    for name, text in texts.items():
        dialog.findChild(QLineEdit, name).setText(text)  # typed through an input method


def choose(dialog, name: str, value) -> None:
    combo = dialog.findChild(QComboBox, name)
    combo.setCurrentIndex(combo.findData(value))


def set_day(dialog, name: str, day) -> None:
    dialog.findChild(QDateEdit, name).setDate(QDate(day.year, day.month, day.day))


def answer_yes(message_boxes) -> None:
    message_boxes.answer(QMessageBox, lambda box: (message_boxes.texts.append(box.text()),
                                                   box.button(QMessageBox.StandardButton.Yes).click()))


def duties(db, actor) -> list[tuple]:
    return [(d.level, d.position, d.name, d.phone, d.scope) for d in list_duties(db, actor)]


# --- the responsibility register -------------------------------------------------------------------------------

def test_the_officer_adds_the_general_manager_through_the_dialog(app, qtbot, db, officer, message_boxes):
    window = opened(qtbot, ResponsibilityWindow(db, officer))
    page = window.duties
    assert page.stack.currentWidget() is page.empty and page.add_action.shortcut() == QKeySequence("Ctrl+N")

    offered = []

    def fill(dialog):
        offered.append(dialog.findChild(QComboBox, "level").currentData())
        type_in(dialog, position="总经理", name="王建华", phone="13900000001", scope="全公司")
        enter(qtbot, dialog, "scope")

    message_boxes.answer(DutyDialog, fill)
    page.add()
    assert offered == [DutyLevel.COMPANY]  # nobody at the first level yet
    assert duties(db, officer) == [(DutyLevel.COMPANY, "总经理", "王建华", "13900000001", "全公司")]
    assert page.stack.currentWidget() is page.table and page.table.selected() == list_duties(db, officer)[0]
    assert cell(page.table, 0, 0) == translate_text(DUTY_LEVEL_LABELS[DutyLevel.COMPANY])
    assert [cell(page.table, 0, c) for c in range(1, 5)] == ["总经理", "王建华", "13900000001", "全公司"]


def test_a_second_first_level_person_is_refused_beside_the_level_and_nothing_is_stored(app, qtbot, db, officer,
                                                                                       message_boxes):
    save_duty(db, officer, DutyDraft(1, "总经理", "王建华", "13900000001", "全公司"))
    window = opened(qtbot, ResponsibilityWindow(db, officer))
    shown = []

    def fill(dialog):
        shown.append(dialog.findChild(QComboBox, "level").currentData())  # level 1 is taken: level 2 offered
        choose(dialog, "level", DutyLevel.COMPANY.value)
        type_in(dialog, position="副总经理", name="周平", phone="13900000009")
        enter(qtbot, dialog, "phone")  # refused: the dialog stays open
        shown.append((dialog.isVisible(), dialog.findChild(QLabel, "levelError").text(),
                      dialog.findChild(QLabel, "nameError").isHidden(), len(list_duties(db, officer))))
        dialog.reject()

    message_boxes.answer(DutyDialog, fill)
    window.duties.add()
    refused = ValidationError("The company has one person responsible at the first level: {name}", field="level",
                              name="王建华")
    assert shown == [DutyLevel.DEPARTMENT, (True, error_text(refused), True, 1)]
    assert duties(db, officer) == [(DutyLevel.COMPANY, "总经理", "王建华", "13900000001", "全公司")]


def test_the_officer_edits_then_removes_a_person_after_confirming(app, qtbot, db, officer, message_boxes):
    manager = save_duty(db, officer, DutyDraft(2, "工程部经理", "李明", "13900000002", "工程部"))
    window = opened(qtbot, ResponsibilityWindow(db, officer))
    page = window.duties
    page.table.select("李明", 2)

    prefilled = []

    def fill(dialog):
        prefilled.append(dialog.findChild(QLineEdit, "scope").text())
        type_in(dialog, scope="工程部及设备机房")
        enter(qtbot, dialog, "scope")

    message_boxes.answer(DutyDialog, fill)
    page.table.doubleClicked.emit(page.table.currentIndex())  # double-click edits
    assert prefilled == ["工程部"]
    assert duties(db, officer) == [(DutyLevel.DEPARTMENT, "工程部经理", "李明", "13900000002", "工程部及设备机房")]
    assert page.table.selected().id == manager.id
    answer_yes(message_boxes)
    page.remove_action.trigger()
    assert len(message_boxes.texts) == 1 and "李明" in message_boxes.texts[0]
    assert list_duties(db, officer) == [] and page.stack.currentWidget() is page.empty


def test_setting_a_units_person_responsible_through_the_window(app, qtbot, db, estate, officer, message_boxes):
    window = opened(qtbot, ResponsibilityWindow(db, officer))
    window.tabs.setCurrentWidget(window.wardens)
    page = window.wardens
    units = [cell(page.table, r, 0) for r in range(page.table.proxy.rowCount())]
    assert units == ["A-0801", "A-1201", "A-1301", "B-0101"]  # every unit, none with anyone yet
    row = row_of(page.table, "A-1201")
    assert cell(page.table, row, PERSON) == page.tr("Not assigned")
    assert cell(page.table, row, PERSON, Qt.ItemDataRole.ForegroundRole) == STATUS_AMBER
    assert not page.remove_action.isEnabled()
    page.table.select("A-1201")

    since = []

    def fill(dialog):
        since.append(dialog.findChild(QDateEdit, "since").date().toPython())
        type_in(dialog, name="张三", phone="13800000001")
        enter(qtbot, dialog, "phone")

    message_boxes.answer(WardenDialog, fill)
    page.set_action.trigger()
    assert since == [today()]
    assert [w for w in list_wardens(db, officer) if w.unit == "A-1201"] == [
        WardenView("A-1201", "张三", "张三", "13800000001", today())]
    row = row_of(page.table, "A-1201")
    assert cell(page.table, row, PERSON) == "张三" and cell(page.table, row, SINCE) == today().isoformat()
    assert cell(page.table, row, PERSON, Qt.ItemDataRole.ForegroundRole) is None
    assert page.table.selected().unit == "A-1201" and page.remove_action.isEnabled()

    page.missing_only.setChecked(True)  # only the units without one
    listed = [cell(page.table, r, 0) for r in range(page.table.proxy.rowCount())]
    assert listed == ["A-0801", "A-1301", "B-0101"]
    assert [w.unit for w in list_wardens(db, officer, missing_only=True)] == listed
    page.missing_only.setChecked(False)
    page.search.setText("zs")  # pinyin initials of 张三
    assert [cell(page.table, r, 0) for r in range(page.table.proxy.rowCount())] == ["A-1201"]


def test_removing_a_units_person_responsible_asks_first(app, qtbot, db, estate, officer, message_boxes):
    set_warden(db, officer, "B-0101", "陈经理", "010-65050001")
    window = opened(qtbot, ResponsibilityWindow(db, officer))
    page = window.wardens
    page.table.select("B-0101")
    message_boxes.answer(QMessageBox, lambda box: (message_boxes.texts.append(box.text()),
                                                   box.button(QMessageBox.StandardButton.No).click()))
    page.remove_action.trigger()  # answered no: still there
    assert [w.name for w in list_wardens(db, officer, "B-0101")] == ["陈经理"]
    answer_yes(message_boxes)
    page.remove_action.trigger()
    assert len(message_boxes.texts) == 2 and "陈经理" in message_boxes.texts[1]
    assert [(w.name, w.phone, w.since) for w in list_wardens(db, officer, "B-0101")] == [("", "", None)]
    assert cell(page.table, row_of(page.table, "B-0101"), PERSON) == page.tr("Not assigned")


def test_the_engineer_reads_and_prints_the_register_but_cannot_change_it(app, qtbot, db, estate, officer, engineer,
                                                                        message_boxes):
    save_duty(db, officer, DutyDraft(1, "总经理", "王建华", "13900000001", "全公司"))
    set_warden(db, officer, "A-1201", "张三", "13800000001")
    window = opened(qtbot, ResponsibilityWindow(db, engineer))
    assert window.duties.table.proxy.rowCount() == 1 and window.wardens.table.proxy.rowCount() == 4
    window.duties.table.selectRow(0)
    window.wardens.table.select("A-1201")
    for action in (*window.duties.toolbar.actions(), *window.wardens.toolbar.actions()):
        assert not action.isEnabled() and action.toolTip()
    window.duties.add()  # nothing opens
    window.wardens.set_selected()
    assert message_boxes.texts == [] and len(list_duties(db, officer)) == 1
    assert window.findChild(QLabel, "readOnly") is not None
    printed = []
    message_boxes.answer(PdfPreviewDialog, lambda preview: (printed.append((preview.doc_type, preview.windowTitle(),
                                                                           preview.suggested_name)),
                                                            preview.reject()))
    assert window.print_action.isEnabled() and window.print_action.shortcut() == QKeySequence("Ctrl+P")
    window.print_action.trigger()
    assert printed == [("fire_register", window.tr("Fire responsibility register"), "消防责任人名册.pdf")]


# --- drills, the team and training ------------------------------------------------------------------------------

def fill_drill(qtbot, minutes=0, seconds=0, after=None):
    """Fills the drill form of a full drill (today's date as offered) and presses Enter."""
    def fill(dialog):
        choose(dialog, "kind", DrillKind.FULL.value)
        type_in(dialog, scenario="A座12层电气火灾，全楼疏散", organiser="赵安全", findings="B梯防火门闭门器失效")
        dialog.findChild(QSpinBox, "participants").setValue(320)
        dialog.findChild(QSpinBox, "evacuationMinutes").setValue(minutes)
        dialog.findChild(QSpinBox, "evacuationSeconds").setValue(seconds)
        enter(qtbot, dialog, "scenario")
        if after:
            after(dialog)
    return fill


def test_without_a_drill_the_banner_is_red_and_says_the_reminder(app, qtbot, db, officer):
    window = opened(qtbot, DrillsWindow(db, officer))
    assert window.banner.isVisible()
    assert error_text(drill_warning(db, officer)) in window.banner_text.text()
    assert window.tr("Drill overdue") in window.banner_text.text()
    assert STATUS_RED.name() in window.banner.styleSheet()
    assert window.drills.stack.currentWidget() is window.drills.empty


def test_a_full_drill_of_today_recorded_through_the_form_is_stored_and_hides_the_banner(app, qtbot, db, officer,
                                                                                      message_boxes):
    window = opened(qtbot, DrillsWindow(db, officer))
    message_boxes.answer(DrillDialog, fill_drill(qtbot, minutes=4, seconds=30))
    window.drills.add_action.trigger()
    drills = list_drills(db, officer)
    assert [(d.held_on, d.kind, d.scenario, d.organiser, d.participants, d.evacuation_seconds, d.findings,
             d.recorded_by) for d in drills] == [
        (today(), DrillKind.FULL, "A座12层电气火灾，全楼疏散", "赵安全", 320, 270, "B梯防火门闭门器失效", "赵安全")]
    assert not window.banner.isVisible() and window.reminder is None
    assert window.drills.table.selected() == drills[0]
    assert cell(window.drills.table, 0, EVACUATION) == "4:30"
    assert cell(window.drills.table, 0, 1) == translate_text(DRILL_KIND_LABELS[DrillKind.FULL])


def test_a_full_drill_without_an_evacuation_time_is_refused_and_nothing_is_stored(app, qtbot, db, officer,
                                                                                 message_boxes):
    window = opened(qtbot, DrillsWindow(db, officer))
    shown = []

    def look(dialog):
        shown.append((dialog.isVisible(), dialog.findChild(QLabel, "evacuation_secondsError").text(),
                      list_drills(db, officer)))
        choose(dialog, "kind", DrillKind.TABLETOP.value)  # a tabletop evacuates nobody
        shown.append(dialog.field("evacuation_seconds").isEnabled())
        dialog.reject()

    message_boxes.answer(DrillDialog, fill_drill(qtbot, after=look))
    window.drills.add()
    refused = ValidationError("A full evacuation drill records how long the evacuation took",
                              field="evacuation_seconds")
    assert shown == [(True, error_text(refused), []), False]
    assert list_drills(db, officer) == [] and window.banner.isVisible()


def test_an_old_full_drill_still_warns_and_a_tabletop_shows_no_evacuation_time(app, qtbot, db, officer):
    record_drill(db, officer, DrillDraft(today() - timedelta(days=400), "full", "全楼疏散", "赵安全", 300, 272))
    record_drill(db, officer, DrillDraft(today() - timedelta(days=3), "tabletop", "桌面推演", "赵安全", 8))
    window = opened(qtbot, DrillsWindow(db, officer))
    assert window.banner.isVisible() and (today() - timedelta(days=400)).isoformat() in window.banner_text.text()
    assert [cell(window.drills.table, r, EVACUATION) for r in range(2)] == ["—", "4:32"]


def test_a_team_member_is_recorded_with_exact_values_and_leaves_the_team(app, qtbot, db, officer, message_boxes):
    window = opened(qtbot, DrillsWindow(db, officer))
    window.tabs.setCurrentWidget(window.team)
    page = window.team
    joined = today() - timedelta(days=30)

    def fill(dialog):
        type_in(dialog, name="刘强", department="保安部", phone="13900000004")
        choose(dialog, "role", TeamRole.CAPTAIN.value)
        set_day(dialog, "joined_on", joined)
        enter(qtbot, dialog, "phone")

    message_boxes.answer(MemberDialog, fill)
    page.add_action.trigger()
    members = list_members(db, officer)
    assert [(m.name, m.department, m.phone, m.role, m.joined_on, m.active) for m in members] == [
        ("刘强", "保安部", "13900000004", TeamRole.CAPTAIN, joined, True)]
    assert page.table.selected() == members[0] and page.leave_action.isEnabled()
    page.leave_action.trigger()
    assert list_members(db, officer) == [] and [m.active for m in list_members(db, officer, True)] == [False]
    assert page.stack.currentWidget() is page.empty  # former members are hidden
    page.former.setChecked(True)
    assert cell(page.table, 0, 5) == page.tr("Left")
    assert cell(page.table, 0, 0, Qt.ItemDataRole.ForegroundRole) == STATUS_GREY
    page.table.selectRow(0)
    page.back_action.trigger()
    assert [m.active for m in list_members(db, officer)] == [True]


def test_a_training_session_is_recorded_with_exact_values(app, qtbot, db, officer, message_boxes):
    window = opened(qtbot, DrillsWindow(db, officer))
    window.tabs.setCurrentWidget(window.training)
    page = window.training
    held = today() - timedelta(days=3)

    def fill(dialog):
        set_day(dialog, "held_on", held)
        type_in(dialog, topic="灭火器和室内消火栓的使用", trainer="王教官", note="含实操")
        dialog.findChild(QSpinBox, "attendees").setValue(45)
        dialog.findChild(QSpinBox, "minutes").setValue(90)
        enter(qtbot, dialog, "topic")

    message_boxes.answer(TrainingDialog, fill)
    page.add_action.trigger()
    assert [(t.held_on, t.topic, t.trainer, t.attendees, t.minutes, t.note, t.recorded_by)
            for t in list_trainings(db, officer)] == [(held, "灭火器和室内消火栓的使用", "王教官", 45, 90, "含实操", "赵安全")]
    assert cell(page.table, 0, 4) == page.tr("{count} min").format(count=90)


def test_a_training_without_attendees_is_refused_beside_the_field(app, qtbot, db, officer, message_boxes):
    window = opened(qtbot, DrillsWindow(db, officer))
    errors = []

    def fill(dialog):
        type_in(dialog, topic="疏散引导", trainer="赵安全")
        dialog.findChild(QSpinBox, "minutes").setValue(60)
        enter(qtbot, dialog, "topic")
        errors.append(dialog.findChild(QLabel, "attendeesError").text())
        dialog.reject()

    message_boxes.answer(TrainingDialog, fill)
    window.training.add()
    assert errors == [error_text(ValidationError("Attendees is a whole number from 1 to 10000", field="attendees"))]
    assert list_trainings(db, officer) == []


def test_the_engineer_reads_drills_team_and_training_but_cannot_record(app, qtbot, db, officer, engineer,
                                                                      message_boxes):
    record_drill(db, officer, DrillDraft(today(), "full", "全楼疏散", "赵安全", 300, 240))
    window = opened(qtbot, DrillsWindow(db, engineer))
    assert not window.banner.isVisible() and window.drills.table.proxy.rowCount() == 1
    for page in (window.drills, window.team, window.training):
        assert all(not action.isEnabled() for action in page.toolbar.actions())
        page.add()  # nothing opens
    assert message_boxes.texts == [] and len(list_drills(db, officer)) == 1
    assert window.team.findChild(QCheckBox, "showFormer").isEnabled()  # reading former members is allowed


@pytest.mark.parametrize("page_name, form", [("drills", DrillDialog), ("team", MemberDialog),
                                             ("training", TrainingDialog)])
def test_ctrl_n_records_on_the_page_shown(app, qtbot, db, officer, message_boxes, page_name, form):
    window = opened(qtbot, DrillsWindow(db, officer))
    window.activateWindow()
    page = getattr(window, page_name)
    window.tabs.setCurrentWidget(page)  # an empty page: the page itself takes the focus, and its shortcuts
    qtbot.waitUntil(page.hasFocus)
    opened_forms = []
    message_boxes.answer(form, lambda dialog: (opened_forms.append(type(dialog)), dialog.reject()))
    qtbot.keyClick(page, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert opened_forms == [form]
