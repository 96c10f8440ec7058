"""The site's details: company, site, address, phone, receipt titles; their fields are shared with the first-run
wizard."""

from dataclasses import fields, replace

from PySide6.QtWidgets import QLineEdit, QSpinBox, QWidget

from app.database import Database
from app.frontdesk.parcels import MAX_WAITING_DAYS, parcel_waiting_days, set_parcel_waiting_days
from app.permissions import Actor
from app.site import FIELD_LABELS, REQUIRED, SiteDetails, get_site_details, update_site_details
from ui.forms import FormDialog
from ui.i18n import translate_text

ALL_FIELDS = tuple(item.name for item in fields(SiteDetails))


def add_site_fields(form: QWidget, names: tuple[str, ...] = ALL_FIELDS) -> None:
    """The site's fields ``names`` on a form (a ``FormDialog``, or anything with its ``add_field``)."""
    for name in names:
        form.add_field(name, translate_text(FIELD_LABELS[name]), QLineEdit(), name in REQUIRED)


def show_site_details(form: QWidget, details: SiteDetails, names: tuple[str, ...] = ALL_FIELDS) -> None:
    for name in names:
        form.field(name).setText(getattr(details, name))


def edited_details(current: SiteDetails, values: dict) -> SiteDetails:
    """``current`` with what the form's site fields hold; the others as they were."""
    return replace(current, **{name: value for name, value in values.items() if name in ALL_FIELDS})


class SiteDetailsDialog(FormDialog):
    """The site's details, and after how many days a parcel still waiting at the desk stands out."""

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None):
        current, days = get_site_details(db), parcel_waiting_days(db)

        def save(values: dict) -> SiteDetails:
            saved = update_site_details(db, actor, edited_details(current, values))
            if values["parcel_days"] != days:
                set_parcel_waiting_days(db, actor, values["parcel_days"])
            return saved

        super().__init__(parent, self.tr("Site details"), save)
        add_site_fields(self)
        show_site_details(self, current)
        self.add_field("parcel_days", self.tr("Parcels waiting longer than (days) stand out"),
                       QSpinBox(minimum=1, maximum=MAX_WAITING_DAYS, value=days), required=True)
        self.setMinimumWidth(520)
