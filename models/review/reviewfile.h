// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/core/diagnostic.h"
#include "models/review/reviewdocument.h"

#include <QByteArray>
#include <QString>

namespace mr::review {

// Where a package's review is kept by default: beside what the user opened, never inside it
// ("/x/pkg" -> "/x/pkg.review.json", "/x/pkg.tar.gz" -> "/x/pkg.tar.gz.review.json").
QString defaultReviewPath(const Package &package);
QString defaultReviewPath(const QString &packageSourcePath);
// True when `reviewPath` lies inside the package (its folder or its extraction): refused.
bool isInsidePackage(const QString &reviewPath, const Package &package);

struct ReviewLoadResult
{
    enum class Status {
        Missing,      // no file yet: a new review, writable
        Ok,           // read and understood, writable
        Corrupt,      // unreadable or not a v1 review: read-only, never overwritten silently
        NewerVersion, // written by a newer ModelReview: read-only
        Unreadable    // exists but cannot be opened (permissions): read-only
    };
    Status status = Status::Missing;
    ReviewDocument document;
    Diagnostic error;    // for Corrupt/NewerVersion/Unreadable: file, place, message
    QByteArray fileHash; // SHA-256 of the bytes read (to notice changes by others)

    bool readOnly() const { return status != Status::Missing && status != Status::Ok; }
    QString message() const; // a sentence for the user; empty for Missing and Ok
};

// JSON text of the review file (indented, stable order: the file is meant to live in version
// control and be diffed).
QByteArray serializeReview(const ReviewDocument &document);
// Parses review file text; `fileName` is used in diagnostics.
ReviewLoadResult parseReview(const QByteArray &data, const QString &fileName);
ReviewLoadResult loadReviewFile(const QString &path);

struct SaveOptions
{
    // Tests only: write this many bytes, then abandon the save as a crash would.
    qint64 interruptAfterBytes = -1;
};
// Atomic save through QSaveFile: the previous file stays whole until the new one is complete.
bool saveReviewFile(const ReviewDocument &document, const QString &path, QString *error,
                    const SaveOptions &options = {});

} // namespace mr::review
