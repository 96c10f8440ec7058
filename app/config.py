"""Where this PC keeps its files, and which database it uses.

The database is chosen, first match wins, by ``--db``, then ``FRONTOFFICE_DB_URL``, then the ``url``
line of ``database.ini`` in the user's config folder, else the embedded default: an SQLite file in the
user's data folder.
"""

import configparser
import os
from pathlib import Path

import platformdirs

APP_NAME = "FrontOffice"
ENV_DB_URL = "FRONTOFFICE_DB_URL"
ENV_DATA_DIR = "FRONTOFFICE_DATA_DIR"
ENV_CONFIG_DIR = "FRONTOFFICE_CONFIG_DIR"


def data_dir() -> Path:
    override = os.environ.get(ENV_DATA_DIR)
    return Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def config_dir() -> Path:
    override = os.environ.get(ENV_CONFIG_DIR)
    return Path(override) if override else Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def default_db_path() -> Path:
    return data_dir() / "frontoffice.sqlite3"


def backup_dir() -> Path:
    return data_dir() / "backups"


def settings_file() -> Path:
    return config_dir() / "database.ini"


def configured_db(cli_value: str | None = None) -> str:
    """The URL or path of the database to use, from the first place that names one."""
    if cli_value:
        return cli_value
    if os.environ.get(ENV_DB_URL):
        return os.environ[ENV_DB_URL]
    parser = configparser.ConfigParser(interpolation=None)  # a password may hold a %
    if parser.read(settings_file(), encoding="utf-8") and parser.get("database", "url", fallback=""):
        return parser.get("database", "url")
    return str(default_db_path())
