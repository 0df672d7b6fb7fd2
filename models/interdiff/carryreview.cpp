// SPDX-License-Identifier: Apache-2.0
#include "models/interdiff/carryreview.h"
#include "models/package/digest.h"

#include <QHash>

#include <QCoreApplication>
#include <memory>

namespace mr::interdiff {

using review::Carried;
using review::Resolution;

namespace {

struct Index
{
    Interdiff interdiff;
    QHash<QString, const CodeFileChange *> headByOldPath, baseByOldPath;
    QHash<std::int32_t, qsizetype> renamedFrom; // previous manifest row -> this row
    QHash<QString, const MetricChange *> metrics;
};

Resolution same(const Anchor &a, Carried::Status s)
{
    return Resolution{s, a};
}

Resolution resolveCode(const Index &x, const Anchor &a)
{
    const CodeInterdiff &code = x.interdiff.code;
    if (!code.presentNow)
        return same(a, Carried::Status::Gone);
    if (!code.compared)
        return same(a, Carried::Status::Outdated);
    const bool oldSide = a.side == Anchor::Side::Old;
    if (oldSide && !code.baseChanged)
        return same(a, Carried::Status::Current);
    const CodeFileChange *f = (oldSide ? x.baseByOldPath : x.headByOldPath).value(a.path);
    if (!f)
        return same(a, Carried::Status::Current);
    if (f->state == ItemState::Removed)
        return same(a, Carried::Status::Gone);
    review::LineMapping m = review::mapLines(f->hunks, a.firstLine, a.lastLine);
    if (f->hunks.isEmpty() && (f->binary || f->state == ItemState::Modified))
        m.status = Carried::Status::Outdated; // changed, but no text lines to map through
    if (m.status == Carried::Status::Current && f->path != a.path)
        m.status = Carried::Status::Moved;
    return Resolution{m.status, Anchor::codeLines(f->path, a.side, m.firstLine, m.lastLine, a.fingerprint)};
}

Resolution resolveDataset(const Index &x, const Anchor &a)
{
    const DatasetInterdiff &d = x.interdiff.dataset;
    if (!d.presentNow)
        return same(a, Carried::Status::Gone);
    if (!d.compared)
        return same(a, Carried::Status::Outdated);
    const QByteArray path = a.path.toUtf8();
    const std::string_view key(path.constData(), size_t(path.size()));
    const qsizetype before = d.before->find(key), now = d.now->find(key);
    if (now >= 0) {
        const bool unchanged = before >= 0 && d.diff->state(now) == dataset::DiffState::Unchanged &&
                               d.diff->baselineRow[size_t(now)] == before;
        return same(a, unchanged ? Carried::Status::Current : Carried::Status::Outdated);
    }
    if (before >= 0) {
        const qsizetype to = x.renamedFrom.value(std::int32_t(before), -1);
        if (to >= 0)
            return Resolution{Carried::Status::Moved, Anchor::datasetEntry(d.now->path(to))};
    }
    return same(a, Carried::Status::Gone);
}

Resolution resolveEnvironment(const Index &x, const Anchor &a)
{
    const EnvironmentsInterdiff &e = x.interdiff.environments;
    if (!e.presentNow)
        return same(a, Carried::Status::Gone);
    const QStringList names = a.environmentPair.split(QStringLiteral(".."));
    const QString d = names.value(0), r = names.value(1);
    auto land = [&](const QString &nd, const QString &nr, Carried::Status ifEqual) {
        const QHash<QString, QString> &bd = e.before.value(d), &br = e.before.value(r);
        const QHash<QString, QString> &cd = e.now.value(nd), &cr = e.now.value(nr);
        const Anchor moved = Anchor::environmentPackage(nd + QStringLiteral("..") + nr, a.path);
        if (!cd.contains(a.path) && !cr.contains(a.path))
            return same(a, Carried::Status::Gone);
        const bool equal = bd.value(a.path) == cd.value(a.path) && br.value(a.path) == cr.value(a.path) &&
                           bd.contains(a.path) == cd.contains(a.path) &&
                           br.contains(a.path) == cr.contains(a.path);
        return Resolution{equal ? ifEqual : Carried::Status::Outdated, moved};
    };
    if (e.now.contains(d) && e.now.contains(r))
        return land(d, r, Carried::Status::Current);
    if (e.now.contains(e.nowDevelopment) && e.now.contains(e.nowReference))
        return land(e.nowDevelopment, e.nowReference, Carried::Status::Moved);
    return same(a, Carried::Status::Gone);
}

Resolution resolveMetric(const Index &x, const Anchor &a)
{
    const ResultsInterdiff &r = x.interdiff.results;
    if (!r.presentNow)
        return same(a, Carried::Status::Gone);
    if (const MetricChange *c = x.metrics.value(a.path))
        return same(a, c->state == ItemState::Removed ? Carried::Status::Gone : Carried::Status::Outdated);
    if (!r.compared && r.presentBefore)
        return same(a, Carried::Status::Outdated);
    return same(a, r.namesNow.contains(a.path) ? Carried::Status::Current : Carried::Status::Gone);
}

} // namespace

review::AnchorResolver anchorResolver(const Interdiff &interdiff)
{
    auto x = std::make_shared<Index>();
    x->interdiff = interdiff;
    for (const CodeFileChange &f : std::as_const(x->interdiff.code.files))
        if (f.state != ItemState::Added)
            x->headByOldPath.insert(f.oldPath, &f);
    for (const CodeFileChange &f : std::as_const(x->interdiff.code.baseFiles))
        if (f.state != ItemState::Added)
            x->baseByOldPath.insert(f.oldPath, &f);
    const DatasetInterdiff &d = x->interdiff.dataset;
    if (d.compared) {
        for (qsizetype row = 0; row < d.now->size(); ++row)
            if (d.diff->state(row) == dataset::DiffState::Renamed)
                x->renamedFrom.insert(d.diff->baselineRow[size_t(row)], row);
    }
    for (const MetricChange &m : std::as_const(x->interdiff.results.metrics))
        x->metrics.insert(m.name, &m);
    return [x](const Anchor &a) -> Resolution {
        switch (a.kind) {
        case Anchor::Kind::CodeLines: return resolveCode(*x, a);
        case Anchor::Kind::DatasetEntry: return resolveDataset(*x, a);
        case Anchor::Kind::EnvironmentPackage: return resolveEnvironment(*x, a);
        case Anchor::Kind::Metric: return resolveMetric(*x, a);
        case Anchor::Kind::Package: break;
        }
        return same(a, Carried::Status::Current);
    };
}

void computeCarry(QPromise<CarryOutcome> &promise, const PackagePtr &before, const PackagePtr &now,
                  const review::ReviewDocument &previous, const CarryOptions &options)
{
    CarryOutcome out;
    promise.setProgressRange(0, 100);
    auto digestOf = [&](const PackagePtr &p, const QString &given, QString *digest) {
        if (!given.isEmpty()) {
            *digest = given;
            return true;
        }
        const DigestResult r = computeDigestSync(p->rootPath);
        if (!r.ok)
            out.error = r.error.toString();
        *digest = r.digest;
        return r.ok;
    };
    QString beforeDigest, nowDigest;
    if (!before || !now) {
        out.error = QCoreApplication::translate("mr::Interdiff", "no package");
        promise.addResult(out);
        return;
    }
    if (!digestOf(before, options.beforeDigest, &beforeDigest) ||
        !digestOf(now, options.nowDigest, &nowDigest)) {
        promise.addResult(out);
        return;
    }
    promise.setProgressValue(30);
    if (promise.isCanceled())
        return;
    out.interdiff = interdiffSync(before, now);
    promise.setProgressValue(90);
    if (promise.isCanceled() || out.interdiff.canceled)
        return;
    out.document = review::carryReview(previous, {before->name, before->version, beforeDigest},
                                       {now->name, now->version, nowDigest}, anchorResolver(out.interdiff));
    promise.setProgressValue(100);
    promise.addResult(out);
}

CarryOutcome carrySync(const PackagePtr &before, const PackagePtr &now,
                       const review::ReviewDocument &previous, const CarryOptions &options)
{
    QPromise<CarryOutcome> promise;
    QFuture<CarryOutcome> future = promise.future();
    promise.start();
    computeCarry(promise, before, now, previous, options);
    promise.finish();
    return future.resultCount() > 0 ? future.resultAt(0) : CarryOutcome{};
}

QString carrySummary(const review::ReviewDocument &document)
{
    int counts[4] = {0, 0, 0, 0};
    for (const review::Comment &c : document.comments)
        if (c.carried)
            ++counts[int(c.carried->status)];
    QStringList parts;
    for (Carried::Status s :
         {Carried::Status::Current, Carried::Status::Moved, Carried::Status::Outdated, Carried::Status::Gone})
        parts << QStringLiteral("%1 %2").arg(counts[int(s)]).arg(Carried::statusName(s));
    return parts.join(QStringLiteral(", "));
}

} // namespace mr::interdiff
