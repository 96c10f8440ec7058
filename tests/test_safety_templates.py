"""Checklist templates are versioned: a change makes the next version, past inspections keep theirs, and a
version kept for past inspections cannot be changed."""

import pytest

from app.errors import ValidationError
from app.safety.inspections import finish_inspection, get_inspection, start_inspection
from app.safety.model import AnswerDraft, InspectionDraft, ItemDraft, TemplateDraft
from app.safety.templates import (
    add_template,
    install_standard,
    list_templates,
    revise_template,
    set_template_active,
    standard_templates,
    versions,
)
from tests.safety_fixtures import ALARM_ITEMS, area


def alarm(db, officer):
    return next(t for t in list_templates(db, officer) if t.code == "XF-ALARM")


def test_a_revision_makes_a_new_version_and_past_inspections_keep_theirs(db, checklists):
    v1 = alarm(db, checklists)
    done = start_inspection(db, checklists, InspectionDraft("XF-ALARM", area("building", "A")))
    finish_inspection(db, checklists, done.number, [AnswerDraft(a.item.id, "pass") for a in done.answers])

    items = ALARM_ITEMS[:2] + (ItemDraft("声光警报器", "声光警报器鸣响测试", "全楼鸣响"),)
    v2 = revise_template(db, checklists, v1.id, TemplateDraft("火灾自动报警系统月检", "fire", "monthly", items))

    assert (v2.code, v2.version, v2.current) == ("XF-ALARM", 2, True)
    assert [i.text for i in v2.items] == ["感烟探测器加烟测试", "按下手动报警按钮，控制器显示地址", "声光警报器鸣响测试"]
    assert [(t.version, t.current, t.inspections) for t in versions(db, checklists, "xf-alarm")] == \
        [(2, True, 0), (1, False, 1)]
    past = get_inspection(db, checklists, done.number)
    assert past.template_version == 1
    assert [a.item.text for a in past.answers] == [i.text for i in ALARM_ITEMS]
    new = start_inspection(db, checklists, InspectionDraft("XF-ALARM", area("building", "A")))
    assert new.template_version == 2 and new.answers[2].item.system == "声光警报器"


def test_the_version_kept_for_past_inspections_cannot_be_changed(db, checklists):
    v1 = alarm(db, checklists)
    revise_template(db, checklists, v1.id, TemplateDraft("火灾报警月检", "fire", "monthly", ALARM_ITEMS))
    with pytest.raises(ValidationError, match="Version 1 of XF-ALARM is kept as it was"):
        revise_template(db, checklists, v1.id, TemplateDraft("改名", "fire", "weekly", ALARM_ITEMS))
    assert [(t.version, t.name) for t in versions(db, checklists, "XF-ALARM")] == \
        [(2, "火灾报警月检"), (1, "火灾自动报警系统月检")]


@pytest.mark.parametrize("draft, message", [
    (TemplateDraft("火灾自动报警系统月检", "fire", "monthly", ALARM_ITEMS), "Nothing was changed"),
    (TemplateDraft("火灾自动报警系统月检", "cleaning", "monthly", ALARM_ITEMS), "keeps its kind"),
    (TemplateDraft("火灾自动报警系统月检", "fire", "hourly", ALARM_ITEMS), "how often"),
    (TemplateDraft("火灾自动报警系统月检", "fire", "monthly", ()), "from 1 to 80 items"),
    (TemplateDraft("火灾自动报警系统月检", "fire", "monthly", ALARM_ITEMS + ALARM_ITEMS[:1]), "appears twice"),
    (TemplateDraft("火灾自动报警系统月检", "fire", "monthly", (ItemDraft("", "x"),)), "Item 1: say which system"),
])
def test_a_bad_revision_is_refused_and_nothing_changes(db, checklists, draft, message):
    with pytest.raises(ValidationError, match=message):
        revise_template(db, checklists, alarm(db, checklists).id, draft)
    assert [t.version for t in versions(db, checklists, "XF-ALARM")] == [1]


def test_codes_are_unique_and_only_the_keeper_of_checklists_adds_one(db, checklists, clerk):
    with pytest.raises(ValidationError, match="code XF-ALARM already"):
        add_template(db, checklists, TemplateDraft("另一个", "fire", "weekly", ALARM_ITEMS, code="xf-alarm"))
    with pytest.raises(ValidationError, match="1 to 20 letters"):
        add_template(db, checklists, TemplateDraft("另一个", "fire", "weekly", ALARM_ITEMS, code="消防"))
    from app.errors import PermissionDenied
    with pytest.raises(PermissionDenied):
        add_template(db, clerk, TemplateDraft("另一个", "fire", "weekly", ALARM_ITEMS, code="XF-2"))
    assert [t.code for t in list_templates(db, checklists)] == ["XF-ALARM", "BA-NIGHT"]  # fire before security


def test_a_retired_checklist_is_not_offered_for_new_inspections(db, checklists):
    set_template_active(db, checklists, "XF-ALARM", False)
    assert [t.code for t in list_templates(db, checklists, include_inactive=False)] == ["BA-NIGHT"]
    with pytest.raises(ValidationError, match="retired"):
        start_inspection(db, checklists, InspectionDraft("XF-ALARM", area("building", "A")))


def test_the_shipped_checklists_cover_an_office_building_and_install_once(db, officer):
    drafts = standard_templates()
    by_category = {}
    for draft in drafts:
        by_category.setdefault(draft.category, []).append(draft)
    assert set(by_category) == {"fire", "cleaning", "security"}
    fire_text = " ".join(item.system + item.text for d in by_category["fire"] for item in d.items)
    for system in ("感烟", "感温", "火焰", "手动报警按钮", "消防电话", "联动", "气体灭火", "喷淋", "消火栓", "消防水泵",
                   "排烟风机", "正压送风", "新风", "消防电梯", "应急照明", "疏散指示", "防火门", "灭火器", "消防控制室",
                   "疏散示意图"):
        assert system in fire_text, system
    cleaning_text = " ".join(item.system + item.text for d in by_category["cleaning"] for item in d.items)
    for place in ("大堂", "卫生间", "走廊", "水质", "排水"):
        assert place in cleaning_text, place

    assert install_standard(db, officer) == len(drafts)
    assert install_standard(db, officer) == 0
    assert len(list_templates(db, officer)) == len(drafts)
