"""What every subcommand shares: the database it names, the acting user, passwords, and its result."""

import getpass
import os
import sys
from dataclasses import dataclass, field

from app.auth import login
from app.config import configured_db
from app.database import Database, open_database
from app.errors import AuthenticationError, ValidationError
from app.i18n import _
from app.permissions import Actor

ENV_PASSWORD = "FRONTOFFICE_PASSWORD"
ENV_NEW_PASSWORD = "FRONTOFFICE_NEW_PASSWORD"


@dataclass
class Result:
    """What a subcommand did: ``text`` for a person, ``data`` for ``--json``."""

    text: str
    data: dict = field(default_factory=dict)


def database(args, create: bool = False) -> Database:
    return open_database(configured_db(args.db), create=create)


def password(prompt: str) -> str:
    if os.environ.get(ENV_PASSWORD):
        return os.environ[ENV_PASSWORD]
    if not sys.stdin or not sys.stdin.isatty():
        raise AuthenticationError(_("No password: set {env} or run the command in a terminal"), env=ENV_PASSWORD)
    return getpass.getpass(prompt)


def new_password(prompt: str, env: str = ENV_NEW_PASSWORD) -> str:
    """A password being set: from ``env``, or typed twice at a prompt."""
    if os.environ.get(env):
        return os.environ[env]
    if not sys.stdin or not sys.stdin.isatty():
        raise ValidationError(_("No new password: set {env} or run the command in a terminal"), env=env)
    first = getpass.getpass(prompt)
    if getpass.getpass("Again: ") != first:
        raise ValidationError(_("The two passwords differ"), field="password")
    return first


def as_actor(args, work):
    """``work(db, actor)`` on the database the command names, as the user it names; the database is closed after."""
    db = database(args)
    try:
        return work(db, actor(args, db))
    finally:
        db.close()


def write_pdf(path, pdf: bytes) -> None:
    try:
        path.write_bytes(pdf)
    except OSError as error:
        raise ValidationError(_("Cannot write {path}: {reason}"), field="out", path=str(path),
                              reason=error.strerror or str(error)) from error


def actor(args, db: Database) -> Actor:
    if not args.as_user:
        raise AuthenticationError(_("Say who you are with --as NAME"))
    return login(db, args.as_user, password(f"Password for {args.as_user}: "))
