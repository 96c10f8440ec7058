"""The log file: ``frontoffice.log`` in the data folder, rotated at 2 MB with five older files kept.

It records each start (version, database, schema), who logged in, backups, and any unexpected error with its
full trace, so that what went wrong on a desk can be read afterwards; in debug mode, also the watchdog's
warnings, and everything goes to stderr as well.
"""

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

from app.config import data_dir

LOG_NAME = "frontoffice.log"
MAX_BYTES = 2 * 1024 * 1024
KEPT = 5
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

logger = logging.getLogger("frontoffice")


def log_path() -> Path:
    return data_dir() / LOG_NAME


def start_logging(debug: bool = False) -> Path | None:
    """Sends the app's log records to the rotating file (and to stderr in debug mode); the file's path, or None
    when it cannot be written (a read-only data folder: the app still runs)."""
    root = logging.getLogger()
    for handler in [h for h in root.handlers if getattr(h, "frontoffice", False)]:
        root.removeHandler(handler)
        handler.close()
    handlers: list[logging.Handler] = [logging.StreamHandler()] if debug else []
    path: Path | None = log_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handlers.append(RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=KEPT, encoding="utf-8"))
    except OSError:
        path = None
    for handler in handlers:
        handler.frontoffice = True
        handler.setFormatter(logging.Formatter(FORMAT))
        root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path
