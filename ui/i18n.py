"""The UI's language: Simplified Chinese by default, English on request; and services' messages translated."""

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.errors import FrontOfficeError
from resources import TRANSLATIONS_DIR

LANGUAGES = {"zh_CN": "简体中文", "en": "English"}
_installed: list[QTranslator] = []


def install_translator(app: QCoreApplication, language: str) -> None:
    """Loads FrontOffice's own and Qt's translations for ``language`` ("en" needs none)."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if language == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        return
    QLocale.setDefault(QLocale(language))
    own = QTranslator(app)
    if not own.load(str(TRANSLATIONS_DIR / f"frontoffice_{language}.qm")):
        raise FileNotFoundError(f"missing translation frontoffice_{language}.qm in {TRANSLATIONS_DIR}")
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    app.installTranslator(own)
    _installed.append(own)


def translate_text(text: str) -> str:
    """A message from ``app/`` (marked there with ``app.i18n._``) in the UI's language."""
    return QCoreApplication.translate("", text)


def error_text(error: FrontOfficeError) -> str:
    params = {key: translate_text(value) if isinstance(value, str) else value for key, value in error.params.items()}
    return translate_text(error.template).format(**params)
