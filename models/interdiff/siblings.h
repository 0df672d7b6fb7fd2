// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace mr::interdiff {

// A review kept beside another version of the same package, in the same folder.
struct SiblingReview
{
    QString packagePath; // the package the review is beside (folder or archive)
    QString reviewPath;
    QString version; // the review file's package version
    QString digest;  // and digest (informative)
    QDateTime modified;
};

// Reviews in the folder of `packageSourcePath` whose file names the package `name`, beside a
// package that exists, the package itself excluded; the most recently saved first. Only review
// files are read (at most `limit` of them), never the packages.
QList<SiblingReview> siblingReviews(const QString &packageSourcePath, const QString &name, int limit = 200);

} // namespace mr::interdiff
