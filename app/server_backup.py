"""Backups of a PostgreSQL database with the server's own tools: ``pg_dump`` writes one archive file
(custom format), ``pg_restore`` puts it back in one transaction.

The tools come with PostgreSQL's client programs; a PC without them gets a message saying what to install.
The password, when the URL has one, goes to the tools through their environment, never their command line.
"""

import os
import re
import shutil
import subprocess
from pathlib import Path

from sqlalchemy.engine import make_url

from app.errors import ValidationError
from app.i18n import _

DUMP_HEADER = b"PGDMP"


def tool(name: str) -> str:
    """The path of ``pg_dump`` or ``pg_restore``, or a message saying it is not installed."""
    found = shutil.which(name)
    if found is None:
        raise ValidationError(_("{tool} is not installed on this PC, and backups of a server database need it: "
                                "install PostgreSQL's client programs (Debian or Ubuntu: apt install "
                                "postgresql-client; Windows: the command line tools of PostgreSQL's installer)"),
                              tool=name)
    return found


def available() -> bool:
    return shutil.which("pg_dump") is not None and shutil.which("pg_restore") is not None


def dump(url: str, target: Path) -> None:
    """The whole database into ``target``, a consistent snapshot taken while desks go on working."""
    _run([tool("pg_dump"), "--format=custom", "--no-owner", "--no-privileges", f"--file={target}"], url)


def restore(url: str, source: Path) -> None:
    """Replaces every table of the database with the archive's, in one transaction: all or nothing."""
    _run([tool("pg_restore"), "--clean", "--if-exists", "--single-transaction", "--exit-on-error", "--no-owner",
          "--no-privileges", str(source)], url)


def is_dump(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(len(DUMP_HEADER)) == DUMP_HEADER
    except OSError:
        return False


def table_rows(source: Path, table: str) -> list[dict[str, str]] | None:
    """The rows of one table in an archive, each column's value as text (``pg_restore`` reads it; nothing is
    restored); None when the archive cannot be read or has no such table."""
    try:
        result = subprocess.run([tool("pg_restore"), "--data-only", f"--table={table}", "--file=-", str(source)],
                                capture_output=True, text=True, timeout=120)
    except (OSError, subprocess.TimeoutExpired):
        return None
    if result.returncode != 0:
        return None
    match = re.search(rf"^COPY public\.{table} \((.*?)\) FROM stdin;\n(.*?)^\\\.$", result.stdout, re.M | re.S)
    if match is None:
        return None
    columns = [name.strip().strip('"') for name in match.group(1).split(",")]
    return [dict(zip(columns, line.split("\t"), strict=True)) for line in match.group(2).splitlines() if line]


def _run(command: list[str], url: str) -> None:
    parsed = make_url(url)
    env = dict(os.environ)
    if parsed.password:
        env["PGPASSWORD"] = str(parsed.password)
    target = parsed.set(drivername="postgresql", password=None).render_as_string(hide_password=False)
    command = [*command, f"--dbname={target}"]
    try:
        result = subprocess.run(command, capture_output=True, text=True, env=env, stdin=subprocess.DEVNULL)
    except OSError as error:
        raise ValidationError(_("{tool} could not be started: {reason}"), tool=Path(command[0]).name,
                              reason=error.strerror or str(error)) from error
    if result.returncode != 0:
        lines = [line for line in result.stderr.splitlines() if line.strip()]
        raise ValidationError(_("{tool} failed: {reason}"), tool=Path(command[0]).name,
                              reason=" ".join(lines[-1].split()) if lines else f"exit status {result.returncode}")
