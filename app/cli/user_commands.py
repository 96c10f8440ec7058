"""``users add|list|passwd``."""

from app.cli.context import Result, as_actor, new_password
from app.clock import format_local
from app.permissions import Role
from app.users import add_user, change_password, list_users, set_active


def register(commands, common) -> None:
    users = commands.add_parser("users", help="user accounts").add_subparsers(
        dest="users_command", metavar="ACTION", required=True)
    add = users.add_parser("add", parents=[common], help="add a user (password from FRONTOFFICE_NEW_PASSWORD or a prompt)")
    add.add_argument("name")
    add.add_argument("--role", required=True, choices=[r.value for r in Role])
    add.add_argument("--full-name", default="")
    add.set_defaults(handler=run_add)
    lister = users.add_parser("list", parents=[common], help="list the users")
    lister.set_defaults(handler=run_list)
    passwd = users.add_parser("passwd", parents=[common], help="set a user's password (and unlock the account)")
    passwd.add_argument("name")
    passwd.set_defaults(handler=run_passwd)
    for verb, active in (("disable", False), ("enable", True)):
        command = users.add_parser(verb, parents=[common], help=f"{verb} a user's account")
        command.add_argument("name")
        command.set_defaults(handler=run_set_active, active=active)


def run_add(args) -> Result:
    user = as_actor(args, lambda db, who: add_user(db, who, args.name, args.role,
                                                   new_password(f"Password for {args.name}: "), args.full_name))
    return Result(f"Added {user.username} ({user.role.value})", {"user": _row(user)})


def run_list(args) -> Result:
    users = as_actor(args, list_users)
    lines = [f"{'NAME':<20} {'ROLE':<16} {'ACTIVE':<7} {'LAST LOGIN':<16} FULL NAME"]
    lines += [f"{u.username:<20} {u.role.value:<16} {'yes' if u.active else 'no':<7} "
              f"{format_local(u.last_login_at) or '-':<16} {u.full_name}" for u in users]
    return Result("\n".join(lines), {"users": [_row(u) for u in users]})


def run_passwd(args) -> Result:
    as_actor(args, lambda db, who: change_password(db, who, args.name,
                                                   new_password(f"New password for {args.name}: ")))
    return Result(f"Password of {args.name} changed", {"user": args.name, "changed": True})


def run_set_active(args) -> Result:
    user = as_actor(args, lambda db, who: set_active(db, who, args.name, args.active))
    return Result(f"{user.username} is {'enabled' if user.active else 'disabled'}", {"user": _row(user)})


def _row(user) -> dict:
    return {"name": user.username, "full_name": user.full_name, "role": user.role.value, "active": user.active,
            "locked_until": user.locked_until.isoformat() if user.locked_until else None,
            "last_login_at": user.last_login_at.isoformat() if user.last_login_at else None}
