"""What belongs to this PC (language, window layout, printers) lives in QSettings."""

from PySide6.QtCore import QSettings

ORGANIZATION = "FrontOffice"
APPLICATION = "FrontOffice"
LANGUAGE = "ui/language"
DEFAULT_LANGUAGE = "zh_CN"
WINDOW_GEOMETRY = "window/geometry"
WINDOW_STATE = "window/state"
CURRENT_TAB = "window/current_tab"


def settings() -> QSettings:
    return QSettings(ORGANIZATION, APPLICATION)


def language() -> str:
    return str(settings().value(LANGUAGE, DEFAULT_LANGUAGE))


def set_language(code: str) -> None:
    settings().setValue(LANGUAGE, code)
