"""The QR code on a receipt: number, date, amount and a check value keyed with the site's secret, so a
scanned receipt can be checked against the database and a forged one is caught."""

import hashlib
import hmac
import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import ValidationError
from app.i18n import _
from app.money import from_fen, to_fen
from db.models import SiteSetting

PREFIX = "FO1"
PAYLOAD = re.compile(r"^FO1\|([A-Z]{1,4}\d{4}\d{6,})\|(\d{8})\|(\d{1,15})\|([0-9a-f]{10})$",
                     re.ASCII)  # ASCII digits only: the number is hashed as ASCII


def site_secret(session: Session) -> bytes:
    value = session.scalar(select(SiteSetting.value).where(SiteSetting.key == "receipt_secret"))
    if not value:
        raise ValidationError(_("This database has no receipt secret; run 'frontoffice-admin init' to upgrade it"))
    return value.encode("ascii")


def check_code(secret: bytes, number: str, on: date, total: Decimal) -> str:
    message = f"{number}|{on:%Y%m%d}|{to_fen(total)}".encode("ascii")
    return hmac.new(secret, message, hashlib.sha256).hexdigest()[:10]


def payload(number: str, on: date, total: Decimal, code: str) -> str:
    return f"{PREFIX}|{number}|{on:%Y%m%d}|{to_fen(total)}|{code}"


@dataclass(frozen=True)
class ScannedReceipt:
    number: str
    on: date
    total: Decimal
    code: str


def parse(text: str) -> ScannedReceipt:
    match = PAYLOAD.match(text.strip()) if isinstance(text, str) else None
    if not match:
        raise ValidationError(_("This is not a FrontOffice receipt code: {text}"), field="payload",
                              text=str(text)[:80])
    number, day, fen, code = match.groups()
    try:
        on = date(int(day[:4]), int(day[4:6]), int(day[6:]))
    except ValueError:
        raise ValidationError(_("This is not a FrontOffice receipt code: {text}"), field="payload",
                              text=text[:80]) from None
    return ScannedReceipt(number, on, from_fen(int(fen)), code)
