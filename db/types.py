"""Column types shared by the models: money in whole fen, timestamps in UTC."""

from datetime import UTC, datetime
from decimal import Decimal

from sqlalchemy import BigInteger, DateTime
from sqlalchemy.types import TypeDecorator

FEN_PER_YUAN = 100


class Hundredths(TypeDecorator):
    """A quantity with two decimals held as ``Decimal`` in Python and as a whole number of hundredths (an
    integer) in the database: money in fen, floor areas in hundredths of a square metre.

    It never rounds: a value with more than two decimal places is refused here, because rounding
    belongs to ``app.money`` alone.
    """

    impl = BigInteger
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        if not isinstance(value, Decimal):
            raise TypeError(f"a two-decimal quantity must be a Decimal, not {type(value).__name__}")
        fen = value * FEN_PER_YUAN
        if fen != fen.to_integral_value():
            raise ValueError(f"{value} has more than two decimals; round it first")
        return int(fen)

    def process_result_value(self, value, dialect):
        if value is None:
            return None
        return (Decimal(value) / FEN_PER_YUAN).quantize(Decimal("0.01"))


Money = Hundredths  # yuan, stored in fen
Area = Hundredths  # square metres, stored in hundredths


class UTCDateTime(TypeDecorator):
    """An aware UTC ``datetime`` in Python; naive UTC in the database (SQLite keeps no zone)."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("timestamps must be timezone-aware")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value, dialect):
        if value is None:
            return None
        return value.replace(tzinfo=UTC)


def utcnow() -> datetime:
    return datetime.now(UTC)
