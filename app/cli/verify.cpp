// SPDX-License-Identifier: Apache-2.0
// modelreview verify PACKAGE [--json] [--jobs N]: checks every manifest entry against the data
// root and every artifact against its digest. Exit 0 all ok, 1 any mismatch, missing or
// unreadable file (or nothing could be verified), 2 unreadable package or bad usage.
#include "app/cli/clicommon.h"
#include "app/cli/commands.h"

#include <QFileInfo>

#include "models/core/jsonutil.h"
#include "models/dataset/datasetreport.h"
#include "models/findings/applypolicy.h"
#include "models/review/reviewfile.h"

#include <QLocale>

#include <QCoreApplication>
#include <atomic>

namespace mr::cli {

namespace {

const QString kCommand = QStringLiteral("verify");

QString humanSummary(const Package &package, const dataset::DatasetData &data, const dataset::Verification &v)
{
    using dataset::EntryStatus;
    const dataset::VerifyTotals t = v.totals();
    QString out;
    out += QCoreApplication::translate("mr::cli", "Package:   %1 %2\n").arg(package.name, package.version);
    if (data.provided && data.manifest.ok()) {
        const dataset::Manifest &m = *data.manifest.manifest;
        out += QCoreApplication::translate("mr::cli", "Manifest:  %1 (%2, %3 entries)\n")
                   .arg(package.dataset.manifest, m.format)
                   .arg(m.size());
        if (!t.rootAvailable)
            out += QCoreApplication::translate("mr::cli",
                                               "Data root: %1 not available: %2 entries not verified\n")
                       .arg(package.dataset.root.isEmpty() ? QStringLiteral("(none)") : package.dataset.root)
                       .arg(m.size());
        else
            out += QCoreApplication::translate(
                       "mr::cli", "Entries:   %1 ok, %2 mismatch, %3 missing, %4 unreadable, %5 without "
                                  "digest, %6 unlisted\n")
                       .arg(t.counts[int(EntryStatus::Ok)])
                       .arg(t.counts[int(EntryStatus::Mismatch)])
                       .arg(t.counts[int(EntryStatus::Missing)])
                       .arg(t.counts[int(EntryStatus::Unreadable)])
                       .arg(t.counts[int(EntryStatus::NoHash)])
                       .arg(t.unlisted);
        int shown = 0;
        for (qsizetype i = 0; i < m.size() && shown < 50; ++i) {
            const EntryStatus s = v.status(i);
            if (!dataset::isProblem(s))
                continue;
            ++shown;
            out += QStringLiteral("  %1 %2  %3\n")
                       .arg(dataset::entryStatusName(s), -10)
                       .arg(m.path(i), v.detail(i));
        }
        const auto unlisted = v.unlisted();
        for (qsizetype i = 0; i < unlisted.size() && i < 20; ++i)
            out += QStringLiteral("  %1 %2\n").arg(QStringLiteral("unlisted"), -10).arg(unlisted[i].path);
    } else if (data.provided) {
        out += QCoreApplication::translate("mr::cli", "Manifest:  unreadable: %1\n")
                   .arg(data.manifest.error.toString());
    } else {
        out += QCoreApplication::translate("mr::cli", "Manifest:  not provided\n");
    }
    for (const dataset::ArtifactCheck &a : v.artifacts())
        out += QCoreApplication::translate("mr::cli", "Artifact:  %1 %2%3\n")
                   .arg(a.relativePath, dataset::entryStatusName(a.status),
                        a.detail.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(a.detail));
    return out;
}

} // namespace

int runVerify(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "mr::cli", "Verify a package's dataset and artifacts against their digests."));
    parser.addPositionalArgument(QStringLiteral("package"),
                                 QCoreApplication::translate("mr::cli", "Package folder or archive."));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        QCoreApplication::translate("mr::cli", "Print the result as JSON."));
    const QCommandLineOption jobsOption(
        QStringLiteral("jobs"),
        QCoreApplication::translate("mr::cli", "Concurrent readers (default: max(8, 2 x cores))."),
        QStringLiteral("N"));
    const QCommandLineOption dataRootOption(
        QStringLiteral("data-root"),
        QCoreApplication::translate(
            "mr::cli", "Verify the dataset against DIR instead of the package's data root (data the package "
                       "references by hash only, such as DVC outputs after `dvc pull`)."),
        QStringLiteral("DIR"));
    parser.addOption(jsonOption);
    parser.addOption(jobsOption);
    parser.addOption(dataRootOption);
    addSourceOptions(parser);
    int exitCode = 0;
    if (!parseArguments(parser, kCommand, arguments, &exitCode))
        return exitCode;
    if (parser.positionalArguments().size() != 1) {
        fail(kCommand, QCoreApplication::translate("mr::cli", "expected one package path"));
        return 2;
    }
    dataset::VerifyOptions options;
    if (parser.isSet(jobsOption)) {
        bool ok = false;
        options.jobs = parser.value(jobsOption).toInt(&ok);
        if (!ok || options.jobs < 1 || options.jobs > 1024) {
            fail(kCommand, QCoreApplication::translate("mr::cli", "--jobs expects a number from 1 to 1024"));
            return 2;
        }
    }
    const PackagePtr package = openPackage(kCommand, parser.positionalArguments().first(), &parser);
    if (!package)
        return 2;

    const dataset::DatasetData data = dataset::loadDataset(*package);
    std::shared_ptr<const dataset::Manifest> manifest =
        data.manifest.ok() ? std::shared_ptr<const dataset::Manifest>(data.manifest.manifest)
                           : std::make_shared<const dataset::Manifest>();
    const QString root = parser.isSet(dataRootOption)
                             ? QFileInfo(parser.value(dataRootOption)).absoluteFilePath()
                             : package->dataset.rootPath;
    dataset::Verification verification(manifest, data.manifest.ok() ? root : QString(),
                                       package->artifacts.artifacts);
    const bool terminal = stderrIsTerminal();
    const dataset::VerifyTotals totals =
        dataset::verifySync(verification, options, nullptr, [terminal](const dataset::VerifyProgress &p) {
            if (terminal)
                printErr(QStringLiteral("\r\033[Kverifying: %1").arg(p.text()));
        });
    if (terminal)
        printErr(QStringLiteral("\r\033[K"));

    findings::Policy policy;
    findings::Suppressions suppressions;
    if (!resolvePolicy(parser, kCommand, package->sourcePath, &policy) ||
        !loadSuppressions(kCommand, review::defaultReviewPath(*package), &suppressions))
        return 2;
    SectionReport section = dataset::buildSectionReport(*package, data, &verification);
    section.findings = findings::applyPolicy(section.findings, policy, suppressions);
    // Fails when anything differs, is missing or unreadable, or when nothing could be checked.
    const bool nothingVerifiable = data.provided && (!data.manifest.ok() || !totals.rootAvailable);
    const int code = totals.problems() > 0 || nothingVerifiable ? 1 : 0;
    if (parser.isSet(jsonOption)) {
        nlohmann::json findings = nlohmann::json::array();
        for (const Finding &f : section.findings) {
            nlohmann::json j;
            to_json(j, f);
            findings.push_back(j);
        }
        const nlohmann::json out = {
            {"package", {{"name", ss(package->name)}, {"version", ss(package->version)}}},
            {"dataset", section.json},
            {"policy", policy.toJson()},
            {"findings", findings},
            {"ok", code == 0}};
        printOut(qs(out.dump(2)) + QLatin1Char('\n'));
    } else {
        printOut(humanSummary(*package, data, verification));
        const dataset::VerifyProgress p = verification.progress();
        printOut(QCoreApplication::translate("mr::cli", "Checked %1 files, %2 bytes in %3 s: %4\n")
                     .arg(p.filesDone)
                     .arg(p.bytesDone)
                     .arg(p.seconds, 0, 'f', 2)
                     .arg(code == 0 ? QCoreApplication::translate("mr::cli", "all ok")
                                    : QStringLiteral("FAILED")));
    }
    if (nothingVerifiable && !data.manifest.ok())
        fail(kCommand,
             QCoreApplication::translate("mr::cli", "cannot verify: %1").arg(data.manifest.error.toString()));
    else if (nothingVerifiable)
        fail(kCommand, QCoreApplication::translate(
                           "mr::cli", "cannot verify the dataset: its data root is not available"));
    return code;
}

} // namespace mr::cli
