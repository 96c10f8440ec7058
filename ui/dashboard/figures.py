"""Each figure of ``app.dashboard`` as a chart: its categories and values, the exact figure in each tooltip, and
a title that says the total; and what the chart says instead when it has nothing to show."""

from PySide6.QtCharts import QChart, QHorizontalBarSeries, QStackedBarSeries
from PySide6.QtCore import QObject
from PySide6.QtGui import QColor

from app.accounts.model import period_text
from app.accounts.reports import AgedArrears
from app.dashboard.business import BusinessTakings
from app.dashboard.fees import CollectionMonths
from app.dashboard.frontdesk import DeskActivity
from app.dashboard.repairs import RepairCategories, RepairWeeks
from app.dashboard.safety import NoticeAges
from app.money import format_yuan
from app.receipts.model import PAYMENT_LABELS, PaymentMethod
from app.repairs.model import CATEGORY_LABELS
from ui.dashboard.charts import Series, bar_chart, line_chart, value_axis
from ui.i18n import translate_text
from ui.theme import ACCENT, STATUS_AMBER, STATUS_GREEN, STATUS_RED

TEN_THOUSAND = 10_000  # amounts this large and above are drawn in 万元
METHOD_COLOURS = {PaymentMethod.CASH: QColor("#b9770e"), PaymentMethod.WECHAT: QColor("#1aad19"),
                  PaymentMethod.ALIPAY: QColor("#1677ff"), PaymentMethod.BANK_CARD: QColor("#2d5f8b"),
                  PaymentMethod.TRANSFER: QColor("#8e44ad"), PaymentMethod.CHEQUE: QColor("#7f8c8d"),
                  PaymentMethod.ACCOUNT: QColor("#c0392b")}


def day_text(day) -> str:
    return f"{day:%m-%d}"


class FigureCharts(QObject):
    """Builds the charts; holds no state."""

    def money_scale(self, largest) -> tuple[int, str]:
        """Amounts of a hundred thousand yuan or more are drawn in ten thousands, so the axis stays readable."""
        if abs(largest) >= 10 * TEN_THOUSAND:
            return TEN_THOUSAND, self.tr("10,000 yuan")
        return 1, self.tr("Yuan")

    # --- owner accounts ------------------------------------------------------------------------------------
    def collection(self, figure: CollectionMonths) -> QChart:
        billed = [month for month in figure.months if month.billed]
        latest = billed[-1]
        title = self.tr("{month}: {paid} of {billed} collected, {rate}%").format(
            month=period_text(latest.period), paid=format_yuan(latest.paid), billed=format_yuan(latest.billed),
            rate=f"{latest.rate * 100:.2f}")
        tips = [self.tr("{month}: billed {billed}, paid {paid}, {rate}%").format(
            month=period_text(m.period), billed=format_yuan(m.billed), paid=format_yuan(m.paid),
            rate=f"{m.rate * 100:.2f}") for m in figure.months]
        rates = [float(m.rate * 100) if m.billed else None for m in figure.months]
        axis = value_axis(0, 100, True, self.tr("Collected (%)"))
        return line_chart(title, [period_text(m.period) for m in figure.months],
                          [Series(self.tr("Collection rate"), rates, ACCENT, tips)], axis, angle=-90)

    def collection_empty(self, _figure) -> str:
        return self.tr("Nothing was billed in the last 12 months: the rate shows here once the monthly billing has "
                       "run.")

    def arrears(self, figure: AgedArrears) -> QChart:
        scale, unit = self.money_scale(max(figure.buckets.values()))
        title = self.tr("Owed on {day}: {total}").format(day=figure.as_of.isoformat(), total=format_yuan(figure.total))
        labels = [self.tr("{days} days").format(days=label) for label in figure.buckets]
        tips = [f"{label}: {format_yuan(amount)}" for label, amount in zip(labels, figure.buckets.values(), strict=True)]
        owed = Series(self.tr("Owed"), [float(amount) / scale for amount in figure.buckets.values()], STATUS_RED, tips)
        return bar_chart(title, labels, [owed], whole=False, value_title=unit)

    def arrears_empty(self, _figure) -> str:
        return self.tr("Nothing is owed: every bill made so far is paid.")

    # --- repairs -------------------------------------------------------------------------------------------
    def repair_weeks(self, figure: RepairWeeks) -> QChart:
        title = self.tr("Overdue now: {count}").format(count=figure.overdue_now)
        weeks = [day_text(week.start) for week in figure.weeks]
        reported = [self.tr("Week of {day}: {count} reported").format(day=day, count=week.opened)
                    for day, week in zip(weeks, figure.weeks, strict=True)]
        completed = [self.tr("Week of {day}: {count} completed").format(day=day, count=week.closed)
                     for day, week in zip(weeks, figure.weeks, strict=True)]
        return bar_chart(title, weeks, [
            Series(self.tr("Reported"), [week.opened for week in figure.weeks], ACCENT, reported),
            Series(self.tr("Completed"), [week.closed for week in figure.weeks], STATUS_GREEN, completed)])

    def repair_weeks_empty(self, figure: RepairWeeks) -> str:
        text = self.tr("No repair orders were reported or completed in the last 12 weeks.")
        if figure.overdue_now:
            text += " " + self.tr("Overdue now: {count}").format(count=figure.overdue_now)
        return text

    def repair_categories(self, figure: RepairCategories) -> QChart:
        shown = list(reversed(figure.categories))  # horizontal bars are drawn from the bottom up
        title = self.tr("Since {day}: {reported} reported, {completed} completed").format(
            day=figure.since.isoformat(), reported=sum(c.opened for c in shown), completed=sum(c.closed for c in shown))
        names = [translate_text(CATEGORY_LABELS[count.category]) for count in shown]
        return bar_chart(title, names, [
            Series(self.tr("Reported"), [c.opened for c in shown], ACCENT,
                   [f"{name}: {c.opened}" for name, c in zip(names, shown, strict=True)]),
            Series(self.tr("Completed"), [c.closed for c in shown], STATUS_GREEN,
                   [f"{name}: {c.closed}" for name, c in zip(names, shown, strict=True)])],
            series=QHorizontalBarSeries())

    def repair_categories_empty(self, _figure) -> str:
        return self.tr("No repair orders were reported or completed in the last 12 weeks.")

    # --- fire safety ---------------------------------------------------------------------------------------
    def notices(self, figure: NoticeAges) -> QChart:
        title = self.tr("{open} open, {overdue} overdue").format(open=figure.open, overdue=figure.overdue_total)
        labels = [self.tr("In time")] + [self.tr("{days} days overdue").format(days=label) for label in figure.overdue]
        late = list(figure.overdue.values())
        in_time = Series(self.tr("In time"), [figure.in_time] + [0] * len(late), ACCENT,
                         [f"{labels[0]}: {figure.in_time}"] * len(labels))
        overdue = Series(self.tr("Overdue"), [0, *late], STATUS_RED,
                         [f"{label}: {count}" for label, count in zip(labels, [0, *late], strict=True)])
        return bar_chart(title, labels, [in_time, overdue], series=QStackedBarSeries())

    def notices_empty(self, _figure) -> str:
        return self.tr("No rectification notice is open.")

    # --- front desk ----------------------------------------------------------------------------------------
    def desk(self, figure: DeskActivity) -> QChart:
        days = [day_text(d.day) for d in figure.days]
        kinds = ((self.tr("Visitors"), [d.visitors for d in figure.days], ACCENT),
                 (self.tr("Mail and parcels"), [d.parcels for d in figure.days], STATUS_AMBER),
                 (self.tr("Complaints"), [d.complaints for d in figure.days], STATUS_RED))
        title = self.tr("{visitors} visitors, {parcels} mail and parcels, {complaints} complaints").format(
            visitors=sum(kinds[0][1]), parcels=sum(kinds[1][1]), complaints=sum(kinds[2][1]))
        lines = [Series(name, values, colour, [f"{day} {name}: {value}" for day, value in zip(days, values, strict=True)])
                 for name, values, colour in kinds]
        axis = value_axis(0, max(max(values) for _name, values, _colour in kinds), True)
        return line_chart(title, days, lines, axis, angle=-90)

    def desk_empty(self, _figure) -> str:
        return self.tr("No visitors, mail or complaints were logged in the last 30 days.")

    # --- business centre -----------------------------------------------------------------------------------
    def business(self, figure: BusinessTakings) -> QChart:
        largest = max((abs(figure.amount(day, method)) for day in figure.days for method in figure.methods), default=0)
        scale, unit = self.money_scale(largest)
        days = [day_text(day) for day in figure.days]
        title = self.tr("Net takings of the last 30 days: {total}").format(total=format_yuan(figure.total))
        sets = []
        for method in figure.methods:
            name = translate_text(PAYMENT_LABELS[method])
            amounts = [figure.amount(day, method) for day in figure.days]
            sets.append(Series(name, [float(amount) / scale for amount in amounts], METHOD_COLOURS[method],
                               [f"{day} {name}: {format_yuan(amount)}" for day, amount in zip(days, amounts, strict=True)]))
        return bar_chart(title, days, sets, series=QStackedBarSeries(), whole=False, value_title=unit, angle=-90)

    def business_empty(self, _figure) -> str:
        return self.tr("No money moved at the business centre in the last 30 days.")
