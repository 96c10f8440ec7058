"""Checklist templates, versioned: a change to a checklist makes its next version and leaves the one before
exactly as it was, so that every past inspection still shows the items it was answered on. Only the current
version of a checklist can be changed; the versions before it exist for past inspections alone.

The checklists shipped with FrontOffice (resources/safety/templates.csv) cover an office building's fire
systems, cleaning inspections and security patrols; ``install_standard`` adds those a site does not have.
"""

import csv
import io
import re
from importlib.resources import files

from sqlalchemy import func, select

from app import audit
from app.database import Database
from app.errors import NotFound, ValidationError
from app.i18n import _
from app.permissions import Actor, Permission, require
from app.safety.model import CheckCategory, Frequency, ItemDraft, ItemView, TemplateDraft, TemplateView
from app.text import key_text, text_field
from db.models import CheckItem, CheckTemplate, Inspection
from db.types import utcnow

CODE_PATTERN = re.compile(r"^[A-Z0-9][A-Z0-9-]{0,19}$")
MAX_ITEMS = 80


def add_template(db: Database, actor: Actor, draft: TemplateDraft) -> TemplateView:
    """A new checklist, version 1, under a code of its own."""
    require(actor, Permission.KEEP_SAFETY)
    code = key_text(draft.code).upper()
    if not CODE_PATTERN.match(code):
        raise ValidationError(_("A checklist's code is 1 to 20 letters, digits or hyphens, e.g. XF-PUMP"),
                              field="code")
    values, items = _checked(draft)
    with db.write(actor) as session:
        if session.scalar(select(CheckTemplate.id).where(CheckTemplate.code == code)):
            raise ValidationError(_("There is a checklist with code {code} already"), field="code", code=code)
        template = _new_version(session, actor, code, 1, values, items)
        audit.record(session, actor, "add", "check_template", f"{code} v1",
                     after={**values, "items": len(items)})
        return _views(session, [template])[0]


def revise_template(db: Database, actor: Actor, template_id: int, draft: TemplateDraft) -> TemplateView:
    """The next version of the checklist whose current version is ``template_id``. A version that is no
    longer current is kept for the inspections made on it and cannot be changed."""
    require(actor, Permission.KEEP_SAFETY)
    values, items = _checked(draft)
    with db.write(actor) as session:
        base = session.get(CheckTemplate, template_id, with_for_update=True)
        if base is None:
            raise NotFound(_("There is no such checklist"), field="name")
        if not base.current:
            latest = session.scalar(select(func.max(CheckTemplate.version)).where(CheckTemplate.code == base.code))
            raise ValidationError(_("Version {version} of {code} is kept as it was for the inspections made on "
                                    "it and cannot be changed; change version {latest}"), field="name",
                                  version=base.version, code=base.code, latest=latest)
        if values["category"] != base.category:
            raise ValidationError(_("A checklist keeps its kind; make a new checklist for another kind"),
                                  field="category")
        before = {"name": base.name, "category": base.category, "frequency": base.frequency}
        if values == before and items == [(i.system, i.text, i.requirement) for i in base.items]:
            raise ValidationError(_("Nothing was changed"), field="name")
        base.current = False
        template = _new_version(session, actor, base.code, base.version + 1, values, items)
        template.active = base.active
        audit.record(session, actor, "revise", "check_template", f"{base.code} v{template.version}",
                     before={**before, "version": base.version, "items": len(base.items)},
                     after={**values, "version": template.version, "items": len(items)})
        return _views(session, [template])[0]


def set_template_active(db: Database, actor: Actor, code: str, active: bool) -> TemplateView:
    """A retired checklist is not offered for new inspections and is no longer due; its past stays."""
    require(actor, Permission.KEEP_SAFETY)
    with db.write(actor) as session:
        template = current_version(session, code, for_update=True)
        before, template.active = template.active, bool(active)
        audit.record(session, actor, "update", "check_template", template.code, before={"active": before},
                     after={"active": template.active})
        return _views(session, [template])[0]


def list_templates(db: Database, actor: Actor, category: CheckCategory | str | None = None,
                   include_inactive: bool = True) -> list[TemplateView]:
    """The current version of every checklist, by kind and code."""
    require(actor, Permission.INSPECT_SAFETY)
    query = select(CheckTemplate).where(CheckTemplate.current.is_(True))
    if category:
        query = query.where(CheckTemplate.category == CheckCategory(category).value)
    if not include_inactive:
        query = query.where(CheckTemplate.active.is_(True))
    with db.read(actor) as session:
        return _views(session, list(session.scalars(query.order_by(CheckTemplate.category, CheckTemplate.code))))


def versions(db: Database, actor: Actor, code: str) -> list[TemplateView]:
    """Every version of a checklist, the latest first."""
    require(actor, Permission.INSPECT_SAFETY)
    with db.read(actor) as session:
        rows = list(session.scalars(select(CheckTemplate).where(CheckTemplate.code == key_text(code).upper())
                                    .order_by(CheckTemplate.version.desc())))
        if not rows:
            raise NotFound(_("There is no checklist with code {code}"), field="code", code=code)
        return _views(session, rows)


def get_template(db: Database, actor: Actor, template_id: int) -> TemplateView:
    require(actor, Permission.INSPECT_SAFETY)
    with db.read(actor) as session:
        template = session.get(CheckTemplate, template_id)
        if template is None:
            raise NotFound(_("There is no such checklist"), field="name")
        return _views(session, [template])[0]


def current_version(session, code: str, for_update: bool = False) -> CheckTemplate:
    query = select(CheckTemplate).where(CheckTemplate.code == key_text(code).upper(),
                                        CheckTemplate.current.is_(True))
    template = session.scalar(query.with_for_update() if for_update else query)
    if template is None:
        raise NotFound(_("There is no checklist with code {code}"), field="template", code=code)
    return template


# --- the shipped checklists -------------------------------------------------------------------------------
def standard_templates() -> list[TemplateDraft]:
    text = files("resources").joinpath("safety", "templates.csv").read_text(encoding="utf-8")
    drafts: dict[str, dict] = {}
    for row in csv.DictReader(io.StringIO(text)):
        entry = drafts.setdefault(row["code"], {"code": row["code"], "name": row["name"],
                                                "category": row["category"], "frequency": row["frequency"],
                                                "items": []})
        entry["items"].append(ItemDraft(row["system"], row["item"], row["requirement"]))
    return [TemplateDraft(**{**entry, "items": tuple(entry["items"])}) for entry in drafts.values()]


def install_standard(db: Database, actor: Actor) -> int:
    """Adds the shipped checklists whose codes the site does not have yet; returns how many. A checklist the
    site has changed or retired is left as it is."""
    require(actor, Permission.KEEP_SAFETY)
    drafts = standard_templates()
    checked = [(draft, *_checked(draft)) for draft in drafts]
    with db.write(actor) as session:
        have = set(session.scalars(select(CheckTemplate.code)))
        made = [_new_version(session, actor, draft.code, 1, values, items)
                for draft, values, items in checked if draft.code not in have]
        if made:
            audit.record(session, actor, "install", "check_template", "standard",
                         after={"codes": [template.code for template in made]})
        return len(made)


# --- inside -------------------------------------------------------------------------------------------
def _checked(draft: TemplateDraft) -> tuple[dict, list[tuple[str, str, str]]]:
    name = text_field(draft.name, "name", 60, _("A checklist needs a name of at most {count} characters"))
    try:
        category, frequency = CheckCategory(draft.category), Frequency(draft.frequency)
    except ValueError:
        raise ValidationError(_("Choose the checklist's kind and how often it is done"), field="frequency") from None
    items = []
    for line, item in enumerate(draft.items or (), start=1):
        system = text_field(item.system, "items", 30, _("Item {line}: say which system it belongs to, in at most "
                                                        "{count} characters"), line=line)
        text = text_field(item.text, "items", 200, _("Item {line}: say what to check, in at most {count} "
                                                     "characters"), line=line)
        requirement = text_field(item.requirement, "items", 200, _("Item {line}: the requirement is at most "
                                                                   "{count} characters"), required=False, line=line)
        items.append((system, text, requirement))
    if not items or len(items) > MAX_ITEMS:
        raise ValidationError(_("A checklist has from 1 to {count} items"), field="items", count=MAX_ITEMS)
    if len({(system, text) for system, text, _requirement in items}) != len(items):
        raise ValidationError(_("An item appears twice in the same system"), field="items")
    return {"name": name, "category": category.value, "frequency": frequency.value}, items


def _new_version(session, actor: Actor, code: str, version: int, values: dict,
                 items: list[tuple[str, str, str]]) -> CheckTemplate:
    template = CheckTemplate(code=code, version=version, current=True, active=True, created_at=utcnow(),
                             created_by=actor.full_name or actor.username, **values)
    session.add(template)
    session.flush()
    session.add_all(CheckItem(template_id=template.id, position=position, system=system, text=text,
                              requirement=requirement)
                    for position, (system, text, requirement) in enumerate(items, start=1))
    session.flush()
    session.refresh(template, ["items"])
    return template


def _views(session, templates: list[CheckTemplate]) -> list[TemplateView]:
    used = dict(session.execute(select(Inspection.template_id, func.count()).where(
        Inspection.template_id.in_({template.id for template in templates})).group_by(Inspection.template_id)).all())
    return [TemplateView(template.id, template.code, template.version, CheckCategory(template.category),
                         template.name, Frequency(template.frequency), template.current, template.active,
                         template.created_at, template.created_by,
                         tuple(ItemView(item.id, item.position, item.system, item.text, item.requirement)
                               for item in template.items), used.get(template.id, 0))
                    for template in templates]
