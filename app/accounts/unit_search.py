"""What a unit is found by in the units list: its code, and its payer's name, pinyin initials and phone, kept
lower-cased in one column of the unit (``unit.search``) so that a search as you type reads one narrow table.

The words are rewritten whenever the unit's payer changes (``refresh``), by the register and the occupants
services, and by anything else that writes units or payers in bulk.
"""

from collections.abc import Iterable

from sqlalchemy import ColumnElement, select, update
from sqlalchemy.orm import Session

from app.text import search_text
from db.models import Party, Unit, UnitParty


def words(code: str, name: str = "", initials: str = "", phone: str = "") -> str:
    """Cut to their column: lower case can lengthen a name (İ becomes two characters)."""
    return " ".join(part for part in (code, name, initials, phone) if part).lower()[:Unit.search.type.length]


def refresh(session: Session, unit_ids: Iterable[int] | None = None) -> None:
    """Rewrites the search words of these units (all when None) from their current payers."""
    session.flush()
    query = (select(Unit.id, Unit.code, Party.name, Party.initials, Party.phone)
             .outerjoin(UnitParty, (UnitParty.unit_id == Unit.id) & UnitParty.pays.is_(True)
                        & UnitParty.move_out.is_(None))
             .outerjoin(Party, Party.id == UnitParty.party_id).order_by(Unit.id, UnitParty.id))
    if unit_ids is not None:
        query = query.where(Unit.id.in_(list(unit_ids)))
    found: dict[int, str] = {}
    for unit_id, code, name, initials, phone in session.execute(query):
        found.setdefault(unit_id, words(code, name or "", initials or "", phone or ""))
    if found:
        session.execute(update(Unit), [{"id": unit_id, "search": text} for unit_id, text in found.items()])


def matching(typed) -> ColumnElement[bool] | None:
    """The condition for units whose words contain what was typed (``zs`` finds 张三, ``1201`` finds A-1201),
    or None when the box holds nothing to search for."""
    text = search_text(typed).lower()
    return Unit.search.contains(text, autoescape=True) if text else None
