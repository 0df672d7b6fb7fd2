// SPDX-License-Identifier: Apache-2.0
// `modelreview pack` as a submitter runs it: the real executable, its exit codes, what it
// prints, and the "done when" on a DVC project.
#include "packfixture.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace packfixture;

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run run(const QStringList &args, const QString &workdir = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.insert(QStringLiteral("SOURCE_DATE_EPOCH"), QStringLiteral("1700000000"));
    p.setProcessEnvironment(env);
    if (!workdir.isEmpty())
        p.setWorkingDirectory(workdir);
    p.start(QStringLiteral(MR_EXECUTABLE), args);
    if (!p.waitForFinished(240000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

QString findingsBlock(const QString &text)
{
    const qsizetype at = text.indexOf(QStringLiteral("Findings:"));
    return at < 0 ? QString() : text.mid(at);
}

QString digestLine(const QString &text)
{
    return QRegularExpression(QStringLiteral("sha256:[0-9a-f]{64}")).match(text).captured(0);
}

} // namespace

class TestPackCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void dvcProjectDoneWhen();
    void dirtyRefusedNamingTheFile();
    void exitCodes_data();
    void exitCodes();
    void strict();
    void interruptedLeavesNothing();
};

void TestPackCli::dvcProjectDoneWhen()
{
    QTemporaryDir tmp;
    const QString src = tmp.filePath(QStringLiteral("churn"));
    QCOMPARE(makeDvcProject(src), QString());
    const QMap<QString, QByteArray> before = snapshot(src);
    const QByteArray index = readAll(src + QStringLiteral("/.git/index"));
    QStringList digests;
    QList<QByteArray> bytes;
    for (const char *name : {"a.tar.zst", "b.tar.zst"}) {
        const QString out = tmp.filePath(QString::fromLatin1(name));
        // Default capture of this machine's environment; SOURCE_DATE_EPOCH fixes its time.
        const Run r = run({QStringLiteral("pack"), QStringLiteral("-o"), out, QStringLiteral("--metric"),
                           QStringLiteral("test.roc_auc:higher:abs=0.01")},
                          src);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(QFile::exists(out));
        digests << digestLine(r.out);
        bytes << readAll(out);
        // The findings printed are exactly those `inspect` shows for the written package.
        const Run inspect = run({QStringLiteral("inspect"), out});
        QCOMPARE(inspect.code, 0);
        QCOMPARE(findingsBlock(r.out), findingsBlock(inspect.out));
        QVERIFY(!findingsBlock(r.out).isEmpty());
        QCOMPARE(digestLine(inspect.out), digests.last());
        // The four sections are provided and read without errors (artifacts is not pack's to give).
        static const QRegularExpression missing(
            QStringLiteral("\\n  (code|dataset|environments|results):\\s+(not provided|\\d+ error)"));
        QVERIFY2(!missing.match(inspect.out).hasMatch(), qPrintable(inspect.out));
        QVERIFY(inspect.out.contains(QStringLiteral("dataset:       data/dvc-manifest.jsonl")));
        // DVC outputs are referenced by hash, not copied: verified against the working copy.
        const Run verify = run({QStringLiteral("verify"), out, QStringLiteral("--data-root"), src});
        QVERIFY2(verify.code == 0, qPrintable(verify.out + verify.err));
        QVERIFY2(verify.out.contains(QStringLiteral("Entries:   4 ok, 0 mismatch")), qPrintable(verify.out));
    }
    QVERIFY(!digests.first().isEmpty());
    QCOMPARE(digests.first(), digests.last());
    QVERIFY(bytes.first() == bytes.last());
    QCOMPARE(snapshot(src), before);
    QCOMPARE(readAll(src + QStringLiteral("/.git/index")), index);
}

void TestPackCli::dirtyRefusedNamingTheFile()
{
    QTemporaryDir tmp;
    const QString src = tmp.filePath(QStringLiteral("project"));
    QCOMPARE(makePlainProject(src), QString());
    QVERIFY(writeFile(src + QStringLiteral("/train.py"), "print('edited, not committed')\n"));
    QVERIFY(writeFile(src + QStringLiteral("/scratch.txt"), "untracked\n"));
    const QString out = tmp.filePath(QStringLiteral("out.tar.zst"));
    const Run r =
        run({QStringLiteral("pack"), src, QStringLiteral("-o"), out, QStringLiteral("--no-capture-env")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("train.py")), qPrintable(r.err));
    QVERIFY(!QFile::exists(out));
    QCOMPARE(QDir(tmp.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList{QStringLiteral("project")});
    const Run allowed = run({QStringLiteral("pack"), src, QStringLiteral("-o"), out,
                             QStringLiteral("--no-capture-env"), QStringLiteral("--allow-dirty")});
    QCOMPARE(allowed.code, 0);
    QVERIFY(allowed.out.contains(QStringLiteral("package.packed-dirty")));
    QVERIFY(allowed.out.contains(QStringLiteral("Untracked files (not in the package):\n  scratch.txt")));
}

void TestPackCli::exitCodes_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("no output") << QStringList{} << 2 << "-o OUT";
    QTest::newRow("missing revision") << QStringList{"-o", "@TMP/x.zip", "--head", "nope"} << 2 << "nope";
    QTest::newRow("out inside source")
        << QStringList{"-o", "@SRC/dist/x.zip"} << 1 << "inside the working copy";
    QTest::newRow("bad metric") << QStringList{"-o", "@TMP/x.zip", "--metric", "acc:up"} << 2 << "acc:up";
    QTest::newRow("bad env") << QStringList{"-o", "@TMP/x.zip", "--env", "reference"} << 2 << "NAME=FILE";
    QTest::newRow("unreadable data") << QStringList{"-o", "@TMP/x.zip", "--data", "@TMP/none"} << 2 << "none";
    QTest::newRow("two manifests") << QStringList{"-o", "@TMP/x.zip", "--manifest", "a", "--manifest", "b"}
                                   << 2 << "once";
}

void TestPackCli::exitCodes()
{
    QFETCH(QStringList, args);
    QTemporaryDir tmp;
    const QString src = tmp.filePath(QStringLiteral("project"));
    QCOMPARE(makePlainProject(src), QString());
    for (QString &a : args)
        a.replace(QStringLiteral("@TMP"), tmp.path()).replace(QStringLiteral("@SRC"), src);
    const QMap<QString, QByteArray> before = snapshot(src);
    const Run r = run(QStringList{QStringLiteral("pack"), src, QStringLiteral("--no-capture-env")} + args);
    QTEST(r.code, "code");
    QFETCH(QString, messagePart);
    QVERIFY2(r.err.contains(messagePart), qPrintable(r.err));
    QVERIFY(!QFile::exists(tmp.filePath(QStringLiteral("x.zip"))));
    QCOMPARE(snapshot(src), before);
}

void TestPackCli::strict()
{
    QTemporaryDir tmp;
    const QString src = tmp.filePath(QStringLiteral("project"));
    QCOMPARE(makePlainProject(src), QString());
    // No reference environment and no rerun: error findings, written anyway unless --strict.
    const Run plain = run({QStringLiteral("pack"), src, QStringLiteral("-o"),
                           tmp.filePath(QStringLiteral("a")), QStringLiteral("--no-capture-env")});
    QCOMPARE(plain.code, 0);
    QVERIFY(plain.out.contains(QStringLiteral("[error]")));
    const Run strict =
        run({QStringLiteral("pack"), src, QStringLiteral("-o"), tmp.filePath(QStringLiteral("b")),
             QStringLiteral("--no-capture-env"), QStringLiteral("--strict")});
    QCOMPARE(strict.code, 1);
    QVERIFY(QFileInfo(tmp.filePath(QStringLiteral("b"))).isDir()); // written, but the exit says no
}

void TestPackCli::interruptedLeavesNothing()
{
    QTemporaryDir tmp;
    const QString src = tmp.filePath(QStringLiteral("project"));
    QCOMPARE(makePlainProject(src), QString());
    const QString data = tmp.filePath(QStringLiteral("data"));
    QByteArray chunk(1 << 20, Qt::Uninitialized);
    for (qsizetype i = 0; i < chunk.size(); ++i)
        chunk[i] = char((i * 2654435761u) >> 13);
    for (int i = 0; i < 300; ++i)
        QVERIFY(writeFile(QStringLiteral("%1/part-%2.bin").arg(data).arg(i), chunk + QByteArray::number(i)));
    const QString out = tmp.filePath(QStringLiteral("out.tar.gz"));
    QProcess p;
    p.start(QStringLiteral(MR_EXECUTABLE),
            {QStringLiteral("pack"), src, QStringLiteral("-o"), out, QStringLiteral("--data"), data,
             QStringLiteral("--no-capture-env"), QStringLiteral("--jobs"), QStringLiteral("1")});
    QVERIFY(p.waitForStarted());
    const auto partial = [&] {
        return QDir(tmp.path())
            .entryList({QStringLiteral(".out.tar.gz.partial-*")}, QDir::AllEntries | QDir::Hidden)
            .size();
    };
    QTRY_VERIFY_WITH_TIMEOUT(partial() > 0 || p.state() == QProcess::NotRunning, 60000);
    if (p.state() == QProcess::NotRunning)
        QSKIP("the pack finished before it could be interrupted");
    p.terminate(); // SIGTERM, handled like Ctrl-C
    QVERIFY(p.waitForFinished(60000));
    if (p.exitCode() == 0)
        QSKIP("the pack finished before the signal arrived");
    QCOMPARE(p.exitCode(), 1);
    QVERIFY(QString::fromUtf8(p.readAllStandardError()).contains(QStringLiteral("nothing was written")));
    QVERIFY(!QFile::exists(out));
    QCOMPARE(partial(), 0);
}

QTEST_GUILESS_MAIN(TestPackCli)
#include "tst_packcli.moc"
