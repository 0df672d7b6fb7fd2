// SPDX-License-Identifier: Apache-2.0
#include "app/cli/commands.h"
#include "models/package/digest.h"
#include "reportfixture.h"

#include <QFile>

#include <QTest>
#include <nlohmann/json.hpp>

using namespace mr;
using namespace mr::review;

// `modelreview gate` and `modelreview report` exit codes over packages built as folders.
class TestGateCli : public QObject
{
    Q_OBJECT

    static Decision decision(Decision::Verdict verdict, const QString &digest)
    {
        return Decision{verdict, verdict == Decision::Verdict::Approve ? QString() : QStringLiteral("why"),
                        QDateTime::currentDateTimeUtc(), Person{QStringLiteral("Ada"), QStringLiteral("a@x")},
                        digest};
    }
    static Comment blocker()
    {
        Comment c;
        c.id = QStringLiteral("b");
        c.author = Person{QStringLiteral("Bob"), QStringLiteral("b@x")};
        c.body = QStringLiteral("data leak");
        c.kind = Comment::Kind::Blocker;
        return c;
    }

private Q_SLOTS:
    void gate_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("approved") << QStringLiteral("approved") << 0;
        QTest::newRow("approved then one byte changed") << QStringLiteral("changed") << 1;
        QTest::newRow("approved then a file added") << QStringLiteral("added") << 1;
        QTest::newRow("changes requested") << QStringLiteral("changes") << 1;
        QTest::newRow("rejected") << QStringLiteral("rejected") << 1;
        QTest::newRow("open blocker") << QStringLiteral("blocker") << 1;
        QTest::newRow("blocker resolved") << QStringLiteral("resolved") << 0;
        QTest::newRow("approved then changes requested") << QStringLiteral("approved-changes") << 1;
        QTest::newRow("no review file") << QStringLiteral("none") << 1;
        QTest::newRow("review without decision") << QStringLiteral("empty") << 1;
        QTest::newRow("corrupt review") << QStringLiteral("corrupt") << 2;
        QTest::newRow("newer review") << QStringLiteral("newer") << 2;
        QTest::newRow("missing package") << QStringLiteral("nopackage") << 2;
        QTest::newRow("broken package") << QStringLiteral("brokenpackage") << 2;
        QTest::newRow("explicit review path") << QStringLiteral("explicit") << 0;
        QTest::newRow("explicit review missing") << QStringLiteral("explicit-missing") << 2;
    }
    void gate()
    {
        QFETCH(QString, scenario);
        QFETCH(int, exitCode);
        PackageFixture pkg;
        const DigestResult digest = computeDigestSync(pkg.root);
        QVERIFY2(digest.ok, qPrintable(digest.error.toString()));
        ReviewDocument doc;
        const QString path = scenario == QLatin1String("explicit")
                                 ? pkg.dir.filePath(QStringLiteral("elsewhere.json"))
                                 : pkg.reviewPath();
        if (scenario == QLatin1String("changes"))
            doc.decisions << decision(Decision::Verdict::RequestChanges, digest.digest);
        else if (scenario == QLatin1String("rejected"))
            doc.decisions << decision(Decision::Verdict::Reject, digest.digest);
        else if (scenario == QLatin1String("approved-changes"))
            doc.decisions << decision(Decision::Verdict::Approve, digest.digest)
                          << decision(Decision::Verdict::RequestChanges, digest.digest);
        else if (scenario != QLatin1String("empty"))
            doc.decisions << decision(Decision::Verdict::Approve, digest.digest);
        if (scenario == QLatin1String("blocker"))
            doc.comments << blocker();
        if (scenario == QLatin1String("resolved")) {
            doc.comments << blocker();
            doc.comments.first().state = Comment::State::Resolved;
        }
        if (scenario != QLatin1String("none") && scenario != QLatin1String("explicit-missing"))
            QVERIFY(saveReviewFile(doc, path, nullptr));
        if (scenario == QLatin1String("changed")) {
            QByteArray data(4096, 'w');
            data[2000] = 'W';
            QVERIFY(pkg.write(QStringLiteral("model.bin"), data));
        }
        if (scenario == QLatin1String("added"))
            QVERIFY(pkg.write(QStringLiteral("extra.txt"), "x"));
        if (scenario == QLatin1String("corrupt") || scenario == QLatin1String("newer")) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(scenario == QLatin1String("corrupt")
                        ? QByteArray("{\"format\": \"modelreview.review/v1\", ")
                        : QByteArray("{\"format\": \"modelreview.review/v2\"}"));
        }
        if (scenario == QLatin1String("brokenpackage"))
            QVERIFY(pkg.write(QStringLiteral("model-package.json"), "{ not json"));
        QStringList args{scenario == QLatin1String("nopackage") ? pkg.dir.filePath(QStringLiteral("absent"))
                                                                : pkg.root};
        if (scenario.startsWith(QLatin1String("explicit")))
            args << QStringLiteral("--review") << path;
        QCOMPARE(mr::cli::runGate(args), exitCode);
        // The gate never writes: no review file appears where there was none.
        if (scenario == QLatin1String("none"))
            QVERIFY(!QFile::exists(pkg.reviewPath()));
    }

    // A section that failed to load refuses the gate by default, naming it; a requirements file
    // can allow it; an unreadable requirements file is an error.
    void gateRequirements_data()
    {
        QTest::addColumn<QByteArray>("requirements"); // empty: the reviewer's saved ones (defaults)
        QTest::addColumn<int>("exitCode");
        QTest::newRow("defaults refuse a failed section") << QByteArray() << 1;
        QTest::newRow("file allows it") << QByteArray(R"({"no_failed_sections": false})") << 0;
        QTest::newRow("file keeps it") << QByteArray(R"({"no_failed_sections": true})") << 1;
        QTest::newRow("malformed file") << QByteArray("{\"no_failed_sections\": }") << 2;
        QTest::newRow("unknown requirement") << QByteArray(R"({"no_failed_section": false})") << 2;
    }
    void gateRequirements()
    {
        QFETCH(QByteArray, requirements);
        QFETCH(int, exitCode);
        PackageFixture pkg;
        // The code section names a repository that is not there: the section fails to load.
        QVERIFY(pkg.write(QStringLiteral("model-package.json"),
                          "{\n  \"format\": \"modelreview.package/v1\",\n  \"name\": \"gated\",\n"
                          "  \"version\": \"1.0.0\",\n"
                          "  \"code\": {\"repository\": \"code/missing.git\", \"base\": \"main\", \"head\": "
                          "\"HEAD\"}\n}\n"));
        const DigestResult digest = computeDigestSync(pkg.root);
        QVERIFY(digest.ok);
        ReviewDocument doc;
        doc.decisions << decision(Decision::Verdict::Approve, digest.digest);
        QVERIFY(saveReviewFile(doc, pkg.reviewPath(), nullptr));
        QStringList args{pkg.root};
        if (!requirements.isEmpty()) {
            const QString path = pkg.dir.filePath(QStringLiteral("requirements.json"));
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(requirements);
            f.close();
            args << QStringLiteral("--requirements") << path;
        }
        QCOMPARE(mr::cli::runGate(args), exitCode);
    }

    void report_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QString>("output");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QByteArray>("starts");
        QTest::newRow("html") << QStringList{"--format", "html"} << QStringLiteral("r.html") << 0
                              << QByteArray("<!DOCTYPE html>");
        QTest::newRow("md") << QStringList{"--format", "md"} << QStringLiteral("r.md") << 0
                            << QByteArray("# Review report");
        QTest::newRow("json") << QStringList{"--format", "json"} << QStringLiteral("r.json") << 0
                              << QByteArray("{");
        QTest::newRow("pdf") << QStringList{"--format", "pdf"} << QStringLiteral("r.pdf") << 0
                             << QByteArray("%PDF-");
        QTest::newRow("format from suffix")
            << QStringList{} << QStringLiteral("r.md") << 0 << QByteArray("# Review report");
        QTest::newRow("unknown format")
            << QStringList{"--format", "docx"} << QStringLiteral("r.docx") << 2 << QByteArray();
        QTest::newRow("inside package")
            << QStringList{"--format", "html"} << QStringLiteral("pkg/r.html") << 2 << QByteArray();
    }
    void report()
    {
        QFETCH(QStringList, extra);
        QFETCH(QString, output);
        QFETCH(int, exitCode);
        QFETCH(QByteArray, starts);
        PackageFixture pkg;
        ReviewDocument doc;
        Comment c = blocker();
        c.body = QStringLiteral("<script>alert(1)</script>");
        doc.comments << c;
        QVERIFY(saveReviewFile(doc, pkg.reviewPath(), nullptr));
        const QString out = pkg.dir.filePath(output);
        QStringList args{pkg.root, QStringLiteral("-o"), out};
        args += extra;
        QCOMPARE(mr::cli::runReport(args), exitCode);
        QFile f(out);
        if (exitCode != 0) {
            QVERIFY(!f.exists());
            return;
        }
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray data = f.readAll();
        QVERIFY(data.startsWith(starts));
        if (output.endsWith(QLatin1String(".json"))) {
            // JSON carries the text as data; escaping is the JSON encoder's.
            const auto j = nlohmann::json::parse(data.toStdString());
            QCOMPARE(j["review"]["comments"][0]["body"].get<std::string>(),
                     std::string("<script>alert(1)</script>"));
        } else if (!output.endsWith(QLatin1String(".pdf"))) {
            QVERIFY(!data.contains("<script>alert(1)"));
            QVERIFY(data.contains("alert(1)"));
        }
    }

    void reportMissingExplicitReview()
    {
        PackageFixture pkg;
        QCOMPARE(mr::cli::runReport({pkg.root, QStringLiteral("--review"),
                                     pkg.dir.filePath(QStringLiteral("no.json")), QStringLiteral("-o"),
                                     pkg.dir.filePath(QStringLiteral("r.md"))}),
                 2);
        QCOMPARE(mr::cli::runReport({pkg.root}), 2); // no -o
    }
};

QTEST_MAIN(TestGateCli)
#include "tst_gatecli.moc"
