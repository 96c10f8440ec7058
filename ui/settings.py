"""What belongs to this PC (language, window layout, printers) lives in QSettings."""

import os

from PySide6.QtCore import QSettings

from app.config import ENV_CONFIG_DIR, config_dir

ORGANIZATION = "FrontOffice"
APPLICATION = "FrontOffice"
LANGUAGE = "ui/language"
DEFAULT_LANGUAGE = "zh_CN"
WINDOW_GEOMETRY = "window/geometry"
WINDOW_STATE = "window/state"
CURRENT_TAB = "window/current_tab"


def settings() -> QSettings:
    """This PC's settings; in ``settings.ini`` of the config folder when FRONTOFFICE_CONFIG_DIR names one (the
    tests and ``--self-test`` keep theirs apart from the user's)."""
    if os.environ.get(ENV_CONFIG_DIR):
        return QSettings(str(config_dir() / "settings.ini"), QSettings.Format.IniFormat)
    return QSettings(ORGANIZATION, APPLICATION)


def language() -> str:
    return str(settings().value(LANGUAGE, DEFAULT_LANGUAGE))


def set_language(code: str) -> None:
    settings().setValue(LANGUAGE, code)
