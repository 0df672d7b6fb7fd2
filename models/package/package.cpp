// SPDX-License-Identifier: Apache-2.0
#include "models/package/package.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace mr {

const NamedFile *EnvironmentsSection::find(const QString &name) const
{
    for (const NamedFile &f : files) {
        if (f.name == name)
            return &f;
    }
    return nullptr;
}

QString Package::displayPath(const QString &relative) const
{
    const QString base = QFileInfo(sourcePath).fileName();
    return relative.isEmpty() ? base : base + QLatin1Char('/') + relative;
}

QString Package::resolve(const QString &relative, QString *error, bool allowOutside) const
{
    auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return QString();
    };
    if (relative.isEmpty())
        return fail(QCoreApplication::translate("mr::Package", "empty path"));
    if (relative.contains(QChar(0)))
        return fail(QCoreApplication::translate("mr::Package", "path contains a NUL character"));
    const QDir root(rootPath);
    if (QDir::isAbsolutePath(relative) || relative.startsWith(QLatin1Char('\\'))) {
        if (!allowOutside)
            return fail(QCoreApplication::translate("mr::Package", "absolute path \"%1\" is not allowed here")
                            .arg(relative));
        return QDir::cleanPath(relative);
    }
    const QString cleaned = QDir::cleanPath(relative);
    if (cleaned == QLatin1String("..") || cleaned.startsWith(QLatin1String("../")))
        return fail(
            QCoreApplication::translate("mr::Package", "path \"%1\" leaves the package").arg(relative));
    const QString joined = QDir::cleanPath(root.absoluteFilePath(cleaned));
    // A symbolic link inside the package must not lead out of it either.
    const QString canonicalRoot = QFileInfo(rootPath).canonicalFilePath();
    QFileInfo fi(joined);
    if (fi.exists()) {
        const QString canonical = fi.canonicalFilePath();
        if (!canonicalRoot.isEmpty() && canonical != canonicalRoot &&
            !canonical.startsWith(canonicalRoot + QLatin1Char('/')))
            return fail(QCoreApplication::translate("mr::Package",
                                                    "path \"%1\" leads out of the package through a link")
                            .arg(relative));
    }
    return joined;
}

} // namespace mr
