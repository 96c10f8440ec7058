"""``init``: create or upgrade the database; on one with no users, ``--as NAME`` makes the administrator."""

from app.cli.context import ENV_PASSWORD, Result, actor, database, new_password
from app.users import create_first_admin, has_users
from db.migrate import head_revision


def register(commands, common) -> None:
    parser = commands.add_parser("init", parents=[common], help="create or upgrade the database")
    parser.add_argument("--full-name", default="", help="the administrator's full name")
    parser.set_defaults(handler=run)


def run(args) -> Result:
    db = database(args, create=True)
    try:
        lines = [f"Database ready: {db.display_name} (schema {head_revision()})"]
        data = {"database": db.display_name, "schema": head_revision(), "created_admin": None}
        if args.as_user and not has_users(db):
            admin = create_first_admin(db, args.as_user, new_password(f"New password for {args.as_user}: ",
                                                                      ENV_PASSWORD), args.full_name)
            lines.append(f"Created the administrator {admin.username}")
            data["created_admin"] = admin.username
        elif args.as_user:
            actor(args, db)
        elif not has_users(db):
            lines.append("No users yet: run 'frontoffice-admin init --as NAME' to create the administrator")
        return Result("\n".join(lines), data)
    finally:
        db.close()
