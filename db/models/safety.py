"""Safety: versioned checklist templates (fire, cleaning, security) and the schedules that make them due,
inspections with their answers and photos, fire rectification notices and their steps, the fire
responsibility register, drills, the volunteer fire team and training."""

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Integer, LargeBinary, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.base import Base
from db.types import UTCDateTime


class CheckTemplate(Base):
    """One version of a checklist. A change makes a new version with the same code; past inspections keep
    the version they were made on."""

    __tablename__ = "check_template"
    __table_args__ = (UniqueConstraint("code", "version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(20), index=True)
    version: Mapped[int] = mapped_column(Integer)
    category: Mapped[str] = mapped_column(String(10))  # fire, cleaning, security
    name: Mapped[str] = mapped_column(String(60))
    frequency: Mapped[str] = mapped_column(String(10))  # daily, weekly, monthly, quarterly, yearly
    current: Mapped[bool] = mapped_column(Boolean, default=True)  # the latest version of its code
    active: Mapped[bool] = mapped_column(Boolean, default=True)  # a retired checklist gets no new inspections
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    created_by: Mapped[str] = mapped_column(String(100))

    items: Mapped[list["CheckItem"]] = relationship(order_by="CheckItem.position", lazy="selectin")


class CheckItem(Base):
    """What to check on a round, the system it belongs to, and what passing means (the requirement a
    notice repeats when it fails)."""

    __tablename__ = "check_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    template_id: Mapped[int] = mapped_column(ForeignKey("check_template.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    system: Mapped[str] = mapped_column(String(30))
    text: Mapped[str] = mapped_column(String(200))
    requirement: Mapped[str] = mapped_column(String(200), default="")


class CheckSchedule(Base):
    """A checklist to be done in an area at its frequency from a date: what makes inspections due."""

    __tablename__ = "check_schedule"
    __table_args__ = (UniqueConstraint("template_code", "area"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    template_code: Mapped[str] = mapped_column(String(20), index=True)
    area_kind: Mapped[str] = mapped_column(String(12))  # building, floor, unit, plant_room
    area: Mapped[str] = mapped_column(String(60))
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id"), nullable=True)
    starts_on: Mapped[date] = mapped_column(Date)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Inspection(Base):
    """One round of a checklist version in an area, numbered when started and finished only when every
    item has an answer."""

    __tablename__ = "inspection"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(20), unique=True)
    template_id: Mapped[int] = mapped_column(ForeignKey("check_template.id"), index=True)
    category: Mapped[str] = mapped_column(String(10), index=True)
    area_kind: Mapped[str] = mapped_column(String(12))
    area: Mapped[str] = mapped_column(String(60), index=True)
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id"), nullable=True)
    inspector: Mapped[str] = mapped_column(String(60))
    started_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    status: Mapped[str] = mapped_column(String(12), index=True)  # in_progress, finished, cancelled
    note: Mapped[str] = mapped_column(String(200), default="")
    recorded_by: Mapped[str] = mapped_column(String(100))

    answers: Mapped[list["InspectionAnswer"]] = relationship(lazy="selectin", order_by="InspectionAnswer.id")


class InspectionAnswer(Base):
    """An item's result on one inspection, with the time it was recorded (a patrol's time at each point)."""

    __tablename__ = "inspection_answer"
    __table_args__ = (UniqueConstraint("inspection_id", "item_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    inspection_id: Mapped[int] = mapped_column(ForeignKey("inspection.id"), index=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("check_item.id"))
    result: Mapped[str] = mapped_column(String(4))  # pass, fail, na
    note: Mapped[str] = mapped_column(String(200), default="")
    answered_at: Mapped[datetime] = mapped_column(UTCDateTime)
    repair_order_id: Mapped[int | None] = mapped_column(ForeignKey("repair_order.id"), nullable=True)


class InspectionPhoto(Base):
    """A photo taken on an item, kept in the database so that every desk and every backup has it."""

    __tablename__ = "inspection_photo"

    id: Mapped[int] = mapped_column(primary_key=True)
    answer_id: Mapped[int] = mapped_column(ForeignKey("inspection_answer.id"), index=True)
    filename: Mapped[str] = mapped_column(String(100))
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    content: Mapped[bytes] = mapped_column(LargeBinary)
    added_at: Mapped[datetime] = mapped_column(UTCDateTime)


class FireNotice(Base):
    """A rectification notice (消防整改通知书) for a failed item: to a unit, or to engineering for a common
    area, with the finding, the requirement and a deadline; closed only by a re-inspection."""

    __tablename__ = "fire_notice"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(20), unique=True)
    status: Mapped[str] = mapped_column(String(10), index=True)  # open, closed, cancelled
    answer_id: Mapped[int] = mapped_column(ForeignKey("inspection_answer.id"), unique=True)
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id"), nullable=True, index=True)
    recipient: Mapped[str] = mapped_column(String(100))
    recipient_phone: Mapped[str] = mapped_column(String(40), default="")
    area: Mapped[str] = mapped_column(String(60))
    finding: Mapped[str] = mapped_column(String(400))
    requirement: Mapped[str] = mapped_column(String(300))
    deadline: Mapped[date] = mapped_column(Date, index=True)
    issued_at: Mapped[datetime] = mapped_column(UTCDateTime)
    issued_by: Mapped[str] = mapped_column(String(100))
    signed_by: Mapped[str] = mapped_column(String(60), default="")
    signed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    repair_order_id: Mapped[int | None] = mapped_column(ForeignKey("repair_order.id"), nullable=True)

    steps: Mapped[list["NoticeStep"]] = relationship(order_by="NoticeStep.id", lazy="selectin")


class NoticeStep(Base):
    """One step of a notice: issued, signed for, re-inspected and extended or closed, cancelled."""

    __tablename__ = "fire_notice_step"

    id: Mapped[int] = mapped_column(primary_key=True)
    notice_id: Mapped[int] = mapped_column(ForeignKey("fire_notice.id"), index=True)
    action: Mapped[str] = mapped_column(String(10))
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime)
    by_name: Mapped[str] = mapped_column(String(100))  # who recorded it
    person: Mapped[str] = mapped_column(String(60), default="")  # who re-inspected or signed
    note: Mapped[str] = mapped_column(String(200), default="")
    deadline: Mapped[date | None] = mapped_column(Date, nullable=True)  # the new deadline of an extension


class FireDuty(Base):
    """A person in the three levels of fire responsibility: the company's general manager (消防安全责任人),
    department managers (消防安全管理人) and team leaders (班组消防负责人)."""

    __tablename__ = "fire_duty"

    id: Mapped[int] = mapped_column(primary_key=True)
    level: Mapped[int] = mapped_column(Integer)  # 1, 2, 3
    position: Mapped[str] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(String(60))
    phone: Mapped[str] = mapped_column(String(40))
    scope: Mapped[str] = mapped_column(String(100), default="")


class FireWarden(Base):
    """The person responsible for fire safety in a unit (防火责任人), to whom its notices go."""

    __tablename__ = "fire_warden"

    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id"), unique=True)
    name: Mapped[str] = mapped_column(String(60))
    phone: Mapped[str] = mapped_column(String(40))
    since: Mapped[date] = mapped_column(Date)


class FireDrill(Base):
    """A drill held: a full evacuation, a partial one or a tabletop exercise."""

    __tablename__ = "fire_drill"

    id: Mapped[int] = mapped_column(primary_key=True)
    held_on: Mapped[date] = mapped_column(Date, index=True)
    kind: Mapped[str] = mapped_column(String(10))  # full, partial, tabletop
    scenario: Mapped[str] = mapped_column(String(200))
    organiser: Mapped[str] = mapped_column(String(60))
    participants: Mapped[int] = mapped_column(Integer)
    evacuation_seconds: Mapped[int | None] = mapped_column(Integer, nullable=True)
    findings: Mapped[str] = mapped_column(String(500), default="")
    recorded_by: Mapped[str] = mapped_column(String(100))


class FireTeamMember(Base):
    """A member of the volunteer fire team (义务消防队)."""

    __tablename__ = "fire_team_member"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(60))
    department: Mapped[str] = mapped_column(String(60))
    phone: Mapped[str] = mapped_column(String(40))
    role: Mapped[str] = mapped_column(String(10))  # captain, member
    joined_on: Mapped[date] = mapped_column(Date)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class FireTraining(Base):
    """A fire-safety training session."""

    __tablename__ = "fire_training"

    id: Mapped[int] = mapped_column(primary_key=True)
    held_on: Mapped[date] = mapped_column(Date, index=True)
    topic: Mapped[str] = mapped_column(String(100))
    trainer: Mapped[str] = mapped_column(String(60))
    attendees: Mapped[int] = mapped_column(Integer)
    minutes: Mapped[int] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(String(200), default="")
    recorded_by: Mapped[str] = mapped_column(String(100))
