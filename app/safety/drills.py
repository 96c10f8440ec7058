"""Drills, the volunteer fire team (义务消防队) and training. A site must hold a full evacuation drill at
least once in twelve months; ``drill_warning`` says when it has not."""

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from sqlalchemy import select

from app import audit
from app.clock import today
from app.database import Database
from app.errors import NotFound, Reminder, ValidationError
from app.i18n import _
from app.permissions import Actor, Permission, require
from app.text import text_field
from db.models import FireDrill, FireTeamMember, FireTraining

FULL_DRILL_EVERY = timedelta(days=365)


class DrillKind(StrEnum):
    FULL = "full"  # the whole building evacuated
    PARTIAL = "partial"  # a floor or a part
    TABLETOP = "tabletop"  # 桌面推演


DRILL_KIND_LABELS = {DrillKind.FULL: _("Full evacuation"), DrillKind.PARTIAL: _("Partial"),
                     DrillKind.TABLETOP: _("Tabletop")}
DRILL_KIND_CHINESE = {DrillKind.FULL: "全员疏散演练", DrillKind.PARTIAL: "局部演练", DrillKind.TABLETOP: "桌面推演"}


class TeamRole(StrEnum):
    CAPTAIN = "captain"
    MEMBER = "member"


TEAM_ROLE_LABELS = {TeamRole.CAPTAIN: _("Captain"), TeamRole.MEMBER: _("Member")}
TEAM_ROLE_CHINESE = {TeamRole.CAPTAIN: "队长", TeamRole.MEMBER: "队员"}


@dataclass(frozen=True)
class DrillDraft:
    held_on: date
    kind: DrillKind | str
    scenario: str
    organiser: str
    participants: int
    evacuation_seconds: int | None = None  # from the alarm to the last person out; none for a tabletop
    findings: str = ""


@dataclass(frozen=True)
class DrillView:
    id: int
    held_on: date
    kind: DrillKind
    scenario: str
    organiser: str
    participants: int
    evacuation_seconds: int | None
    findings: str
    recorded_by: str


@dataclass(frozen=True)
class MemberDraft:
    name: str
    department: str
    phone: str
    role: TeamRole | str = TeamRole.MEMBER
    joined_on: date | None = None
    active: bool = True


@dataclass(frozen=True)
class MemberView:
    id: int
    name: str
    department: str
    phone: str
    role: TeamRole
    joined_on: date
    active: bool


@dataclass(frozen=True)
class TrainingDraft:
    held_on: date
    topic: str
    trainer: str
    attendees: int
    minutes: int
    note: str = ""


@dataclass(frozen=True)
class TrainingView:
    id: int
    held_on: date
    topic: str
    trainer: str
    attendees: int
    minutes: int
    note: str
    recorded_by: str


# --- drills ----------------------------------------------------------------------------------------------
def record_drill(db: Database, actor: Actor, draft: DrillDraft) -> DrillView:
    require(actor, Permission.KEEP_SAFETY)
    held_on = _past_day(draft.held_on, "held_on")
    try:
        kind = DrillKind(draft.kind)
    except ValueError:
        raise ValidationError(_("Choose the kind of drill"), field="kind") from None
    participants = _count(draft.participants, "participants", 1, 100_000,
                          _("Participants is a whole number from 1 to 100000"))
    seconds = draft.evacuation_seconds
    if kind is DrillKind.TABLETOP:
        seconds = None
    elif seconds is not None:
        seconds = _count(seconds, "evacuation_seconds", 1, 3 * 3600,
                         _("The evacuation time is from 1 second to 3 hours"))
    elif kind is DrillKind.FULL:
        raise ValidationError(_("A full evacuation drill records how long the evacuation took"),
                              field="evacuation_seconds")
    values = {"held_on": held_on, "kind": kind.value,
              "scenario": text_field(draft.scenario, "scenario", 200, _("Describe the scenario in at most {count} "
                                                                        "characters")),
              "organiser": text_field(draft.organiser, "organiser", 60, _("Name the organiser in at most {count} "
                                                                          "characters")),
              "participants": participants, "evacuation_seconds": seconds,
              "findings": text_field(draft.findings, "findings", 500, _("The findings are at most {count} "
                                                                        "characters"), required=False)}
    with db.write(actor) as session:
        drill = FireDrill(**values, recorded_by=actor.full_name or actor.username)
        session.add(drill)
        session.flush()
        audit.record(session, actor, "add", "fire_drill", str(drill.id), after=values)
        return _drill_view(drill)


def list_drills(db: Database, actor: Actor, since: date | None = None, until: date | None = None) -> list[DrillView]:
    """Drills held between the two days (both included), the latest first."""
    require(actor, Permission.INSPECT_SAFETY)
    query = select(FireDrill)
    if since:
        query = query.where(FireDrill.held_on >= since)
    if until:
        query = query.where(FireDrill.held_on <= until)
    with db.read(actor) as session:
        return [_drill_view(d) for d in session.scalars(query.order_by(FireDrill.held_on.desc(), FireDrill.id.desc()))]


def last_full_drill(db: Database, actor: Actor, on: date | None = None) -> date | None:
    require(actor, Permission.INSPECT_SAFETY)
    with db.read(actor) as session:
        return session.scalar(select(FireDrill.held_on).where(FireDrill.kind == DrillKind.FULL.value,
                                                              FireDrill.held_on <= (on or today()))
                              .order_by(FireDrill.held_on.desc()).limit(1))


def drill_warning(db: Database, actor: Actor, on: date | None = None) -> Reminder | None:
    """A reminder when no full drill was held in the twelve months up to ``on``; None when one was."""
    on = on or today()
    last = last_full_drill(db, actor, on)
    if last is None:
        return Reminder(_("No full evacuation drill has been recorded; one is required every 12 months"))
    if last <= on - FULL_DRILL_EVERY:
        return Reminder(_("The last full evacuation drill was on {day}, more than 12 months ago; hold one"),
                        day=last.isoformat())
    return None


# --- the volunteer fire team -----------------------------------------------------------------------------
def save_member(db: Database, actor: Actor, draft: MemberDraft, member_id: int | None = None) -> MemberView:
    require(actor, Permission.KEEP_SAFETY)
    try:
        role = TeamRole(draft.role)
    except ValueError:
        raise ValidationError(_("Choose captain or member"), field="role") from None
    phone = text_field(draft.phone, "phone", 40, _("Give a phone number of at most {count} characters"))
    if not any(character.isdigit() for character in phone):
        raise ValidationError(_("A phone number has digits"), field="phone")
    values = {"name": text_field(draft.name, "name", 60, _("Give the name in at most {count} characters")),
              "department": text_field(draft.department, "department", 60, _("Give the department or unit in at "
                                                                             "most {count} characters")),
              "phone": phone, "role": role.value, "joined_on": _past_day(draft.joined_on or today(), "joined_on"),
              "active": bool(draft.active)}
    with db.write(actor) as session:
        if member_id is None:
            member = FireTeamMember(**values)
            session.add(member)
            session.flush()
            audit.record(session, actor, "add", "fire_team_member", str(member.id), after=values)
        else:
            member = session.get(FireTeamMember, member_id, with_for_update=True)
            if member is None:
                raise NotFound(_("There is no such team member"), field="name")
            before = {key: getattr(member, key) for key in values}
            for key, value in values.items():
                setattr(member, key, value)
            audit.record(session, actor, "update", "fire_team_member", str(member.id), before=before, after=values)
        return _member_view(member)


def list_members(db: Database, actor: Actor, include_inactive: bool = False) -> list[MemberView]:
    require(actor, Permission.INSPECT_SAFETY)
    query = select(FireTeamMember).order_by(FireTeamMember.role, FireTeamMember.id)
    if not include_inactive:
        query = query.where(FireTeamMember.active.is_(True))
    with db.read(actor) as session:
        return [_member_view(member) for member in session.scalars(query)]


# --- training --------------------------------------------------------------------------------------------
def record_training(db: Database, actor: Actor, draft: TrainingDraft) -> TrainingView:
    require(actor, Permission.KEEP_SAFETY)
    values = {"held_on": _past_day(draft.held_on, "held_on"),
              "topic": text_field(draft.topic, "topic", 100, _("Give the topic in at most {count} characters")),
              "trainer": text_field(draft.trainer, "trainer", 60, _("Name the trainer in at most {count} "
                                                                    "characters")),
              "attendees": _count(draft.attendees, "attendees", 1, 10_000,
                                  _("Attendees is a whole number from 1 to 10000")),
              "minutes": _count(draft.minutes, "minutes", 5, 8 * 60, _("A session lasts from 5 minutes to 8 hours")),
              "note": text_field(draft.note, "note", 200, _("The note is at most {count} characters"),
                                 required=False)}
    with db.write(actor) as session:
        training = FireTraining(**values, recorded_by=actor.full_name or actor.username)
        session.add(training)
        session.flush()
        audit.record(session, actor, "add", "fire_training", str(training.id), after=values)
        return _training_view(training)


def list_trainings(db: Database, actor: Actor, since: date | None = None,
                   until: date | None = None) -> list[TrainingView]:
    require(actor, Permission.INSPECT_SAFETY)
    query = select(FireTraining)
    if since:
        query = query.where(FireTraining.held_on >= since)
    if until:
        query = query.where(FireTraining.held_on <= until)
    with db.read(actor) as session:
        return [_training_view(t) for t in session.scalars(query.order_by(FireTraining.held_on.desc(),
                                                                          FireTraining.id.desc()))]


# --- inside -------------------------------------------------------------------------------------------
def _past_day(value, field: str) -> date:
    if type(value) is not date:
        raise ValidationError(_("A date is written YYYY-MM-DD"), field=field)
    if value > today():
        raise ValidationError(_("This is recorded after it happened, not for a day to come"), field=field)
    if value < today() - timedelta(days=10 * 366):
        raise ValidationError(_("The date is more than ten years ago; check it"), field=field)
    return value


def _count(value, field: str, low: int, high: int, message: str) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
        raise ValidationError(message, field=field)
    return value


def _drill_view(drill: FireDrill) -> DrillView:
    return DrillView(drill.id, drill.held_on, DrillKind(drill.kind), drill.scenario, drill.organiser,
                     drill.participants, drill.evacuation_seconds, drill.findings, drill.recorded_by)


def _member_view(member: FireTeamMember) -> MemberView:
    return MemberView(member.id, member.name, member.department, member.phone, TeamRole(member.role),
                      member.joined_on, member.active)


def _training_view(training: FireTraining) -> TrainingView:
    return TrainingView(training.id, training.held_on, training.topic, training.trainer, training.attendees,
                        training.minutes, training.note, training.recorded_by)
