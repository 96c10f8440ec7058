"""消防检查 Fire safety: the inspections due (missed ones in red), the inspections made with their answers,
and the rectification notices (overdue ones in red and counted on the tab), filtered by kind (fire,
cleaning, security patrol) and searched; inspections started, continued and finished; notices signed for,
re-inspected, cancelled and printed; and the windows of checklists and schedules, responsibility, drills
and the fire archive. A warning stands above the lists when no full drill was held in twelve months."""

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.database import Database
from app.errors import FrontOfficeError
from app.permissions import Actor, Permission
from app.safety.documents import notices_pdf
from app.safety.drills import drill_warning
from app.safety.inspections import get_inspection, list_inspections
from app.safety.model import CHECK_CATEGORY_LABELS, InspectionStatus, NoticeStatus
from app.safety.notices import get_notice, list_notices, overdue_count
from app.safety.schedules import due_inspections
from app.safety.templates import list_templates
from ui.i18n import error_text, translate_text
from ui.list_parts import action_toolbar, empty_state, search_box
from ui.pdf_preview import PdfPreviewDialog
from ui.printing import A4
from ui.row_table import RowTable, detail_table
from ui.safety.archive_dialog import ArchiveDialog
from ui.safety.checklists_window import ChecklistsWindow
from ui.safety.drills_window import DrillsWindow
from ui.safety.inspection_dialogs import CancelInspectionDialog, InspectionDialog, NewInspectionDialog
from ui.safety.lists import SafetyColumns
from ui.safety.notice_dialogs import CancelNoticeDialog, ReinspectDialog, SignDialog
from ui.safety.photo_viewer import PhotoViewer
from ui.safety.responsibility_window import ResponsibilityWindow
from ui.table_model import RowTableModel
from ui.theme import STATUS_RED

SEARCH_DELAY_MS = 200
DUE, INSPECTIONS, NOTICES = range(3)
BANNER_STYLE = f"background: #fdecea; color: {STATUS_RED.name()}; padding: 6px; font-weight: bold;"


class FireSafetyTab(QWidget):
    attention = Signal(int)  # open notices past their deadline, shown on the tab

    def __init__(self, db: Database, actor: Actor, spec=None):
        super().__init__()
        self.db, self.actor = db, actor
        self.attention_count = 0
        columns = SafetyColumns(self)
        self.due = RowTable(columns.due_columns(), "dueTable", stretch=1)
        self.inspections = RowTable(columns.inspection_columns(), "inspectionsTable", stretch=2)
        self.notices = RowTable(columns.notice_columns(), "noticesTable", stretch=5)
        self.answers = RowTableModel(columns.answer_columns(), parent=self)
        self.steps = RowTableModel(columns.step_columns(), parent=self)
        self._build()
        self.refresh()

    def _build(self) -> None:
        toolbar = action_toolbar(self, (
            ("inspect", self.tr("New inspection"), self.new_inspection, "Ctrl+N"),
            ("edit", self.tr("Continue"), self.continue_inspection, "Ctrl+E"),
            ("disable", self.tr("Cancel inspection"), self.cancel_inspection, None),
            ("sign", self.tr("Signed for"), lambda: self.notice_step(SignDialog), None),
            ("reinspect", self.tr("Re-inspect"), lambda: self.notice_step(ReinspectDialog), "Ctrl+R"),
            ("cancel", self.tr("Cancel notice"), lambda: self.notice_step(CancelNoticeDialog), None),
            ("print", self.tr("Print notices"), self.print_notices, "Ctrl+P")))
        windows = action_toolbar(self, (
            ("checklist", self.tr("Checklists..."), lambda: self._open(ChecklistsWindow), None),
            ("duty", self.tr("Responsibility..."), lambda: self._open(ResponsibilityWindow), None),
            ("drill", self.tr("Drills..."), lambda: self._open(DrillsWindow), None),
            ("archive", self.tr("Archive..."), lambda: self._open(ArchiveDialog), None)))
        self.actions_by_name = {action.objectName(): action for bar in (toolbar, windows) for action in bar.actions()}
        self.search = search_box(self, self.tr("Search number, area, inspector, checklist or finding (Ctrl+F)"))
        self.search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(self.search_timer.start)
        self.category = QComboBox(objectName="categoryFilter")
        self.category.addItem(self.tr("All kinds"), None)
        for category, label in CHECK_CATEGORY_LABELS.items():
            self.category.addItem(translate_text(label), category.value)
        self.notice_filter = QComboBox(objectName="noticeFilter")
        self.notice_filter.addItem(self.tr("Open notices"), NoticeStatus.OPEN.value)
        self.notice_filter.addItem(self.tr("All notices"), None)
        for combo in (self.category, self.notice_filter):
            combo.currentIndexChanged.connect(self.refresh)
        self.banner = QLabel(objectName="drillBanner", wordWrap=True, styleSheet=BANNER_STYLE)
        self.banner.hide()

        self.pages = QTabWidget(objectName="safetyPages")
        self.due_empty = empty_state(self.tr("Nothing is due. Inspections fall due from the schedules kept under "
                                             "Checklists; start one any time with New inspection (Ctrl+N)."))
        self.due_stack = self._stacked(self.due, self.due_empty)
        self.pages.addTab(self.due_stack, self.tr("Due"))
        self.inspections_empty = empty_state(self.tr("No inspections yet. Start one with New inspection (Ctrl+N), "
                                                     "or from a due one (double-click it)."))
        answers = QSplitter()
        self.inspections_stack = self._stacked(self.inspections, self.inspections_empty)
        answers.addWidget(self.inspections_stack)
        self.answers_table = detail_table(self.answers, "answersTable")
        self.answers_table.doubleClicked.connect(self.show_photos)
        self.answers_table.setToolTip(self.tr("Double-click an item with photos to see them"))
        answers.addWidget(self.answers_table)
        answers.setSizes([640, 600])
        self.pages.addTab(answers, self.tr("Inspections"))
        notices = QSplitter()
        notices.addWidget(self.notices)
        notices.addWidget(detail_table(self.steps, "noticeSteps"))
        notices.setSizes([860, 380])
        self.pages.addTab(notices, self.tr("Notices"))
        self.pages.currentChanged.connect(self.show_selected)

        self.due.doubleClicked.connect(self.start_due)
        self.inspections.doubleClicked.connect(self.continue_inspection)
        self.notices.doubleClicked.connect(lambda *_: self.notice_step(ReinspectDialog))
        for table in (self.due, self.inspections, self.notices):
            table.selectionModel().selectionChanged.connect(self.show_selected)
        row = QHBoxLayout()
        row.addWidget(self.search, 1)
        row.addWidget(self.category)
        row.addWidget(self.notice_filter)
        row.addWidget(windows)
        layout = QVBoxLayout(self)
        layout.addWidget(toolbar)
        layout.addWidget(self.banner)
        layout.addLayout(row)
        layout.addWidget(self.pages)

    @staticmethod
    def _stacked(table: QWidget, empty: QWidget) -> QStackedWidget:
        stack = QStackedWidget()
        stack.addWidget(table)
        stack.addWidget(empty)
        return stack

    # --- the lists --------------------------------------------------------------------------------------
    def refresh(self, *_args) -> None:
        kind, text = self.category.currentData(), self.search.text().strip()
        try:
            due = [d for d in due_inspections(self.db, self.actor, category=kind)
                   if not text or text in d.schedule.template_name or text.upper() in d.schedule.area.upper()]
            made = list_inspections(self.db, self.actor, category=kind, search=text)
            notices = [n for n in list_notices(self.db, self.actor, self.notice_filter.currentData(), search=text)
                       if not kind or n.category.value == kind]
            self.attention_count = overdue_count(self.db, self.actor)
            warning = drill_warning(self.db, self.actor)
        except FrontOfficeError as error:
            self.show_error(error)
            due, made, notices, warning = [], [], [], None
        for table, rows in ((self.due, due), (self.inspections, made), (self.notices, notices)):
            chosen = table.selected()
            table.set_rows(rows)
            if chosen is not None and hasattr(chosen, "number"):
                table.select(chosen.number)
        self.due_stack.setCurrentIndex(0 if due or text or kind else 1)
        self.inspections_stack.setCurrentIndex(0 if made or text or kind else 1)
        self.banner.setText(self.tr("Warning: {message}").format(message=error_text(warning)) if warning else "")
        self.banner.setVisible(warning is not None)
        self.pages.setTabText(NOTICES, self.tr("Notices ({count} overdue)").format(count=self.attention_count)
                              if self.attention_count else self.tr("Notices"))
        self.show_selected()
        self.attention.emit(self.attention_count)

    def show_selected(self, *_args) -> None:
        inspection, notice = self.inspections.selected(), self.notices.selected()
        self.answers.set_rows(inspection.answers if inspection else [])
        self.steps.set_rows(notice.steps if notice else [])
        page = self.pages.currentIndex()
        may_inspect = self.actor.can(Permission.INSPECT_SAFETY)
        open_notice = page == NOTICES and notice is not None and notice.status is NoticeStatus.OPEN and may_inspect
        self.actions_by_name["inspectAction"].setEnabled(may_inspect)
        running = page == INSPECTIONS and inspection is not None and inspection.status is InspectionStatus.IN_PROGRESS
        self.actions_by_name["editAction"].setEnabled(running)
        self.actions_by_name["disableAction"].setEnabled(running and may_inspect)
        self.actions_by_name["signAction"].setEnabled(open_notice and not notice.signed_by)
        self.actions_by_name["reinspectAction"].setEnabled(open_notice)
        self.actions_by_name["cancelAction"].setEnabled(open_notice and self.actor.can(Permission.KEEP_SAFETY))
        self.actions_by_name["printAction"].setEnabled(
            (page == NOTICES and notice is not None) or (page == INSPECTIONS and inspection is not None
                                                         and any(a.notice for a in inspection.answers)))

    # --- inspections ------------------------------------------------------------------------------------
    def new_inspection(self, *_args, code: str = "", kind: str = "building", area: str = "") -> None:
        try:
            templates = list_templates(self.db, self.actor, include_inactive=False)
        except FrontOfficeError as error:
            self.show_error(error)
            return
        if not templates:
            QMessageBox.information(self, self.tr("Fire safety"), self.tr(
                "There is no checklist yet: add or install them under Checklists first."))
            return
        dialog = NewInspectionDialog(self.db, self.actor, templates, self, code, kind, area)
        if dialog.exec():
            self._run(dialog.result_value)

    def start_due(self, *_args) -> None:
        """A due round is started, or continued when one of it is in progress already."""
        due = self.due.selected()
        if due is not None and due.in_progress:
            self._continue(due.in_progress)
        elif due is not None:
            self.new_inspection(code=due.schedule.template_code, kind=due.schedule.area_kind.value,
                                area=due.schedule.area)

    def continue_inspection(self, *_args) -> None:
        chosen = self.inspections.selected()
        if chosen is not None and chosen.status is InspectionStatus.IN_PROGRESS:
            self._continue(chosen.number)

    def _continue(self, number: str) -> None:
        try:
            inspection = get_inspection(self.db, self.actor, number)
        except FrontOfficeError as error:
            self.show_error(error)
            return
        self._run(inspection)

    def cancel_inspection(self) -> None:
        chosen = self.inspections.selected()
        if chosen is not None and chosen.status is InspectionStatus.IN_PROGRESS and \
                CancelInspectionDialog(self.db, self.actor, chosen, self).exec():
            self.refresh()

    def _run(self, inspection) -> None:
        """The round's dialog; once finished with notices, they are shown for printing."""
        dialog = InspectionDialog(self.db, self.actor, inspection, self)
        dialog.exec()
        self.refresh()
        self.pages.setCurrentIndex(INSPECTIONS)
        self.inspections.select(inspection.number)
        finished = dialog.result_value
        numbers = [answer.notice for answer in finished.answers if answer.notice] if finished else []
        if numbers:
            self.preview(numbers, self.tr("Rectification notices of {number}").format(number=finished.number))

    def show_photos(self, index) -> None:
        answer = self.answers.row(index.row())
        if answer.photos:
            try:
                PhotoViewer(self.db, self.actor, answer, self).exec()
            except FrontOfficeError as error:
                self.show_error(error)

    # --- notices ----------------------------------------------------------------------------------------
    def notice_step(self, form) -> None:
        chosen = self.notices.selected()
        if chosen is None or chosen.status is not NoticeStatus.OPEN:
            return
        notice = self.notices.reload_selected(lambda row: get_notice(self.db, self.actor, row.number),
                                              self.tr("Fire safety"))
        if notice is not None and form(self.db, self.actor, notice, self).exec():
            self.refresh()

    def print_notices(self) -> None:
        if self.pages.currentIndex() == NOTICES and self.notices.selected() is not None:
            number = self.notices.selected().number
            self.preview([number], self.tr("Rectification notice {number}").format(number=number))
        elif self.inspections.selected() is not None:
            inspection = self.inspections.selected()
            numbers = [answer.notice for answer in inspection.answers if answer.notice]
            if numbers:
                self.preview(numbers, self.tr("Rectification notices of {number}").format(number=inspection.number))

    def preview(self, numbers: list[str], title: str) -> None:
        try:
            pdf = notices_pdf(self.db, self.actor, numbers)
        except FrontOfficeError as error:
            self.show_error(error)
            return
        PdfPreviewDialog(pdf, title, "fire_notice", A4, self, suggested_name=f"{numbers[0]}.pdf").exec()

    def _open(self, window) -> None:
        window(self.db, self.actor, self).exec()
        self.refresh()

    def show_error(self, error: Exception) -> None:
        QMessageBox.warning(self, self.tr("Fire safety"),
                            error_text(error) if isinstance(error, FrontOfficeError) else str(error))
