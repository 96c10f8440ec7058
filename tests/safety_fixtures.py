"""Safety for the safety tests: the safety officer, and two small checklists of their own (a monthly fire
alarm check and a nightly patrol) so that tests do not depend on the shipped ones."""

import pytest

from app.auth import login
from app.permissions import Role
from app.safety.model import AreaDraft, ItemDraft, TemplateDraft
from app.safety.templates import add_template
from app.users import add_user
from tests.conftest import USER_PASSWORD

ALARM_ITEMS = (ItemDraft("火灾探测器", "感烟探测器加烟测试", "加烟后30秒内报警"),
               ItemDraft("手动报警按钮", "按下手动报警按钮，控制器显示地址", "控制器正确显示部位"),
               ItemDraft("消防电话", "消防电话与控制室通话", "通话清晰"))
PATROL_ITEMS = (ItemDraft("巡逻点", "大堂：门窗、照明"), ItemDraft("巡逻点", "地下车库：车辆、可疑人员"))


@pytest.fixture
def officer(db, admin):
    add_user(db, admin, "officer", Role.SAFETY, USER_PASSWORD, "赵安全")
    return login(db, "officer", USER_PASSWORD)


@pytest.fixture
def checklists(db, estate, officer):
    """XF-ALARM (fire, monthly, 3 items) and BA-NIGHT (security, daily, 2 patrol points), on the estate's
    buildings A and B."""
    add_template(db, officer, TemplateDraft("火灾自动报警系统月检", "fire", "monthly", ALARM_ITEMS, code="XF-ALARM"))
    add_template(db, officer, TemplateDraft("保安夜间巡逻", "security", "daily", PATROL_ITEMS, code="BA-NIGHT"))
    return officer


def area(kind: str, name: str) -> AreaDraft:
    return AreaDraft(kind, name)
