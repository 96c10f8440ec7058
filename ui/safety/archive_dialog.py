"""The fire archive (消防档案) of a period, previewed for printing: inspections, notices and their outcome,
drills, training and the team, and the responsibility register."""

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QWidget

from app.clock import today
from app.database import Database
from app.permissions import Actor
from app.safety.documents import archive_pdf
from ui.forms import FormDialog
from ui.pdf_preview import PdfPreviewDialog
from ui.printing import A4


class ArchiveDialog(FormDialog):
    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None):
        super().__init__(parent, self.tr("Fire archive"), lambda v: archive_pdf(db, actor, v["since"], v["until"]))
        self.set_intro(self.tr("The fire inspections, rectification notices and their outcome, drills, training "
                               "and the responsibility register of a period."))
        first = today().replace(month=1, day=1)
        self.add_field("since", self.tr("From"), QDateEdit(QDate(first), calendarPopup=True,
                                                          displayFormat="yyyy-MM-dd"), required=True)
        self.add_field("until", self.tr("To"), QDateEdit(QDate(today()), calendarPopup=True,
                                                        displayFormat="yyyy-MM-dd"), required=True)

    def accept(self) -> None:
        super().accept()
        if self.result_value:
            since, until = self.values()["since"], self.values()["until"]
            PdfPreviewDialog(self.result_value, self.tr("Fire archive {since} to {until}").format(
                since=since.isoformat(), until=until.isoformat()), "fire_archive", A4, self.parentWidget(),
                suggested_name=f"消防档案_{since.isoformat()}_{until.isoformat()}.pdf").exec()
