"""Photos taken on an inspection's items: JPEG, PNG or WebP files of at most 5 MB, up to five an item, kept
in the database beside the answer they show."""

import hashlib
from pathlib import Path

from sqlalchemy import func, select

from app import audit
from app.database import Database
from app.errors import NotFound, ValidationError
from app.i18n import _
from app.permissions import Actor, Permission, require
from app.safety.inspections import get_inspection, open_inspection
from app.safety.model import InspectionView
from db.models import InspectionAnswer, InspectionPhoto
from db.types import utcnow

MAX_BYTES = 5 * 1024 * 1024
MAX_PER_ITEM = 5
SIGNATURES = ((b"\xff\xd8\xff", ".jpg"), (b"\x89PNG\r\n\x1a\n", ".png"))


def add_photo(db: Database, actor: Actor, number: str, item_id: int, path: str | Path) -> InspectionView:
    """Attaches the photo file at ``path`` to the answered item ``item_id`` of an inspection in progress."""
    require(actor, Permission.INSPECT_SAFETY)
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise ValidationError(_("A photo is at most 5 MB; this one is {size} MB"), field="photo",
                                  size=f"{size / 1024 / 1024:.1f}")
        content = path.read_bytes()
    except OSError:
        raise ValidationError(_("The photo {name} cannot be read"), field="photo", name=path.name) from None
    if not _is_image(content):
        raise ValidationError(_("{name} is not a JPEG, PNG or WebP photo"), field="photo", name=path.name)
    with db.write(actor) as session:
        inspection = open_inspection(session, number)
        answer = session.scalar(select(InspectionAnswer).where(InspectionAnswer.inspection_id == inspection.id,
                                                              InspectionAnswer.item_id == item_id))
        if answer is None:
            raise ValidationError(_("Answer the item before you add its photos"), field="photo")
        count = session.scalar(select(func.count()).select_from(InspectionPhoto)
                               .where(InspectionPhoto.answer_id == answer.id))
        if count >= MAX_PER_ITEM:
            raise ValidationError(_("An item has at most {count} photos"), field="photo", count=MAX_PER_ITEM)
        digest = hashlib.sha256(content).hexdigest()
        session.add(InspectionPhoto(answer_id=answer.id, filename=path.name[-100:], size=len(content),
                                    sha256=digest, content=content, added_at=utcnow()))
        audit.record(session, actor, "add_photo", "inspection", inspection.number,
                     after={"item": item_id, "file": path.name, "sha256": digest})
    return get_inspection(db, actor, number)


def photo_content(db: Database, actor: Actor, photo_id: int) -> tuple[str, bytes]:
    """The file name and bytes of a photo, to show or save."""
    require(actor, Permission.INSPECT_SAFETY)
    with db.read(actor) as session:
        photo = session.get(InspectionPhoto, photo_id)
        if photo is None:
            raise NotFound(_("There is no such photo"), field="photo")
        return photo.filename, photo.content


def _is_image(content: bytes) -> bool:
    return any(content.startswith(signature) for signature, _suffix in SIGNATURES) or \
        (content[:4] == b"RIFF" and content[8:12] == b"WEBP")
