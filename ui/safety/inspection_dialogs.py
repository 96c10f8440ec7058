"""An inspection from the start form to the last item: the checklist's items in a grid answered with the
keyboard (pass, fail, not applicable; a note; photos), saved as the round goes, and finished with the
follow-up of each failed item (the notice's requirement and deadline, a repair order where it may open one)."""

from datetime import timedelta

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.clock import format_local, today
from app.database import Database
from app.errors import FrontOfficeError
from app.permissions import Actor
from app.safety.inspections import cancel_inspection, finish_inspection, record_answers, start_inspection
from app.safety.model import (
    AREA_KIND_LABELS,
    CHECK_CATEGORY_LABELS,
    FREQUENCY_LABELS,
    RESULT_LABELS,
    AnswerDraft,
    AreaDraft,
    AreaKind,
    CheckCategory,
    FollowUp,
    InspectionDraft,
    InspectionView,
    Result,
    TemplateView,
)
from app.safety.notices import DEFAULT_NOTICE_DAYS
from app.safety.photos import add_photo
from ui.forms import ERROR_STYLE, FormDialog, choices, now_edit
from ui.i18n import error_text, translate_text
from ui.icons import icon

SYSTEM, ITEM, RESULT, NOTE, PHOTOS, TIME = range(6)


class NewInspectionDialog(FormDialog):
    """Which checklist, where, by whom and when; prefilled from a due inspection when started from one."""

    def __init__(self, db: Database, actor: Actor, templates: list[TemplateView], parent: QWidget | None = None,
                 code: str = "", kind: str = AreaKind.BUILDING.value, area: str = ""):
        super().__init__(parent, self.tr("New inspection"), lambda v: start_inspection(db, actor, InspectionDraft(
            v["template"] or "", AreaDraft(v["area_kind"], v["area"]), v["inspector"], v["started_at"])))
        checklists = QComboBox()
        for template in templates:
            checklists.addItem(f"{template.code}  {template.name} · {translate_text(CHECK_CATEGORY_LABELS[template.category])}"
                               f" · {translate_text(FREQUENCY_LABELS[template.frequency])}", template.code)
        self.add_field("template", self.tr("Checklist"), checklists, required=True)
        checklists.setCurrentIndex(max(checklists.findData(code), 0))
        kinds = self.add_field("area_kind", self.tr("Kind of area"), choices(AREA_KIND_LABELS), required=True)
        kinds.setCurrentIndex(kinds.findData(kind))
        self.add_field("area", self.tr("Area"), QLineEdit(area, placeholderText=self.tr(
            "A (building), A 12 (floor), A-1201 (unit) or 消防水泵房")), required=True)
        self.add_field("inspector", self.tr("Inspector"), QLineEdit(actor.full_name or actor.username), required=True)
        self.add_field("started_at", self.tr("Started"), now_edit(), required=True)


class CancelInspectionDialog(FormDialog):
    """A round started in error or abandoned; its number stays used."""

    def __init__(self, db: Database, actor: Actor, inspection: InspectionView, parent: QWidget | None = None):
        super().__init__(parent, self.tr("Cancel inspection {number}").format(number=inspection.number),
                         lambda v: cancel_inspection(db, actor, inspection.number, v["reason"]))
        self.set_intro(f"{inspection.template_name} · {inspection.area} · {inspection.inspector}")
        self.add_field("reason", self.tr("Why"), QLineEdit(placeholderText=self.tr("started in error, abandoned...")),
                       required=True)


class InspectionDialog(QDialog):
    """The round itself. ``result_value`` is the inspection as finished (or None when only saved)."""

    def __init__(self, db: Database, actor: Actor, inspection: InspectionView, parent: QWidget | None = None):
        super().__init__(parent, objectName="inspectionDialog")
        self.db, self.actor, self.inspection = db, actor, inspection
        self.result_value = None
        self.follow_ups: dict[int, FollowUp] = {}  # as last given, offered again if the finish was refused
        self.setWindowTitle(self.tr("Inspection {number}").format(number=inspection.number))
        heading = QLabel(self.tr("{name} (version {version}) · {area} · inspector {inspector} · started {time}").format(
            name=inspection.template_name, version=inspection.template_version, area=inspection.area,
            inspector=inspection.inspector, time=format_local(inspection.started_at)), wordWrap=True)
        self.grid = QTableWidget(0, 6, objectName="answersGrid")
        self.grid.setHorizontalHeaderLabels([self.tr("System"), self.tr("Item to check"), self.tr("Result"),
                                             self.tr("What was found"), self.tr("Photos"), self.tr("Recorded")])
        self.grid.verticalHeader().hide()
        header = self.grid.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ITEM, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(NOTE, QHeaderView.ResizeMode.Interactive)
        self.grid.setColumnWidth(NOTE, 220)
        self.grid.setWordWrap(True)
        # rows are measured again once the columns have their widths: measured while the dialog is still narrow,
        # each item's text would wrap to many lines and the rows would fill the screen
        header.sectionResized.connect(lambda *_: self.grid.resizeRowsToContents())
        for answer in inspection.answers:
            self._add_row(answer)
        self.grid.resizeRowsToContents()
        self.error = QLabel(wordWrap=True, styleSheet=ERROR_STYLE, objectName="inspectionError")
        self.error.hide()
        all_pass = QPushButton(icon("done"), self.tr("Unanswered items pass"), objectName="allPass")
        all_pass.clicked.connect(self.all_pass)
        # plain buttons, not a button box: a box makes its accept button the default on show, and Enter typed
        # in a note would then finish the round
        self.save_button = QPushButton(self.tr("Save and close"), objectName="saveInspection", autoDefault=False)
        self.finish_button = QPushButton(icon("finish"), self.tr("Finish inspection"), objectName="finishInspection",
                                         autoDefault=False)
        self.save_button.clicked.connect(self.save_and_close)
        self.finish_button.clicked.connect(self.finish)
        all_pass.setAutoDefault(False)
        self.finish_button.setToolTip(self.tr("Ctrl+Enter"))
        QShortcut(QKeySequence("Ctrl+Return"), self, activated=self.finish)
        row = QHBoxLayout()
        row.addWidget(all_pass)
        row.addStretch()
        row.addWidget(self.save_button)
        row.addWidget(self.finish_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.grid)
        layout.addWidget(self.error)
        layout.addLayout(row)
        self.resize(1100, 640)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self.grid.resizeRowsToContents)  # once the columns have their shown widths

    def _add_row(self, answer) -> None:
        row = self.grid.rowCount()
        self.grid.insertRow(row)
        for column, text in ((SYSTEM, answer.item.system), (ITEM, answer.item.text)):
            cell = QTableWidgetItem(text)
            cell.setFlags(cell.flags() & ~Qt.ItemFlag.ItemIsEditable)
            cell.setToolTip(answer.item.requirement)
            self.grid.setItem(row, column, cell)
        result = QComboBox()
        result.addItem("—", "")
        for key, (value, label) in enumerate(RESULT_LABELS.items(), start=1):  # typing 1, 2 or 3 chooses
            result.addItem(f"{key} {translate_text(label)}", value.value)
        result.setCurrentIndex(result.findData(answer.result.value if answer.result else ""))
        self.grid.setCellWidget(row, RESULT, result)
        self.grid.setCellWidget(row, NOTE, QLineEdit(answer.note, placeholderText=self.tr("required when it fails")))
        photos = QPushButton(icon("photo"), str(len(answer.photos)), autoDefault=False)
        photos.setToolTip(self.tr("Add photos of this item"))
        photos.clicked.connect(lambda _=False, item=answer.item.id, r=row: self.add_photos(r, item))
        self.grid.setCellWidget(row, PHOTOS, photos)
        recorded = QTableWidgetItem(format_local(answer.answered_at)[11:] if answer.answered_at else "")
        recorded.setFlags(recorded.flags() & ~Qt.ItemFlag.ItemIsEditable)
        self.grid.setItem(row, TIME, recorded)

    # --- what the grid holds ---------------------------------------------------------------------------
    def result_combo(self, row: int) -> QComboBox:
        return self.grid.cellWidget(row, RESULT)

    def note_edit(self, row: int) -> QLineEdit:
        return self.grid.cellWidget(row, NOTE)

    def drafts(self, rows=None) -> list[AnswerDraft]:
        """The answers typed that differ from what is saved (a patrol point keeps the time it was recorded)."""
        drafts = []
        for row, answer in enumerate(self.inspection.answers):
            if rows is not None and row not in rows:
                continue
            value, note = self.result_combo(row).currentData(), self.note_edit(row).text().strip()
            saved = answer.result.value if answer.result else ""
            if value and (value != saved or note != answer.note):
                drafts.append(AnswerDraft(answer.item.id, value, note))
        return drafts

    def all_pass(self) -> None:
        for row in range(self.grid.rowCount()):
            if not self.result_combo(row).currentData():
                self.result_combo(row).setCurrentIndex(self.result_combo(row).findData(Result.PASS.value))

    # --- actions ---------------------------------------------------------------------------------------
    def save_and_close(self) -> None:
        self.reject()

    def reject(self) -> None:
        """Esc and closing the window keep what was typed: the answers are saved first (and the dialog stays
        open, with the reason, when they cannot be)."""
        if self.result_value is None and not self._save(self.drafts()):
            return
        super().reject()

    def _save(self, drafts: list[AnswerDraft]) -> bool:
        if not drafts:
            return True
        try:
            self.inspection = record_answers(self.db, self.actor, self.inspection.number, drafts)
        except FrontOfficeError as error:
            self.show_error(error)
            return False
        return True

    def add_photos(self, row: int, item_id: int) -> None:
        if not self._save(self.drafts({row})):
            return
        paths, _filter = QFileDialog.getOpenFileNames(self, self.tr("Photos of this item"), "",
                                                      self.tr("Photos (*.jpg *.jpeg *.png *.webp)"))
        for path in paths:
            try:
                self.inspection = add_photo(self.db, self.actor, self.inspection.number, item_id, path)
            except FrontOfficeError as error:
                self.show_error(error)
                break
        self.grid.cellWidget(row, PHOTOS).setText(str(len(self.inspection.answers[row].photos)))

    def finish(self) -> None:
        self.error.hide()
        drafts = self.drafts()
        failed = [(row, answer) for row, answer in enumerate(self.inspection.answers)
                  if self.result_combo(row).currentData() == Result.FAIL.value]
        follow_ups: list[FollowUp] = []
        if failed and self.grid.rowCount() == sum(bool(self.result_combo(r).currentData())
                                                  for r in range(self.grid.rowCount())):
            dialog = FollowUpDialog(self.inspection, [(answer, self.note_edit(row).text()) for row, answer in failed],
                                    self.follow_ups, self)
            if not dialog.exec():
                return
            follow_ups = dialog.follow_ups()
            self.follow_ups = {plan.item_id: plan for plan in follow_ups}
        try:
            self.result_value = finish_inspection(self.db, self.actor, self.inspection.number, drafts, follow_ups)
        except FrontOfficeError as error:
            self.show_error(error)
            return
        self.accept()

    def show_error(self, error: FrontOfficeError) -> None:
        self.error.setText(error_text(error))
        self.error.show()


class FollowUpDialog(QDialog):
    """What each failed item leads to: for a fire item the notice's requirement, deadline and (on a floor or
    building round) the unit at fault; a repair order where one may be opened."""

    def __init__(self, inspection: InspectionView, failed: list, given: dict[int, FollowUp],
                 parent: QWidget | None = None):
        super().__init__(parent, objectName="followUpDialog")
        self.setWindowTitle(self.tr("Failed items"))
        self.failed = failed
        fire = inspection.category is CheckCategory.FIRE
        common = inspection.area_kind is not AreaKind.UNIT
        intro = QLabel(self.tr("Each failed fire item makes a numbered rectification notice to the unit (or to "
                               "engineering for a common area). Give the requirement and the deadline.") if fire else
                       self.tr("Tick the items that need a repair work order."), wordWrap=True)
        self.grid = QTableWidget(len(failed), 5, objectName="followUpGrid")
        self.grid.setHorizontalHeaderLabels([self.tr("Item and finding"), self.tr("Requirement"), self.tr("Deadline"),
                                             self.tr("Unit at fault"), self.tr("Repair order")])
        self.grid.verticalHeader().hide()
        self.grid.setWordWrap(True)
        follow_header = self.grid.horizontalHeader()
        follow_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        follow_header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)  # the finding wraps, not widens
        follow_header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.grid.setColumnWidth(0, 360)
        follow_header.sectionResized.connect(lambda *_: self.grid.resizeRowsToContents())
        default = today() + timedelta(days=DEFAULT_NOTICE_DAYS)
        found = self.tr("Found")
        for row, (answer, note) in enumerate(failed):
            plan = given.get(answer.item.id)
            cell = QTableWidgetItem(f"{answer.item.system}：{answer.item.text}\n{found}：{note}")
            cell.setFlags(cell.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.grid.setItem(row, 0, cell)
            requirement = QLineEdit(plan.requirement if plan else answer.item.requirement or answer.item.text,
                                    enabled=fire)
            requirement.setCursorPosition(0)  # a long requirement shows from its beginning
            self.grid.setCellWidget(row, 1, requirement)
            deadline = QDateEdit(QDate(plan.deadline if plan and plan.deadline else default), calendarPopup=True,
                                 displayFormat="yyyy-MM-dd", enabled=fire)
            self.grid.setCellWidget(row, 2, deadline)
            self.grid.setCellWidget(row, 3, QLineEdit(plan.unit if plan else "", enabled=fire and common,
                                                      placeholderText=self.tr("e.g. B-0101")))
            repair = QCheckBox(self.tr("Open one"), enabled=common or not fire)
            repair.setChecked(bool(plan and plan.repair))
            self.grid.setCellWidget(row, 4, repair)
        self.grid.resizeRowsToContents()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.grid)
        layout.addWidget(buttons)
        self.resize(1180, 420)

    def follow_ups(self) -> list[FollowUp]:
        return [FollowUp(answer.item.id, self.grid.cellWidget(row, 1).text(),
                         self.grid.cellWidget(row, 2).date().toPython(), self.grid.cellWidget(row, 4).isChecked(),
                         unit=self.grid.cellWidget(row, 3).text().strip())
                for row, (answer, _note) in enumerate(self.failed)]
