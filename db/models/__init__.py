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
    "CheckTemplate", "DocumentSequence", "Equipment", "EquipmentCategory", "FeeRate", "FireDrill", "FireDuty",
    "FireNotice", "FireTeamMember", "FireTraining", "FireWarden", "Inspection", "InspectionAnswer",
    "InspectionPhoto", "MaintenancePlan", "MaintenanceTask", "NoticeStep", "Party", "Payment", "Receipt",
    "ReceiptLine", "Refund", "RepairMaterial", "SiteSetting", "Technician", "Unit", "UnitParty", "UseLine",
    "UseRequest", "User", "WorkLine", "WorkOrder", "WorkStep",
]
