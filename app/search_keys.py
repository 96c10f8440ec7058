"""Search keys: a name's pinyin initials, so that typing ``zs`` finds 张三 (and ``wxm`` finds 王小明)."""

from pypinyin import Style, lazy_pinyin


def initials(text: str) -> str:
    """The first letter of each character's pinyin, and letters and digits as they are, lower case."""
    letters = lazy_pinyin(text or "", style=Style.FIRST_LETTER, errors="default")
    return "".join(part for part in letters if part.isalnum()).lower()
