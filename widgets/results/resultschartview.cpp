// SPDX-License-Identifier: Apache-2.0
#include "widgets/results/resultschartview.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QEvent>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QToolTip>
#include <QValueAxis>

#include <cmath>

namespace mr {

using results::Status;

namespace {
QColor statusColor(Status s)
{
    switch (s) {
    case Status::WithinTolerance: return QColor(0x2e, 0x7d, 0x32);
    case Status::BetterThanClaimed: return QColor(0x15, 0x65, 0xc0);
    case Status::WorseThanClaimed: return QColor(0xc6, 0x28, 0x28);
    case Status::Differs: return QColor(0xef, 0x6c, 0x00);
    default: return QColor(0x61, 0x61, 0x61);
    }
}
} // namespace

ResultsChartView::ResultsChartView(QWidget *parent) : QChartView(parent)
{
    setObjectName(QStringLiteral("resultsChart"));
    setRenderHint(QPainter::Antialiasing);
    chart()->legend()->setAlignment(Qt::AlignBottom);
    chart()->setMargins(QMargins(4, 4, 4, 4));
    applyPalette();
}

void ResultsChartView::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        applyPalette();
}

void ResultsChartView::applyPalette()
{
    const QPalette pal = palette();
    const bool dark = pal.color(QPalette::Base).lightness() < 128;
    const QColor text = pal.color(QPalette::Text), base = pal.color(QPalette::Base),
                 mid = pal.color(QPalette::Mid);
    setBackgroundBrush(base);
    QChart *c = chart();
    c->setBackgroundBrush(base);
    c->setBackgroundPen(Qt::NoPen);
    c->setPlotAreaBackgroundVisible(false);
    c->setTitleBrush(text);
    c->legend()->setLabelColor(text);
    for (QAbstractAxis *axis : c->axes()) {
        axis->setLabelsBrush(text);
        axis->setTitleBrush(text);
        axis->setLinePenColor(mid);
        axis->setGridLineColor(dark ? base.lighter(190) : mid.lighter(130));
    }
    for (QAbstractSeries *s : c->series()) {
        if (auto *band = qobject_cast<QAreaSeries *>(s)) {
            band->setColor(dark ? QColor(0x1f, 0x4d, 0x2b) : QColor(0xc8, 0xe6, 0xc9));
            band->setBorderColor(dark ? QColor(0x3f, 0x8f, 0x55) : QColor(0x81, 0xc7, 0x84));
        } else if (auto *scatter = qobject_cast<QScatterSeries *>(s);
                   scatter && scatter->objectName() == QLatin1String("Claimed")) {
            scatter->setBorderColor(text); // hollow squares outlined in the text colour
        }
    }
}

int ResultsChartView::entryAt(const QPointF &point) const
{
    const int i = int(std::lround(point.y()));
    return i >= 0 && i < int(m_layout.entries.size()) ? i : -1;
}

void ResultsChartView::showTip(const QPointF &point, bool state)
{
    const int i = entryAt(point);
    if (!state || i < 0) {
        QToolTip::hideText();
        return;
    }
    const results::ChartEntry &e = m_layout.entries.at(i);
    QToolTip::showText(
        QCursor::pos(),
        tr("%1\nclaimed %2, rerun %3\ntolerance ±%4\n%5")
            .arg(e.name, results::formatNumber(e.claimed, QLocale()),
                 e.hasRerun ? results::formatNumber(e.rerun, QLocale()) : tr("not a number or missing"),
                 QLocale().toString(e.bound, 'g', 4), results::statusLabel(e.status)),
        this);
}

void ResultsChartView::setAnalysis(const results::ResultsAnalysis &analysis)
{
    // One readable row per metric up to kMaxRows; past that the metrics furthest from their
    // claims, and the title says how many of how many (a million rows of categories and
    // points would not lay out, let alone be read).
    m_layout = results::chartLayout(analysis, kMaxRows, &m_plotted);
    QChart *c = chart();
    c->removeAllSeries();
    for (QAbstractAxis *axis : c->axes())
        c->removeAxis(axis), delete axis;
    const int n = int(m_layout.entries.size());
    const QString note = results::chartBoundNote(n, m_plotted);
    c->setTitle(n ? (note.isEmpty() ? tr("Rerun against claim, in units of each metric's tolerance")
                                    : tr("Rerun against claim, in units of each metric's tolerance<br>%1")
                                          .arg(note.toHtmlEscaped()))
                  : tr("No numeric claims to plot"));
    if (n == 0) {
        applyPalette();
        setMinimumHeight(120);
        return;
    }
    const double range = m_layout.range;
    const double top = -0.5, bottom = n - 0.5;

    auto *axisX = new QValueAxis(c);
    axisX->setRange(-range, range);
    axisX->setTickCount(int(2 * range) + 1);
    axisX->setLabelFormat(QStringLiteral("%+.0f"));
    axisX->setTitleText(tr("(rerun − claimed) / tolerance"));
    auto *axisY = new QCategoryAxis(c);
    axisY->setRange(top, bottom);
    axisY->setReverse(true);
    axisY->setStartValue(top);
    axisY->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
    for (int i = 0; i < n; ++i)
        axisY->append(m_layout.entries.at(i).name, i + 0.5);
    axisY->setGridLineVisible(false);
    c->addAxis(axisX, Qt::AlignBottom);
    c->addAxis(axisY, Qt::AlignLeft);

    // The band: filled between x = -1 and x = +1 over every row.
    auto *upper = new QLineSeries(c);
    auto *lower = new QLineSeries(c);
    upper->append(-1, top);
    upper->append(1, top);
    lower->append(-1, bottom);
    lower->append(1, bottom);
    auto *band = new QAreaSeries(upper, lower);
    band->setName(tr("Tolerance band"));
    band->setColor(QColor(0xc8, 0xe6, 0xc9));
    band->setBorderColor(QColor(0x81, 0xc7, 0x84));
    c->addSeries(band);
    band->attachAxis(axisX);
    band->attachAxis(axisY);

    // Slice separators.
    for (int i = 1; i < n; ++i) {
        if (m_layout.entries.at(i).slice == m_layout.entries.at(i - 1).slice)
            continue;
        auto *sep = new QLineSeries(c);
        sep->append(-range, i - 0.5);
        sep->append(range, i - 0.5);
        sep->setPen(QPen(QColor(0x9e, 0x9e, 0x9e), 1, Qt::DashLine));
        c->addSeries(sep);
        sep->attachAxis(axisX);
        sep->attachAxis(axisY);
        c->legend()->markers(sep).constFirst()->setVisible(false);
    }

    auto *claimed = new QScatterSeries(c);
    claimed->setName(tr("Claimed"));
    claimed->setObjectName(QStringLiteral("Claimed"));
    claimed->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    claimed->setMarkerSize(14);
    claimed->setColor(Qt::transparent); // hollow, so that a rerun on the claim stays visible
    claimed->setBorderColor(Qt::black);
    auto *rerun = new QScatterSeries(c);
    rerun->setName(tr("Rerun"));
    rerun->setObjectName(QStringLiteral("Rerun"));
    rerun->setMarkerShape(QScatterSeries::MarkerShapeCircle);
    rerun->setMarkerSize(9);
    rerun->setColor(statusColor(Status::WithinTolerance));
    for (int i = 0; i < n; ++i) {
        const results::ChartEntry &e = m_layout.entries.at(i);
        claimed->append(0, i);
        // Clamped points sit just inside the edge so that they are drawn whole.
        if (e.hasRerun)
            rerun->append(e.clamped ? std::copysign(range - 0.12, e.deviation) : e.deviation, i);
    }
    c->addSeries(claimed);
    c->addSeries(rerun);
    int point = 0;
    for (int i = 0; i < n; ++i) {
        const results::ChartEntry &e = m_layout.entries.at(i);
        if (!e.hasRerun)
            continue;
        rerun->setPointConfiguration(point++, QXYSeries::PointConfiguration::Color, statusColor(e.status));
    }
    for (QScatterSeries *s : {claimed, rerun}) {
        s->attachAxis(axisX);
        s->attachAxis(axisY);
        connect(s, &QScatterSeries::hovered, this, &ResultsChartView::showTip);
        connect(s, &QScatterSeries::clicked, this, [this](const QPointF &p) {
            if (const int i = entryAt(p); i >= 0)
                Q_EMIT metricClicked(m_layout.entries.at(i).name);
        });
    }
    applyPalette();
    // One readable row per metric; the pane puts the view in a scroll area.
    setMinimumHeight(120 + 22 * n);
}

} // namespace mr
