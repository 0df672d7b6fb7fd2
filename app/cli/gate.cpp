// SPDX-License-Identifier: Apache-2.0
#include "app/cli/clicommon.h"
#include "app/cli/commands.h"

#include "models/review/reviewfile.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace mr::cli {

// `modelreview gate PACKAGE [--review FILE]`: 0 only when the review approves this package's
// current digest with no blocker open; 1 with the reason otherwise; 2 when the package or the
// review cannot be read.
int runGate(const QStringList &arguments)
{
    const QString command = QStringLiteral("gate");
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "mr::cli",
        "Passes (exit 0) only when the review approves this exact package (its current digest) and no "
        "blocker is open. Exit 1 names the reason: not reviewed, changes requested, rejected, stale digest, "
        "open blockers. Exit 2 when the package or the review cannot be read."));
    const QCommandLineOption reviewOption = reviewFileOption();
    parser.addOption(reviewOption);
    addPackageArgument(parser);
    int exitCode = 0;
    if (!parseArguments(parser, command, arguments, &exitCode))
        return exitCode;
    const PackagePtr package = openPackageArgument(parser, command);
    if (!package)
        return 2;
    // The policy's submit requirements are for the gate; a malformed policy is never ignored.
    findings::Policy policy;
    if (!resolvePolicy(parser, command, package->sourcePath, &policy))
        return 2;
    const QString reviewPath =
        parser.isSet(reviewOption) ? parser.value(reviewOption) : review::defaultReviewPath(*package);
    const review::ReviewLoadResult loaded = review::loadReviewFile(reviewPath);
    if (loaded.readOnly()) {
        fail(command, loaded.error.toString());
        return 2;
    }
    if (loaded.status == review::ReviewLoadResult::Status::Missing) {
        if (parser.isSet(reviewOption)) {
            fail(command, QStringLiteral("%1: no such review file").arg(reviewPath));
            return 2;
        }
        fail(command, QStringLiteral("FAIL: not reviewed: no review file at %1").arg(reviewPath));
        return 1;
    }
    const DigestResult digest = digestWithProgress(*package);
    if (!digest.ok) {
        fail(command, digest.error.toString());
        return 2;
    }
    const review::GateStatus status = review::gateStatus(loaded.document, digest.digest);
    if (!status.passed()) {
        fail(command, QStringLiteral("FAIL: %1").arg(status.message));
        return 1;
    }
    printOut(QStringLiteral("modelreview gate: PASS: %1\n").arg(status.message));
    return 0;
}

} // namespace mr::cli
