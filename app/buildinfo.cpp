// SPDX-License-Identifier: Apache-2.0
#include "app/buildinfo.h"

#include "buildinfo_generated.h"

#include <git2.h>

#ifdef MODELREVIEW_HAVE_KSH
#include <ksyntaxhighlighting_version.h>
#endif

namespace mr {

QString versionText()
{
    int major = 0, minor = 0, patch = 0;
    QString libgit2 = QStringLiteral("unknown");
    if (git_libgit2_version(&major, &minor, &patch) == 0)
        libgit2 = QStringLiteral("%1.%2.%3").arg(major).arg(minor).arg(patch);
#ifdef MODELREVIEW_HAVE_KSH
    const QString ksh = QStringLiteral(KSYNTAXHIGHLIGHTING_VERSION_STRING);
#else
    const QString ksh = QStringLiteral("not built in");
#endif
    QString qt = QString::fromLatin1(qVersion());
    if (qt != QLatin1String(QT_VERSION_STR))
        qt += QStringLiteral(" (built with %1)").arg(QLatin1String(QT_VERSION_STR));
    return QStringLiteral("modelreview %1\n"
                          "revision: %2\n"
                          "Qt: %3\n"
                          "libgit2: %4\n"
                          "KSyntaxHighlighting: %5\n")
        .arg(QStringLiteral(MODELREVIEW_VERSION), QStringLiteral(MODELREVIEW_GIT_REVISION), qt, libgit2, ksh);
}

} // namespace mr
