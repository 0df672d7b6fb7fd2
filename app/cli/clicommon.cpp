// SPDX-License-Identifier: Apache-2.0
#include "app/cli/clicommon.h"

#include <QCoreApplication>
#include <QThread>
#include <QtConcurrent>

#include <cstdio>
#include <unistd.h>

namespace mr::cli {

void printOut(const QString &text)
{
    const QByteArray b = text.toUtf8();
    std::fwrite(b.constData(), 1, size_t(b.size()), stdout);
    std::fflush(stdout);
}

void printErr(const QString &text)
{
    const QByteArray b = text.toUtf8();
    std::fwrite(b.constData(), 1, size_t(b.size()), stderr);
    std::fflush(stderr);
}

void fail(const QString &command, const QString &message)
{
    printErr(QStringLiteral("modelreview %1: %2\n").arg(command, message));
}

QString findingsText(const Findings &findings)
{
    QString out = QStringLiteral("Findings:  %1 error(s), %2 warning(s), %3 info\n")
                      .arg(countFindings(findings, Finding::Severity::Error))
                      .arg(countFindings(findings, Finding::Severity::Warning))
                      .arg(countFindings(findings, Finding::Severity::Info));
    for (const Finding &f : findings)
        out += QStringLiteral("  [%1] %2: %3\n").arg(Finding::severityName(f.severity), f.ruleId, f.message);
    return out;
}

bool stderrIsTerminal()
{
    return ::isatty(STDERR_FILENO) == 1;
}

bool parseArguments(QCommandLineParser &parser, const QString &command, const QStringList &arguments,
                    int *exitCode)
{
    const QCommandLineOption help = parser.addHelpOption();
    QStringList args{QStringLiteral("modelreview %1").arg(command)};
    args += arguments;
    if (!parser.parse(args)) {
        fail(command, parser.errorText());
        *exitCode = 2;
        return false;
    }
    if (parser.isSet(help)) {
        printOut(parser.helpText());
        *exitCode = 0;
        return false;
    }
    return true;
}

PackagePtr openPackage(const QString &command, const QString &path)
{
    const LoadResult r = loadPackageSync(path);
    if (!r.ok()) {
        fail(command, r.error.toString());
        return nullptr;
    }
    return r.package;
}

void addPackageArgument(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("package"),
                                 QCoreApplication::translate("mr::cli", "Package folder or archive."));
}

QCommandLineOption reviewFileOption()
{
    return QCommandLineOption(
        QStringLiteral("review"),
        QCoreApplication::translate("mr::cli",
                                    "Review file (default: the package path followed by .review.json)."),
        QStringLiteral("file"));
}

PackagePtr openPackageArgument(const QCommandLineParser &parser, const QString &command)
{
    if (parser.positionalArguments().size() != 1) {
        fail(command, QStringLiteral("expected exactly one package (see --help)"));
        return nullptr;
    }
    return openPackage(command, parser.positionalArguments().first());
}

DigestResult digestWithProgress(const Package &package)
{
    if (!stderrIsTerminal())
        return computeDigestSync(package.rootPath);
    // A terminal gets a progress line: run the digest on a worker and poll its progress.
    QFuture<DigestResult> f =
        QtConcurrent::run([root = package.rootPath](QPromise<DigestResult> &p) { computeDigest(p, root); });
    while (!f.isFinished()) {
        const int max = f.progressMaximum();
        if (max > 0)
            printErr(QStringLiteral("\rdigest: %1%").arg(qint64(f.progressValue()) * 100 / max, 3));
        QThread::msleep(100);
    }
    printErr(QStringLiteral("\r\x1b[K"));
    return f.resultCount() ? f.result() : DigestResult{};
}

} // namespace mr::cli
