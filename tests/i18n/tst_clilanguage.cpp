// SPDX-License-Identifier: Apache-2.0
// The command line under a German locale: human text is translated, machine output (--json)
// is byte for byte what the C locale gives (docs/architecture.md, "Languages").
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

namespace {

struct Run
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

Run run(const QStringList &args, const QString &lang)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), lang);
    env.insert(QStringLiteral("LANG"), lang);
    env.insert(QStringLiteral("LANGUAGE"), lang.left(2));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(MR_EXECUTABLE), args);
    if (!p.waitForFinished(120000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

// The one field that differs between two runs: when the report was generated.
QByteArray withoutTime(const QByteArray &json)
{
    static const QRegularExpression generated(QStringLiteral("\"generated\"\\s*:\\s*\"[^\"]*\""));
    return QString::fromUtf8(json).replace(generated, QStringLiteral("\"generated\":\"\"")).toUtf8();
}

} // namespace

class TestCliLanguage : public QObject
{
    Q_OBJECT

private slots:
    void humanTextTranslated();
    void jsonNeverTranslated_data();
    void jsonNeverTranslated();
};

void TestCliLanguage::humanTextTranslated()
{
    const QStringList args{QStringLiteral("inspect"), QStringLiteral(MR_EXAMPLE_DIR)};
    const Run c = run(args, QStringLiteral("C.UTF-8"));
    const Run de = run(args, QStringLiteral("de_DE.UTF-8"));
    QCOMPARE(c.code, de.code);
    QVERIFY2(c.out.contains("Findings:"), c.out.constData());
    QVERIFY2(de.out.contains("Befunde:"), de.out.constData());
    // Rule ids and severity tokens stay: scripts may grep them.
    QVERIFY(de.out.contains("[error] environment.architecture-different"));
    QVERIFY2(de.out.contains("Architekturen unterscheiden sich"), de.out.constData());
}

void TestCliLanguage::jsonNeverTranslated_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("inspect --json") << QStringList{QStringLiteral("inspect"), QStringLiteral("--json"),
                                                   QStringLiteral(MR_EXAMPLE_DIR)};
    QTest::newRow("report json") << QStringList{QStringLiteral("report"), QStringLiteral("--format"),
                                                QStringLiteral("json"),   QStringLiteral("-o"),
                                                QStringLiteral("-"),      QStringLiteral(MR_EXAMPLE_DIR)};
}

void TestCliLanguage::jsonNeverTranslated()
{
    QFETCH(QStringList, args);
    const Run c = run(args, QStringLiteral("C.UTF-8"));
    const Run de = run(args, QStringLiteral("de_DE.UTF-8"));
    const Run ja = run(args, QStringLiteral("ja_JP.UTF-8"));
    QVERIFY2(c.code == 0 || c.code == 1, c.err.constData());
    QVERIFY(c.out.size() > 100);
    QCOMPARE(de.code, c.code);
    QCOMPARE(ja.code, c.code);
    QVERIFY2(withoutTime(de.out) == withoutTime(c.out), "German --json output differs from the C locale's");
    QVERIFY2(withoutTime(ja.out) == withoutTime(c.out), "Japanese --json output differs from the C locale's");
}

QTEST_GUILESS_MAIN(TestCliLanguage)
#include "tst_clilanguage.moc"
