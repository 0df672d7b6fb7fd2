// SPDX-License-Identifier: Apache-2.0
#include "gitfixture.h"
#include "models/code/codediff.h"
#include "models/code/codereport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace mr::code;

namespace {

QStringList rules(const mr::Findings &findings)
{
    QStringList out;
    for (const mr::Finding &f : findings)
        out << f.ruleId;
    out.sort();
    return out;
}

} // namespace

// Repository problems: each gives a clear message and a finding, never a crash.
class TestCodeFindings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void scenarios_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QStringList>("expectedRules");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("clean bare") << "clean" << true << QStringList{} << "";
        QTest::newRow("missing repository")
            << "missing" << false << QStringList{"code.repository-missing"} << "does not exist";
        QTest::newRow("corrupt repository")
            << "corrupt" << false << QStringList{"code.repository-missing"} << "cannot be opened";
        QTest::newRow("unknown head")
            << "unknown-head" << false << QStringList{"code.revision-missing"} << "no-such-branch";
        QTest::newRow("hostile revspec")
            << "hostile" << false << QStringList{"code.revision-missing"} << "not in the repository";
        QTest::newRow("uncommitted") << "uncommitted" << true << QStringList{"code.not-committed"}
                                     << "uncommitted";
        QTest::newRow("checked out clean") << "checked-out" << true << QStringList{} << "";
        QTest::newRow("unreachable head")
            << "unreachable" << true << QStringList{"code.head-unreachable"} << "not reachable";
        QTest::newRow("submodule") << "submodule" << true << QStringList{"code.submodule"} << "Submodule";
        QTest::newRow("lfs pointer") << "lfs" << true << QStringList{"code.lfs-pointer"} << "LFS";
        QTest::newRow("shallow without base")
            << "shallow" << false << QStringList{"code.revision-missing"} << "shallow";
    }

    void scenarios()
    {
        QFETCH(QString, scenario);
        QTemporaryDir dir;
        const QString repo = dir.filePath(QStringLiteral("repo"));
        QString base = QStringLiteral("main~1"), head = QStringLiteral("main");
        if (scenario == QLatin1String("missing")) {
            // nothing created
        } else if (scenario == QLatin1String("corrupt")) {
            QDir().mkpath(repo + QStringLiteral("/.git"));
            QFile head(repo + QStringLiteral("/.git/HEAD"));
            QVERIFY(head.open(QIODevice::WriteOnly));
            head.write("garbage\n");
        } else {
            const bool bare =
                scenario != QLatin1String("uncommitted") && scenario != QLatin1String("checked-out");
            GitFixture fx(repo, bare);
            fx.write(QStringLiteral("train.py"), "print('a')\n");
            fx.commit(QStringLiteral("base"));
            fx.write(QStringLiteral("train.py"), "print('b')\n");
            if (scenario == QLatin1String("submodule"))
                fx.gitlink(QStringLiteral("third_party/lib"),
                           QStringLiteral("0123456789012345678901234567890123456789"));
            if (scenario == QLatin1String("lfs"))
                fx.write(QStringLiteral("model.bin"),
                         "version https://git-lfs.github.com/spec/v1\noid sha256:abc\nsize 12345\n");
            const QString headSha = fx.commit(
                QStringLiteral("head"),
                scenario == QLatin1String("unreachable") ? QString() : QStringLiteral("refs/heads/main"));
            QVERIFY2(fx.ok(), qPrintable(fx.error()));
            if (scenario == QLatin1String("unreachable")) {
                base = QStringLiteral("main");
                head = headSha;
            }
            if (scenario == QLatin1String("unknown-head"))
                head = QStringLiteral("no-such-branch");
            if (scenario == QLatin1String("hostile"))
                head = QStringLiteral("../../etc/passwd; rm -rf ~");
            if (scenario == QLatin1String("checked-out") || scenario == QLatin1String("uncommitted"))
                fx.checkout();
            if (scenario == QLatin1String("uncommitted")) {
                QFile f(repo + QStringLiteral("/train.py"));
                QVERIFY(f.open(QIODevice::WriteOnly));
                f.write("print('local edit only')\n");
            }
            if (scenario == QLatin1String("shallow")) {
                // A shallow clone whose graft cuts the history at head: the base is not there.
                QFile shallow(repo + QStringLiteral("/shallow"));
                QVERIFY(shallow.open(QIODevice::WriteOnly));
                shallow.write(headSha.toLatin1() + '\n');
                shallow.close();
                base = QStringLiteral("0000000000000000000000000000000000000001");
            }
        }
        const FileList list = fileList(repo, base, head);
        QTEST(list.ok(), "ok");
        mr::Findings findings = list.findings;
        if (list.ok())
            findings += countFindings(lineCounts(repo, list.files));
        QTEST(rules(findings), "expectedRules");
        QFETCH(QString, messagePart);
        if (!messagePart.isEmpty()) {
            const QString all = list.error + QLatin1Char(' ') + list.notes.join(QLatin1Char(' ')) +
                                (findings.isEmpty() ? QString() : findings.first().message);
            QVERIFY2(all.contains(messagePart, Qt::CaseInsensitive), qPrintable(all));
        }
        for (const mr::Finding &f : findings)
            QCOMPARE(f.pane, QStringLiteral("code"));
    }

    void packageWithoutCodeSection()
    {
        mr::Package package;
        const FileList list = fileList(package);
        QVERIFY(!list.ok());
        QVERIFY(list.findings.isEmpty()); // the package pane reports missing sections
    }

    void sectionReport()
    {
        QTemporaryDir dir;
        GitFixture fx(dir.filePath(QStringLiteral("code.git")));
        fx.write(QStringLiteral("a.py"), "x = 1\ny = 2\n");
        fx.write(QStringLiteral("gone.txt"), "bye\n");
        fx.commit(QStringLiteral("base"));
        fx.write(QStringLiteral("a.py"), "x = 1\ny = 3\nz = 4\n");
        fx.remove(QStringLiteral("gone.txt"));
        fx.write(QStringLiteral("we|ird <b>name</b>.txt"), "hi\n");
        const QString head = fx.commit(QStringLiteral("head"));
        QVERIFY(fx.ok());

        mr::Package package;
        package.rootPath = dir.path();
        package.name = QStringLiteral("demo");
        package.code.provided = true;
        package.code.repository = QStringLiteral("code.git");
        package.code.repositoryPath = fx.path();
        package.code.base = QStringLiteral("main~1");
        package.code.head = QStringLiteral("main");
        const mr::SectionReport r = buildSectionReport(package);
        QCOMPARE(r.id, QStringLiteral("code"));
        QCOMPARE(r.json.at("head").at("sha").get<std::string>(), head.toStdString());
        QCOMPARE(r.json.at("files").size(), size_t(3));
        QCOMPARE(r.json.at("totals").at("additions").get<int>(), 3);
        QCOMPARE(r.json.at("totals").at("deletions").get<int>(), 2);
        bool sawDeleted = false;
        for (const auto &f : r.json.at("files")) {
            QVERIFY(f.contains("path") && f.contains("old_path") && f.contains("binary"));
            if (f.at("status") == "deleted") {
                sawDeleted = true;
                QCOMPARE(f.at("path").get<std::string>(), std::string("gone.txt"));
                QCOMPARE(f.at("deletions").get<int>(), 1);
            }
        }
        QVERIFY(sawDeleted);
        QVERIFY(!r.html.contains(QStringLiteral("<b>name")));
        QVERIFY(r.html.contains(QStringLiteral("&lt;b&gt;name")));
        QVERIFY(r.markdown.contains(QStringLiteral("we\\|ird")));
        QVERIFY(r.markdown.contains(QStringLiteral("Total: 3")));
        QVERIFY(r.findings.isEmpty());

        package.code.head = QStringLiteral("nope");
        const mr::SectionReport failed = buildSectionReport(package);
        QVERIFY(failed.json.contains("error"));
        QCOMPARE(rules(failed.findings), QStringList{QStringLiteral("code.revision-missing")});
        QVERIFY(failed.markdown.contains(QStringLiteral("Failed")));
    }
};

QTEST_GUILESS_MAIN(TestCodeFindings)
#include "tst_codefindings.moc"
