"""Users and their roles: the first administrator, adding users, passwords, disabling."""

import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from app import audit
from app.database import Database
from app.errors import NotFound, PermissionDenied, ValidationError
from app.i18n import _
from app.passwords import hash_password, verify_password
from app.permissions import Actor, Permission, Role, require
from app.text import key_text, text_field
from db.models import AuditHead, User

USERNAME_PATTERN = re.compile(r"^[\w.\-]{2,32}$")
MIN_PASSWORD_LENGTH = 8


@dataclass(frozen=True)
class UserInfo:
    user_id: int
    username: str
    full_name: str
    role: Role
    active: bool
    locked_until: datetime | None
    last_login_at: datetime | None


def has_users(db: Database) -> bool:
    with db.read() as session:
        return bool(session.scalar(select(func.count()).select_from(User)))


def create_first_admin(db: Database, username: str, password: str, full_name: str = "") -> Actor:
    """The administrator of a new database; refused once any user exists."""
    username, full_name = _check_username(username), _check_full_name(full_name)
    _check_password(password)
    with db.write() as session:
        # The chain's head is locked first: two desks starting a new database at once make one administrator.
        session.get(AuditHead, 1, with_for_update=True)
        if session.scalar(select(func.count()).select_from(User)):
            raise PermissionDenied(_("This database already has users; ask an administrator for an account"))
        user = User(username=username, full_name=full_name, role=Role.ADMIN.value,
                    password_hash=hash_password(password))
        session.add(user)
        session.flush()
        actor = Actor(user.id, user.username, Role.ADMIN, full_name)
        audit.record(session, actor, "create", "user", user.id, after=_public(user))
        return actor


def add_user(db: Database, actor: Actor, username: str, role: Role | str, password: str,
             full_name: str = "") -> UserInfo:
    require(actor, Permission.MANAGE_USERS)
    username, full_name = _check_username(username), _check_full_name(full_name)
    role = _check_role(role)
    _check_password(password)
    with db.write(actor) as session:
        if session.scalar(select(User.id).where(User.username == username)) is not None:
            raise ValidationError(_("There is already a user named {name}"), field="username", name=username)
        user = User(username=username, full_name=full_name, role=role.value, password_hash=hash_password(password))
        session.add(user)
        session.flush()
        audit.record(session, actor, "create", "user", user.id, after=_public(user))
        return _info(user)


def list_users(db: Database, actor: Actor) -> list[UserInfo]:
    require(actor, Permission.MANAGE_USERS)
    with db.read(actor) as session:
        return [_info(user) for user in session.scalars(select(User).order_by(User.username))]


def change_password(db: Database, actor: Actor, username: str, new_password: str,
                    old_password: str | None = None) -> None:
    """Users change their own password with the old one; an administrator sets anyone's (and unlocks it)."""
    _check_password(new_password)
    own = username == actor.username
    if not own:
        require(actor, Permission.MANAGE_USERS)
    with db.write(actor) as session:
        user = _get_user(session, username)
        if own and not actor.can(Permission.MANAGE_USERS):
            if old_password is None or not verify_password(old_password, user.password_hash):
                raise ValidationError(_("The current password is wrong"), field="old_password")
        user.password_hash = hash_password(new_password)
        user.failed_logins, user.locked_until = 0, None
        audit.record(session, actor, "update", "user", user.id, after={"password": "changed"})


def set_active(db: Database, actor: Actor, username: str, active: bool) -> UserInfo:
    require(actor, Permission.MANAGE_USERS)
    if username == actor.username and not active:
        raise ValidationError(_("You cannot disable your own account"), field="username")
    with db.write(actor) as session:
        user = _get_user(session, username)
        before = _public(user)
        user.active = active
        audit.record(session, actor, "update", "user", user.id, before=before, after=_public(user))
        return _info(user)


def _get_user(session, username: str) -> User:
    # as typed (not stripped: set_active compares it with the actor's own name); not text or NUL finds nobody
    typed = key_text(username) == username
    user = session.scalar(select(User).where(User.username == username)) if typed else None
    if user is None:
        raise NotFound(_("There is no user named {name}"), field="username", name=username)
    return user


def _check_username(username: str) -> str:
    username = username.strip() if isinstance(username, str) else ""
    if not USERNAME_PATTERN.match(username):
        raise ValidationError(
            _("A user name is 2 to 32 letters, digits, '.', '-' or '_', without spaces"), field="username")
    return username


def _check_full_name(full_name: str) -> str:
    return text_field(full_name, "full_name", 100, _("The full name is longer than 100 characters"), required=False)


def _check_password(password: str) -> None:
    if not isinstance(password, str) or len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationError(_("A password has at least {count} characters"), field="password",
                              count=MIN_PASSWORD_LENGTH)
    if any(unicodedata.category(character) == "Cs" for character in password):  # half a character: no UTF-8
        raise ValidationError(_("The text has invisible control characters in it; type it again"), field="password")


def _check_role(role: Role | str) -> Role:
    try:
        return Role(role)
    except ValueError:
        raise ValidationError(_("Unknown role {role}; the roles are: {roles}"), field="role", role=role,
                              roles=", ".join(r.value for r in Role)) from None


def _public(user: User) -> dict:
    return {"username": user.username, "full_name": user.full_name, "role": user.role, "active": user.active}


def _info(user: User) -> UserInfo:
    return UserInfo(user.id, user.username, user.full_name, Role(user.role), user.active, user.locked_until,
                    user.last_login_at)
