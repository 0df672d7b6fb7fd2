// SPDX-License-Identifier: Apache-2.0
#include "app/buildinfo.h"
#include "app/cli/dispatch.h"
#include "app/mainwindow.h"
#include "models/core/hashing.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QGuiApplication>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <cstdio>
#include <malloc.h>
#include <memory>

namespace {

void installTranslators(QCoreApplication &app)
{
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
    auto *own = new QTranslator(&app);
    if (own->load(QLocale(), QStringLiteral("modelreview"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        app.installTranslator(own);
}

void setIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("modelreview"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MODELREVIEW_VERSION));
    QCoreApplication::setOrganizationName(QStringLiteral("ModelReview"));
}

// --json anywhere, or a report written as JSON (by -f/--format, or by the output's suffix).
bool wantsMachineOutput(const QStringList &args)
{
    bool report = args.size() > 1 && args.at(1) == QLatin1String("report");
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == QLatin1String("--json"))
            return true;
        if (!report)
            continue;
        const QString next = i + 1 < args.size() ? args.at(i + 1) : QString();
        if (a == QLatin1String("--format=json") ||
            ((a == QLatin1String("-f") || a == QLatin1String("--format")) && next == QLatin1String("json")))
            return true;
        if (a.startsWith(QLatin1String("--output=")) &&
            a.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
            return true;
        if ((a == QLatin1String("-o") || a == QLatin1String("--output")) &&
            next.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool wantsHelpOrVersion(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        if (a == "-h" || a == "--help" || a == "-v" || a == "--version" || a == "--help-all")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char **argv)
{
    // Large transient buffers (manifest loader batches) go back to the system when freed, so
    // that a 1,000,000-entry manifest stays under the 400 MiB the dataset pane is held to.
    mallopt(M_MMAP_THRESHOLD, 1 << 20);
    mr::initCrypto();
    // Headless commands and --help/--version never need a display.
    {
        QStringList args;
        for (int i = 0; i < argc; ++i)
            args << QString::fromLocal8Bit(argv[i]);
        if (args.size() > 1 && !args.at(1).startsWith(QLatin1Char('-')) &&
            mr::cli::isCommandWord(args.at(1))) {
            // Reports draw (PDF pages, the results chart): they need a QGuiApplication, which
            // the offscreen platform provides without a display.
            std::unique_ptr<QCoreApplication> app;
            if (args.at(1) == QLatin1String("report")) {
                if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
                    qputenv("QT_QPA_PLATFORM", "offscreen");
                app = std::make_unique<QGuiApplication>(argc, argv);
            } else {
                app = std::make_unique<QCoreApplication>(argc, argv);
            }
            setIdentity();
            // Human text follows the locale; machine output never does (docs/architecture.md,
            // "Languages"): without a translator every message stays in English.
            if (!wantsMachineOutput(args))
                installTranslators(*app);
            int code = 0;
            mr::cli::dispatch(QCoreApplication::arguments(), &code);
            return code;
        }
        if (wantsHelpOrVersion(argc, argv)) {
            QCoreApplication app(argc, argv);
            setIdentity();
            if (args.contains(QLatin1String("--version")) || args.contains(QLatin1String("-v"))) {
                std::fputs(qPrintable(mr::versionText()), stdout);
                return 0;
            }
            QCommandLineParser parser;
            parser.setApplicationDescription(
                QCoreApplication::translate("main",
                                            "Review machine-learning model packages before release.\n\n"
                                            "Commands (each has --help): %1")
                    .arg(mr::cli::commandNames().join(QStringLiteral(", "))));
            parser.addHelpOption();
            parser.addVersionOption();
            parser.addPositionalArgument(
                QStringLiteral("package"),
                QCoreApplication::translate("main", "Package folder or archive to open."),
                QStringLiteral("[package]"));
            parser.process(app);
            return 0;
        }
    }

    QApplication app(argc, argv);
    setIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("ModelReview"));
    // The desktop file names the icon and groups the windows; the embedded SVG serves where the
    // application is not installed.
    QGuiApplication::setDesktopFileName(QStringLiteral("org.modelreview.ModelReview"));
    QApplication::setWindowIcon(
        QIcon::fromTheme(QStringLiteral("org.modelreview.ModelReview"),
                         QIcon(QStringLiteral(":/icons/org.modelreview.ModelReview.svg"))));
    installTranslators(app);

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("package"),
                                 QApplication::translate("main", "Package folder or archive to open."),
                                 QStringLiteral("[package]"));
    parser.process(app);

    mr::MainWindow window;
    window.show();
    if (!parser.positionalArguments().isEmpty())
        window.openPath(parser.positionalArguments().first());
    return app.exec();
}
