"""Text typed into a form, checked the same way by every service."""

from app.errors import ValidationError


def text_field(value: str | None, field: str, limit: int, message: str, required: bool = True, **params) -> str:
    """``value`` stripped; refused with ``message`` (which says what is wanted and how long it may be) when
    it is missing but ``required``, or longer than ``limit`` characters."""
    text = (value or "").strip()
    if (required and not text) or len(text) > limit:
        raise ValidationError(message, field=field, count=limit, **params)
    return text
