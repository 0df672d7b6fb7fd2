// SPDX-License-Identifier: Apache-2.0
// The main window in German and Japanese, with the example package open at 1920×1080: the
// compiled translations load and show, menu accelerators stay unique within each menu, and a
// screenshot is written for a person to look at (MR_SHOT_DIR, else the build folder).
#include "app/mainwindow.h"
#include "app/packagecontroller.h"
#include "widgets/review/reviewersettings.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDirIterator>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace mr;

namespace {

// The accelerator letter of a menu text ("Paket &öffnen…" -> "ö"), lower case; empty if none.
QString accelerator(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("(?<!&)&([^&\\s])"));
    QString t = text;
    t.remove(QStringLiteral("&&"));
    const auto m = re.match(t);
    return m.hasMatch() ? m.captured(1).toLower() : QString();
}

// "menu: letter used by A and B" for every clash among the visible entries of `actions`.
QStringList clashes(const QString &where, const QList<QAction *> &actions)
{
    QStringList out;
    QHash<QString, QString> seen;
    for (QAction *a : actions) {
        if (a->isSeparator() || !a->isVisible())
            continue;
        const QString key = accelerator(a->text());
        if (!key.isEmpty()) {
            if (seen.contains(key))
                out << QStringLiteral("%1: \"%2\" used by \"%3\" and \"%4\"")
                           .arg(where, key, seen.value(key), a->text());
            else
                seen.insert(key, a->text());
        }
        if (a->menu())
            out << clashes(where + QStringLiteral(" > ") + a->text(), a->menu()->actions());
    }
    return out;
}

} // namespace

class TestTranslatedWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void mainWindow_data();
    void mainWindow();

private:
    QTemporaryDir m_dir;
    QString m_package;
};

void TestTranslatedWindow::initTestCase()
{
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    const QString example = QStringLiteral(MR_EXAMPLE_DIR);
    QVERIFY(QFile::exists(example + QStringLiteral("/model-package.json")));
    // A copy: the review file is written beside the package.
    m_package = m_dir.filePath(QStringLiteral("churn"));
    QVERIFY(QDir().mkpath(m_package));
    QDirIterator it(example, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString src = it.next();
        const QString dst = m_package + QLatin1Char('/') + QDir(example).relativeFilePath(src);
        if (it.fileInfo().isDir())
            QVERIFY(QDir().mkpath(dst));
        else
            QVERIFY(QFile::copy(src, dst));
    }
    review::storeReviewer({QStringLiteral("R. Viewer"), QStringLiteral("r@example.org")});
}

void TestTranslatedWindow::mainWindow_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("fileMenu");
    // English: the source texts, no translator.
    QTest::newRow("en") << QString() << QLocale(QLocale::English, QLocale::UnitedStates)
                        << QStringLiteral("&File");
    QTest::newRow("de") << QStringLiteral("de") << QLocale(QLocale::German, QLocale::Germany)
                        << QStringLiteral("&Datei");
    QTest::newRow("ja") << QStringLiteral("ja") << QLocale(QLocale::Japanese, QLocale::Japan)
                        << QStringLiteral("ファイル(&F)");
}

void TestTranslatedWindow::mainWindow()
{
    QFETCH(QString, lang);
    QFETCH(QLocale, locale);
    QFETCH(QString, fileMenu);
    QTranslator translator;
    if (!lang.isEmpty()) {
        QVERIFY2(translator.load(QStringLiteral(MR_QM_DIR "/modelreview_%1.qm").arg(lang)),
                 "compiled translation not found");
        QVERIFY(QCoreApplication::installTranslator(&translator));
    }
    QLocale::setDefault(locale);
    {
        MainWindow w;
        w.resize(1920, 1080);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QSignalSpy digest(w.controller(), &PackageController::digestFinished);
        w.openPath(m_package);
        QVERIFY(digest.wait(60000) || w.controller()->digestReady());
        QVERIFY(w.package());
        QTest::qWait(2000); // the panes' background work (dataset, environments, results) lands

        const QString dir = qEnvironmentVariable("MR_SHOT_DIR", QStringLiteral(MR_BINARY_DIR));
        QVERIFY(w.grab().save(QDir(dir).filePath(
            QStringLiteral("mainwindow-%1.png").arg(lang.isEmpty() ? QStringLiteral("en") : lang))));

        const QList<QAction *> menus = w.menuBar()->actions();
        QVERIFY(!menus.isEmpty());
        QCOMPARE(menus.first()->text(), fileMenu);
        const QStringList bad = clashes(QStringLiteral("menu bar"), menus);
        QVERIFY2(bad.isEmpty(), qPrintable(bad.join(QLatin1Char('\n'))));
    }
    QCoreApplication::removeTranslator(&translator);
    QLocale::setDefault(QLocale::c());
}

QTEST_MAIN(TestTranslatedWindow)
#include "tst_translatedwindow.moc"
