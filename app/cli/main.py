"""The entry point of ``frontoffice-admin``: parses, runs one subcommand, prints text or one JSON object."""

import argparse
import json
import sys

from app.cli import (
    account_commands,
    audit_commands,
    backup_commands,
    business_commands,
    copy_command,
    demo_command,
    fire_commands,
    import_commands,
    init_command,
    receipt_commands,
    repair_commands,
    user_commands,
)
from app.errors import FrontOfficeError

COMMAND_MODULES = (init_command, user_commands, backup_commands, audit_commands, receipt_commands, account_commands,
                   import_commands, business_commands, repair_commands, fire_commands, copy_command, demo_command)


class OneLineParser(argparse.ArgumentParser):
    """Usage mistakes, like every other failure, are one line on stderr (and exit status 2)."""

    def error(self, message: str):
        self.exit(2, f"{self.prog}: {message} (see --help)\n")


def build_parser() -> argparse.ArgumentParser:
    common = OneLineParser(add_help=False)
    common.add_argument("--db", metavar="URL_OR_PATH",
                        help="database URL or SQLite file (default: FRONTOFFICE_DB_URL, settings, or the data folder)")
    common.add_argument("--json", action="store_true", help="print one JSON object instead of text")
    common.add_argument("--as", dest="as_user", metavar="NAME",
                        help="act as this user (password from FRONTOFFICE_PASSWORD or a prompt)")
    parser = OneLineParser(prog="frontoffice-admin", description="FrontOffice administration")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for module in COMMAND_MODULES:
        module.register(commands, common)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        result = args.handler(args)
    except FrontOfficeError as error:
        print(f"frontoffice-admin: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("frontoffice-admin: interrupted", file=sys.stderr)
        return 130
    except Exception as error:  # a fault of ours: still one line, and a non-zero exit
        print(f"frontoffice-admin: unexpected error ({type(error).__name__}): {' '.join(str(error).split())}",
              file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps(result.data, ensure_ascii=False, default=str))
    elif result.text:
        print(result.text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
