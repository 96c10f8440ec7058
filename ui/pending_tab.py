"""What a tab shows until its area is built, or to a user whose role does not use it: what it is for, said
plainly."""

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.database import Database
from app.permissions import ROLE_LABELS, Actor
from ui.i18n import translate_text
from ui.icons import icon


class PendingTab(QWidget):
    def __init__(self, db: Database, actor: Actor, spec, note: str | None = None):
        super().__init__()
        picture = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        picture.setPixmap(icon(spec.icon, "#9aa7b4").pixmap(96, 96))
        title = QLabel(QCoreApplication.translate("Tabs", spec.title), alignment=Qt.AlignmentFlag.AlignCenter)
        title.setStyleSheet("font-size: 20pt; color: #2d5f8b;")
        summary = QLabel(QCoreApplication.translate("Tabs", spec.summary), alignment=Qt.AlignmentFlag.AlignCenter,
                         wordWrap=True)
        summary.setFixedWidth(560)
        summary.setMinimumHeight(summary.heightForWidth(560))  # centred widgets get no height-for-width
        note = QLabel(note or self.tr("This area is not available in this version yet."),
                      alignment=Qt.AlignmentFlag.AlignCenter, objectName="pendingNote")
        note.setStyleSheet("color: #7f8c8d;")
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        for widget in (picture, title, summary, note):
            layout.addWidget(widget, alignment=Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(3)


def locked_tab(db: Database, actor: Actor, spec) -> PendingTab:
    """The tab of an area the user's role does not work in."""
    return PendingTab(db, actor, spec, QCoreApplication.translate(
        "PendingTab", "Your role ({role}) does not work in this area.").format(role=translate_text(
            ROLE_LABELS[actor.role])))
