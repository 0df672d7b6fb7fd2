// SPDX-License-Identifier: Apache-2.0
#include "app/cli/clicommon.h"
#include "app/cli/commands.h"

#include "models/dataset/datasetfindings.h"
#include "models/dataset/verifier.h"
#include "models/report/approvalfacts.h"
#include "models/review/reviewfile.h"
#include "models/review/submitrequirements.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace mr::cli {

namespace {

// A complete verification of the data without problems (run here: a review file does not carry
// one), for the "dataset_verified" requirement.
void verifyDataset(const Package &package, review::ApprovalFacts *facts)
{
    if (!package.dataset.provided)
        return;
    const dataset::DatasetData data = dataset::loadDataset(package);
    if (!data.manifest.ok()) {
        facts->datasetState = QCoreApplication::translate("mr::cli", "the manifest cannot be read");
        return;
    }
    dataset::Verification verification(data.manifest.manifest, package.dataset.rootPath,
                                       package.artifacts.artifacts);
    const dataset::VerifyTotals t = dataset::verifySync(verification);
    facts->datasetVerified = t.complete && t.rootAvailable && t.problems() == 0;
    facts->datasetState =
        !t.rootAvailable   ? QCoreApplication::translate("mr::cli", "the data root is not available")
        : t.problems() > 0 ? QCoreApplication::translate("mr::cli", "%1 problems found").arg(t.problems())
                           : QString();
}

} // namespace

// `modelreview gate PACKAGE [--review FILE] [--requirements FILE]`: 0 only when the review
// approves this package's current digest with no blocker open and the submit requirements hold
// (the file given, else the reviewer's saved ones: by default no section may have failed to
// load); 1 with the reason otherwise; 2 when the package, the review or the requirements cannot
// be read.
int runGate(const QStringList &arguments)
{
    const QString command = QStringLiteral("gate");
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "mr::cli",
        "Passes (exit 0) only when the review approves this exact package (its current digest) and no "
        "blocker is open. Exit 1 names the reason: not reviewed, changes requested, rejected, stale digest, "
        "open blockers, an unmet submit requirement (by default: a section that failed to load). Exit 2 "
        "when the package, the review or the requirements cannot be read."));
    const QCommandLineOption reviewOption = reviewFileOption();
    parser.addOption(reviewOption);
    const QCommandLineOption requirementsOption(
        QStringLiteral("requirements"),
        QCoreApplication::translate("mr::cli",
                                    "Submit requirements (JSON) instead of the reviewer's saved ones."),
        QStringLiteral("FILE"));
    parser.addOption(requirementsOption);
    addPackageArgument(parser);
    int exitCode = 0;
    if (!parseArguments(parser, command, arguments, &exitCode))
        return exitCode;
    review::SubmitRequirements requirements = review::storedSubmitRequirements();
    if (parser.isSet(requirementsOption)) {
        Diagnostic error;
        const std::optional<review::SubmitRequirements> r =
            review::readSubmitRequirements(parser.value(requirementsOption), &error);
        if (!r) {
            fail(command, error.toString());
            return 2;
        }
        requirements = *r;
    }
    const PackagePtr package = openPackageArgument(parser, command);
    if (!package)
        return 2;
    // The team policy's submit requirements apply unless --requirements names others.
    findings::Policy policy;
    if (!resolvePolicy(parser, command, package->sourcePath, &policy))
        return 2;
    if (!parser.isSet(requirementsOption) && !policy.submitRequirements.is_null())
        requirements = policySubmitRequirements(policy, nullptr).value_or(requirements);
    const QString reviewPath =
        parser.isSet(reviewOption) ? parser.value(reviewOption) : review::defaultReviewPath(*package);
    const review::ReviewLoadResult loaded = review::loadReviewFile(reviewPath);
    if (loaded.readOnly()) {
        fail(command, loaded.error.toString());
        return 2;
    }
    if (loaded.status == review::ReviewLoadResult::Status::Missing) {
        if (parser.isSet(reviewOption)) {
            fail(command, QCoreApplication::translate("mr::cli", "%1: no such review file").arg(reviewPath));
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
    findings::Suppressions suppressions;
    Diagnostic suppressionError;
    if (!findings::suppressionsFromJson(loaded.document.extra, reviewPath, &suppressions,
                                        &suppressionError)) {
        fail(command, suppressionError.toString());
        return 2;
    }
    const report::Analysis analysis = report::analyze(package, digest, policy, suppressions);
    review::ApprovalFacts facts = report::approvalFacts(analysis, loaded.document);
    if (requirements.datasetVerified)
        verifyDataset(*package, &facts);
    const QStringList refusals = review::approvalRefusals(review::evaluateApproval(requirements, facts));
    if (!refusals.isEmpty()) {
        fail(
            command,
            QStringLiteral("FAIL: submit requirements not met: %1").arg(refusals.join(QStringLiteral("; "))));
        return 1;
    }
    printOut(QStringLiteral("modelreview gate: PASS: %1\n").arg(status.message));
    return 0;
}

} // namespace mr::cli
