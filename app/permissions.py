"""Roles, what each may do, and the acting user that every service takes."""

from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import select

from app.errors import PermissionDenied
from app.i18n import _
from db.models import User


class Role(StrEnum):
    ADMIN = "admin"
    MANAGER = "manager"
    CASHIER = "cashier"
    BUSINESS_CENTRE = "business_centre"
    FRONT_DESK = "front_desk"
    ENGINEERING = "engineering"
    SAFETY = "safety"


ROLE_LABELS = {
    Role.ADMIN: _("Administrator"),
    Role.MANAGER: _("Manager"),
    Role.CASHIER: _("Cashier"),
    Role.BUSINESS_CENTRE: _("Business-centre operator"),
    Role.FRONT_DESK: _("Front-desk clerk"),
    Role.ENGINEERING: _("Engineering"),
    Role.SAFETY: _("Safety officer"),
}


class Permission(StrEnum):
    MANAGE_USERS = "manage_users"
    EDIT_SITE = "edit_site"
    BACKUP = "backup"
    RESTORE = "restore"
    VERIFY_AUDIT = "verify_audit"
    ISSUE_FEE_RECEIPT = "issue_fee_receipt"
    ISSUE_BUSINESS_RECEIPT = "issue_business_receipt"
    VIEW_RECEIPTS = "view_receipts"
    VOID_RECEIPT = "void_receipt"
    VIEW_ACCOUNTS = "view_accounts"
    EDIT_REGISTER = "edit_register"
    SET_RATES = "set_rates"
    RUN_BILLING = "run_billing"
    TAKE_PAYMENT = "take_payment"
    REFUND_CREDIT = "refund_credit"
    SERVE_BUSINESS = "serve_business"
    KEEP_PRICE_LIST = "keep_price_list"
    APPROVE_INTERNAL_USE = "approve_internal_use"
    REPORT_REPAIR = "report_repair"
    DISPATCH_REPAIRS = "dispatch_repairs"
    KEEP_EQUIPMENT = "keep_equipment"
    INSPECT_SAFETY = "inspect_safety"
    KEEP_SAFETY = "keep_safety"
    FRONT_DESK = "front_desk"


PERMISSION_LABELS = {
    Permission.MANAGE_USERS: _("manage users"),
    Permission.EDIT_SITE: _("edit the site details"),
    Permission.BACKUP: _("back up the database"),
    Permission.RESTORE: _("restore the database"),
    Permission.VERIFY_AUDIT: _("verify the audit log"),
    Permission.ISSUE_FEE_RECEIPT: _("issue fee receipts"),
    Permission.ISSUE_BUSINESS_RECEIPT: _("issue business-centre receipts"),
    Permission.VIEW_RECEIPTS: _("look up and print receipts"),
    Permission.VOID_RECEIPT: _("void receipts"),
    Permission.VIEW_ACCOUNTS: _("look at owner accounts"),
    Permission.EDIT_REGISTER: _("change buildings, units and owners"),
    Permission.SET_RATES: _("change fee standards"),
    Permission.RUN_BILLING: _("run the monthly billing"),
    Permission.TAKE_PAYMENT: _("take payments"),
    Permission.REFUND_CREDIT: _("refund credit"),
    Permission.SERVE_BUSINESS: _("take business-centre orders"),
    Permission.KEEP_PRICE_LIST: _("keep the business centre's price list, rooms and equipment"),
    Permission.APPROVE_INTERNAL_USE: _("approve staff requests to use the business centre"),
    Permission.REPORT_REPAIR: _("take repair reports and follow them up"),
    Permission.DISPATCH_REPAIRS: _("dispatch repairs and record the work done"),
    Permission.KEEP_EQUIPMENT: _("keep the equipment register, maintenance plans, technicians and materials"),
    Permission.INSPECT_SAFETY: _("carry out fire, cleaning and security inspections and follow up their notices"),
    Permission.KEEP_SAFETY: _("keep the checklists and their schedules, the fire responsibility register, drills "
                              "and training"),
    Permission.FRONT_DESK: _("keep the front desk's logs: visitors, messages, complaints, keys, mail, luggage and "
                             "errands"),
}

ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.ADMIN: frozenset(Permission),
    Role.MANAGER: frozenset({Permission.EDIT_SITE, Permission.BACKUP, Permission.VERIFY_AUDIT,
                             Permission.ISSUE_FEE_RECEIPT, Permission.ISSUE_BUSINESS_RECEIPT,
                             Permission.VIEW_RECEIPTS, Permission.VOID_RECEIPT, Permission.VIEW_ACCOUNTS,
                             Permission.EDIT_REGISTER, Permission.SET_RATES, Permission.RUN_BILLING,
                             Permission.TAKE_PAYMENT, Permission.REFUND_CREDIT, Permission.SERVE_BUSINESS,
                             Permission.KEEP_PRICE_LIST, Permission.APPROVE_INTERNAL_USE, Permission.REPORT_REPAIR,
                             Permission.DISPATCH_REPAIRS, Permission.KEEP_EQUIPMENT, Permission.INSPECT_SAFETY,
                             Permission.KEEP_SAFETY, Permission.FRONT_DESK}),
    Role.CASHIER: frozenset({Permission.BACKUP, Permission.ISSUE_FEE_RECEIPT, Permission.VIEW_RECEIPTS,
                             Permission.VIEW_ACCOUNTS, Permission.EDIT_REGISTER, Permission.RUN_BILLING,
                             Permission.TAKE_PAYMENT}),
    Role.BUSINESS_CENTRE: frozenset({Permission.BACKUP, Permission.ISSUE_BUSINESS_RECEIPT, Permission.VIEW_RECEIPTS,
                                     Permission.SERVE_BUSINESS}),
    Role.FRONT_DESK: frozenset({Permission.BACKUP, Permission.VIEW_ACCOUNTS, Permission.REPORT_REPAIR,
                                Permission.FRONT_DESK}),
    Role.ENGINEERING: frozenset({Permission.BACKUP, Permission.REPORT_REPAIR, Permission.DISPATCH_REPAIRS,
                                 Permission.KEEP_EQUIPMENT, Permission.INSPECT_SAFETY}),
    Role.SAFETY: frozenset({Permission.BACKUP, Permission.REPORT_REPAIR, Permission.INSPECT_SAFETY,
                            Permission.KEEP_SAFETY}),
}


@dataclass(frozen=True)
class Actor:
    """The user on whose behalf a service acts: plain values, never an ORM object."""

    user_id: int
    username: str
    role: Role
    full_name: str = ""

    def can(self, permission: Permission) -> bool:
        return permission in ROLE_PERMISSIONS[self.role]


def confirm(session, actor: Actor) -> None:
    """Inside a unit of work: the acting user still exists, is enabled and has the role they logged in with.

    A user disabled, or given another role, at another desk loses their rights at their next action.
    """
    row = session.execute(select(User.active, User.role).where(User.id == actor.user_id)).one_or_none()
    if row is None or not row.active or row.role != actor.role.value:
        raise PermissionDenied(_("The account {user} was disabled or its role changed; log in again"),
                               user=actor.username)


def require(actor: Actor, permission: Permission) -> None:
    if not actor.can(permission):
        raise PermissionDenied(
            _("{user} ({role}) may not {action}"),
            user=actor.username,
            role=ROLE_LABELS[actor.role],
            action=PERMISSION_LABELS[permission],
        )
