// SPDX-License-Identifier: Apache-2.0
#include "app/cli/clicommon.h"
#include "models/core/jsonutil.h"

#include "models/importers/importer.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QThread>
#include <QtConcurrent>

#include <algorithm>
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
    const int accepted =
        int(std::count_if(findings.cbegin(), findings.cend(), [](const Finding &f) { return f.accepted; }));
    QString out =
        QCoreApplication::translate("mr::cli", "Findings:  %1 error(s), %2 warning(s), %3 info%4\n")
            .arg(countOpenFindings(findings, Finding::Severity::Error))
            .arg(countOpenFindings(findings, Finding::Severity::Warning))
            .arg(countOpenFindings(findings, Finding::Severity::Info))
            .arg(accepted ? QCoreApplication::translate("mr::cli", " open; %1 accepted").arg(accepted)
                          : QString());
    for (const Finding &f : findings) {
        const QString state =
            f.accepted ? QCoreApplication::translate("mr::cli", " (accepted by %1: %2)")
                             .arg(f.acceptedBy, f.acceptedReason)
            : f.reopened ? QCoreApplication::translate("mr::cli", " (reopened: items changed since accepted)")
                         : QString();
        out += QStringLiteral("  [%1] %2: %3%4\n")
                   .arg(Finding::severityName(f.severity), f.ruleId, f.message, state);
    }
    return out;
}

bool stderrIsTerminal()
{
    return ::isatty(STDERR_FILENO) == 1;
}

namespace {
QCommandLineOption policyOption()
{
    return QCommandLineOption(
        QStringLiteral("policy"),
        QCoreApplication::translate(
            "mr::cli", "Findings policy file (.json or .toml; default: .modelreview-policy.json or "
                       ".toml beside the package, else in the user's configuration)."),
        QStringLiteral("file"));
}
} // namespace

bool resolvePolicy(const QCommandLineParser &parser, const QString &command, const QString &packagePath,
                   findings::Policy *policy)
{
    const QString given = parser.optionNames().contains(QStringLiteral("policy"))
                              ? parser.value(QStringLiteral("policy"))
                              : QString();
    const findings::PolicyLoadResult r = findings::findPolicy(packagePath, given);
    if (!r.ok()) {
        fail(command, r.error.toString());
        return false;
    }
    Diagnostic error;
    if (!r.policy->submitRequirements.is_null() && !policySubmitRequirements(*r.policy, &error)) {
        fail(command, error.toString()); // never ignored, whichever command reads the policy
        return false;
    }
    *policy = *r.policy;
    return true;
}

std::optional<review::SubmitRequirements> policySubmitRequirements(const findings::Policy &policy,
                                                                   Diagnostic *error)
{
    if (policy.submitRequirements.is_null())
        return std::nullopt;
    try {
        return policy.submitRequirements.get<review::SubmitRequirements>();
    } catch (const std::exception &e) {
        if (error)
            *error = Diagnostic{policy.source, 0, 0, QStringLiteral("submit_requirements"),
                                QString::fromUtf8(e.what())};
        return std::nullopt;
    }
}

bool loadSuppressions(const QString &command, const QString &reviewPath, findings::Suppressions *out)
{
    out->clear();
    if (reviewPath.isEmpty() || !QFileInfo::exists(reviewPath))
        return true;
    Diagnostic error;
    const std::optional<nlohmann::json> j = readJsonFile(reviewPath, reviewPath, &error);
    if (j && findings::suppressionsFromJson(*j, reviewPath, out, &error))
        return true;
    fail(command, error.toString());
    return false;
}

bool parseArguments(QCommandLineParser &parser, const QString &command, const QStringList &arguments,
                    int *exitCode)
{
    // Every command takes --policy; a malformed file given there is refused before anything runs.
    parser.addOption(policyOption());
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
    if (parser.isSet(QStringLiteral("policy"))) {
        const findings::PolicyLoadResult r = findings::findPolicy({}, parser.value(QStringLiteral("policy")));
        if (!r.ok()) {
            fail(command, r.error.toString());
            *exitCode = 2;
            return false;
        }
    }
    return true;
}

PackagePtr openPackage(const QString &command, const QString &path, const QCommandLineParser *parser)
{
    importers::ImportOptions options;
    if (parser && parser->optionNames().contains(QStringLiteral("base")))
        options.base = parser->value(QStringLiteral("base"));
    if (parser && parser->optionNames().contains(QStringLiteral("rerun")))
        options.rerun = parser->values(QStringLiteral("rerun"));
    if (importers::recognise(path) == importers::SourceKind::MlflowStore) {
        Diagnostics diagnostics;
        const QList<importers::MlflowRunInfo> runs = importers::listMlflowRuns(path, &diagnostics);
        fail(command, QCoreApplication::translate(
                          "mr::cli", "%1: an MLflow store (mlruns/) holds %2 run(s); open one of them:")
                          .arg(path)
                          .arg(runs.size()));
        for (const importers::MlflowRunInfo &run : runs)
            printOut(QStringLiteral("%1\t%2\t%3\t%4\t%5\n")
                         .arg(run.experimentName.isEmpty() ? run.experimentId : run.experimentName, run.runId,
                              run.runName.isEmpty() ? QStringLiteral("-") : run.runName,
                              run.status.isEmpty() ? QStringLiteral("-") : run.status, run.path));
        for (const Diagnostic &d : diagnostics)
            fail(command, d.toString());
        return nullptr;
    }
    const LoadResult r = importers::openSourceSync(path, options);
    if (!r.ok()) {
        fail(command, r.error.toString());
        return nullptr;
    }
    return r.package;
}

void addSourceOptions(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption(
        QStringLiteral("base"),
        QCoreApplication::translate("mr::cli",
                                    "Code base revision (default: the package's base, or head's parent)."),
        QStringLiteral("rev")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("rerun"),
        QCoreApplication::translate("mr::cli", "Rerun results file (JSON, YAML or CSV); may be repeated."),
        QStringLiteral("file")));
}

void addPackageArgument(QCommandLineParser &parser)
{
    parser.addPositionalArgument(
        QStringLiteral("package"),
        QCoreApplication::translate("mr::cli",
                                    "Package folder or archive, MLflow model or run folder, DVC project "
                                    "or Hugging Face model repository."));
    addSourceOptions(parser);
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
        fail(command, QCoreApplication::translate("mr::cli", "expected exactly one package (see --help)"));
        return nullptr;
    }
    return openPackage(command, parser.positionalArguments().first(), &parser);
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
