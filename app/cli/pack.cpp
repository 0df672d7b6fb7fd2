// SPDX-License-Identifier: Apache-2.0
// `modelreview pack [SOURCE] -o OUT ...`: a package from a git working copy (docs/pack.md).
#include "app/cli/clicommon.h"
#include "app/cli/commands.h"

#include "models/findings/applypolicy.h"
#include "models/pack/pack.h"
#include "models/package/packagefindings.h"
#include "models/review/reviewfile.h"

#if __has_include("models/report/analysis.h")
#include "models/report/analysis.h"
#define MR_HAVE_REPORT 1
#endif

#include <QCoreApplication>
#include <QTemporaryDir>
#include <QThread>
#include <QtConcurrent>

#include <csignal>

namespace mr::cli {

namespace {

volatile std::sig_atomic_t g_interrupted = 0;

extern "C" void onInterrupt(int)
{
    g_interrupted = 1;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("mr::cli", text);
}

// Runs the writer on a worker; a terminal gets a progress bar, Ctrl-C cancels (and the
// temporary sibling is removed, so no partial OUT is left).
pack::PackResult writeWithProgress(const pack::PackPlan &plan)
{
    g_interrupted = 0;
    auto previousInt = std::signal(SIGINT, onInterrupt);
    auto previousTerm = std::signal(SIGTERM, onInterrupt);
    QFuture<pack::PackResult> f =
        QtConcurrent::run([&plan](QPromise<pack::PackResult> &p) { pack::writePack(p, plan); });
    const bool terminal = stderrIsTerminal();
    int shown = -1;
    while (!f.isFinished()) {
        if (g_interrupted)
            f.cancel();
        const int value = f.progressValue();
        if (terminal && value != shown && f.progressMaximum() > 0) {
            shown = value;
            const int width = 30, filled = value * width / 1000;
            printErr(QStringLiteral("\rpack: [%1%2] %3%")
                         .arg(QString(filled, QLatin1Char('#')), QString(width - filled, QLatin1Char(' ')))
                         .arg(value / 10, 3));
        }
        QThread::msleep(50);
    }
    if (terminal)
        printErr(QStringLiteral("\r\x1b[K"));
    std::signal(SIGINT, previousInt);
    std::signal(SIGTERM, previousTerm);
    if (f.resultCount())
        return f.result();
    pack::PackResult r;
    r.canceled = true;
    r.error = QCoreApplication::translate("mr::cli", "canceled: nothing was written");
    return r;
}

} // namespace

int runPack(const QStringList &arguments)
{
    const QString command = QStringLiteral("pack");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Makes a package from a git working copy: the code with its history, the dataset manifest, "
           "the environments and the claimed metrics. Exit codes: 0 written, 1 refused, 2 unreadable "
           "input."));
    parser.addPositionalArgument(QStringLiteral("source"), tr("The git working copy (default: .)."),
                                 QStringLiteral("[SOURCE]"));
    const QCommandLineOption out({QStringLiteral("o"), QStringLiteral("output")},
                                 tr("The package to write: a folder, or an archive by suffix (.zip, .tar.gz, "
                                    ".tar.zst)."),
                                 QStringLiteral("OUT"));
    const QCommandLineOption base(QStringLiteral("base"), tr("Base revision (default: head's first parent)."),
                                  QStringLiteral("REV"));
    const QCommandLineOption head(QStringLiteral("head"), tr("Head revision (default: HEAD)."),
                                  QStringLiteral("REV"));
    const QCommandLineOption name(QStringLiteral("name"), tr("Model name (default: the folder's name)."),
                                  QStringLiteral("N"));
    const QCommandLineOption version(QStringLiteral("version"), tr("Model version (default: git describe)."),
                                     QStringLiteral("V"));
    const QCommandLineOption summary(QStringLiteral("summary"), tr("What changed and why."),
                                     QStringLiteral("TEXT"));
    const QCommandLineOption data(
        QStringLiteral("data"),
        tr("A data folder: its files are copied and listed with SHA-256 (repeatable)."),
        QStringLiteral("DIR"));
    const QCommandLineOption manifest(QStringLiteral("manifest"), tr("A dataset manifest, used as given."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption env(QStringLiteral("env"), tr("An environment file under a name (repeatable)."),
                                 QStringLiteral("NAME=FILE"));
    const QCommandLineOption noCapture(QStringLiteral("no-capture-env"),
                                       tr("Do not capture this machine as the development environment."));
    const QCommandLineOption python(QStringLiteral("python"), tr("The Python whose packages are captured."),
                                    QStringLiteral("PATH"));
    const QCommandLineOption claimed(QStringLiteral("claimed"), tr("A claimed metrics file (repeatable)."),
                                     QStringLiteral("FILE"));
    const QCommandLineOption rerun(QStringLiteral("rerun"), tr("A rerun's metrics file (repeatable)."),
                                   QStringLiteral("FILE"));
    const QCommandLineOption metric(QStringLiteral("metric"), tr("A tolerance spec (repeatable)."),
                                    QStringLiteral("NAME:higher|lower[:abs=X][:rel=Y]"));
    const QCommandLineOption allowDirty(QStringLiteral("allow-dirty"),
                                        tr("Pack despite uncommitted changes; the package records them."));
    const QCommandLineOption jobs(QStringLiteral("jobs"), tr("Hashing threads (default: one per core)."),
                                  QStringLiteral("N"));
    const QCommandLineOption strict(QStringLiteral("strict"),
                                    tr("Exit 1 when the package has an error finding."));
    for (const QCommandLineOption &o : {out, base, head, name, version, summary, data, manifest, env,
                                        noCapture, python, claimed, rerun, metric, allowDirty, jobs, strict})
        parser.addOption(o);
    int exitCode = 0;
    if (!parseArguments(parser, command, arguments, &exitCode))
        return exitCode;

    pack::PackOptions options;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1)
        return fail(command, tr("expected at most one SOURCE (see --help)")), 2;
    if (!positional.isEmpty())
        options.source = positional.first();
    if (!parser.isSet(out))
        return fail(command, tr("no output given: -o OUT (see --help)")), 2;
    if (parser.values(manifest).size() > 1)
        return fail(command, tr("--manifest may be given once")), 2;
    options.out = parser.value(out);
    options.base = parser.value(base);
    if (parser.isSet(head))
        options.head = parser.value(head);
    options.name = parser.value(name);
    options.version = parser.value(version);
    options.summary = parser.value(summary);
    options.dataDirs = parser.values(data);
    options.manifest = parser.value(manifest);
    for (const QString &e : parser.values(env)) {
        const qsizetype eq = e.indexOf(QLatin1Char('='));
        if (eq <= 0 || eq == e.size() - 1)
            return fail(command, tr("--env %1: expected NAME=FILE").arg(e)), 2;
        options.environments.append({e.left(eq), e.mid(eq + 1)});
    }
    options.claimed = parser.values(claimed);
    options.rerun = parser.values(rerun);
    for (const QString &m : parser.values(metric)) {
        QString metricName, why;
        MetricSpec spec;
        if (!pack::parseMetricSpec(m, &metricName, &spec, &why))
            return fail(command, why), 2;
        options.metrics.insert(metricName, spec);
    }
    options.allowDirty = parser.isSet(allowDirty);
    if (parser.isSet(jobs)) {
        bool ok = false;
        options.jobs = parser.value(jobs).toInt(&ok);
        if (!ok || options.jobs < 1)
            return fail(command, tr("--jobs %1: expected a number >= 1").arg(parser.value(jobs))), 2;
    }
    options.sourceDateEpoch = pack::sourceDateEpochFromEnvironment();

    pack::PackPlan plan = pack::planPack(options);
    if (!plan.ok)
        return fail(command, plan.error), plan.exitCode;
    QTemporaryDir captureDir;
    if (!parser.isSet(noCapture)) {
        const QString captured = captureDir.filePath(QStringLiteral("development.json"));
        QStringList captureArgs{QStringLiteral("-o"), captured};
        if (parser.isSet(python))
            captureArgs << QStringLiteral("--python") << parser.value(python);
        if (runCaptureEnv(captureArgs) == 0) {
            options.developmentEnvironment = captured;
            plan = pack::planPack(options);
            if (!plan.ok)
                return fail(command, plan.error), plan.exitCode;
        } else {
            printErr(tr("modelreview pack: the development environment was not captured (see above); "
                        "packing without it\n"));
        }
    }

    const pack::PackResult result = writeWithProgress(plan);
    if (!result.ok)
        return fail(command, result.error), result.canceled ? 1 : 2;

    QString text = tr("Wrote %1\n  %2 files, %3 bytes, digest %4\n")
                       .arg(result.out)
                       .arg(result.files)
                       .arg(result.bytes)
                       .arg(result.digest);
    text += tr("  code: %1 .. %2\n").arg(plan.baseId.left(12), plan.headId.left(12));
    for (const pack::PackItem &item : std::as_const(plan.items))
        text += QStringLiteral("  %1  (%2)\n").arg(item.path, item.origin);
    for (const QString &note : std::as_const(plan.notes))
        text += QCoreApplication::translate("mr::cli", "  note: %1\n").arg(note);
    if (!plan.dirtyFiles.isEmpty())
        text += tr("Uncommitted changes (recorded in the package, not included):\n  %1\n")
                    .arg(plan.dirtyFiles.join(QStringLiteral("\n  ")));
    if (!plan.untrackedFiles.isEmpty())
        text += tr("Untracked files (not in the package):\n  %1\n")
                    .arg(plan.untrackedFiles.join(QStringLiteral("\n  ")));
    printOut(text);

    // What the reviewer will see: the written package opened as `inspect` opens it, under the
    // same policy (--policy, or the one found for the package).
    const PackagePtr package = openPackage(command, result.out);
    if (!package)
        return 2;
    findings::Policy policy;
    findings::Suppressions suppressions;
    if (!resolvePolicy(parser, command, package->sourcePath, &policy) ||
        !loadSuppressions(command, review::defaultReviewPath(*package), &suppressions))
        return 2;
    DigestResult digest;
    digest.ok = true;
    digest.digest = result.digest;
    digest.files = result.files;
    digest.bytes = result.bytes;
#ifdef MR_HAVE_REPORT
    const Findings findings = report::analyze(package, digest, policy, suppressions).findings;
#else
    const Findings findings = findings::applyPolicy(packageFindings(*package, &digest), policy, suppressions);
#endif
    printOut(findingsText(findings));
    if (parser.isSet(strict) && countOpenFindings(findings, Finding::Severity::Error) > 0)
        return 1;
    return 0;
}

} // namespace mr::cli
