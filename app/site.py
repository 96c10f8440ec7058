"""The site's details, shared by every desk: company, site, address, phone and receipt titles."""

from dataclasses import asdict, dataclass, fields

from sqlalchemy import select

from app import audit
from app.database import Database
from app.errors import ValidationError
from app.i18n import _
from app.permissions import Actor, Permission, require
from app.text import text_field
from db.models import SiteSetting


@dataclass(frozen=True)
class SiteDetails:
    company_name: str = ""
    site_name: str = ""
    address: str = ""
    phone: str = ""
    fee_receipt_title: str = "收费收据"
    business_receipt_title: str = "商务中心费用收据单"


FIELD_LABELS = {
    "company_name": _("Company name"),
    "site_name": _("Site name"),
    "address": _("Address"),
    "phone": _("Phone"),
    "fee_receipt_title": _("Fee receipt title"),
    "business_receipt_title": _("Business-centre receipt title"),
}
REQUIRED = ("company_name", "site_name", "fee_receipt_title", "business_receipt_title")
MAX_LENGTH = 200


def get_site_details(db: Database) -> SiteDetails:
    with db.read() as session:
        stored = {row.key: row.value for row in session.scalars(select(SiteSetting))}
    defaults = SiteDetails()
    return SiteDetails(**{f.name: stored.get(f.name, getattr(defaults, f.name)) for f in fields(SiteDetails)})


def update_site_details(db: Database, actor: Actor, details: SiteDetails) -> SiteDetails:
    require(actor, Permission.EDIT_SITE)
    typed = asdict(details)
    for name in REQUIRED:
        if typed[name] is None or (isinstance(typed[name], str) and not typed[name].strip()):
            raise ValidationError(_("{label} is required"), field=name, label=FIELD_LABELS[name])
    values = {name: text_field(value, name, MAX_LENGTH, _("{label} is longer than {count} characters"),
                               required=False, label=FIELD_LABELS[name])
              for name, value in typed.items()}
    with db.write(actor) as session:
        rows = {row.key: row for row in session.scalars(select(SiteSetting).with_for_update())}
        before = {name: rows[name].value for name in values if name in rows}
        for name, value in values.items():
            if name in rows:
                rows[name].value = value
            else:
                session.add(SiteSetting(key=name, value=value))
        changed = {name: value for name, value in values.items() if before.get(name) != value}
        if changed:
            audit.record(session, actor, "update", "site", "details",
                         before={name: before.get(name) for name in changed}, after=changed)
    return SiteDetails(**values)
