"""Search keys: a name's pinyin initials, so that typing ``zs`` finds 张三 (and ``wxm`` finds 王小明); and a list's
search by text or by those initials.

The front desk's records keep the initials of their people in a column of their own (``initials``), written
whenever a record is added or changed (``keep_initials``), so that a search by initials is one SQL condition
instead of every row's initials worked out in Python at each keystroke.
"""

from sqlalchemy import event, or_

from db.models import Complaint, DeskMessage, Errand, KeyLoan, Luggage, Parcel, Visitor

INITIALS_LENGTH = 200  # the column's length


def initials(text: str) -> str:
    """The first letter of each character's pinyin, and letters and digits as they are, lower case."""
    from pypinyin import Style, lazy_pinyin  # its dictionaries take half a second to load: not at start-up

    letters = lazy_pinyin(text or "", style=Style.FIRST_LETTER, errors="default")
    return "".join(part for part in letters if part.isalnum()).lower()


def initials_of(*names: str) -> str:
    """The initials of each name, joined by a space (a search for ``zs`` matches within one name)."""
    return " ".join(initials(name) for name in names if name)[:INITIALS_LENGTH]


def keep_initials(model, *names: str) -> None:
    """``model.initials`` holds the initials of its ``names`` attributes from every insert and update on."""

    def fill(_mapper, _connection, row) -> None:
        row.initials = initials_of(*(getattr(row, name) or "" for name in names))

    event.listen(model, "before_insert", fill)
    event.listen(model, "before_update", fill)


# The people each front-desk record is searched by (bulk inserts, as the demo site's, fill the column themselves).
SEARCHED_NAMES = {Visitor: ("name",), Parcel: ("recipient",), DeskMessage: ("for_person", "from_person"),
                  Complaint: ("complainant",), Errand: ("requester",), Luggage: ("owner",), KeyLoan: ("person",)}
for _model, _names in SEARCHED_NAMES.items():
    keep_initials(_model, *_names)


def search_rows(session, query, text: str, columns, initials_column=None, limit: int | None = None) -> list:
    """The rows of ``query``, in its order, where one of ``columns`` contains ``text`` (any case) or, when the
    text is letters only, where ``initials_column`` (a record's stored pinyin initials) contains it; at most
    ``limit``."""
    conditions = [column.ilike(f"%{text}%") for column in columns]
    if initials_column is not None and text.isascii() and text.isalpha():
        conditions.append(initials_column.contains(text.lower(), autoescape=True))
    return list(session.scalars(query.where(or_(*conditions)).limit(limit)))
