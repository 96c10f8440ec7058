"""The fire-safety tab as the safety officer uses it: an inspection from a due schedule to its finish with
a failed item, the printed notice, the re-inspection that closes it, and the overdue count on the tab."""

import subprocess
from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from app.clock import today
from app.safety.inspections import finish_inspection, get_inspection, start_inspection
from app.safety.model import AnswerDraft, FollowUp, InspectionDraft, NoticeStatus, ScheduleDraft
from app.safety.notices import get_notice, list_notices
from app.safety.schedules import save_schedule
from tests.safety_fixtures import area
from ui.main_window import MainWindow
from ui.pdf_preview import PdfPreviewDialog
from ui.safety.inspection_dialogs import FollowUpDialog, InspectionDialog, NewInspectionDialog
from ui.safety.notice_dialogs import ReinspectDialog
from ui.safety.tab import INSPECTIONS, NOTICES, FireSafetyTab
from ui.theme import STATUS_AMBER, STATUS_RED

YEAR = today().year


def cells(table, column: int) -> list[str]:
    return [table.proxy.index(row, column).data() for row in range(table.proxy.rowCount())]


def choose(combo: QComboBox, data) -> None:
    combo.setCurrentIndex(combo.findData(data))


def test_an_inspection_in_the_tab_fails_an_item_and_prints_its_notice(app, qtbot, db, checklists, message_boxes,
                                                                       tmp_path):
    save_schedule(db, checklists, ScheduleDraft("XF-ALARM", area("unit", "A-1201"), today()))
    tab = FireSafetyTab(db, checklists)
    qtbot.addWidget(tab)
    tab.show()
    assert cells(tab.due, 4) == ["A-1201"] and cells(tab.due, 0) == ["待检"]
    assert tab.due.proxy.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) == STATUS_AMBER
    tab.due.selectRow(0)

    message_boxes.answer(NewInspectionDialog, lambda dialog: dialog.accept())  # prefilled from the due row

    def answer(dialog: InspectionDialog):
        choose(dialog.result_combo(0), "fail")
        dialog.finish()  # refused: a failed item needs what was found, and two items have no answer
        assert dialog.error.text() == "不合格项请说明发现的问题"
        dialog.note_edit(0).setText("12层东侧感烟探测器不报警")
        dialog.finish()
        assert dialog.error.text() == "还有 2 项未填写结果，第一项：按下手动报警按钮，控制器显示地址"
        dialog.all_pass()
        message_boxes.answer(FollowUpDialog, follow_up)
        dialog.finish()

    def follow_up(dialog: FollowUpDialog):
        assert dialog.grid.cellWidget(0, 1).text() == "加烟后30秒内报警"
        assert not dialog.grid.cellWidget(0, 4).isEnabled()  # a unit puts its own notice right
        dialog.grid.cellWidget(0, 1).setText("五日内更换失效探测器并通知复查")
        dialog.accept()

    saved = tmp_path / "notice.pdf"
    message_boxes.answer(InspectionDialog, answer)
    message_boxes.answer(PdfPreviewDialog, lambda preview: (preview.save_or_warn(saved), preview.accept()))
    tab.due.doubleClicked.emit(tab.due.proxy.index(0, 0))

    number, notice = f"XJ{YEAR}000001", f"ZG{YEAR}000001"
    inspection = get_inspection(db, checklists, number)
    assert (inspection.status, inspection.failed, inspection.answers[0].notice) == ("finished", 1, notice)
    assert [a.result for a in inspection.answers] == ["fail", "pass", "pass"]
    text = subprocess.run(["pdftotext", str(saved), "-"], capture_output=True, text=True, check=True).stdout
    for part in ("消防整改通知书", notice, "A-1201", "张三", "12层东侧感烟探测器不报警", "五日内更换失效探测器并通知复查",
                 "签收人（签字）"):
        assert part in text, part
    assert tab.pages.currentIndex() == INSPECTIONS and tab.inspections.selected().number == number
    assert cells(tab.due, 0) == []  # done this month

    tab.pages.setCurrentIndex(NOTICES)
    tab.notices.selectRow(0)
    assert cells(tab.notices, 0) == [notice] and tab.actions_by_name["reinspectAction"].isEnabled()

    def close(dialog: ReinspectDialog):
        dialog.field("note").setText("已更换，加烟测试正常")
        dialog.accept()

    message_boxes.answer(ReinspectDialog, close)
    tab.actions_by_name["reinspectAction"].trigger()
    assert get_notice(db, checklists, notice).status is NoticeStatus.CLOSED
    assert cells(tab.notices, 0) == []  # open notices only


def test_overdue_notices_stand_out_and_are_counted_on_the_tab(app, qtbot, db, checklists, monkeypatch):
    inspection = start_inspection(db, checklists, InspectionDraft("XF-ALARM", area("floor", "A 12")))
    finish_inspection(db, checklists, inspection.number,
                      [AnswerDraft(a.item.id, "fail", "失效") for a in inspection.answers],
                      [FollowUp(inspection.answers[0].item.id, deadline=today()),
                       FollowUp(inspection.answers[1].item.id, deadline=today() + timedelta(days=3))])
    later = today() + timedelta(days=2)  # two days on: the first is two days over, the second still due
    monkeypatch.setattr("ui.safety.lists.today", lambda: later)
    monkeypatch.setattr("app.safety.notices.today", lambda *args: later)
    window = MainWindow(db, checklists)
    qtbot.addWidget(window)
    assert window.tabs.tabText(3) == "消防检查 (1)"  # counted before the tab is first opened
    tab = window.open_tab("fireSafetyTab")
    assert isinstance(tab, FireSafetyTab) and tab.attention_count == 1
    assert window.tabs.tabText(window.tabs.currentIndex()) == "消防检查 (1)"
    assert cells(tab.notices, 1)[:2] == ["整改中 · 逾期 2 天", "整改中 · 还剩 1 天"]
    assert tab.notices.proxy.index(0, 1).data(Qt.ItemDataRole.ForegroundRole) == STATUS_RED
    assert tab.notices.proxy.index(1, 1).data(Qt.ItemDataRole.ForegroundRole) == STATUS_AMBER  # due tomorrow
    assert tab.pages.tabText(NOTICES) == "整改通知（1 份逾期）"
    assert len(list_notices(db, checklists)) == 3


def test_no_full_drill_shows_the_warning_and_a_missed_round_is_red(app, qtbot, db, checklists):
    save_schedule(db, checklists, ScheduleDraft("BA-NIGHT", area("building", "A"), today() - timedelta(days=2)))
    tab = FireSafetyTab(db, checklists)
    qtbot.addWidget(tab)
    assert tab.banner.isVisibleTo(tab) and "尚无全员疏散演练记录" in tab.banner.text()
    assert cells(tab.due, 0) == ["漏检 2 次"]
    assert tab.due.proxy.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) == STATUS_RED


def test_the_photos_of_an_item_are_shown_from_the_inspection(app, qtbot, db, checklists, message_boxes, tmp_path):
    from PySide6.QtGui import QColor, QImage

    from app.safety.inspections import record_answers
    from app.safety.photos import add_photo
    from ui.safety.photo_viewer import PhotoViewer

    picture = QImage(320, 200, QImage.Format.Format_RGB32)
    picture.fill(QColor("red"))
    path = tmp_path / "探测器.png"
    assert picture.save(str(path))
    inspection = start_inspection(db, checklists, InspectionDraft("XF-ALARM", area("unit", "A-1201")))
    item = inspection.answers[0].item.id
    record_answers(db, checklists, inspection.number, [AnswerDraft(item, "fail", "不报警")])
    add_photo(db, checklists, inspection.number, item, path)
    tab = FireSafetyTab(db, checklists)
    qtbot.addWidget(tab)
    tab.pages.setCurrentIndex(INSPECTIONS)
    tab.inspections.selectRow(0)
    assert tab.answers.index(0, 4).data() == "1"  # one photo on the first item

    seen = []

    def look(viewer: PhotoViewer):
        seen.append((viewer.images[0].pixmap().width(), viewer.images[0].pixmap().height()))
        viewer.reject()

    message_boxes.answer(PhotoViewer, look)
    tab.answers_table.doubleClicked.emit(tab.answers.index(0, 0))
    assert seen == [(320, 200)]


def test_esc_keeps_the_answers_and_enter_in_a_note_does_not_finish(app, qtbot, db, checklists, message_boxes):
    from PySide6.QtCore import Qt as Keys
    from PySide6.QtWidgets import QLineEdit

    from ui.safety.inspection_dialogs import CancelInspectionDialog

    save_schedule(db, checklists, ScheduleDraft("XF-ALARM", area("unit", "A-1201"), today()))
    inspection = start_inspection(db, checklists, InspectionDraft("XF-ALARM", area("unit", "A-1201")))
    tab = FireSafetyTab(db, checklists)
    qtbot.addWidget(tab)
    assert cells(tab.due, 0) == [f"进行中 {inspection.number}"]
    tab.due.selectRow(0)

    def answer_then_escape(dialog: InspectionDialog):
        qtbot.keyClick(dialog.result_combo(0), "2")  # 1 pass, 2 fail, 3 not applicable
        assert dialog.result_combo(0).currentData() == "fail"
        note: QLineEdit = dialog.note_edit(0)
        note.setText("不报警")
        dialog.all_pass()
        qtbot.keyClick(note, Keys.Key.Key_Return)  # Enter in a note: the round is not finished
        assert dialog.isVisible() and dialog.result_value is None
        qtbot.keyClick(dialog, Keys.Key.Key_Escape)  # Esc: closed, with the answers kept

    message_boxes.answer(InspectionDialog, answer_then_escape)
    tab.due.doubleClicked.emit(tab.due.proxy.index(0, 0))  # continues the round in progress
    kept = get_inspection(db, checklists, inspection.number)
    assert (kept.status, [a.result for a in kept.answers]) == ("in_progress", ["fail", "pass", "pass"])
    assert kept.answers[0].note == "不报警"

    tab.pages.setCurrentIndex(INSPECTIONS)
    tab.inspections.selectRow(0)

    def cancel(dialog: CancelInspectionDialog):
        dialog.field("reason").setText("开错了")
        dialog.accept()

    message_boxes.answer(CancelInspectionDialog, cancel)
    tab.actions_by_name["disableAction"].trigger()
    assert get_inspection(db, checklists, inspection.number).status == "cancelled"
    assert cells(tab.due, 0) == ["待检"]
