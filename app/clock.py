"""Time as the site sees it: timestamps are stored in UTC and shown in the site's zone.

Business dates (a receipt's date, a billing period) are dates of the site's calendar.
"""

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from db.types import utcnow

SITE_ZONE = ZoneInfo("Asia/Shanghai")
CLOCK_SLACK = timedelta(minutes=5)  # a desk's clock may run a little ahead of the server's
EARLIEST = datetime(2000, 1, 1, tzinfo=UTC)  # no site's records begin earlier: an earlier time is a typo
LATEST = datetime(2100, 1, 1, tzinfo=UTC)


def local(moment: datetime) -> datetime:
    return moment.astimezone(SITE_ZONE)


def format_local(moment: datetime | None, seconds: bool = False) -> str:
    """``YYYY-MM-DD HH:MM`` in the site's zone; empty for None."""
    if moment is None:
        return ""
    return local(moment).strftime("%Y-%m-%d %H:%M:%S" if seconds else "%Y-%m-%d %H:%M")


def today(now: datetime | None = None) -> date:
    return local(now or utcnow()).date()


def format_span(start: datetime | None, end: datetime | None, year: bool = True) -> str:
    """A booking's time in the site's zone: ``2026-05-01 09:00–11:00``, or with the end's date when it ends on
    another day; without the year (``05-01 09:00–11:00``) where space is short. Empty without a start."""
    if start is None or end is None:
        return ""
    pattern = "%Y-%m-%d %H:%M" if year else "%m-%d %H:%M"
    first, last = local(start), local(end)
    return f"{first:{pattern}}–{last:%H:%M}" if first.date() == last.date() else f"{first:{pattern}}–{last:{pattern}}"


def not_before(moment: datetime, last: datetime) -> datetime | None:
    """``moment`` when it is not before ``last``; ``last`` itself when ``moment`` falls in the same minute (a time
    typed to the minute for a step recorded seconds after the one before); None when it is earlier."""
    if moment >= last:
        return moment
    if moment >= last.replace(second=0, microsecond=0):
        return last
    return None


def moment(at: datetime | None, field: str = "at") -> datetime:
    """The time a user gave for something that happened (now when none was given): a date and time with its zone,
    and not later than now (a desk's clock may run up to five minutes ahead of the server's)."""
    from app.errors import ValidationError
    from app.i18n import _

    now = utcnow()
    at = at or now
    if not isinstance(at, datetime) or at.tzinfo is None:
        raise ValidationError(_("Give a date and time"), field=field)
    if at > now + CLOCK_SLACK:
        raise ValidationError(_("A time cannot be in the future"), field=field)
    if at < EARLIEST:
        raise ValidationError(_("A time before {year} is a typing mistake"), field=field, year=EARLIEST.year)
    return at


def planned(at, field: str, required: bool = True) -> datetime | None:
    """A time a user gave for something planned (a booking, a time wanted): a date and time with its zone,
    between ``EARLIEST`` and ``LATEST``; None when not given and not ``required``."""
    from app.errors import ValidationError
    from app.i18n import _

    if at is None and not required:
        return None
    if not isinstance(at, datetime) or at.tzinfo is None:
        raise ValidationError(_("Give a date and time"), field=field)
    if not EARLIEST <= at <= LATEST:
        raise ValidationError(_("A time from {first} to {last}, please"), field=field, first=EARLIEST.year,
                              last=LATEST.year)
    return at


def band_of(days: int, bands: tuple[tuple[int, int | None, str], ...]) -> str:
    """The label of the band ``(low, high, label)`` that ``days`` falls in (``high`` None: no upper end); the first
    band's for fewer days than any band holds. How arrears are aged, and how late a notice is."""
    for low, high, label in bands:
        if days >= low and (high is None or days <= high):
            return label
    return bands[0][2]
