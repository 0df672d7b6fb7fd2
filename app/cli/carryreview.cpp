// SPDX-License-Identifier: Apache-2.0
#include "app/cli/clicommon.h"
#include "app/cli/commands.h"

#include "models/interdiff/carryreview.h"
#include "models/review/reviewfile.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace mr::cli {

namespace {
bool sameFile(const QString &a, const QString &b)
{
    const QFileInfo fa(a), fb(b);
    if (fa.exists() && fb.exists())
        return fa.canonicalFilePath() == fb.canonicalFilePath();
    return fa.absoluteFilePath() == fb.absoluteFilePath();
}
} // namespace

// `modelreview carry-review OLD NEW [--review OLD_REVIEW] [-o NEW_REVIEW] [--force]`: writes NEW's
// review with OLD's comments carried forward (docs/review-format.md, "Carried comments"). OLD's
// review is only read; an existing NEW review is replaced only with --force, atomically.
int runCarryReview(const QStringList &arguments)
{
    const QString command = QStringLiteral("carry-review");
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "mr::cli",
        "Carries the review of a previous package (OLD) forward to its new version (NEW): comments keep "
        "their ids, replies and state and are marked current, moved, outdated or gone; OLD's decisions "
        "become history that never counts for NEW; the checklist starts fresh. OLD's review file is "
        "never changed."));
    const QCommandLineOption reviewOption(
        QStringLiteral("review"),
        QCoreApplication::translate("mr::cli", "OLD's review file (default: beside OLD)."),
        QStringLiteral("file"));
    const QCommandLineOption outputOption(
        {QStringLiteral("o"), QStringLiteral("output")},
        QCoreApplication::translate("mr::cli", "NEW's review file to write (default: beside NEW)."),
        QStringLiteral("file"));
    const QCommandLineOption forceOption(
        QStringLiteral("force"),
        QCoreApplication::translate("mr::cli", "Replace NEW's review file if it exists."));
    parser.addOptions({reviewOption, outputOption, forceOption});
    parser.addPositionalArgument(
        QStringLiteral("OLD"),
        QCoreApplication::translate("mr::cli", "The previous package (folder or archive)."));
    parser.addPositionalArgument(
        QStringLiteral("NEW"),
        QCoreApplication::translate("mr::cli", "The new package (folder or archive)."));
    int exitCode = 0;
    if (!parseArguments(parser, command, arguments, &exitCode))
        return exitCode;
    if (parser.positionalArguments().size() != 2) {
        fail(command, QCoreApplication::translate("mr::cli", "expected OLD and NEW packages (see --help)"));
        return 2;
    }
    const PackagePtr before = openPackage(command, parser.positionalArguments().at(0));
    if (!before)
        return 2;
    const PackagePtr now = openPackage(command, parser.positionalArguments().at(1));
    if (!now)
        return 2;

    const QString reviewPath =
        parser.isSet(reviewOption) ? parser.value(reviewOption) : review::defaultReviewPath(*before);
    const review::ReviewLoadResult loaded = review::loadReviewFile(reviewPath);
    if (loaded.status == review::ReviewLoadResult::Status::Missing) {
        fail(command, QCoreApplication::translate("mr::cli", "%1: no such review file").arg(reviewPath));
        return 2;
    }
    if (loaded.readOnly()) {
        fail(command, loaded.error.toString());
        return 2;
    }
    const QString output =
        parser.isSet(outputOption) ? parser.value(outputOption) : review::defaultReviewPath(*now);
    if (review::isInsidePackage(output, *now) || review::isInsidePackage(output, *before)) {
        fail(command,
             QCoreApplication::translate("mr::cli", "%1: refusing to write inside a package").arg(output));
        return 2;
    }
    if (sameFile(output, reviewPath)) {
        fail(command, QCoreApplication::translate(
                          "mr::cli", "%1: is OLD's review file, which is never changed; name another with -o")
                          .arg(output));
        return 2;
    }
    if (QFileInfo::exists(output) && !parser.isSet(forceOption)) {
        fail(command,
             QCoreApplication::translate("mr::cli", "%1: exists; use --force to replace it").arg(output));
        return 2;
    }

    const DigestResult beforeDigest = digestWithProgress(*before);
    const DigestResult nowDigest = digestWithProgress(*now);
    for (const DigestResult *d : {&beforeDigest, &nowDigest}) {
        if (!d->ok) {
            fail(command, d->error.toString());
            return 2;
        }
    }
    const interdiff::CarryOutcome outcome =
        interdiff::carrySync(before, now, loaded.document, {beforeDigest.digest, nowDigest.digest});
    if (!outcome.ok()) {
        fail(command, outcome.error);
        return 2;
    }
    QString error;
    if (!review::saveReviewFile(outcome.document, output, &error)) {
        fail(command, error);
        return 2;
    }
    printOut(
        QCoreApplication::translate("mr::cli", "Carried %1 comment(s) from %2 %3 to %4 %5 (%6) into %7\n")
            .arg(outcome.document.comments.size())
            .arg(before->name, before->version, now->name, now->version,
                 interdiff::carrySummary(outcome.document), QFileInfo(output).absoluteFilePath()));
    return 0;
}

} // namespace mr::cli
