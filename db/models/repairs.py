"""Engineering: technicians and the materials list, repair work orders with their steps and the work done,
the equipment register with its categories, and preventive-maintenance plans with the tasks they generate."""

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.base import Base
from db.types import Hundredths, Money, UTCDateTime


class Technician(Base):
    """Someone work orders are dispatched to; an inactive technician gets no new orders."""

    __tablename__ = "repair_technician"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(60), unique=True)
    trade: Mapped[str] = mapped_column(String(30), default="")  # 电工, 水暖工...
    phone: Mapped[str] = mapped_column(String(40), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class RepairMaterial(Base):
    """One line of the materials list: so much per unit (个, 米, 卷...)."""

    __tablename__ = "repair_material"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(String(60))
    unit: Mapped[str] = mapped_column(String(10))
    price: Mapped[Decimal] = mapped_column(Money)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class EquipmentCategory(Base):
    """A kind of equipment and how it is kept: its repair method and overhaul cycle."""

    __tablename__ = "equipment_category"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(30), unique=True)
    repair_method: Mapped[str] = mapped_column(String(16))  # scheduled, periodic, diagnostic, overhaul
    overhaul_months: Mapped[int | None] = mapped_column(Integer, nullable=True)


class Equipment(Base):
    """A registered piece of equipment (设备档案): what it is, where, who made and maintains it."""

    __tablename__ = "equipment"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(30), unique=True)
    name: Mapped[str] = mapped_column(String(60))
    category_id: Mapped[int] = mapped_column(ForeignKey("equipment_category.id"), index=True)
    location: Mapped[str] = mapped_column(String(100), default="")
    model: Mapped[str] = mapped_column(String(60), default="")
    maker: Mapped[str] = mapped_column(String(100), default="")
    supplier: Mapped[str] = mapped_column(String(100), default="")
    installed_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    warranty_until: Mapped[date | None] = mapped_column(Date, nullable=True)
    contractor: Mapped[str] = mapped_column(String(100), default="")
    contract_until: Mapped[date | None] = mapped_column(Date, nullable=True)
    status: Mapped[str] = mapped_column(String(16), default="in_service")  # in_service, under_repair, retired
    documents: Mapped[str] = mapped_column(String(300), default="")  # 说明书、合格证、图纸...
    note: Mapped[str] = mapped_column(String(300), default="")


class WorkOrder(Base):
    """A repair work order (维修工单) from a customer's report or from self-inspection."""

    __tablename__ = "repair_order"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(20), unique=True)
    status: Mapped[str] = mapped_column(String(20), index=True)
    source: Mapped[str] = mapped_column(String(16))  # phone, front_desk, in_person, self_inspection
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id"), nullable=True, index=True)
    location: Mapped[str] = mapped_column(String(100), default="")
    equipment_id: Mapped[int | None] = mapped_column(ForeignKey("equipment.id"), nullable=True, index=True)
    category: Mapped[str] = mapped_column(String(16))
    priority: Mapped[str] = mapped_column(String(10))
    description: Mapped[str] = mapped_column(String(500))
    reporter: Mapped[str] = mapped_column(String(60))
    contact: Mapped[str] = mapped_column(String(40), default="")
    reported_at: Mapped[datetime] = mapped_column(UTCDateTime)
    response_due: Mapped[datetime] = mapped_column(UTCDateTime)
    completion_due: Mapped[datetime] = mapped_column(UTCDateTime)
    technician_id: Mapped[int | None] = mapped_column(ForeignKey("repair_technician.id"), nullable=True, index=True)
    dispatched_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    started_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    accepted_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    accepted_by: Mapped[str] = mapped_column(String(60), default="")  # the customer who signed the slip
    followed_up_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    satisfaction: Mapped[int | None] = mapped_column(Integer, nullable=True)  # 1 (very dissatisfied) to 5
    follow_up_note: Mapped[str] = mapped_column(String(200), default="")
    hold_reason: Mapped[str] = mapped_column(String(200), default="")
    cancel_reason: Mapped[str] = mapped_column(String(200), default="")
    charged: Mapped[Decimal | None] = mapped_column(Money, nullable=True)  # put on the unit's account at acceptance
    task_id: Mapped[int | None] = mapped_column(ForeignKey("maintenance_task.id"), nullable=True)
    created_by: Mapped[int] = mapped_column(ForeignKey("user_account.id"))

    lines: Mapped[list["WorkLine"]] = relationship(order_by="WorkLine.position", lazy="selectin",
                                                   cascade="all, delete-orphan")
    steps: Mapped[list["WorkStep"]] = relationship(order_by="WorkStep.id", lazy="selectin",
                                                   cascade="all, delete-orphan")


class WorkLine(Base):
    """Work done on an order: labour, or a material from the list or the owner's own; charged or free."""

    __tablename__ = "repair_work_line"

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("repair_order.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(10))  # labour, material
    description: Mapped[str] = mapped_column(String(100))
    material_id: Mapped[int | None] = mapped_column(ForeignKey("repair_material.id"), nullable=True)
    owner_supplied: Mapped[bool] = mapped_column(Boolean, default=False)
    unit: Mapped[str] = mapped_column(String(10))
    quantity: Mapped[Decimal] = mapped_column(Hundredths)
    price: Mapped[Decimal] = mapped_column(Money)
    amount: Mapped[Decimal] = mapped_column(Money)
    charged: Mapped[bool] = mapped_column(Boolean)


class WorkStep(Base):
    """One step of an order's life: what was done, by whom, when it happened and when it was recorded."""

    __tablename__ = "repair_step"

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("repair_order.id"), index=True)
    action: Mapped[str] = mapped_column(String(16))
    from_status: Mapped[str] = mapped_column(String(20), default="")
    to_status: Mapped[str] = mapped_column(String(20))
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime)
    by_name: Mapped[str] = mapped_column(String(100))
    note: Mapped[str] = mapped_column(String(200), default="")


class MaintenancePlan(Base):
    """Preventive maintenance of one piece of equipment or of every one of a category: a level, an interval
    and a task list."""

    __tablename__ = "maintenance_plan"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(60), unique=True)
    level: Mapped[str] = mapped_column(String(10))  # daily, level1, level2
    equipment_id: Mapped[int | None] = mapped_column(ForeignKey("equipment.id"), nullable=True)
    category_id: Mapped[int | None] = mapped_column(ForeignKey("equipment_category.id"), nullable=True)
    every: Mapped[int] = mapped_column(Integer)
    period: Mapped[str] = mapped_column(String(8))  # day, week, month
    tasks: Mapped[str] = mapped_column(Text)  # one task per line
    starts_on: Mapped[date] = mapped_column(Date)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class MaintenanceTask(Base):
    """A maintenance order generated from a plan for one piece of equipment and one due date."""

    __tablename__ = "maintenance_task"
    __table_args__ = (UniqueConstraint("plan_id", "equipment_id", "due_on"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(20), unique=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("maintenance_plan.id"), index=True)
    equipment_id: Mapped[int] = mapped_column(ForeignKey("equipment.id"), index=True)
    due_on: Mapped[date] = mapped_column(Date, index=True)
    status: Mapped[str] = mapped_column(String(8), default="due")  # due, done
    done_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    done_by: Mapped[str] = mapped_column(String(60), default="")
    findings: Mapped[str] = mapped_column(String(500), default="")
    recorded_by: Mapped[str] = mapped_column(String(100), default="")
    generated_at: Mapped[datetime] = mapped_column(UTCDateTime)
