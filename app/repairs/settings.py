"""Engineering's settings shared by every desk: the response and completion deadlines of each priority, and
whether residents' in-home repairs are free labour."""

import json

from sqlalchemy import select

from app import audit
from app.database import Database
from app.errors import ValidationError
from app.i18n import _
from app.permissions import Actor, Permission, require
from app.repairs.model import Deadline, Priority
from db.models import SiteSetting

DEADLINES_KEY = "repair_deadlines"
FREE_LABOUR_KEY = "repair_residents_free_labour"
DEFAULT_DEADLINES = {Priority.URGENT: Deadline(30, 4 * 60), Priority.HIGH: Deadline(2 * 60, 24 * 60),
                     Priority.NORMAL: Deadline(8 * 60, 72 * 60), Priority.LOW: Deadline(24 * 60, 7 * 24 * 60)}
MAX_MINUTES = 90 * 24 * 60


def deadlines(session) -> dict[Priority, Deadline]:
    stored = session.scalar(select(SiteSetting.value).where(SiteSetting.key == DEADLINES_KEY))
    result = dict(DEFAULT_DEADLINES)
    for key, (respond, complete) in (json.loads(stored) if stored else {}).items():
        result[Priority(key)] = Deadline(respond, complete)
    return result


def residents_free_labour(session) -> bool:
    stored = session.scalar(select(SiteSetting.value).where(SiteSetting.key == FREE_LABOUR_KEY))
    return stored != "0"


def get_deadlines(db: Database) -> dict[Priority, Deadline]:
    with db.read() as session:
        return deadlines(session)


def get_residents_free_labour(db: Database) -> bool:
    with db.read() as session:
        return residents_free_labour(session)


def set_deadline(db: Database, actor: Actor, priority: Priority | str, respond_minutes: int,
                 complete_minutes: int) -> Deadline:
    """How soon a technician must be on site, and the repair finished, after an order of ``priority`` is
    reported; orders already reported keep their deadlines."""
    require(actor, Permission.EDIT_SITE)
    try:
        priority = Priority(priority)
    except ValueError:
        raise ValidationError(_("Unknown priority {priority}"), field="priority", priority=priority) from None
    for value, field in ((respond_minutes, "respond_minutes"), (complete_minutes, "complete_minutes")):
        if not isinstance(value, int) or isinstance(value, bool) or not 0 < value <= MAX_MINUTES:
            raise ValidationError(_("A deadline is a whole number of minutes from 1 to 90 days"), field=field)
    if complete_minutes < respond_minutes:
        raise ValidationError(_("The completion deadline cannot come before the response deadline"),
                              field="complete_minutes")
    with db.write(actor) as session:
        current = deadlines(session)
        before = current[priority]
        current[priority] = Deadline(respond_minutes, complete_minutes)
        _store(session, DEADLINES_KEY, json.dumps({key.value: [d.respond_minutes, d.complete_minutes]
                                                   for key, d in current.items()}))
        audit.record(session, actor, "update", "site", DEADLINES_KEY,
                     before={"priority": priority.value, "respond": before.respond_minutes,
                             "complete": before.complete_minutes},
                     after={"priority": priority.value, "respond": respond_minutes, "complete": complete_minutes})
    return current[priority]


def set_residents_free_labour(db: Database, actor: Actor, free: bool) -> None:
    require(actor, Permission.EDIT_SITE)
    with db.write(actor) as session:
        before = residents_free_labour(session)
        _store(session, FREE_LABOUR_KEY, "1" if free else "0")
        audit.record(session, actor, "update", "site", FREE_LABOUR_KEY, before={"free": before},
                     after={"free": bool(free)})


def _store(session, key: str, value: str) -> None:
    row = session.scalar(select(SiteSetting).where(SiteSetting.key == key).with_for_update())
    if row is None:
        session.add(SiteSetting(key=key, value=value))
    else:
        row.value = value

