// SPDX-License-Identifier: Apache-2.0
// The command line as a user runs it: the real executable, its exit codes and output.
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void helpAndVersion();
    void unknownCommand();
    void inspectExample();
    void inspectJson();
    void inspectBadPackage_data();
    void inspectBadPackage();

private:
    struct Run
    {
        int code = -1;
        QByteArray out;
        QByteArray err;
    };
    static Run run(const QStringList &args);
};

TestCli::Run TestCli::run(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY")); // headless commands need no display
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(MR_EXECUTABLE), args);
    if (!p.waitForFinished(120000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

void TestCli::helpAndVersion()
{
    const Run help = run({QStringLiteral("--help")});
    QCOMPARE(help.code, 0);
    QVERIFY(help.out.contains("inspect"));
    const Run version = run({QStringLiteral("--version")});
    QCOMPARE(version.code, 0);
    QVERIFY(version.out.startsWith("modelreview "));
    const Run inspectHelp = run({QStringLiteral("inspect"), QStringLiteral("--help")});
    QCOMPARE(inspectHelp.code, 0);
    QVERIFY(inspectHelp.out.contains("--json"));
    const Run bad = run({QStringLiteral("inspect"), QStringLiteral("--frobnicate")});
    QCOMPARE(bad.code, 2);
    QVERIFY(bad.err.contains("frobnicate"));
}

void TestCli::unknownCommand()
{
    // A word that is no command is an error with the list, never the workbench opened on it.
    const Run r = run({QStringLiteral("frobnicate"), QStringLiteral("A"), QStringLiteral("B")});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("unknown command \"frobnicate\""), r.err.constData());
    for (const char *name : {"inspect", "verify", "report", "gate", "capture-env"})
        QVERIFY2(r.err.contains(name), name);
    QVERIFY(r.out.isEmpty());
    // A misspelt command is one too.
    const Run missing = run({QStringLiteral("verifyy")});
    QCOMPARE(missing.code, 2);
    QVERIFY(missing.err.contains("Commands: "));
}

void TestCli::inspectExample()
{
    const Run r = run({QStringLiteral("inspect"), QStringLiteral(MR_EXAMPLE_DIR)});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains("Digest:    sha256:"));
    QVERIFY(r.out.contains("code:"));
}

void TestCli::inspectJson()
{
    const Run r = run({QStringLiteral("inspect"), QStringLiteral(MR_EXAMPLE_DIR), QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    QJsonParseError e;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &e);
    QVERIFY2(e.error == QJsonParseError::NoError, qPrintable(e.errorString()));
    const QJsonObject pkg = doc.object().value(QStringLiteral("package")).toObject();
    QVERIFY(!pkg.value(QStringLiteral("name")).toString().isEmpty());
    QVERIFY(pkg.value(QStringLiteral("digest")).toString().startsWith(QLatin1String("sha256:")));
    QCOMPARE(pkg.value(QStringLiteral("digest")).toString().size(), 7 + 64);
    const QJsonObject sections = doc.object().value(QStringLiteral("sections")).toObject();
    for (const char *s : {"code", "dataset", "environments", "results", "artifacts"})
        QVERIFY2(sections.value(QLatin1String(s)).toObject().value(QStringLiteral("provided")).toBool(), s);
    QVERIFY(doc.object().value(QStringLiteral("findings")).isArray());
}

void TestCli::inspectBadPackage_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("malformed") << QByteArray("{\"format\": ")
                               << QByteArray("model-package.json:1:12: malformed JSON");
    QTest::newRow("no name") << QByteArray(R"({"format": "modelreview.package/v1", "version": "1"})")
                             << QByteArray("required field \"name\" is missing");
}

void TestCli::inspectBadPackage()
{
    QFETCH(QByteArray, document);
    QFETCH(QByteArray, expected);
    QTemporaryDir dir;
    QFile f(dir.filePath(QStringLiteral("model-package.json")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(document);
    f.close();
    const Run r = run({QStringLiteral("inspect"), dir.path()});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(expected), r.err.constData());
    QVERIFY(r.err.startsWith("modelreview inspect: "));
    QVERIFY(r.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
