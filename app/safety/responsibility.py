"""Who answers for fire safety: the three levels of the company (its general manager as 消防安全责任人,
department managers as 消防安全管理人, team leaders) and the person responsible in each unit (防火责任人), to
whom the unit's rectification notices go."""

from dataclasses import dataclass
from datetime import date
from enum import IntEnum

from sqlalchemy import select

from app import audit
from app.accounts.payments import payer_of
from app.accounts.register import unit_id_of
from app.clock import today
from app.database import Database
from app.errors import NotFound, ValidationError
from app.i18n import _
from app.permissions import Actor, Permission, require
from app.text import search_text, text_field
from db.models import FireDuty, FireWarden, Party, Unit, UnitParty


class DutyLevel(IntEnum):
    COMPANY = 1  # the general manager: 消防安全责任人
    DEPARTMENT = 2  # department managers: 消防安全管理人
    TEAM = 3  # team leaders


DUTY_LEVEL_LABELS = {DutyLevel.COMPANY: _("Company (general manager)"),
                     DutyLevel.DEPARTMENT: _("Department managers"), DutyLevel.TEAM: _("Team leaders")}
DUTY_LEVEL_CHINESE = {DutyLevel.COMPANY: "一级（公司总经理）", DutyLevel.DEPARTMENT: "二级（部门经理）",
                      DutyLevel.TEAM: "三级（班组长）"}


@dataclass(frozen=True)
class DutyDraft:
    level: DutyLevel | int
    position: str  # 总经理, 工程部经理, 保安班长...
    name: str
    phone: str
    scope: str = ""  # what they answer for: 全公司, 工程部及设备机房, 保安班...


@dataclass(frozen=True)
class DutyView:
    id: int
    level: DutyLevel
    position: str
    name: str
    phone: str
    scope: str


@dataclass(frozen=True)
class WardenView:
    unit: str
    occupant: str  # who pays for the unit
    name: str  # "" when nobody is registered
    phone: str
    since: date | None


def save_duty(db: Database, actor: Actor, draft: DutyDraft, duty_id: int | None = None) -> DutyView:
    require(actor, Permission.KEEP_SAFETY)
    try:
        if isinstance(draft.level, bool):
            raise ValueError(draft.level)
        level = DutyLevel(draft.level)
    except ValueError:
        raise ValidationError(_("Choose the level of responsibility"), field="level") from None
    values = {"level": level.value,
              "position": text_field(draft.position, "position", 40, _("Give the position in at most {count} "
                                                                       "characters")),
              "name": text_field(draft.name, "name", 60, _("Give the name in at most {count} characters")),
              "phone": _phone(draft.phone),
              "scope": text_field(draft.scope, "scope", 100, _("The scope is at most {count} characters"),
                                  required=False)}
    with db.write(actor) as session:
        if level is DutyLevel.COMPANY:
            other = select(FireDuty.name).where(FireDuty.level == level.value)
            if duty_id is not None:
                other = other.where(FireDuty.id != duty_id)
            holder = session.scalar(other)
            if holder:
                raise ValidationError(_("The company has one person responsible at the first level: {name}"),
                                      field="level", name=holder)
        if duty_id is None:
            duty = FireDuty(**values)
            session.add(duty)
            session.flush()
            audit.record(session, actor, "add", "fire_duty", str(duty.id), after=values)
        else:
            duty = session.get(FireDuty, duty_id, with_for_update=True)
            if duty is None:
                raise NotFound(_("There is no such person in the register"), field="name")
            before = {key: getattr(duty, key) for key in values}
            for key, value in values.items():
                setattr(duty, key, value)
            audit.record(session, actor, "update", "fire_duty", str(duty.id), before=before, after=values)
        return _duty_view(duty)


def remove_duty(db: Database, actor: Actor, duty_id: int) -> None:
    require(actor, Permission.KEEP_SAFETY)
    with db.write(actor) as session:
        duty = session.get(FireDuty, duty_id, with_for_update=True)
        if duty is None:
            raise NotFound(_("There is no such person in the register"), field="name")
        before = _duty_view(duty).__dict__ | {"level": duty.level}
        session.delete(duty)
        audit.record(session, actor, "remove", "fire_duty", str(duty_id), before=before)


def list_duties(db: Database, actor: Actor) -> list[DutyView]:
    require(actor, Permission.INSPECT_SAFETY)
    with db.read(actor) as session:
        return [_duty_view(duty) for duty in session.scalars(select(FireDuty).order_by(FireDuty.level, FireDuty.id))]


def set_warden(db: Database, actor: Actor, unit: str, name: str, phone: str, since: date | None = None) -> WardenView:
    """The person responsible for fire safety in ``unit``; an empty name removes whoever was registered."""
    require(actor, Permission.KEEP_SAFETY)
    name = text_field(name, "name", 60, _("Give the name in at most {count} characters"), required=False)
    phone = _phone(phone) if name else ""
    since = since or today()
    if type(since) is not date:
        raise ValidationError(_("A date is written YYYY-MM-DD"), field="since")
    if since > today():
        raise ValidationError(_("This is recorded after it happened, not for a day to come"), field="since")
    with db.write(actor) as session:
        row = unit_id_of(session, unit)
        warden = session.scalar(select(FireWarden).where(FireWarden.unit_id == row.id).with_for_update())
        before = {"name": warden.name, "phone": warden.phone} if warden else {}
        if not name:
            if warden is None:
                raise ValidationError(_("Nobody is registered as responsible for {unit}"), field="name",
                                      unit=row.code)
            session.delete(warden)
        elif warden is None:
            session.add(FireWarden(unit_id=row.id, name=name, phone=phone, since=since))
        else:
            warden.name, warden.phone, warden.since = name, phone, since
        audit.record(session, actor, "update" if name else "remove", "fire_warden", row.code, before=before,
                     after={"name": name, "phone": phone} if name else {})
        return WardenView(row.code, payer_of(session, row.id), name, phone, since if name else None)


def list_wardens(db: Database, actor: Actor, search: str = "", missing_only: bool = False) -> list[WardenView]:
    """Every unit with its person responsible (or none), by unit code."""
    require(actor, Permission.INSPECT_SAFETY)
    text = search_text(search).upper()
    with db.read(actor) as session:
        wardens = {warden.unit_id: warden for warden in session.scalars(select(FireWarden))}
        payers = dict(session.execute(select(UnitParty.unit_id, Party.name).join(Party, Party.id == UnitParty.party_id)
                                      .where(UnitParty.pays.is_(True), UnitParty.move_out.is_(None))
                                      .order_by(UnitParty.id)).all())  # the latest payer of each unit wins
        views = []
        for unit in session.scalars(select(Unit).order_by(Unit.code)):
            warden = wardens.get(unit.id)
            if missing_only and warden:
                continue
            occupant = payers.get(unit.id, "")
            if text and text not in unit.code and text not in occupant.upper() and \
                    (warden is None or text not in warden.name.upper()):
                continue
            views.append(WardenView(unit.code, occupant, warden.name if warden else "", warden.phone if warden else "",
                                    warden.since if warden else None))
        return views


def _phone(value: str) -> str:
    phone = text_field(value, "phone", 40, _("Give a phone number of at most {count} characters"))
    if not any(character.isdigit() for character in phone):
        raise ValidationError(_("A phone number has digits"), field="phone")
    return phone


def _duty_view(duty: FireDuty) -> DutyView:
    return DutyView(duty.id, DutyLevel(duty.level), duty.position, duty.name, duty.phone, duty.scope)
