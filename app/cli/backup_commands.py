"""``backup [--out FILE]`` and ``restore FILE``."""

from pathlib import Path

from app.backup import backup, restore
from app.cli.context import Result, as_actor


def register(commands, common) -> None:
    parser = commands.add_parser("backup", parents=[common], help="back up the database")
    parser.add_argument("--out", metavar="FILE", type=Path, help="where to write it (default: backups/ beside the database)")
    parser.set_defaults(handler=run_backup)
    parser = commands.add_parser("restore", parents=[common], help="replace the database with a backup")
    parser.add_argument("file", type=Path)
    parser.set_defaults(handler=run_restore)


def run_backup(args) -> Result:
    path = as_actor(args, lambda db, who: backup(db, who, args.out))
    return Result(f"Backed up to {path}", {"backup": str(path)})


def run_restore(args) -> Result:
    safety = as_actor(args, lambda db, who: restore(db, who, args.file))
    return Result(f"Restored the database from {args.file}; the previous database was saved as {safety}",
                  {"restored_from": str(args.file), "safety_copy": str(safety)})
