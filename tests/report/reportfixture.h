// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/review/reviewfile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

// A package folder in a temporary directory, with hostile text in its identity, and helpers to
// write review files beside it.
struct PackageFixture
{
    QTemporaryDir dir;
    QString root;

    explicit PackageFixture(const QByteArray &name = "churn <b>model</b>")
    {
        root = dir.filePath(QStringLiteral("pkg"));
        QDir().mkpath(root);
        write(QStringLiteral("model-package.json"),
              "{\n  \"format\": \"modelreview.package/v1\",\n  \"name\": \"" + name +
                  "\",\n  \"version\": \"1.0.0\",\n"
                  "  \"summary\": \"<script>alert('summary')</script> | pipe\",\n"
                  "  \"submitter\": {\"name\": \"Eve <eve@evil>\", \"email\": \"eve@example.org\"}\n}\n");
        write(QStringLiteral("model.bin"), QByteArray(4096, 'w'));
    }
    bool write(const QString &relative, const QByteArray &data) const
    {
        QFile f(QDir(root).filePath(relative));
        return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
    }
    QString reviewPath() const { return mr::review::defaultReviewPath(root); }
};
