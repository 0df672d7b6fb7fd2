// SPDX-License-Identifier: Apache-2.0
#include "models/interdiff/siblings.h"
#include "models/package/package.h"
#include "models/review/reviewfile.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace mr::interdiff {

QList<SiblingReview> siblingReviews(const QString &packageSourcePath, const QString &name, int limit)
{
    QList<SiblingReview> out;
    QString self = QDir::cleanPath(QFileInfo(packageSourcePath).absoluteFilePath());
    const QDir folder = QFileInfo(self).absoluteDir();
    const QString suffix = QString::fromLatin1(kReviewSuffix);
    const QFileInfoList files =
        folder.entryInfoList({QLatin1Char('*') + suffix}, QDir::Files | QDir::Readable, QDir::Time);
    for (const QFileInfo &fi : files) {
        if (limit-- <= 0)
            break;
        const QString packagePath = fi.absoluteFilePath().chopped(suffix.size());
        if (QDir::cleanPath(packagePath) == self || !QFileInfo::exists(packagePath) ||
            fi.size() > 64 * 1024 * 1024)
            continue;
        const review::ReviewLoadResult r = review::loadReviewFile(fi.absoluteFilePath());
        if (r.status != review::ReviewLoadResult::Status::Ok || r.document.packageName != name)
            continue;
        out << SiblingReview{packagePath, fi.absoluteFilePath(), r.document.packageVersion,
                             r.document.packageDigest, fi.lastModified()};
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const SiblingReview &a, const SiblingReview &b) { return a.modified > b.modified; });
    return out;
}

} // namespace mr::interdiff
