// SPDX-License-Identifier: Apache-2.0
#include "app/cli/commands.h"
#include "models/environment/readers.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace mr::environment;

class TestCaptureEnv : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void capture();
    void badArguments_data();
    void badArguments();
};

void TestCaptureEnv::capture()
{
    const QString python = QStandardPaths::findExecutable("python3");
    if (python.isEmpty())
        QSKIP("no python3 on PATH");
    QProcess p;
    p.start(python,
            {"-c",
             "import platform, importlib.metadata as m; print(platform.python_version()); "
             "print(len({d.metadata['Name'].lower() for d in m.distributions() if d.metadata['Name']}))"});
    QVERIFY(p.waitForFinished(60000));
    const QStringList expected = QString::fromUtf8(p.readAllStandardOutput()).split('\n', Qt::SkipEmptyParts);
    QCOMPARE(expected.size(), 2);

    QTemporaryDir dir;
    const QString out = dir.filePath("development.json");
    QCOMPARE(mr::cli::runCaptureEnv({"-o", out, "--python", python}), 0);
    const Environment env = readEnvironmentFile(out, "development");
    QVERIFY(!env.failed);
    QVERIFY(env.diagnostics.isEmpty());
    QCOMPARE(env.format, QStringLiteral("modelreview-v1"));
    QCOMPARE(env.pythonVersion, expected[0]);
    QCOMPARE(env.pythonImplementation, QStringLiteral("CPython"));
    QVERIFY(!env.pythonExecutable.isEmpty());
    QCOMPARE(env.packages.size(), expected[1].toInt());
    QVERIFY(!env.osName.isEmpty());
    QVERIFY(!env.architecture.isEmpty());
    QVERIFY(!env.kernel.isEmpty());
    QVERIFY(!env.captured.isEmpty());
    for (const PackageEntry &e : env.packages)
        QVERIFY2(e.pinned() || e.source != PackageEntry::Source::Registry, qPrintable(e.name));
}

void TestCaptureEnv::badArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("unknown option") << QStringList{"--frobnicate"};
    QTest::newRow("missing python") << QStringList{"--python", "/nonexistent/python3", "-o",
                                                   "/nonexistent/out.json"};
}

void TestCaptureEnv::badArguments()
{
    QFETCH(QStringList, arguments);
    QCOMPARE(mr::cli::runCaptureEnv(arguments), 2);
}

QTEST_GUILESS_MAIN(TestCaptureEnv)
#include "tst_captureenv.moc"
