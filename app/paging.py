"""One page of a long list: which rows (offset and limit) in which order. A list of tens of thousands of rows
is read a page at a time, sorted by the database, as the user scrolls (the UI's paged table model)."""

from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import ColumnElement, Select, func

from app.errors import ValidationError
from app.i18n import _
from app.text import MAX_ID

MAX_LIMIT = 1000


@dataclass(frozen=True)
class Page:
    offset: int = 0
    limit: int = 200
    order: str = ""  # a key the service names (its list's ORDERS); "" for the list's own order
    descending: bool = False


def order_keys(page: Page | None, orders: Mapping[str, ColumnElement], default: str,
               tiebreak: ColumnElement) -> list[ColumnElement]:
    """What the rows are sorted by: the page's order (a key of ``orders``; ``default`` when it names none), then
    ``tiebreak`` so that pages never overlap."""
    if page is None:
        return [orders[default], tiebreak]
    if type(page.offset) is not int or not 0 <= page.offset <= MAX_ID:
        raise ValidationError(_("A page starts at a row number of 0 or more"), field="offset")
    if type(page.limit) is not int or not 1 <= page.limit <= MAX_LIMIT:
        raise ValidationError(_("A page holds 1 to {count} rows"), field="limit", count=MAX_LIMIT)
    if not isinstance(page.order, str) or (page.order and page.order not in orders):
        raise ValidationError(_("A list cannot be sorted by {order}"), field="order", order=str(page.order)[:40])
    keys = (orders[page.order or default], tiebreak)
    return [key.desc() if page.descending else key for key in keys]


def ordered(query: Select, page: Page | None, orders: Mapping[str, ColumnElement], default: str,
            tiebreak: ColumnElement, searched: bool = False) -> Select:
    """``query`` sorted as ``order_keys`` says and cut to the page; every row without one.

    ``searched``: the rows are filtered by a text search that no index serves (``LIKE '%zs%'``). Walking the
    sort column's index and looking up every row to test it then costs more than reading the table once and
    keeping the page's top rows, so the sort key is given as an expression that no index matches."""
    keys = order_keys(page, orders, default, tiebreak)
    if searched:
        keys = [_unindexed(key) for key in keys]
    query = query.order_by(*keys)
    return query if page is None else query.offset(page.offset).limit(page.limit)


def _unindexed(key: ColumnElement) -> ColumnElement:
    modifier = getattr(key, "modifier", None)  # key.desc() wraps the column
    if modifier is not None:
        return modifier(func.coalesce(key.element, key.element))
    return func.coalesce(key, key)
