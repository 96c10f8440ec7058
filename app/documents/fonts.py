"""The bundled CJK TrueType font, parsed and registered once per process, embedded as a subset."""

import threading
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from app.errors import DocumentError
from app.i18n import _
from resources import FONT_FILE

FONT_NAME = "FrontOfficeCJK"
REQUIRED_GLYPHS = "0123456789¥No.收据元整"  # a font without Latin digits would silently drop them
_lock = threading.Lock()
_registered: str | None = None


def load_font(path: Path, name: str = FONT_NAME) -> TTFont:
    """The font at ``path``; ``DocumentError`` when it is missing, damaged or lacks digits or CJK."""
    try:
        font = TTFont(name, str(path), subfontIndex=0)
    except (OSError, TTFError, ValueError, IndexError, KeyError, AssertionError) as error:
        raise DocumentError(_("The document font {path} is missing or damaged; reinstall FrontOffice"),
                            path=str(path)) from error
    missing = [char for char in REQUIRED_GLYPHS if ord(char) not in font.face.charToGlyph]
    if missing:
        raise DocumentError(_("The document font {path} lacks characters: {chars}"), path=str(path),
                            chars="".join(missing))
    return font


def document_font() -> str:
    """The registered font's name; parses the bundled font on first use only."""
    global _registered
    if _registered:
        return _registered
    with _lock:
        if not _registered:
            pdfmetrics.registerFont(load_font(FONT_FILE))
            _registered = FONT_NAME
        return _registered
