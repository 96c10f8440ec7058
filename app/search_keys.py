"""Search keys: a name's pinyin initials, so that typing ``zs`` finds 张三 (and ``wxm`` finds 王小明); and a list's
search by text or by those initials."""

from sqlalchemy import or_


def initials(text: str) -> str:
    """The first letter of each character's pinyin, and letters and digits as they are, lower case."""
    from pypinyin import Style, lazy_pinyin  # its dictionaries take half a second to load: not at start-up

    letters = lazy_pinyin(text or "", style=Style.FIRST_LETTER, errors="default")
    return "".join(part for part in letters if part.isalnum()).lower()


def search_rows(session, query, text: str, columns, names, limit: int | None = None) -> list:
    """The rows of ``query``, in its order, where one of ``columns`` contains ``text`` (any case) or, when the
    text is letters only, where the pinyin initials of one of ``names(row)`` contain it; at most ``limit``."""
    matched = query.where(or_(*(column.ilike(f"%{text}%") for column in columns)))
    if not (text.isascii() and text.isalpha()):
        return list(session.scalars(matched.limit(limit)))
    found, wanted = {row.id for row in session.scalars(matched)}, text.lower()
    rows = [row for row in session.scalars(query)
            if row.id in found or any(wanted in initials(name) for name in names(row))]
    return rows[:limit]
