"""All models, imported here so that ``Base.metadata`` knows every table."""

from db.models.audit import AuditEntry, AuditHead
from db.models.billing import BillingRun, BillLine, FeeRate
from db.models.business import (
    BusinessMoney,
    BusinessOrder,
    BusinessOrderLine,
    BusinessResource,
    BusinessService,
    CashCount,
    UseLine,
    UseRequest,
)
from db.models.frontdesk import (
    Complaint,
    DeskKey,
    DeskMessage,
    Errand,
    KeyLoan,
    Luggage,
    Parcel,
    PeriodicalDelivery,
    Visitor,
)
from db.models.numbering import DocumentSequence
from db.models.payments import Allocation, Payment, Refund
from db.models.receipts import Receipt, ReceiptLine
from db.models.register import Building, Party, Unit, UnitParty
from db.models.repairs import (
    Equipment,
    EquipmentCategory,
    MaintenancePlan,
    MaintenanceTask,
    RepairMaterial,
    Technician,
    WorkLine,
    WorkOrder,
    WorkStep,
)
from db.models.safety import (
    CheckItem,
    CheckSchedule,
    CheckTemplate,
    FireDrill,
    FireDuty,
    FireNotice,
    FireTeamMember,
    FireTraining,
    FireWarden,
    Inspection,
    InspectionAnswer,
    InspectionPhoto,
    NoticeStep,
)
from db.models.site import SiteSetting
from db.models.users import User

__all__ = [
    "Allocation", "AuditEntry", "AuditHead", "BillLine", "BillingRun", "Building", "BusinessMoney", "BusinessOrder",
    "BusinessOrderLine", "BusinessResource", "BusinessService", "CashCount", "CheckItem", "CheckSchedule",
    "CheckTemplate", "Complaint", "DeskKey", "DeskMessage", "DocumentSequence", "Equipment", "EquipmentCategory",
    "Errand", "FeeRate", "FireDrill", "FireDuty", "FireNotice", "FireTeamMember", "FireTraining", "FireWarden",
    "Inspection", "InspectionAnswer", "InspectionPhoto", "KeyLoan", "Luggage", "MaintenancePlan", "MaintenanceTask",
    "NoticeStep", "Parcel", "Party", "Payment", "PeriodicalDelivery", "Receipt", "ReceiptLine", "Refund",
    "RepairMaterial", "SiteSetting", "Technician", "Unit", "UnitParty", "UseLine", "UseRequest", "User", "Visitor",
    "WorkLine", "WorkOrder", "WorkStep",
]
