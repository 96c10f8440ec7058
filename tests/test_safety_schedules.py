"""Due and missed inspections: by the calendar's periods, done when an inspection of the checklist (any
version) in the area was finished in the period, missed when the period before ended without one."""

from datetime import date, datetime, timedelta

import pytest

from app.clock import SITE_ZONE, today
from app.errors import ValidationError
from app.safety.inspections import finish_inspection, start_inspection
from app.safety.model import AnswerDraft, DueState, InspectionDraft, ScheduleDraft, TemplateDraft
from app.safety.schedules import due_inspections, list_schedules, period_of, save_schedule
from app.safety.templates import list_templates, revise_template
from tests.safety_fixtures import PATROL_ITEMS, area


@pytest.mark.parametrize("frequency, day, period", [
    ("daily", date(2026, 3, 4), (date(2026, 3, 4), date(2026, 3, 4))),
    ("weekly", date(2026, 3, 4), (date(2026, 3, 2), date(2026, 3, 8))),  # a Wednesday: Monday to Sunday
    ("monthly", date(2026, 2, 14), (date(2026, 2, 1), date(2026, 2, 28))),
    ("quarterly", date(2026, 11, 24), (date(2026, 10, 1), date(2026, 12, 31))),
    ("quarterly", date(2026, 3, 31), (date(2026, 1, 1), date(2026, 3, 31))),
    ("yearly", date(2026, 7, 1), (date(2026, 1, 1), date(2026, 12, 31))),
])
def test_periods_are_the_calendars(frequency, day, period):
    assert period_of(frequency, day) == period


def inspect(db, officer, code, name, at):
    inspection = start_inspection(db, officer, InspectionDraft(code, area("building", name), started_at=at))
    return finish_inspection(db, officer, inspection.number,
                             [AnswerDraft(a.item.id, "pass", at=at) for a in inspection.answers], at=at)


def test_a_daily_patrol_is_due_today_missed_when_yesterday_had_none_and_done_once_made(db, checklists):
    now = datetime.now(SITE_ZONE)
    save_schedule(db, checklists, ScheduleDraft("BA-NIGHT", area("building", "A"), today() - timedelta(days=3)))
    save_schedule(db, checklists, ScheduleDraft("BA-NIGHT", area("building", "B"), today()))
    inspect(db, checklists, "BA-NIGHT", "A", now - timedelta(days=3))  # done 3 days ago; 2 days ago, yesterday missed

    due = due_inspections(db, checklists)
    assert [(d.schedule.area, d.state, d.missed, d.period_end) for d in due] == [
        ("A座", DueState.MISSED, 2, today()), ("B座", DueState.DUE, 0, today())]
    assert due[0].last_done == today() - timedelta(days=3)

    inspect(db, checklists, "BA-NIGHT", "A", now)
    assert [(d.schedule.area, d.state) for d in due_inspections(db, checklists)] == [("B座", DueState.DUE)]
    done = [d for d in due_inspections(db, checklists, include_done=True) if d.state is DueState.DONE]
    assert [(d.schedule.area, d.missed, d.last_done) for d in done] == [("A座", 2, today())]


def test_a_new_version_of_the_checklist_still_counts(db, checklists):
    save_schedule(db, checklists, ScheduleDraft("BA-NIGHT", area("building", "A"), today()))
    template = next(t for t in list_templates(db, checklists) if t.code == "BA-NIGHT")
    inspect(db, checklists, "BA-NIGHT", "A", datetime.now(SITE_ZONE))
    revised = revise_template(db, checklists, template.id,
                              TemplateDraft("保安夜间巡逻", "security", "daily", PATROL_ITEMS[:1]))
    assert revised.version == 2
    assert due_inspections(db, checklists) == []


def test_a_monthly_check_is_due_by_the_end_of_the_month(db, checklists):
    save_schedule(db, checklists, ScheduleDraft("XF-ALARM", area("floor", "A 12"), today()))
    [due] = due_inspections(db, checklists, category="fire")
    assert (due.schedule.area, due.state, due.period_end) == ("A座 12层", DueState.DUE, period_of("monthly", today())[1])
    assert due_inspections(db, checklists, category="cleaning") == []


def test_schedules_are_unique_per_checklist_and_area(db, checklists):
    save_schedule(db, checklists, ScheduleDraft("XF-ALARM", area("floor", "A 12"), today()))
    with pytest.raises(ValidationError, match="scheduled in A座 12层 already"):
        save_schedule(db, checklists, ScheduleDraft("xf-alarm", area("floor", "A-12"), today()))
    with pytest.raises(ValidationError, match="more than a year ago"):
        save_schedule(db, checklists, ScheduleDraft("XF-ALARM", area("floor", "A 13"), today() - timedelta(days=400)))
    assert [s.area for s in list_schedules(db, checklists)] == ["A座 12层"]


def test_a_round_counts_for_the_day_it_was_started_not_the_day_it_was_typed_in(db, checklists):
    yesterday_evening = datetime.combine(today() - timedelta(days=1), datetime.min.time(), SITE_ZONE) \
        + timedelta(hours=23, minutes=50)
    save_schedule(db, checklists, ScheduleDraft("BA-NIGHT", area("building", "A"), today() - timedelta(days=1)))
    inspection = start_inspection(db, checklists, InspectionDraft("BA-NIGHT", area("building", "A"),
                                                                  started_at=yesterday_evening))
    finish_inspection(db, checklists, inspection.number, [AnswerDraft(a.item.id, "pass") for a in inspection.answers])
    [due] = due_inspections(db, checklists)  # yesterday is done; today is due, not done and not missed
    assert (due.state, due.missed, due.last_done) == (DueState.DUE, 0, today() - timedelta(days=1))


def test_a_period_the_schedule_began_within_is_not_missed(db, checklists):
    sunday = today() - timedelta(days=today().weekday() + 1)  # the last day of last week
    template = next(t for t in list_templates(db, checklists) if t.code == "BA-NIGHT")
    revise_template(db, checklists, template.id, TemplateDraft("保安周巡查", "security", "weekly", PATROL_ITEMS))
    save_schedule(db, checklists, ScheduleDraft("BA-NIGHT", area("building", "A"), sunday))
    [due] = due_inspections(db, checklists)
    assert (due.state, due.missed) == (DueState.DUE, 0)


def test_a_round_in_progress_is_shown_on_its_due_row(db, checklists):
    save_schedule(db, checklists, ScheduleDraft("XF-ALARM", area("floor", "A 12"), today()))
    inspection = start_inspection(db, checklists, InspectionDraft("XF-ALARM", area("floor", "A 12")))
    [due] = due_inspections(db, checklists)
    assert (due.state, due.in_progress) == (DueState.DUE, inspection.number)
