"""演练与培训 Drills and training: the evacuation drills held (a full one is due every twelve months, and a red
banner says so when it is not held), the volunteer fire team (义务消防队), and fire-safety training sessions.
The safety officer records them; others read."""

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.database import Database
from app.errors import FrontOfficeError
from app.permissions import Actor
from app.safety.drills import (
    DRILL_KIND_LABELS,
    TEAM_ROLE_LABELS,
    DrillDraft,
    DrillKind,
    DrillView,
    MemberDraft,
    MemberView,
    TeamRole,
    TrainingDraft,
    TrainingView,
    drill_warning,
    list_drills,
    list_members,
    list_trainings,
    record_drill,
    record_training,
    save_member,
)
from ui.forms import FormDialog, choices
from ui.i18n import error_text, translate_text
from ui.icons import icon
from ui.row_table import RowTable
from ui.safety.responsibility_window import KeptPage, day_edit, focus_page
from ui.table_model import Column
from ui.theme import STATUS_GREY, STATUS_RED


def minutes_seconds(seconds: int | None) -> str:
    return "—" if seconds is None else f"{seconds // 60}:{seconds % 60:02d}"


class EvacuationEdit(QWidget):
    """How long the evacuation took, in minutes and seconds as the stopwatch says it; ``seconds()`` is None
    when nothing was entered."""

    def __init__(self):
        super().__init__()
        self.minutes = QSpinBox(objectName="evacuationMinutes", maximum=180, suffix=self.tr(" min"))
        self.seconds_box = QSpinBox(objectName="evacuationSeconds", maximum=59, suffix=self.tr(" s"))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.minutes)
        row.addWidget(self.seconds_box)
        row.addStretch()
        self.setFocusProxy(self.minutes)

    def seconds(self) -> int | None:
        return self.minutes.value() * 60 + self.seconds_box.value() or None


def count_box(maximum: int, suffix: str = "") -> QSpinBox:
    """A count to be given: it starts at 0, which the service refuses with its message."""
    return QSpinBox(maximum=maximum, suffix=suffix)


class DrillDialog(FormDialog):
    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None):
        super().__init__(parent, self.tr("Record a drill"), lambda v: record_drill(db, actor, DrillDraft(
            v["held_on"], v["kind"], v["scenario"], v["organiser"], v["participants"], self.evacuation.seconds(),
            v["findings"])))
        self.set_intro(self.tr("A full evacuation drill is required every twelve months; record how long the "
                               "evacuation took, from the alarm to the last person out."))
        self.add_field("held_on", self.tr("Held on"), day_edit(), required=True)
        self.kind = self.add_field("kind", self.tr("Kind"), choices(DRILL_KIND_LABELS), required=True)
        self.add_field("scenario", self.tr("Scenario"), QLineEdit(placeholderText="A座12层电气火灾，全楼疏散"),
                       required=True)
        self.add_field("organiser", self.tr("Organiser"), QLineEdit(), required=True)
        self.add_field("participants", self.tr("Participants"), count_box(100_000), required=True)
        self.evacuation = self.add_field("evacuation_seconds", self.tr("Evacuation time"), EvacuationEdit())
        self.add_field("findings", self.tr("Findings"), QLineEdit(placeholderText="B梯防火门闭门器失效"))
        self.kind.currentIndexChanged.connect(self.kind_changed)
        self.setMinimumWidth(560)

    def kind_changed(self, *_args) -> None:
        tabletop = self.kind.currentData() == DrillKind.TABLETOP.value
        self.evacuation.setEnabled(not tabletop)
        self.evacuation.setToolTip(self.tr("A tabletop exercise evacuates nobody") if tabletop else "")


class MemberDialog(FormDialog):
    """A new member of the volunteer fire team, or a change to ``member``."""

    def __init__(self, db: Database, actor: Actor, member: MemberView | None, parent: QWidget | None = None):
        title = self.tr("New team member") if member is None else self.tr("Edit {name}").format(name=member.name)
        super().__init__(parent, title, lambda v: save_member(db, actor, MemberDraft(
            v["name"], v["department"], v["phone"], v["role"], v["joined_on"], v.get("active", True)),
            member.id if member else None))
        self.add_field("name", self.tr("Name"), QLineEdit(member.name if member else ""), required=True)
        self.add_field("department", self.tr("Department or unit"), QLineEdit(
            member.department if member else "", placeholderText="保安部"), required=True)
        self.add_field("phone", self.tr("Phone"), QLineEdit(member.phone if member else ""), required=True)
        role = self.add_field("role", self.tr("Role"), choices(TEAM_ROLE_LABELS), required=True)
        role.setCurrentIndex(role.findData((member.role if member else TeamRole.MEMBER).value))
        self.add_field("joined_on", self.tr("Joined on"), day_edit(member.joined_on if member else None))
        if member is not None:  # a member who leaves is kept, inactive
            self.add_field("active", self.tr("On the team (untick when they leave)"),
                           QCheckBox(checked=member.active))


class TrainingDialog(FormDialog):
    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None):
        super().__init__(parent, self.tr("Record a training session"), lambda v: record_training(db, actor, (
            TrainingDraft(v["held_on"], v["topic"], v["trainer"], v["attendees"], v["minutes"], v["note"]))))
        self.add_field("held_on", self.tr("Held on"), day_edit(), required=True)
        self.add_field("topic", self.tr("Topic"), QLineEdit(placeholderText="灭火器和室内消火栓的使用"), required=True)
        self.add_field("trainer", self.tr("Trainer"), QLineEdit(), required=True)
        self.add_field("attendees", self.tr("Attendees"), count_box(10_000), required=True)
        self.add_field("minutes", self.tr("Duration"), count_box(8 * 60, self.tr(" min")), required=True)
        self.add_field("note", self.tr("Note"), QLineEdit())
        self.field("minutes").setSingleStep(15)


class DrillsPage(KeptPage):
    def __init__(self, db: Database, actor: Actor):
        super().__init__(db, actor, RowTable([
            Column(self.tr("Date"), lambda d: d.held_on),
            Column(self.tr("Kind"), lambda d: translate_text(DRILL_KIND_LABELS[d.kind])),
            Column(self.tr("Scenario"), lambda d: d.scenario),
            Column(self.tr("Organiser"), lambda d: d.organiser),
            Column(self.tr("Participants"), lambda d: d.participants),
            Column(self.tr("Evacuation time"), lambda d: d.evacuation_seconds, minutes_seconds),
            Column(self.tr("Findings"), lambda d: d.findings),
        ], "drillsTable"), (("drill", self.tr("New drill..."), self.add, "Ctrl+N"),),
            self.tr("No drill recorded yet. Hold a full evacuation drill at least once every twelve months and "
                    "record it here (New drill, Ctrl+N)."))
        self.add_action = self.toolbar.actions()[0]
        self.refresh()

    def load(self) -> list[DrillView]:
        return list_drills(self.db, self.actor)

    def dialog(self, _row) -> FormDialog:
        return DrillDialog(self.db, self.actor, self)


class TeamPage(KeptPage):
    def __init__(self, db: Database, actor: Actor):
        def grey(member: MemberView):
            return None if member.active else STATUS_GREY

        on, left = self.tr("On the team"), self.tr("Left")
        super().__init__(db, actor, RowTable([
            Column(self.tr("Name"), lambda m: m.name, None, grey),
            Column(self.tr("Department or unit"), lambda m: m.department, None, grey),
            Column(self.tr("Role"), lambda m: translate_text(TEAM_ROLE_LABELS[m.role]), None, grey),
            Column(self.tr("Phone"), lambda m: m.phone, None, grey),
            Column(self.tr("Joined"), lambda m: m.joined_on, None, grey),
            Column(self.tr("Status"), lambda m: m.active, lambda v: on if v else left, grey),
        ], "teamTable", stretch=1), (
            ("add", self.tr("New member..."), self.add, "Ctrl+N"),
            ("edit", self.tr("Edit..."), self.edit_selected, None),
            ("disable", self.tr("Leaves the team"), lambda: self.set_active(False), None),
            ("enable", self.tr("Back on the team"), lambda: self.set_active(True), None)),
            self.tr("The volunteer fire team has no members yet. Add its captain and members (New member, "
                    "Ctrl+N)."))
        self.add_action, self.edit_action, self.leave_action, self.back_action = self.toolbar.actions()[:4]
        self.former = QCheckBox(self.tr("Show former members"), objectName="showFormer")
        self.former.toggled.connect(self.refresh)
        self.filters.addWidget(self.former)
        self.filters.addStretch()
        self.table.doubleClicked.connect(self.edit_selected)
        self.refresh()

    def load(self) -> list[MemberView]:
        return list_members(self.db, self.actor, include_inactive=self.former.isChecked())

    def show_selected(self, *_args) -> None:
        member = self.table.selected()
        self.enable(self.edit_action, member is not None)
        self.enable(self.leave_action, member is not None and member.active)
        self.enable(self.back_action, member is not None and not member.active)

    def dialog(self, member: MemberView | None) -> FormDialog:
        return MemberDialog(self.db, self.actor, member, self)

    def set_active(self, active: bool) -> None:
        member = self.table.selected()
        if not (self.back_action if active else self.leave_action).isEnabled() or member is None:
            return
        try:
            save_member(self.db, self.actor, MemberDraft(member.name, member.department, member.phone, member.role,
                                                         member.joined_on, active), member.id)
        except FrontOfficeError as error:
            self.warn(error)
        self.refresh()
        self.select_where(lambda m: m.id == member.id)


class TrainingPage(KeptPage):
    def __init__(self, db: Database, actor: Actor):
        minutes = self.tr("{count} min")
        super().__init__(db, actor, RowTable([
            Column(self.tr("Date"), lambda t: t.held_on),
            Column(self.tr("Topic"), lambda t: t.topic),
            Column(self.tr("Trainer"), lambda t: t.trainer),
            Column(self.tr("Attendees"), lambda t: t.attendees),
            Column(self.tr("Duration"), lambda t: t.minutes, lambda v: minutes.format(count=v)),
            Column(self.tr("Note"), lambda t: t.note),
        ], "trainingTable"), (("training", self.tr("New training..."), self.add, "Ctrl+N"),),
            self.tr("No training recorded yet. Record each fire-safety training session: its topic, trainer and "
                    "how many attended (New training, Ctrl+N)."))
        self.add_action = self.toolbar.actions()[0]
        self.refresh()

    def load(self) -> list[TrainingView]:
        return list_trainings(self.db, self.actor)

    def dialog(self, _row) -> FormDialog:
        return TrainingDialog(self.db, self.actor, self)


class DrillsWindow(QDialog):
    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None):
        super().__init__(parent)
        self.db, self.actor = db, actor
        self.setObjectName("drillsWindow")
        self.setWindowTitle(self.tr("Drills and training"))
        self.resize(1060, 620)
        self.banner = QFrame(objectName="drillBanner", styleSheet=f"#drillBanner {{ background: {STATUS_RED.name()};"
                                                                  " border-radius: 4px; }")
        warning = QLabel(pixmap=icon("notice", "#ffffff").pixmap(22, 22))
        self.banner_text = QLabel(objectName="drillWarning", wordWrap=True, textFormat=Qt.TextFormat.RichText,
                                  styleSheet="color: #ffffff;")
        row = QHBoxLayout(self.banner)
        row.addWidget(warning)
        row.addWidget(self.banner_text, 1)
        self.drills, self.team, self.training = DrillsPage(db, actor), TeamPage(db, actor), TrainingPage(db, actor)
        self.tabs = QTabWidget(objectName="drillsTabs")
        self.tabs.addTab(self.drills, icon("drill"), self.tr("Drills"))
        self.tabs.addTab(self.team, icon("team"), self.tr("Volunteer fire team"))
        self.tabs.addTab(self.training, icon("training"), self.tr("Training"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs, 1)
        self.drills.changed.connect(self.show_warning)
        self.tabs.currentChanged.connect(lambda *_: focus_page(self.tabs))
        self.show_warning()
        focus_page(self.tabs)

    def show_warning(self) -> None:
        try:
            reminder = drill_warning(self.db, self.actor)
        except FrontOfficeError as error:
            QMessageBox.warning(self, self.windowTitle(), error_text(error))
            reminder = None
        self.reminder = reminder
        if reminder is not None:
            heading = self.tr("Drill overdue")
            self.banner_text.setText(f"<b>{escape(heading)}</b>: {escape(error_text(reminder))}")
        self.banner.setVisible(reminder is not None)
