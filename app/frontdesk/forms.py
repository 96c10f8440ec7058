"""What the front desk's forms share: the unit a form names."""

from app.errors import NotFound
from app.i18n import _
from app.text import key_text, search_text

UNIT_CODE_LIMIT = 40  # unit.code is VARCHAR(40)


def unit_code(value) -> str:
    """The code of the unit a form names (``A-1201``), stripped; "" when none was given (None or blank). What
    cannot be a unit's code (not text, invisible characters, too long) is a unit that does not exist."""
    code = key_text(value, UNIT_CODE_LIMIT)
    if not code and value is not None and not (isinstance(value, str) and not value.strip()):
        shown = search_text(value, UNIT_CODE_LIMIT) if isinstance(value, str) else str(value)[:UNIT_CODE_LIMIT]
        raise NotFound(_("There is no unit {code}"), field="unit", code=shown)
    return code
