// SPDX-License-Identifier: Apache-2.0
#include "app/cli/clicommon.h"
#include "app/cli/commands.h"
#include "app/cli/outputpath.h"

#include "models/code/codediff.h"
#include "models/interdiff/interdiffreport.h"
#include "models/report/analysis.h"
#include "models/report/jsonreport.h"
#include "models/report/reportexport.h"
#include "models/report/sessionanalysis.h"
#include "models/review/reviewfile.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>

namespace mr::cli {

// `modelreview report PACKAGE [--review FILE] --format html|pdf|md|json -o OUT`.
int runReport(const QStringList &arguments)
{
    const QString command = QStringLiteral("report");
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "mr::cli",
        "Writes the review report of a package: identity and digest, decision, checklist, findings, "
        "comments with their anchored content, and each section's summary."));
    const QCommandLineOption reviewOption = reviewFileOption();
    const QCommandLineOption formatOption(
        QStringLiteral("format"),
        QCoreApplication::translate("mr::cli",
                                    "html, pdf, md or json (default: from the output file's suffix)."),
        QStringLiteral("format"));
    const QCommandLineOption outputOption(
        {QStringLiteral("o"), QStringLiteral("output")},
        QCoreApplication::translate("mr::cli", "Output file; \"-\" writes to stdout (not for pdf)."),
        QStringLiteral("file"));
    const QCommandLineOption previousOption(
        QStringLiteral("previous"),
        QCoreApplication::translate(
            "mr::cli", "A previous version of the package: adds a \"Since the previous review\" section."),
        QStringLiteral("package"));
    parser.addOptions({reviewOption, formatOption, outputOption, previousOption});
    addPackageArgument(parser);
    int exitCode = 0;
    if (!parseArguments(parser, command, arguments, &exitCode))
        return exitCode;
    if (parser.positionalArguments().size() != 1) {
        fail(command, QCoreApplication::translate("mr::cli", "expected exactly one package (see --help)"));
        return 2;
    }
    if (!parser.isSet(outputOption)) {
        fail(command, QCoreApplication::translate("mr::cli", "missing -o OUT (see --help)"));
        return 2;
    }
    const QString output = parser.value(outputOption);
    report::Format format;
    const QString formatText =
        parser.isSet(formatOption) ? parser.value(formatOption) : QFileInfo(output).suffix();
    if (!report::formatFromName(formatText, &format)) {
        fail(command,
             QCoreApplication::translate("mr::cli", "unknown format \"%1\": use html, pdf, md or json")
                 .arg(formatText));
        return 2;
    }
    if (format == report::Format::Pdf && output == QLatin1String("-")) {
        fail(command, QCoreApplication::translate("mr::cli", "a PDF report needs an output file"));
        return 2;
    }

    const PackagePtr package = openPackage(command, parser.positionalArguments().first(), &parser);
    if (!package)
        return 2;
    const QString reviewPath =
        parser.isSet(reviewOption) ? parser.value(reviewOption) : review::defaultReviewPath(*package);
    OutputTarget target;
    QString refusal;
    if (output != QLatin1String("-") &&
        !checkOutputPath(output, package.get(), {reviewPath}, &target, &refusal)) {
        fail(command, refusal);
        return 2;
    }
    const review::ReviewLoadResult loaded = review::loadReviewFile(reviewPath);
    if (loaded.readOnly()) {
        fail(command, loaded.error.toString());
        return 2;
    }
    if (loaded.status == review::ReviewLoadResult::Status::Missing && parser.isSet(reviewOption)) {
        fail(command, QCoreApplication::translate("mr::cli", "%1: no such review file").arg(reviewPath));
        return 2;
    }
    const review::ReviewDocument *reviewDocument =
        loaded.status == review::ReviewLoadResult::Status::Ok ? &loaded.document : nullptr;

    PackagePtr previous;
    if (parser.isSet(previousOption)) {
        previous = openPackage(command, parser.value(previousOption));
        if (!previous)
            return 2;
    }
    findings::Policy policy;
    findings::Suppressions suppressions;
    if (!resolvePolicy(parser, command, package->sourcePath, &policy) ||
        !loadSuppressions(command, reviewDocument ? reviewPath : QString(), &suppressions))
        return 2;
    report::Analysis analysis = report::analyze(package, digestWithProgress(*package), policy, suppressions);
    if (previous)
        analysis.sections << interdiff::interdiffSection(interdiff::interdiffSync(previous, package));
    report::ReportOptions options;
    options.reviewPath = reviewDocument ? QFileInfo(reviewPath).absoluteFilePath() : QString();
    if (reviewDocument && package->code.usable()) {
        // Code comments are shown with the lines around them, read from the head's blobs.
        const code::FileList files = code::fileList(*package);
        if (files.ok())
            options.codeFileLines = report::codeFileLinesFrom(files);
    }

    if (output == QLatin1String("-")) {
        if (format == report::Format::Html) {
            printOut(report::htmlReport(analysis, reviewDocument, options));
        } else if (format == report::Format::Markdown) {
            printOut(report::markdownReport(analysis, reviewDocument, options));
        } else {
            // In pieces: a streamed section (a million metrics) is never one string.
            writeJsonText(report::jsonDocument(analysis, reviewDocument, options), analysis.sections,
                          [](std::string_view piece) { std::fwrite(piece.data(), 1, piece.size(), stdout); });
            std::fflush(stdout);
        }
        return 0;
    }
    QString error;
    // A device or pipe is written in place, never replaced: the report goes to a private file
    // first (atomically, as for any path), then its bytes to the target.
    QTemporaryDir scratch;
    const QString written =
        target.direct ? scratch.filePath(QStringLiteral("report.") + formatText) : target.path;
    if ((target.direct && !scratch.isValid()) ||
        !report::writeReport(format, analysis, reviewDocument, written, &error, options) ||
        (target.direct && !copyToDirectTarget(written, target, &error))) {
        fail(command, error.isEmpty() ? scratch.errorString() : error);
        return 2;
    }
    if (!reviewDocument)
        printErr(QCoreApplication::translate(
                     "mr::cli", "modelreview report: note: no review file at %1; the report has no review\n")
                     .arg(reviewPath));
    return 0;
}

} // namespace mr::cli
