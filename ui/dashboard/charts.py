"""Charts drawn the same way on the whole dashboard: the application's font (the CJK one) for titles, axes and
legends, no animation, axes with whole steps, and a tooltip with the exact figure on each bar or point."""

import math
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, QPointF, Qt
from PySide6.QtGui import QColor, QCursor, QFont, QPen
from PySide6.QtWidgets import QApplication, QToolTip

STEPS = (1, 2, 5)  # axis steps are these times a power of ten
MAX_TICKS = 6


@dataclass(frozen=True)
class Series:
    """One bar set or line: its name in the legend, a value per category (None: no point), its colour, and the
    text of each value's tooltip."""

    name: str
    values: Sequence[float | None]
    colour: QColor
    tips: Sequence[str] = ()


def fonts() -> tuple[QFont, QFont, QFont]:
    """The title's, the legend's and the axes' fonts: the application's font (the bundled CJK one) in three sizes."""
    base = QApplication.font()
    title, legend, axis = QFont(base), QFont(base), QFont(base)
    size = base.pointSizeF() if base.pointSizeF() > 0 else 10
    title.setPointSizeF(size)
    title.setBold(True)
    legend.setPointSizeF(max(size - 1, 7))
    axis.setPointSizeF(max(size - 2, 7))
    return title, legend, axis


def new_chart(title: str) -> QChart:
    chart = QChart()
    title_font, legend_font, _axis = fonts()
    chart.setTitle(title)
    chart.setTitleFont(title_font)
    chart.legend().setFont(legend_font)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setMargins(QMargins(2, 2, 2, 2))
    chart.setBackgroundRoundness(0)
    return chart


def nice_range(low: float, high: float, whole: bool) -> tuple[float, float, int]:
    """An axis range from ``low`` (at most 0) to ``high`` in at most ``MAX_TICKS`` equal steps of 1, 2 or 5 times a
    power of ten (whole numbers only when ``whole``): (bottom, top, tick count)."""
    low, high = min(low, 0.0), max(high, 0.0)
    span = high - low or 1.0
    step = None
    power = 10.0 ** math.floor(math.log10(span / MAX_TICKS)) if span > 0 else 1.0
    for scale in (power, power * 10, power * 100):
        for factor in STEPS:
            candidate = factor * scale
            if whole and candidate < 1:
                continue
            if math.ceil(high / candidate) - math.floor(low / candidate) <= MAX_TICKS - 1:
                step = candidate
                break
        if step is not None:
            break
    bottom, top = math.floor(low / step) * step, max(math.ceil(high / step) * step, step)
    return bottom, top, round((top - bottom) / step) + 1


def value_axis(low: float, high: float, whole: bool, title: str = "", label_format: str | None = None) -> QValueAxis:
    axis = QValueAxis()
    bottom, top, ticks = nice_range(low, high, whole)
    axis.setRange(bottom, top)
    axis.setTickCount(ticks)
    axis.setLabelFormat(label_format or ("%d" if whole else "%.0f"))
    axis_font = fonts()[2]
    axis.setLabelsFont(axis_font)
    if title:
        axis.setTitleText(title)
        axis.setTitleFont(axis_font)
    return axis


def category_axis(labels: Sequence[str], angle: int = 0) -> QBarCategoryAxis:
    axis = QBarCategoryAxis()
    axis.append(list(labels))
    axis.setLabelsFont(fonts()[2])
    axis.setLabelsAngle(angle)
    axis.setTruncateLabels(False)  # a turned label has the room its category's width does not give
    return axis


def bar_chart(title: str, categories: Sequence[str], sets: Sequence[Series], series: QAbstractBarSeries | None = None,
              whole: bool = True, value_title: str = "", angle: int = 0) -> QChart:
    """Bars (grouped, or as ``series`` says: stacked, horizontal) of ``sets`` over ``categories``."""
    chart = new_chart(title)
    series = series if series is not None else QBarSeries()
    for entry in sets:
        bars = QBarSet(entry.name)
        bars.append([float(value or 0) for value in entry.values])
        bars.setColor(entry.colour)
        bars.setBorderColor(entry.colour)
        if entry.tips:
            bars.hovered.connect(lambda shown, index, tips=entry.tips: _tip(shown, tips[index]))
        series.append(bars)
    chart.addSeries(series)
    stacked = "Stacked" in type(series).__name__
    totals = [[float(entry.values[i] or 0) for entry in sets] for i in range(len(categories))]
    high = max((sum(v for v in column if v > 0) if stacked else max(column, default=0) for column in totals), default=0)
    low = min((sum(v for v in column if v < 0) if stacked else min(column, default=0) for column in totals), default=0)
    values = value_axis(low, high, whole, value_title)
    labels = category_axis(categories, angle)
    horizontal = "Horizontal" in type(series).__name__
    chart.addAxis(labels, Qt.AlignmentFlag.AlignLeft if horizontal else Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(values, Qt.AlignmentFlag.AlignBottom if horizontal else Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(labels)
    series.attachAxis(values)
    chart.legend().setVisible(len(sets) > 1)
    return chart


def line_chart(title: str, categories: Sequence[str], lines: Sequence[Series], axis: QValueAxis,
               angle: int = 0) -> QChart:
    """Lines over ``categories`` (x is the category's index), with a dot on each value."""
    chart = new_chart(title)
    labels = category_axis(categories, angle)
    chart.addAxis(labels, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(axis, Qt.AlignmentFlag.AlignLeft)
    for entry in lines:
        line = QLineSeries(name=entry.name)
        for index, value in enumerate(entry.values):
            if value is not None:
                line.append(QPointF(index, float(value)))
        line.setPen(QPen(entry.colour, 2))
        line.setColor(entry.colour)
        line.setPointsVisible(True)
        if entry.tips:
            line.hovered.connect(lambda point, shown, tips=entry.tips: _tip(shown, tips[round(point.x())]))
        chart.addSeries(line)
        line.attachAxis(labels)
        line.attachAxis(axis)
    chart.legend().setVisible(len(lines) > 1)
    return chart


def _tip(shown: bool, text: str) -> None:
    if shown:
        QToolTip.showText(QCursor.pos(), text)
    else:
        QToolTip.hideText()


def values_of(chart: QChart) -> dict[str, list[float]]:
    """Each bar set's or line's values by its name, as the chart holds them."""
    found: dict[str, list[float]] = {}
    for series in chart.series():
        if isinstance(series, QAbstractBarSeries):
            for bars in series.barSets():
                found[bars.label()] = [bars.at(i) for i in range(bars.count())]
        elif isinstance(series, QLineSeries):
            found[series.name()] = [point.y() for point in series.points()]
    return found

