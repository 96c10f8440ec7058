"""Text typed into a form, checked the same way by every service."""

import unicodedata
from decimal import Decimal, InvalidOperation

from app.errors import ValidationError
from app.i18n import _


def text_field(value: str | None, field: str, limit: int, message: str, required: bool = True, **params) -> str:
    """``value`` stripped; refused with ``message`` (which says what is wanted and how long it may be) when
    it is missing but ``required``, or longer than ``limit`` characters."""
    if value is not None and not isinstance(value, str):
        raise ValidationError(message, field=field, count=limit, **params)
    text = (value or "").strip()
    if (required and not text) or len(text) > limit:
        raise ValidationError(message, field=field, count=limit, **params)
    if any(unicodedata.category(character) in ("Cc", "Cf") and character not in "\n\t\u200d" for character in text):
        raise ValidationError(_("The text has invisible control characters in it; type it again"), field=field)
    return text


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
