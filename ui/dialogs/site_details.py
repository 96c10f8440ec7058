"""The site's details: company, site, address, phone, receipt titles."""

from dataclasses import fields

from PySide6.QtWidgets import QLineEdit, QWidget

from app.database import Database
from app.permissions import Actor
from app.site import FIELD_LABELS, REQUIRED, SiteDetails, get_site_details, update_site_details
from ui.forms import FormDialog
from ui.i18n import translate_text


class SiteDetailsDialog(FormDialog):
    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None):
        super().__init__(parent, self.tr("Site details"),
                         lambda values: update_site_details(db, actor, SiteDetails(**values)))
        current = get_site_details(db)
        for item in fields(SiteDetails):
            editor = QLineEdit(getattr(current, item.name))
            self.add_field(item.name, translate_text(FIELD_LABELS[item.name]), editor, item.name in REQUIRED)
        self.setMinimumWidth(520)
