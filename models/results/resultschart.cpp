// SPDX-License-Identifier: Apache-2.0
#include "models/results/resultschart.h"

#include <QFontMetrics>
#include <QGuiApplication>
#include <QHash>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QSet>

#include <QCoreApplication>
#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <vector>

namespace mr::results {

namespace {

// (rerun - claimed) / bound for one row, or +-HUGE_VAL when no bound or an infinite side.
double deviationOf(const MetricRow &r, bool *hasRerun)
{
    *hasRerun = r.rerun.isNumber() && !std::isnan(r.rerun.number);
    if (!*hasRerun)
        return 0;
    const double bound = std::isnan(r.tolerance.bound) ? 0 : r.tolerance.bound;
    const double diff = r.rerun.number - r.claimed.number;
    if (diff == 0)
        return 0;
    if (bound > 0 && std::isfinite(diff))
        return diff / bound;
    return diff > 0 ? HUGE_VAL : -HUGE_VAL;
}

} // namespace

ChartLayout chartLayout(const ResultsAnalysis &analysis)
{
    return chartLayout(analysis, std::numeric_limits<qsizetype>::max(), nullptr);
}

ChartLayout chartLayout(const ResultsAnalysis &analysis, qsizetype maxRows, qsizetype *plotted)
{
    ChartLayout layout;
    // First the deviations only (a million rows): the range comes from all of them, the
    // entries from the ones kept.
    struct Candidate
    {
        qsizetype row;
        double deviation;
        bool hasRerun;
    };
    std::vector<Candidate> candidates;
    double maxAbs = 0;
    for (qsizetype i = 0; i < analysis.rows.size(); ++i) {
        const MetricRow &r = analysis.rows.at(i);
        if (!r.claimed.isFiniteNumber())
            continue;
        Candidate c{i, 0, false};
        c.deviation = deviationOf(r, &c.hasRerun);
        if (c.hasRerun && std::isfinite(c.deviation))
            maxAbs = std::max(maxAbs, std::fabs(c.deviation));
        candidates.push_back(c);
    }
    if (plotted)
        *plotted = qsizetype(candidates.size());
    if (qsizetype(candidates.size()) > maxRows) {
        auto distance = [](const Candidate &c) { return c.hasRerun ? std::fabs(c.deviation) : HUGE_VAL; };
        std::partial_sort(candidates.begin(), candidates.begin() + maxRows, candidates.end(),
                          [&](const Candidate &x, const Candidate &y) {
                              // Ties (many metrics the same distance away) go to name order, so
                              // that the same analysis always gives the same figure.
                              const double dx = distance(x), dy = distance(y);
                              return dx != dy ? dx > dy : x.row < y.row;
                          });
        candidates.resize(size_t(maxRows));
        std::sort(candidates.begin(), candidates.end(),
                  [](const Candidate &x, const Candidate &y) { return x.row < y.row; });
    }
    layout.range = std::clamp(std::ceil(maxAbs * 1.15), 2.0, 6.0);
    QHash<QString, qsizetype> sliceOrder; // a hash: thousands of slices
    std::vector<qsizetype> sliceOf;
    sliceOf.reserve(candidates.size());
    layout.entries.reserve(qsizetype(candidates.size()));
    for (const Candidate &c : candidates) {
        const MetricRow &r = analysis.rows.at(c.row);
        ChartEntry e;
        e.name = r.name;
        e.slice = r.slice();
        e.leaf = r.leaf();
        e.claimed = r.claimed.number;
        e.bound = std::isnan(r.tolerance.bound) ? 0 : r.tolerance.bound;
        e.status = r.status();
        e.hasRerun = c.hasRerun;
        e.rerun = c.hasRerun ? r.rerun.number : 0;
        e.deviation = c.deviation;
        if (e.hasRerun && std::fabs(e.deviation) > layout.range) {
            e.clamped = true;
            e.deviation = e.deviation > 0 ? layout.range : -layout.range;
        }
        const auto it = sliceOrder.constFind(e.slice);
        if (it == sliceOrder.constEnd()) {
            sliceOf.push_back(layout.slices.size());
            sliceOrder.insert(e.slice, layout.slices.size());
            layout.slices.append(e.slice);
        } else {
            sliceOf.push_back(it.value());
        }
        layout.entries.append(e);
    }
    // Group by slice, keeping name order inside each slice; the slice of each entry is looked
    // up once (names in order mostly keep slices together: then nothing moves).
    if (!std::is_sorted(sliceOf.cbegin(), sliceOf.cend())) {
        std::vector<qsizetype> order(sliceOf.size());
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(),
                         [&](qsizetype x, qsizetype y) { return sliceOf[size_t(x)] < sliceOf[size_t(y)]; });
        QList<ChartEntry> grouped;
        grouped.reserve(layout.entries.size());
        for (const qsizetype i : order)
            grouped.append(std::move(layout.entries[i]));
        layout.entries = std::move(grouped);
    }
    return layout;
}

qsizetype keepFurthest(ChartLayout *layout, qsizetype maxRows)
{
    const qsizetype plotted = layout->entries.size();
    if (plotted <= maxRows)
        return plotted;
    QList<qsizetype> order(plotted);
    std::iota(order.begin(), order.end(), 0);
    auto distance = [&](qsizetype i) {
        const ChartEntry &e = layout->entries.at(i);
        return e.hasRerun ? std::fabs(e.deviation) : HUGE_VAL;
    };
    std::partial_sort(order.begin(), order.begin() + maxRows, order.end(),
                      [&](qsizetype a, qsizetype b) { return distance(a) > distance(b); });
    order.resize(maxRows);
    std::sort(order.begin(), order.end());
    QList<ChartEntry> kept;
    kept.reserve(maxRows);
    for (const qsizetype i : std::as_const(order))
        kept.append(layout->entries.at(i));
    layout->entries = kept;
    QStringList slices; // the slices still shown, in order
    for (const ChartEntry &e : std::as_const(layout->entries))
        if (slices.isEmpty() || slices.constLast() != e.slice)
            slices.append(e.slice);
    layout->slices = slices;
    return plotted;
}

QString chartBoundNote(qsizetype shown, qsizetype plotted)
{
    if (shown >= plotted)
        return {};
    return QStringLiteral("Showing %1 of %2 metrics: those furthest from their claims.")
        .arg(QLocale(QLocale::English).toString(shown), QLocale(QLocale::English).toString(plotted));
}

namespace {

constexpr qsizetype kMaxChartRows = 300; // rows of the report figure (22 px each)

QString formatShort(double v)
{
    return std::isfinite(v) ? QString::number(v, 'g', 4) : formatNumber(v);
}

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

// Shape by status, so that the figure does not rely on colour alone.
QPainterPath marker(Status s, QPointF c, double r)
{
    QPainterPath p;
    switch (s) {
    case Status::WorseThanClaimed:
        p.moveTo(c + QPointF(-r, -r));
        p.lineTo(c + QPointF(r, -r));
        p.lineTo(c + QPointF(0, r));
        p.closeSubpath();
        break;
    case Status::BetterThanClaimed:
        p.moveTo(c + QPointF(-r, r));
        p.lineTo(c + QPointF(r, r));
        p.lineTo(c + QPointF(0, -r));
        p.closeSubpath();
        break;
    case Status::Differs: p.addRect(QRectF(c - QPointF(r, r), c + QPointF(r, r))); break;
    default: p.addEllipse(c, r, r); break;
    }
    return p;
}

} // namespace

QImage renderResultsChart(const ResultsAnalysis &analysis, int width)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return {};
    // A figure of 2 x 125k rows took 60 s and 10 GB: past kMaxChartRows only the metrics
    // furthest from their claims are drawn (in their usual order); the table lists all.
    qsizetype plotted = 0;
    const ChartLayout layout = chartLayout(analysis, kMaxChartRows, &plotted);
    if (layout.entries.isEmpty())
        return {};
    const int rowH = 22, headH = 24, top = 56, legendH = 44, labelW = std::min(320, width / 3);
    int height = top + legendH + 16;
    QString lastSlice = QStringLiteral("\x01");
    for (const ChartEntry &e : layout.entries) {
        if (e.slice != lastSlice) {
            height += headH;
            lastSlice = e.slice;
        }
        height += rowH;
    }
    QImage image(width, height, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    QFont font = p.font();
    font.setPixelSize(12);
    p.setFont(font);
    const QFontMetrics fm(font);
    const double x0 = labelW + 20, x1 = width - 20;
    auto xOf = [&](double dev) { return x0 + (dev + layout.range) / (2 * layout.range) * (x1 - x0); };

    QFont bold = font;
    bold.setBold(true);
    p.setFont(bold);
    p.setPen(Qt::black);
    p.drawText(QRectF(10, 6, width - 20, 20), Qt::AlignLeft | Qt::AlignVCenter,
               plotted > kMaxChartRows
                   ? QCoreApplication::translate(
                         "mr::Results", "Rerun against claim, in units of each metric's tolerance: the %1 "
                                        "furthest of %2 metrics (the table lists all)")
                         .arg(kMaxChartRows)
                         .arg(plotted)
                   : QCoreApplication::translate("mr::Results",
                                                 "Rerun against claim, in units of each metric's tolerance"));
    p.setFont(font);
    const double plotTop = top, plotBottom = height - legendH - 8;
    // Tolerance band and axis.
    p.fillRect(QRectF(QPointF(xOf(-1), plotTop), QPointF(xOf(1), plotBottom)), QColor(0xc8, 0xe6, 0xc9));
    for (int t = -int(layout.range); t <= int(layout.range); ++t) {
        const double x = xOf(t);
        p.setPen(QPen(QColor(0xbd, 0xbd, 0xbd), 1));
        p.drawLine(QPointF(x, plotTop - 4), QPointF(x, plotBottom));
        p.setPen(QColor(0x42, 0x42, 0x42));
        p.drawText(QRectF(x - 20, plotTop - 22, 40, 16), Qt::AlignCenter,
                   t == 0 ? QStringLiteral("claim") : QStringLiteral("%1%2").arg(t > 0 ? "+" : "").arg(t));
    }
    p.setPen(QPen(Qt::black, 1.5));
    p.drawLine(QPointF(xOf(0), plotTop), QPointF(xOf(0), plotBottom));

    double y = plotTop;
    lastSlice = QStringLiteral("\x01");
    for (const ChartEntry &e : layout.entries) {
        if (e.slice != lastSlice) {
            lastSlice = e.slice;
            p.setFont(bold);
            p.setPen(Qt::black);
            p.drawText(QRectF(10, y, labelW, headH), Qt::AlignLeft | Qt::AlignVCenter,
                       fm.elidedText(e.slice.isEmpty()
                                         ? QCoreApplication::translate("mr::Results", "(top level)")
                                         : e.slice,
                                     Qt::ElideMiddle, labelW));
            p.setPen(QPen(QColor(0x9e, 0x9e, 0x9e), 1, Qt::DashLine));
            p.drawLine(QPointF(10, y + 1), QPointF(x1, y + 1));
            p.setFont(font);
            y += headH;
        }
        const double cy = y + rowH / 2.0;
        p.setPen(Qt::black);
        const QString values = QStringLiteral("%1 → %2").arg(
            formatShort(e.claimed), e.hasRerun ? formatShort(e.rerun) : QStringLiteral("–"));
        const int valuesW = fm.horizontalAdvance(values) + 8;
        p.drawText(QRectF(24, y, labelW - 24 - valuesW, rowH), Qt::AlignLeft | Qt::AlignVCenter,
                   fm.elidedText(e.leaf, Qt::ElideMiddle, labelW - 24 - valuesW));
        p.setPen(QColor(0x61, 0x61, 0x61));
        p.drawText(QRectF(labelW - valuesW, y, valuesW + 10, rowH), Qt::AlignRight | Qt::AlignVCenter,
                   values);
        const QPointF c(xOf(0), cy);
        if (e.hasRerun) {
            const QPointF rc(xOf(e.deviation), cy);
            p.setPen(QPen(statusColor(e.status).darker(130), 1));
            p.drawLine(c, rc);
            p.setBrush(statusColor(e.status));
            p.drawPath(marker(e.status, rc, 5));
            if (e.clamped)
                p.drawText(QRectF(rc.x() + (e.deviation > 0 ? -40 : 8), y, 32, rowH), Qt::AlignCenter,
                           e.deviation > 0 ? QStringLiteral("»") : QStringLiteral("«"));
        }
        // Claim: hollow diamond at 0.
        QPainterPath diamond;
        diamond.moveTo(c + QPointF(0, -6));
        diamond.lineTo(c + QPointF(6, 0));
        diamond.lineTo(c + QPointF(0, 6));
        diamond.lineTo(c + QPointF(-6, 0));
        diamond.closeSubpath();
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(Qt::black, 1.5));
        p.drawPath(diamond);
        y += rowH;
    }
    // Legend.
    p.setBrush(Qt::NoBrush);
    double lx = 10;
    const double ly = height - legendH + 8;
    auto legend = [&](Status s, const QString &text) {
        p.setPen(QPen(statusColor(s).darker(130), 1));
        p.setBrush(statusColor(s));
        p.drawPath(marker(s, QPointF(lx + 6, ly + 8), 5));
        p.setPen(Qt::black);
        p.drawText(QRectF(lx + 16, ly, fm.horizontalAdvance(text) + 4, 16), Qt::AlignLeft | Qt::AlignVCenter,
                   text);
        lx += fm.horizontalAdvance(text) + 36;
    };
    legend(Status::WithinTolerance, statusLabel(Status::WithinTolerance));
    legend(Status::BetterThanClaimed, statusLabel(Status::BetterThanClaimed));
    legend(Status::WorseThanClaimed, statusLabel(Status::WorseThanClaimed));
    legend(Status::Differs, statusLabel(Status::Differs));
    p.setPen(Qt::black);
    p.drawText(
        QRectF(10, ly + 18, width - 20, 16), Qt::AlignLeft | Qt::AlignVCenter,
        QCoreApplication::translate(
            "mr::Results", "Green band: tolerance (±1). Diamond: claimed value. « » : beyond the axis."));
    p.end();
    return image;
}

} // namespace mr::results
