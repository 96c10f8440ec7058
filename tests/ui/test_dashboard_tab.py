"""The dashboard as a manager reads it: each chart's series hold the figures worked out here, a click on a chart
(or its button, or Enter) opens the list behind it, a role without a chart's permission reads why it is not
shown, and an empty site says per chart what it will show."""

from datetime import timedelta
from decimal import Decimal

import pytest
from PySide6.QtCharts import QLineSeries
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.accounts.billing import run_billing
from app.accounts.model import period_text
from app.accounts.payments import pay
from app.business.model import LineDraft, OrderDraft
from app.business.orders import create_order, settle, take_deposit
from app.clock import today
from app.dashboard.business import business_takings
from app.dashboard.fees import collection_by_month, owed_by_age
from app.dashboard.frontdesk import desk_activity
from app.dashboard.repairs import repairs_by_category, repairs_by_week
from app.dashboard.safety import notice_ages
from app.errors import PermissionDenied
from app.frontdesk.complaints import ComplaintDraft, receive
from app.frontdesk.parcels import ParcelDraft, log_parcel
from app.frontdesk.visitors import VisitorDraft, sign_in
from app.receipts.model import PAYMENT_LABELS
from app.repairs.orders import report
from app.safety.inspections import finish_inspection, start_inspection
from app.safety.model import AnswerDraft, FollowUp, InspectionDraft
from db.types import utcnow
from tests.repairs_fixtures import leak
from tests.safety_fixtures import area
from ui.accounts.reports_window import ArrearsWindow
from ui.business.shift_window import ShiftWindow
from ui.dashboard.charts import values_of
from ui.dashboard.tab import PANELS, DashboardTab
from ui.i18n import error_text, translate_text
from ui.main_window import MainWindow

D = Decimal


def loaded(qtbot, tab: DashboardTab) -> DashboardTab:
    qtbot.waitUntil(lambda: not tab.loading and bool(tab.figures), timeout=15000)
    return tab


@pytest.fixture
def busy(db, estate, workshop, checklists, centre, operator, clerk):
    """Last month billed for the estate and A-1201's 370.00 paid; two repair reports; a fire round with a failed
    item due in a week; a visitor, a parcel and a complaint today; a copy job settled in cash and a deposit in
    WeChat Pay. Returns the manager (every chart is theirs)."""
    last_month = today().replace(day=1) - timedelta(days=1)
    run_billing(db, estate, period_text(last_month))
    pay(db, estate, "A-1201", D("370.00"), "cash")
    report(db, workshop, leak())
    report(db, workshop, leak(category="electrical", reported_at=utcnow() - timedelta(days=8)))
    inspection = start_inspection(db, checklists, InspectionDraft("XF-ALARM", area("unit", "A-1201"), inspector="赵安全"))
    first = inspection.answers[0].item.id
    finish_inspection(db, checklists, inspection.number,
                      [AnswerDraft(a.item.id, "fail" if a.item.id == first else "pass", "不报警") for a in
                       inspection.answers], [FollowUp(first, "更换探测器", today() + timedelta(days=7))])
    sign_in(db, clerk, VisitorDraft("王芳", "none", "", "", "A-1201", "张三", "探亲"))
    log_parcel(db, clerk, ParcelDraft("parcel", "顺丰", "SF0000000001", "A-1201", "张三"))
    receive(db, clerk, ComplaintDraft("李四", "cleaning", "电梯厅地面有积水"))
    copy = create_order(db, operator, OrderDraft("刘先生", (LineDraft(centre["黑白复印 A4"], D("120")),), "139"))
    settle(db, operator, copy.number, "cash")  # 60.00 cash
    cards = create_order(db, operator, OrderDraft("陈女士", (LineDraft(centre["名片印刷（盒）"], D("3")),), "137"))
    take_deposit(db, operator, cards.number, D("90.00"), "wechat")
    return estate


def test_each_chart_holds_its_figures(app, qtbot, db, busy):
    manager = busy
    tab = loaded(qtbot, DashboardTab(db, manager))
    qtbot.addWidget(tab)
    assert all(tab.cards[panel.name].chart_shown for panel in PANELS)
    charts, tr = tab.charts, tab.charts.tr

    def chart(name):
        return values_of(tab.cards[name].view.chart())

    # Last month: A-1201 100 m² x 3.70 = 370.00; A-0801 248.86 + 53.33 + 26.66 = 328.85; B-0101 50 m² x 5.00 =
    # 250.00: 948.85 billed, 370.00 paid, 38.99% (0.38995 rounded to four places).
    months = collection_by_month(db, manager).months
    line = tab.cards["collection"].view.chart().series()[0]
    assert isinstance(line, QLineSeries) and line.name() == tr("Collection rate")
    assert [point.x() for point in line.points()] == [float(len(months) - 1)]  # only the month billed has a point
    assert line.points()[0].y() == pytest.approx(38.99)
    assert (months[-1].billed, months[-1].paid) == (D("948.85"), D("370.00"))

    # Nothing of last month is owed past 30 days yet, unless it ended more than 30 days ago (never: it is last
    # month); A-0801's 328.85 and B-0101's 250.00 are owed, aged from the end of the month.
    owed = owed_by_age(db, manager)
    assert owed.total == D("578.85")
    assert chart("arrears") == {tr("Owed"): [float(v) for v in owed.buckets.values()]}

    weeks = repairs_by_week(db, manager)
    assert chart("repairWeeks") == {tr("Reported"): [float(w.opened) for w in weeks.weeks],
                                    tr("Completed"): [float(w.closed) for w in weeks.weeks]}
    assert sum(w.opened for w in weeks.weeks) == 2
    categories = repairs_by_category(db, manager).categories[::-1]  # drawn from the bottom up
    assert chart("repairCategories") == {tr("Reported"): [float(c.opened) for c in categories],
                                         tr("Completed"): [float(c.closed) for c in categories]}

    notices = notice_ages(db, manager)
    assert (notices.in_time, notices.overdue_total) == (1, 0)
    assert chart("notices") == {tr("In time"): [1.0, 0.0, 0.0, 0.0], tr("Overdue"): [0.0, 0.0, 0.0, 0.0]}

    desk = desk_activity(db, manager).days
    assert chart("desk") == {tr("Visitors"): [float(d.visitors) for d in desk],
                             tr("Mail and parcels"): [float(d.parcels) for d in desk],
                             tr("Complaints"): [float(d.complaints) for d in desk]}
    assert chart("desk")[tr("Visitors")][-1] == 1.0

    takings = business_takings(db, manager)
    cash, wechat = (translate_text(PAYMENT_LABELS[m]) for m in takings.methods)
    assert chart("business") == {cash: [0.0] * 29 + [60.0], wechat: [0.0] * 29 + [90.0]}
    assert tab.cards["business"].view.chart().title() == tr("Net takings of the last 30 days: {total}").format(
        total="¥150.00")
    assert charts.collection(collection_by_month(db, manager)).title().endswith("38.99%")


def test_a_chart_or_its_button_opens_the_list_behind_it(app, qtbot, db, busy):
    window = MainWindow(db, busy)
    qtbot.addWidget(window)
    window.show()
    tab = loaded(qtbot, window.open_tab("dashboardTab"))
    assert isinstance(tab, DashboardTab)

    def opened(kind):
        shown = [w for w in tab.windows if isinstance(w, kind) and w.isVisible()]
        assert len(shown) == 1
        return shown[0]

    qtbot.mouseClick(tab.cards["collection"].view.viewport(), Qt.MouseButton.LeftButton)
    arrears = opened(ArrearsWindow)
    qtbot.waitUntil(lambda: arrears.model.rowCount() == 2, timeout=10000)  # A-0801 and B-0101 owe
    arrears.close()
    qtbot.waitUntil(lambda: not tab.windows, timeout=5000)

    tab.cards["arrears"].view.setFocus()
    qtbot.keyClick(tab.cards["arrears"].view, Qt.Key.Key_Return)
    arrears = opened(ArrearsWindow)
    qtbot.waitUntil(lambda: arrears.model.rowCount() == 2, timeout=10000)
    arrears.close()

    qtbot.mouseClick(tab.cards["repairWeeks"].view.viewport(), Qt.MouseButton.LeftButton)
    repairs = window.tabs.currentWidget().built
    assert window.tabs.currentWidget().objectName() == "repairsTab"
    assert repairs.status.currentData() == "overdue"
    window.open_tab("dashboardTab")
    tab.cards["repairCategories"].button.click()
    assert window.tabs.currentWidget().objectName() == "repairsTab" and repairs.status.currentIndex() == 0

    window.open_tab("dashboardTab")
    qtbot.mouseClick(tab.cards["notices"].view.viewport(), Qt.MouseButton.LeftButton)
    safety = window.tabs.currentWidget().built
    assert window.tabs.currentWidget().objectName() == "fireSafetyTab"
    assert safety.pages.currentWidget() is safety.pages.widget(2)  # the notices

    window.open_tab("dashboardTab")
    tab.cards["desk"].button.click()
    assert window.tabs.currentWidget().objectName() == "frontDeskTab"

    window.open_tab("dashboardTab")
    qtbot.mouseClick(tab.cards["business"].view.viewport(), Qt.MouseButton.LeftButton)
    shift = opened(ShiftWindow)
    shift.close()
    window.tabs.setCurrentIndex(0)  # the next window opens on the front desk, not here


def test_a_role_reads_why_a_chart_is_not_shown(app, qtbot, db, busy, cashier):
    tab = loaded(qtbot, DashboardTab(db, cashier))
    qtbot.addWidget(tab)
    assert tab.cards["collection"].chart_shown and tab.cards["arrears"].chart_shown
    for name, figure in (("repairWeeks", repairs_by_week), ("repairCategories", repairs_by_category),
                         ("notices", notice_ages), ("desk", desk_activity), ("business", business_takings)):
        with pytest.raises(PermissionDenied) as refused:
            figure(db, cashier)
        card = tab.cards[name]
        assert not card.chart_shown and not card.button.isEnabled()
        assert card.message.text() == tab.tr("Not shown to your role: {reason}").format(
            reason=error_text(refused.value))


def test_an_empty_site_says_what_each_chart_will_show_and_refresh_draws_it(app, qtbot, db, manager, clerk):
    tab = loaded(qtbot, DashboardTab(db, manager))
    qtbot.addWidget(tab)
    tab.show()
    for panel in PANELS:
        card = tab.cards[panel.name]
        assert not card.chart_shown and card.button.isEnabled()
        assert card.message.text() == getattr(tab.charts, f"{panel.chart}_empty")(tab.figures[panel.name])
    assert tab.status.text().startswith(tab.tr("Worked out at {time}").split("{time}")[0])

    sign_in(db, clerk, VisitorDraft("王芳", "none", "", "", "", "人事部 刘经理", "面试"))
    tab.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is tab)
    tab.cards["desk"].button.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is tab.cards["desk"].button)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F5)  # wherever the focus is in the tab
    assert tab.loading
    qtbot.waitUntil(lambda: not tab.loading, timeout=15000)
    assert tab.cards["desk"].chart_shown and not tab.cards["business"].chart_shown
    assert values_of(tab.cards["desk"].view.chart())[tab.charts.tr("Visitors")][-1] == 1.0
