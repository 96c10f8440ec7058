"""Time as the site sees it: timestamps are stored in UTC and shown in the site's zone.

Business dates (a receipt's date, a billing period) are dates of the site's calendar.
"""

from datetime import date, datetime
from zoneinfo import ZoneInfo

from db.types import utcnow

SITE_ZONE = ZoneInfo("Asia/Shanghai")


def local(moment: datetime) -> datetime:
    return moment.astimezone(SITE_ZONE)


def format_local(moment: datetime | None, seconds: bool = False) -> str:
    """``YYYY-MM-DD HH:MM`` in the site's zone; empty for None."""
    if moment is None:
        return ""
    return local(moment).strftime("%Y-%m-%d %H:%M:%S" if seconds else "%Y-%m-%d %H:%M")


def today(now: datetime | None = None) -> date:
    return local(now or utcnow()).date()
