"""Money: ``Decimal`` yuan in Python, whole fen in the database, ROUND_HALF_UP to the fen here alone.

``amount_in_words`` writes the uppercase amount (大写金额) by the PBOC rules for bills and vouchers.
"""

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from app.errors import ValidationError
from app.i18n import _

FEN = Decimal("0.01")
MAX_AMOUNT = Decimal("999999999999.99")  # below one 万亿 yuan: the largest amount written in words

_DIGITS = "零壹贰叁肆伍陆柒捌玖"
_PLACES = ("", "拾", "佰", "仟")  # within a group of four digits
_GROUPS = ("", "万", "亿")  # one for each group of four digits, from the right


def round_fen(value: Decimal | int | str) -> Decimal:
    """The amount rounded half up to the fen: the one rounding rule of the house. Never a float."""
    if isinstance(value, float):
        raise TypeError("money is never a float: pass a Decimal, an int or a str")
    return Decimal(value).quantize(FEN, rounding=ROUND_HALF_UP)


def round_fen_ratio(numerator: int, denominator: int) -> int:
    """Whole fen from an exact fraction of fen (numerator / denominator, both integers, denominator > 0),
    rounded half up like ``round_fen``: the same rule, in integers, for runs over many thousands of lines."""
    if denominator <= 0:
        raise ValueError("the denominator must be positive")
    quotient, remainder = divmod(abs(numerator), denominator)
    rounded = quotient + (1 if 2 * remainder >= denominator else 0)
    return rounded if numerator >= 0 else -rounded


def to_fen(amount: Decimal) -> int:
    return int(round_fen(amount) * 100)


def from_fen(fen: int) -> Decimal:
    return (Decimal(fen) / 100).quantize(FEN)


def parse_amount(text: str, field: str | None = None, allow_negative: bool = False) -> Decimal:
    """An amount typed by a user (``1,234.5``, ``¥12``); more than two decimals or a non-number is refused."""
    cleaned = text.strip().replace(",", "").replace("，", "").lstrip("¥￥").strip()
    if not re.fullmatch(r"[+-]?(\d+(\.\d*)?|\.\d+)", cleaned):  # digits as a clerk types them: no 1e3, no NaN
        raise ValidationError(_("'{text}' is not an amount of money"), field=field, text=text)
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        raise ValidationError(_("'{text}' is not an amount of money"), field=field, text=text) from None
    if not value.is_finite():
        raise ValidationError(_("'{text}' is not an amount of money"), field=field, text=text)
    if abs(value) > MAX_AMOUNT:
        raise ValidationError(_("The amount is too large: {text}"), field=field, text=text)
    if value != value.quantize(FEN, rounding=ROUND_HALF_UP):
        raise ValidationError(_("An amount has at most two decimal places (fen): {text}"), field=field, text=text)
    if value < 0 and not allow_negative:
        raise ValidationError(_("The amount cannot be negative: {text}"), field=field, text=text)
    return value.quantize(FEN)


def check_amount(value, field: str | None = None, positive: bool = False) -> Decimal:
    """An amount handed to a service: a Decimal of whole fen, not negative (above zero with ``positive``),
    at most ``MAX_AMOUNT``; ``ValidationError`` otherwise."""
    if not isinstance(value, Decimal) or not value.is_finite() or abs(value) > MAX_AMOUNT \
            or value != value.quantize(FEN):
        raise ValidationError(_("Amounts are in yuan with at most two decimal places"), field=field)
    if value < 0 or (positive and value == 0):
        raise ValidationError(_("Each amount must be above zero and within range"), field=field)
    return value


def format_yuan(amount: Decimal) -> str:
    """``¥1,234.50``; a negative amount as ``-¥1,234.50``."""
    value = round_fen(amount)
    sign = "-" if value < 0 else ""
    return f"{sign}¥{abs(value):,.2f}"


def amount_in_words(amount: Decimal) -> str:
    """The uppercase amount for a bill or voucher, e.g. ``Decimal("325.04")`` -> ``叁佰贰拾伍元零肆分``.

    Rules (PBOC, 《支付结算办法》 and the bill-writing standard):
    - a zero between non-zero digits is written 零, and a run of zeros gives one 零;
    - 整 follows 元 when there are no 角 and 分; it is not written after 角 nor after 分;
    - 零 follows 元 when the 角 digit is zero and the 分 digit is not (叁佰贰拾伍元零肆分), and also
      when the 元 digit is zero and 角 is not (壹仟陆佰捌拾元零叁角贰分, the first form PBOC gives);
    - a leading 拾 is written 壹拾 (壹拾伍元整);
    - an amount below one yuan starts at its first non-zero place (伍角).
    A negative amount, one over ``MAX_AMOUNT`` or one with fractions of a fen raises ``ValueError``.
    """
    if not isinstance(amount, Decimal):
        raise TypeError("amount_in_words takes a Decimal")
    if not amount.is_finite():
        raise ValueError(f"not an amount: {amount}")
    if amount < 0:
        raise ValueError(f"a negative amount has no uppercase form: {amount}")
    if amount > MAX_AMOUNT:
        raise ValueError(f"amount too large to write in words: {amount}")
    if amount != amount.quantize(FEN):
        raise ValueError(f"amount has fractions of a fen: {amount}")
    fen_total = int(amount.quantize(FEN) * 100)
    yuan, jiao, fen = fen_total // 100, fen_total // 10 % 10, fen_total % 10
    if fen_total == 0:
        return "零元整"

    words = _integer_words(yuan) + "元" if yuan else ""
    if jiao == 0 and fen == 0:
        return words + "整"
    if yuan and (jiao == 0 or yuan % 10 == 0):
        words += "零"
    if jiao:
        words += _DIGITS[jiao] + "角"
    if fen:
        words += _DIGITS[fen] + "分"
    return words


def _integer_words(number: int) -> str:
    groups = []
    while number:
        groups.append(number % 10000)
        number //= 10000
    words = ""
    pending_zero = False
    for index in range(len(groups) - 1, -1, -1):
        group = groups[index]
        if group == 0:
            pending_zero = bool(words)
            continue
        if words and (pending_zero or group < 1000):
            words += "零"
        words += _group_words(group) + _GROUPS[index]
        pending_zero = False
    return words


def _group_words(group: int) -> str:
    """One group of up to four digits, with 零 for inner zeros and none for trailing ones."""
    words = ""
    zero = False
    for place in range(3, -1, -1):
        digit = group // 10**place % 10
        if digit == 0:
            zero = bool(words)
            continue
        if zero:
            words += "零"
            zero = False
        words += _DIGITS[digit] + _PLACES[place]
    return words
