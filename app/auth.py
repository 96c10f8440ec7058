"""Logging in: the password checked, five failures in a row lock the account for a while."""

from datetime import datetime, timedelta

from sqlalchemy import select

from app import audit
from app.clock import format_local
from app.database import Database
from app.errors import AuthenticationError
from app.i18n import _
from app.passwords import verify_password
from app.permissions import Actor, Role
from db.models import User
from db.types import utcnow

MAX_FAILED_LOGINS = 5
LOCK_DURATION = timedelta(minutes=15)


def login(db: Database, username: str, password: str, now: datetime | None = None) -> Actor:
    """The user, when the password is right and the account open; ``AuthenticationError`` otherwise.

    The slow password check runs outside any transaction, so a login does not hold up the other desks.
    The outcome is then recorded on the user's row, locked for the purpose, so that failures counted by
    several desks at once all count: the fifth locks the account for ``LOCK_DURATION``. Attempts on a
    locked account are refused and audited. An unknown user name writes nothing.
    """
    now = now or utcnow()
    username = username.strip()
    with db.read() as session:
        stored = session.scalar(select(User.password_hash).where(User.username == username))
    if stored is None:
        raise AuthenticationError(_("There is no user named {name}"), field="username", name=username)
    correct = verify_password(password, stored)

    failure: AuthenticationError | None = None
    with db.write() as session:
        user = session.scalar(select(User).where(User.username == username).with_for_update())
        if user is None:
            raise AuthenticationError(_("There is no user named {name}"), field="username", name=username)
        actor = Actor(user.id, user.username, Role(user.role), user.full_name)
        if user.locked_until is not None and user.locked_until > now:
            audit.record(session, actor, "login_refused", "user", user.id, after={"reason": "locked"})
            failure = AuthenticationError(
                _("The account {name} is locked after {count} failed logins; try again after {time}"),
                field="password", name=username, count=MAX_FAILED_LOGINS, time=format_local(user.locked_until))
        elif correct and stored == user.password_hash:
            if not user.active:
                raise AuthenticationError(_("The account {name} is disabled"), field="username", name=username)
            user.failed_logins, user.locked_until, user.last_login_at = 0, None, now
            audit.record(session, actor, "login", "user", user.id)
            return actor
        else:
            user.failed_logins += 1
            if user.failed_logins >= MAX_FAILED_LOGINS:
                user.failed_logins, user.locked_until = 0, now + LOCK_DURATION
                audit.record(session, actor, "lock", "user", user.id, after={"locked_until": user.locked_until})
                failure = AuthenticationError(
                    _("Wrong password. The account {name} is now locked for {minutes} minutes"),
                    field="password", name=username, minutes=int(LOCK_DURATION.total_seconds() // 60))
            else:
                audit.record(session, actor, "login_failed", "user", user.id,
                             after={"failed_logins": user.failed_logins})
                failure = AuthenticationError(
                    _("Wrong password for {name} ({left} tries left before the account is locked)"),
                    field="password", name=username, left=MAX_FAILED_LOGINS - user.failed_logins)
    # The failed attempt is committed (it counts towards the lock) before the error is raised.
    raise failure
