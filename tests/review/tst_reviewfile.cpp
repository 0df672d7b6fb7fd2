// SPDX-License-Identifier: Apache-2.0
#include "models/review/reviewfile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace mr;
using namespace mr::review;

// The review file: round trip, atomic saves, damaged and newer files, where it lives.
class TestReviewFile : public QObject
{
    Q_OBJECT

    static ReviewDocument sample()
    {
        ReviewDocument doc;
        doc.packageName = QStringLiteral("churn-model");
        doc.packageVersion = QStringLiteral("1.2.0");
        doc.packageDigest = QStringLiteral("sha256:") + QString(64, QLatin1Char('a'));
        const Person ada{QStringLiteral("Ada"), QStringLiteral("ada@example.org")};
        const Person bob{QStringLiteral("Bob \"the reviewer\""), QStringLiteral("bob@example.org")};
        doc.reviewers << ada << bob;
        Comment c;
        c.id = QStringLiteral("c1");
        c.author = ada;
        c.time = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), QTimeZone::utc());
        c.body = QStringLiteral("Line one\n<script>alert(1)</script> ünïcode ✓");
        c.kind = Comment::Kind::Blocker;
        c.anchor = Anchor::codeLines(QStringLiteral("src/train.py"), Anchor::Side::Old, 10, 12,
                                     Anchor::fingerprintOf({"a", "b", "c"}));
        c.fingerprint = c.anchor.fingerprint;
        c.quoted = QStringLiteral("a\nb\nc");
        c.replies << Reply{QStringLiteral("r1"), bob, c.time.addSecs(60), QStringLiteral("Agreed.")};
        Comment d;
        d.id = QStringLiteral("c2");
        d.author = bob;
        d.time = c.time.addSecs(120);
        d.edited = c.time.addSecs(180);
        d.body = QStringLiteral("fine");
        d.state = Comment::State::Resolved;
        d.resolvedBy = ada;
        d.anchor =
            Anchor::environmentPackage(QStringLiteral("development..reference"), QStringLiteral("numpy"));
        doc.comments << c << d;
        doc.decisions << Decision{Decision::Verdict::RequestChanges, QStringLiteral("fix the leak"),
                                  c.time.addSecs(300), ada, doc.packageDigest};
        doc.checklist[QStringLiteral("code_read")] = ChecklistEntry{true, ada, c.time, {}};
        doc.viewed << QStringLiteral("blob:1234") << QStringLiteral("blob:abcd");
        doc.extra["x-future-field"] = {{"kept", true}};
        return doc;
    }

private Q_SLOTS:
    void roundTrip()
    {
        const ReviewDocument doc = sample();
        const QByteArray text = serializeReview(doc);
        QVERIFY(text.startsWith("{\n  \"format\": \"modelreview.review/v1\""));
        const ReviewLoadResult r = parseReview(text, QStringLiteral("x.review.json"));
        QCOMPARE(int(r.status), int(ReviewLoadResult::Status::Ok));
        QVERIFY(!r.readOnly());
        QCOMPARE(r.document.packageName, doc.packageName);
        QCOMPARE(r.document.packageDigest, doc.packageDigest);
        QCOMPARE(r.document.reviewers.size(), 2);
        QCOMPARE(r.document.reviewers.at(1).name, doc.reviewers.at(1).name);
        QCOMPARE(r.document.comments, doc.comments);
        QCOMPARE(r.document.decisions, doc.decisions);
        QCOMPARE(r.document.checklist.value(QStringLiteral("code_read")),
                 doc.checklist.value(QStringLiteral("code_read")));
        QVERIFY(!r.document.checklist.value(QStringLiteral("dataset_verified")).ticked);
        QCOMPARE(r.document.viewed, doc.viewed);
        QVERIFY(r.document.extra.contains("x-future-field"));
        // Stable: serialising again gives the same bytes.
        QCOMPARE(serializeReview(r.document), text);
        // Kept for checking against docs/schema/review.schema.json (scripts or by hand).
        QDir().mkpath(QStringLiteral(MR_BINARY_DIR "/test-output"));
        QVERIFY(
            saveReviewFile(doc, QStringLiteral(MR_BINARY_DIR "/test-output/sample.review.json"), nullptr));
    }

    void saveAndLoad()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.review.json"));
        QCOMPARE(int(loadReviewFile(path).status), int(ReviewLoadResult::Status::Missing));
        QString error;
        QVERIFY2(saveReviewFile(sample(), path, &error), qPrintable(error));
        const ReviewLoadResult r = loadReviewFile(path);
        QCOMPARE(int(r.status), int(ReviewLoadResult::Status::Ok));
        QCOMPARE(r.document.comments, sample().comments);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("p.review.json")});
    }

    void interruptedSaveKeepsPreviousFile_data()
    {
        QTest::addColumn<qint64>("bytes");
        QTest::newRow("nothing written") << qint64(0);
        QTest::newRow("ten bytes") << qint64(10);
        QTest::newRow("half") << qint64(-2);
    }
    void interruptedSaveKeepsPreviousFile()
    {
        QFETCH(qint64, bytes);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.review.json"));
        ReviewDocument first = sample();
        QVERIFY(saveReviewFile(first, path, nullptr));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray before = f.readAll();
        f.close();

        ReviewDocument second = first;
        second.comments.clear();
        second.comments << first.comments.first();
        second.comments.first().body = QString(5000, QLatin1Char('z'));
        if (bytes < 0)
            bytes = serializeReview(second).size() / 2;
        QString error;
        QVERIFY(!saveReviewFile(second, path, &error, SaveOptions{bytes}));
        QVERIFY(error.contains(QStringLiteral("interrupted")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
        const ReviewLoadResult r = loadReviewFile(path);
        QCOMPARE(int(r.status), int(ReviewLoadResult::Status::Ok));
        QCOMPARE(r.document.comments, first.comments);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("p.review.json")});
    }

    void damaged_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("mentions");
        const int corrupt = int(ReviewLoadResult::Status::Corrupt);
        QTest::newRow("empty") << QByteArray() << corrupt << QString();
        QTest::newRow("truncated") << serializeReview(sample()).left(200) << corrupt << QStringLiteral(":");
        QTest::newRow("array") << QByteArray("[1,2]") << corrupt << QStringLiteral("object");
        QTest::newRow("no format") << QByteArray("{\"comments\": []}") << corrupt << QStringLiteral("format");
        QTest::newRow("other format") << QByteArray("{\"format\": \"modelreview.package/v1\"}") << corrupt
                                      << QStringLiteral("modelreview.package/v1");
        QTest::newRow("v0") << QByteArray("{\"format\": \"modelreview.review/v0\"}") << corrupt
                            << QStringLiteral("v0");
        QTest::newRow("v2") << QByteArray("{\"format\": \"modelreview.review/v2\", \"comments\": 5}")
                            << int(ReviewLoadResult::Status::NewerVersion) << QStringLiteral("newer");
        QTest::newRow("v10") << QByteArray("{\"format\": \"modelreview.review/v10\"}")
                             << int(ReviewLoadResult::Status::NewerVersion) << QStringLiteral("v10");
        QTest::newRow("comment not object")
            << QByteArray("{\"format\": \"modelreview.review/v1\", \"comments\": [3]}") << corrupt
            << QStringLiteral("comments[0]");
        QTest::newRow("bad kind")
            << QByteArray(
                   "{\"format\":\"modelreview.review/"
                   "v1\",\"comments\":[{\"id\":\"a\",\"author\":{\"name\":\"x\"},"
                   "\"kind\":\"rant\",\"state\":\"open\",\"anchor\":{\"kind\":\"package\"},\"body\":\"\"}]}")
            << corrupt << QStringLiteral("kind");
        QTest::newRow("bad anchor") << QByteArray(
                                           "{\"format\":\"modelreview.review/"
                                           "v1\",\"comments\":[{\"id\":\"a\",\"author\":{\"name\":\"x\"},"
                                           "\"kind\":\"note\",\"state\":\"open\",\"anchor\":{\"kind\":"
                                           "\"code\",\"path\":\"f\",\"side\":"
                                           "\"new\",\"first_line\":5,\"last_line\":2},\"body\":\"\"}]}")
                                    << corrupt << QStringLiteral("comments[0]");
        QTest::newRow("duplicate id")
            << QByteArray("{\"format\":\"modelreview.review/v1\",\"comments\":["
                          "{\"id\":\"a\",\"author\":{\"name\":\"x\"},\"kind\":\"note\",\"state\":\"open\","
                          "\"anchor\":{\"kind\":\"package\"},\"body\":\"\"},"
                          "{\"id\":\"a\",\"author\":{\"name\":\"x\"},\"kind\":\"note\",\"state\":\"open\","
                          "\"anchor\":{\"kind\":\"package\"},\"body\":\"\"}]}")
            << corrupt << QStringLiteral("duplicate");
        QTest::newRow("bad verdict")
            << QByteArray("{\"format\":\"modelreview.review/v1\",\"decisions\":[{\"verdict\":\"maybe\","
                          "\"reviewer\":{\"name\":\"x\"},\"digest\":\"\"}]}")
            << corrupt << QStringLiteral("decisions[0]");
        QTest::newRow("bad time")
            << QByteArray("{\"format\":\"modelreview.review/v1\",\"decisions\":[{\"verdict\":\"approve\","
                          "\"time\":\"yesterday\",\"reviewer\":{\"name\":\"x\"},\"digest\":\"\"}]}")
            << corrupt << QStringLiteral("time");
    }
    void damaged()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, status);
        QFETCH(QString, mentions);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.review.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text);
        f.close();
        const ReviewLoadResult r = loadReviewFile(path);
        QCOMPARE(int(r.status), status);
        QVERIFY(r.readOnly());
        QVERIFY(r.document.comments.isEmpty());
        QCOMPARE(r.error.file, path);
        const QString message = r.message();
        QVERIFY2(message.contains(QStringLiteral("read-only")), qPrintable(message));
        QVERIFY2(message.contains(path), qPrintable(message));
        QVERIFY2(message.contains(mentions), qPrintable(message));
    }

    void unreadable()
    {
        QTemporaryDir dir;
        const ReviewLoadResult r = loadReviewFile(dir.path()); // a folder, not a file
        QCOMPARE(int(r.status), int(ReviewLoadResult::Status::Unreadable));
        QVERIFY(r.readOnly());
    }

    void defaultPath_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("expected");
        QTest::newRow("folder") << QStringLiteral("/data/pkg") << QStringLiteral("/data/pkg.review.json");
        QTest::newRow("folder slash")
            << QStringLiteral("/data/pkg/") << QStringLiteral("/data/pkg.review.json");
        QTest::newRow("archive") << QStringLiteral("/data/pkg.tar.gz")
                                 << QStringLiteral("/data/pkg.tar.gz.review.json");
        QTest::newRow("dots") << QStringLiteral("/data/a/../pkg.zip")
                              << QStringLiteral("/data/pkg.zip.review.json");
    }
    void defaultPath()
    {
        QFETCH(QString, source);
        QFETCH(QString, expected);
        QCOMPARE(defaultReviewPath(source), expected);
    }

    void neverInsidePackage()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("pkg/sub")));
        Package p;
        p.sourcePath = dir.filePath(QStringLiteral("pkg"));
        p.rootPath = p.sourcePath;
        QVERIFY(!isInsidePackage(defaultReviewPath(p), p));
        QVERIFY(isInsidePackage(dir.filePath(QStringLiteral("pkg/x.review.json")), p));
        QVERIFY(isInsidePackage(dir.filePath(QStringLiteral("pkg/sub/../y.json")), p));
        QVERIFY(!isInsidePackage(dir.filePath(QStringLiteral("pkg2/x.review.json")), p));
        QVERIFY(!isInsidePackage(dir.filePath(QStringLiteral("other.json")), p));
    }
};

QTEST_GUILESS_MAIN(TestReviewFile)
#include "tst_reviewfile.moc"
