// SPDX-License-Identifier: Apache-2.0
#include "app/cli/clicommon.h"
#include "app/cli/commands.h"

#include "models/core/jsonutil.h"
#include "models/findings/applypolicy.h"
#include "models/package/packagefindings.h"
#include "models/package/packagejson.h"
#include "models/review/reviewfile.h"

#if __has_include("models/report/jsonreport.h")
#include "models/report/analysis.h"
#include "models/report/jsonreport.h"
#define MR_HAVE_REPORT 1
#endif

#if __has_include("models/interdiff/interdiffreport.h")
#include "models/interdiff/interdiffreport.h"
#define MR_HAVE_INTERDIFF 1
#endif

#include <QCoreApplication>

#include <cstdio>

namespace mr::cli {

namespace {

QString sectionLine(const char *name, const Section &s, const QString &detail)
{
    QString state = !s.provided ? QCoreApplication::translate("mr::cli", "not provided")
                    : s.errors.isEmpty()
                        ? detail
                        : QCoreApplication::translate("mr::cli", "%1 error(s)").arg(s.errors.size());
    return QStringLiteral("  %1 %2\n").arg(QString::fromLatin1(name) + QLatin1Char(':'), -14).arg(state);
}

QString humanReport(const Package &p, const DigestResult &digest, const Findings &findings,
                    const findings::Policy &policy)
{
    QString out;
    out += QCoreApplication::translate("mr::cli", "Package:   %1 %2\n").arg(p.name, p.version);
    out += QCoreApplication::translate("mr::cli", "Format:    %1\n").arg(p.format);
    if (!p.created.isEmpty())
        out += QCoreApplication::translate("mr::cli", "Created:   %1\n").arg(p.created);
    if (!p.submitter.name.isEmpty())
        out += QCoreApplication::translate("mr::cli", "Submitter: %1%2\n")
                   .arg(p.submitter.name, p.submitter.email.isEmpty()
                                              ? QString()
                                              : QStringLiteral(" <%1>").arg(p.submitter.email));
    if (!p.summary.isEmpty())
        out += QCoreApplication::translate("mr::cli", "Summary:   %1\n").arg(p.summary);
    out += QCoreApplication::translate("mr::cli", "Source:    %1%2\n")
               .arg(p.sourcePath, p.fromArchive ? QStringLiteral(" (archive)") : QString());
    if (!p.sourceDescription.isEmpty())
        out += QCoreApplication::translate("mr::cli", "Opened as: %1\n").arg(p.sourceDescription);
    out +=
        QCoreApplication::translate("mr::cli", "Digest:    %1\n")
            .arg(
                digest.ok
                    ? QCoreApplication::translate("mr::cli", "%1 (%2 files, %3 bytes)")
                          .arg(digest.digest)
                          .arg(digest.files)
                          .arg(digest.bytes)
                    : QCoreApplication::translate("mr::cli", "unavailable: %1").arg(digest.error.toString()));
    out += QStringLiteral("Sections:\n");
    out += sectionLine("code", p.code,
                       QStringLiteral("%1, %2 .. %3").arg(p.code.repository, p.code.base, p.code.head));
    out += sectionLine(
        "dataset", p.dataset,
        p.dataset.manifest +
            (p.dataset.baseline.isEmpty()
                 ? QString()
                 : QCoreApplication::translate("mr::cli", " (baseline %1)").arg(p.dataset.baseline)));
    QStringList envs;
    for (const NamedFile &f : p.environments.files)
        envs << QStringLiteral("%1=%2").arg(f.name, f.relativePath);
    out += sectionLine("environments", p.environments, envs.join(QStringLiteral(", ")));
    out +=
        sectionLine("results", p.results,
                    QCoreApplication::translate("mr::cli", "%1 claimed, %2 rerun file(s), %3 metric spec(s)")
                        .arg(p.results.claimed.size())
                        .arg(p.results.rerun.size())
                        .arg(p.results.metrics.size()));
    out += sectionLine(
        "artifacts", p.artifacts,
        QCoreApplication::translate("mr::cli", "%1 artifact(s)").arg(p.artifacts.artifacts.size()));
    out += QCoreApplication::translate("mr::cli", "Policy:    %1\n").arg(policy.describe());
    return out + findingsText(findings);
}

#ifdef MR_HAVE_INTERDIFF
QString humanInterdiff(const interdiff::Interdiff &x)
{
    QString out =
        QCoreApplication::translate("mr::cli", "Since %1 %2:\n").arg(x.previousName, x.previousVersion);
    out +=
        QCoreApplication::translate("mr::cli", "  package:      %1 field(s) changed\n").arg(x.package.size());
    out +=
        x.code.compared
            ? QCoreApplication::translate("mr::cli", "  code:         %1 file(s), +%2 -%3%4\n")
                  .arg(x.code.files.size())
                  .arg(x.code.additions())
                  .arg(x.code.deletions())
                  .arg(x.code.baseChanged ? QCoreApplication::translate("mr::cli", ", base changed")
                                          : QString())
            : QCoreApplication::translate("mr::cli", "  code:         not compared %1\n").arg(x.code.error);
    out += x.dataset.compared
               ? QCoreApplication::translate(
                     "mr::cli", "  dataset:      %1 added, %2 removed, %3 modified, %4 renamed\n")
                     .arg(x.dataset.added)
                     .arg(x.dataset.removed)
                     .arg(x.dataset.modified)
                     .arg(x.dataset.renamed)
               : QCoreApplication::translate("mr::cli", "  dataset:      not compared %1\n")
                     .arg(x.dataset.error);
    int rows = 0;
    for (const interdiff::EnvironmentChange &e : x.environments.environments)
        rows += e.rows.size();
    out += QCoreApplication::translate("mr::cli", "  environments: %1 environment(s), %2 row(s) changed\n")
               .arg(x.environments.environments.size())
               .arg(rows);
    out += QCoreApplication::translate("mr::cli", "  results:      %1 metric(s) changed\n")
               .arg(x.results.metrics.size());
    return out;
}
#endif

} // namespace

int runInspect(const QStringList &arguments)
{
    const QString command = QStringLiteral("inspect");
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "mr::cli", "Prints a package's identity, digest, sections and findings, without a display."));
    const QCommandLineOption jsonOption(
        QStringLiteral("json"),
        QCoreApplication::translate("mr::cli", "Print the documented JSON document."));
    parser.addOption(jsonOption);
#ifdef MR_HAVE_INTERDIFF
    const QCommandLineOption previousOption(
        QStringLiteral("previous"),
        QCoreApplication::translate(
            "mr::cli", "A previous version of the package: adds what changed since (interdiff)."),
        QStringLiteral("package"));
    parser.addOption(previousOption);
#endif
    addPackageArgument(parser);
    int exitCode = 0;
    if (!parseArguments(parser, command, arguments, &exitCode))
        return exitCode;
    const PackagePtr package = openPackageArgument(parser, command);
    if (!package)
        return 2;
#ifdef MR_HAVE_INTERDIFF
    std::optional<interdiff::Interdiff> since;
    if (parser.isSet(previousOption)) {
        const PackagePtr previous = openPackage(command, parser.value(previousOption));
        if (!previous)
            return 2;
        since = interdiff::interdiffSync(previous, package);
    }
#endif
    findings::Policy policy;
    findings::Suppressions suppressions;
    if (!resolvePolicy(parser, command, package->sourcePath, &policy) ||
        !loadSuppressions(command, review::defaultReviewPath(*package), &suppressions))
        return 2;
    const DigestResult digest = digestWithProgress(*package);
#ifdef MR_HAVE_REPORT
    const report::Analysis analysis = report::analyze(package, digest, policy, suppressions);
    const Findings &findings = analysis.findings;
#else
    const Findings findings = findings::applyPolicy(packageFindings(*package, &digest), policy, suppressions);
#endif
    if (parser.isSet(jsonOption)) {
#ifdef MR_HAVE_REPORT
        auto doc = report::jsonDocument(analysis, nullptr); // ordered: the documented key order
#else
        nlohmann::json doc = nlohmann::json::object();
        doc["package"] = packageJson(*package, &digest);
        doc["sections"] = sectionsJson(*package);
        doc["policy"] = policy.toJson();
        doc["findings"] = findings;
#endif
#ifdef MR_HAVE_INTERDIFF
        if (since)
            doc["interdiff"] = interdiff::interdiffJson(*since);
#endif
#ifdef MR_HAVE_REPORT
        // In pieces: a streamed section (a million metrics) is never one string.
        writeJsonText(doc, analysis.sections,
                      [](std::string_view piece) { std::fwrite(piece.data(), 1, piece.size(), stdout); });
        std::fflush(stdout);
#else
        printOut(qs(doc.dump(2)) + QLatin1Char('\n'));
#endif
    } else {
        printOut(humanReport(*package, digest, findings, policy));
#ifdef MR_HAVE_INTERDIFF
        if (since)
            printOut(humanInterdiff(*since));
#endif
    }
    return 0;
}

} // namespace mr::cli
