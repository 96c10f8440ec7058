"""All models, imported here so that ``Base.metadata`` knows every table."""

from db.models.audit import AuditEntry, AuditHead
from db.models.numbering import DocumentSequence
from db.models.receipts import Receipt, ReceiptLine
from db.models.site import SiteSetting
from db.models.users import User

__all__ = ["AuditEntry", "AuditHead", "DocumentSequence", "Receipt", "ReceiptLine", "SiteSetting", "User"]
