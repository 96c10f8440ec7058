"""Text typed into a form, checked the same way by every service."""

import unicodedata
from decimal import Decimal, InvalidOperation

from app.errors import ValidationError
from app.i18n import _

INVISIBLE = ("Cc", "Cf", "Cs")  # control and format characters, and halves of a character (lone surrogates)
KEPT = "\n\t\u200d"  # line breaks and tabs in notes, the joiner inside some emoji


def text_field(value: str | None, field: str, limit: int, message: str, required: bool = True, **params) -> str:
    """``value`` stripped; refused with ``message`` (which says what is wanted and how long it may be) when
    it is missing but ``required``, or longer than ``limit`` characters."""
    if value is not None and not isinstance(value, str):
        raise ValidationError(message, field=field, count=limit, **params)
    text = (value or "").strip()
    if (required and not text) or len(text) > limit:
        raise ValidationError(message, field=field, count=limit, **params)
    if any(unicodedata.category(character) in INVISIBLE and character not in KEPT for character in text):
        raise ValidationError(_("The text has invisible control characters in it; type it again"), field=field)
    return text


def key_text(value, limit: int = 100) -> str:
    """A number, code or name typed to look something up (``A-1201``, ``SK2026000001``), stripped: text that
    cannot name anything (not text, too long, invisible characters) is empty, which finds nothing."""
    if not isinstance(value, str):
        return ""
    text = value.strip()
    if len(text) > limit or any(unicodedata.category(character) in INVISIBLE for character in text):
        return ""
    return text


MAX_ID = 2**31 - 1  # the largest id the database holds: the ids are INTEGER columns (32 bits on PostgreSQL)


def row_id(value) -> int | None:
    """``value`` when it can be the id of a row a form hands in (a whole number, not a bool, from 1 to the
    largest the database holds); None otherwise, which finds nothing."""
    if isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= MAX_ID:
        return value
    return None


def search_text(value, limit: int = 100) -> str:
    """What a search box holds, as it is searched for: text only, without invisible characters, at most
    ``limit`` characters; anything else searches for nothing (every row)."""
    if not isinstance(value, str):
        return ""
    return "".join(c for c in value if unicodedata.category(c) not in INVISIBLE).strip()[:limit]


def parse_quantity(text: str, line: int) -> Decimal:
    """A quantity as typed on line ``line`` (``12``, ``1.5``); the service decides whether it is acceptable."""
    try:
        value = Decimal((text or "").strip().replace(",", ""))
    except InvalidOperation:
        value = None
    if value is None or not value.is_finite():
        raise ValidationError(_("Line {line}: a quantity is a number with at most two decimals"), field="lines",
                              line=line)
    return value
