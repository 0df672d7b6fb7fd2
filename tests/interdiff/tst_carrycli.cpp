// SPDX-License-Identifier: Apache-2.0
// `modelreview carry-review`, `inspect --previous` and `report --previous` as a user runs them.
#include "carryscenario.h"

#include "models/package/digest.h"
#include "models/review/reviewfile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace mr;

class TestCarryCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void carryWritesBesideNew();
    void refusesToOverwriteWithoutForce();
    void refusesOldReviewAsOutput();
    void badInput_data();
    void badInput();
    void gateNeedsItsOwnDecision();
    void inspectPrevious();
    void reportPrevious();

private:
    struct Run
    {
        int code = -1;
        QByteArray out, err;
    };
    static Run run(const QStringList &args);
    static QByteArray read(const QString &path);
    QTemporaryDir m_dir;
    QString m_v1, m_v2, m_oldReview;
};

TestCarryCli::Run TestCarryCli::run(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(MR_EXECUTABLE), args);
    if (!p.waitForFinished(120000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

QByteArray TestCarryCli::read(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void TestCarryCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_v1 = m_dir.filePath(QStringLiteral("churn-1.0.0"));
    m_v2 = m_dir.filePath(QStringLiteral("churn-2.0.0"));
    QCOMPARE(test::writePackage(m_v1, test::version1()), QString());
    QCOMPARE(test::writePackage(m_v2, test::version2()), QString());
    m_oldReview = review::defaultReviewPath(m_v1);
    QString error;
    QVERIFY2(review::saveReviewFile(test::review1(computeDigestSync(m_v1).digest), m_oldReview, &error),
             qPrintable(error));
}

void TestCarryCli::carryWritesBesideNew()
{
    const QByteArray oldBytes = read(m_oldReview);
    const Run r = run({QStringLiteral("carry-review"), m_v1, m_v2});
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY(r.out.contains("Carried 22 comment(s)"));
    QVERIFY(r.out.contains("outdated"));
    QCOMPARE(read(m_oldReview), oldBytes); // OLD's review is never changed
    const review::ReviewLoadResult carried = review::loadReviewFile(review::defaultReviewPath(m_v2));
    QCOMPARE(carried.status, review::ReviewLoadResult::Status::Ok);
    QCOMPARE(carried.document.comments.size(), 22);
    QVERIFY(carried.document.comments.first().carried);
    QCOMPARE(carried.document.previousReviews.size(), 1);
}

void TestCarryCli::refusesToOverwriteWithoutForce()
{
    const QString out = m_dir.filePath(QStringLiteral("elsewhere.review.json"));
    QFile f(out);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("keep me");
    f.close();
    const Run refused = run({QStringLiteral("carry-review"), m_v1, m_v2, QStringLiteral("-o"), out});
    QCOMPARE(refused.code, 2);
    QVERIFY(refused.err.contains("--force"));
    QCOMPARE(read(out), QByteArray("keep me"));
    const Run forced = run({QStringLiteral("carry-review"), m_v1, m_v2, QStringLiteral("-o"), out,
                            QStringLiteral("--force"), QStringLiteral("--review"), m_oldReview});
    QVERIFY2(forced.code == 0, forced.err.constData());
    QCOMPARE(review::loadReviewFile(out).status, review::ReviewLoadResult::Status::Ok);
}

void TestCarryCli::refusesOldReviewAsOutput()
{
    const QByteArray oldBytes = read(m_oldReview);
    const Run r = run({QStringLiteral("carry-review"), m_v1, m_v2, QStringLiteral("-o"), m_oldReview,
                       QStringLiteral("--force")});
    QCOMPARE(r.code, 2);
    QCOMPARE(read(m_oldReview), oldBytes);
    const Run inside = run({QStringLiteral("carry-review"), m_v1, m_v2, QStringLiteral("-o"),
                            m_v2 + QStringLiteral("/x.review.json")});
    QCOMPARE(inside.code, 2);
    QVERIFY(!QFile::exists(m_v2 + QStringLiteral("/x.review.json")));
}

void TestCarryCli::badInput_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QByteArray>("reviewText"); // written to a file passed with --review ("" = none)
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("one package only")
        << QStringList{QStringLiteral("ONLY")} << QByteArray() << QByteArray("OLD and NEW");
    QTest::newRow("no such review") << QStringList{} << QByteArray("-") << QByteArray("no such review file");
    QTest::newRow("damaged review") << QStringList{}
                                    << QByteArray(
                                           "{\"format\": \"modelreview.review/v1\",\n \"comments\": [}")
                                    << QByteArray(":2:");
    QTest::newRow("newer review") << QStringList{} << QByteArray(R"({"format": "modelreview.review/v9"})")
                                  << QByteArray("newer");
}

void TestCarryCli::badInput()
{
    QFETCH(QStringList, extra);
    QFETCH(QByteArray, reviewText);
    QFETCH(QByteArray, message);
    QStringList args{QStringLiteral("carry-review")};
    if (!extra.isEmpty()) {
        args << m_v1;
    } else {
        const QString path = m_dir.filePath(QStringLiteral("given.review.json"));
        QFile::remove(path);
        if (reviewText != "-") {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(reviewText);
        }
        args << m_v1 << m_v2 << QStringLiteral("--review") << path << QStringLiteral("-o")
             << m_dir.filePath(QStringLiteral("never.review.json"));
    }
    const Run r = run(args);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(message), r.err.constData());
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("never.review.json"))));
}

void TestCarryCli::gateNeedsItsOwnDecision()
{
    const Run carry = run({QStringLiteral("carry-review"), m_v1, m_v2, QStringLiteral("--force")});
    QCOMPARE(carry.code, 0);
    const Run gate = run({QStringLiteral("gate"), m_v2});
    QCOMPARE(gate.code, 1);
    QVERIFY2(gate.err.contains("not reviewed"), gate.err.constData());
}

void TestCarryCli::inspectPrevious()
{
    const Run r =
        run({QStringLiteral("inspect"), m_v2, QStringLiteral("--previous"), m_v1, QStringLiteral("--json")});
    QVERIFY2(r.code == 0, r.err.constData());
    const QJsonObject x =
        QJsonDocument::fromJson(r.out).object().value(QStringLiteral("interdiff")).toObject();
    for (const char *key : {"code", "dataset", "environments", "results", "package"})
        QVERIFY2(x.contains(QLatin1String(key)), key);
    QCOMPARE(x.value(QStringLiteral("code")).toObject().value(QStringLiteral("files_total")).toInt(), 5);
    QCOMPARE(x.value(QStringLiteral("results")).toObject().value(QStringLiteral("metrics")).toArray().size(),
             3);
    const Run human = run({QStringLiteral("inspect"), m_v2, QStringLiteral("--previous"), m_v1});
    QCOMPARE(human.code, 0);
    QVERIFY(human.out.contains("Since churn-classifier 1.0.0:"));
    const Run missing = run({QStringLiteral("inspect"), m_v2, QStringLiteral("--previous"),
                             m_dir.filePath(QStringLiteral("nope"))});
    QCOMPARE(missing.code, 2);
}

void TestCarryCli::reportPrevious()
{
    const QString md = m_dir.filePath(QStringLiteral("report.md")),
                  html = m_dir.filePath(QStringLiteral("report.html"));
    for (const QString &out : {md, html}) {
        const Run r = run(
            {QStringLiteral("report"), m_v2, QStringLiteral("--previous"), m_v1, QStringLiteral("-o"), out});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(read(out).contains("Since the previous review"));
        QVERIFY(read(out).contains("Carried from 1.0.0: moved")); // the carried review beside v2
    }
    const Run json =
        run({QStringLiteral("report"), m_v2, QStringLiteral("--previous"), m_v1, QStringLiteral("-o"),
             QStringLiteral("-"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(json.code, 0);
    const QJsonObject doc = QJsonDocument::fromJson(json.out).object();
    QVERIFY(doc.value(QStringLiteral("interdiff")).toObject().contains(QStringLiteral("code")));
    const QJsonObject carried = doc.value(QStringLiteral("review"))
                                    .toObject()
                                    .value(QStringLiteral("comments"))
                                    .toArray()
                                    .first()
                                    .toObject()
                                    .value(QStringLiteral("carried"))
                                    .toObject();
    QCOMPARE(carried.value(QStringLiteral("from_version")).toString(), QStringLiteral("1.0.0"));
    QCOMPARE(carried.value(QStringLiteral("status")).toString(), QStringLiteral("moved"));
    const Run plain = run({QStringLiteral("report"), m_v2, QStringLiteral("-o"), QStringLiteral("-"),
                           QStringLiteral("--format"), QStringLiteral("md")});
    QCOMPARE(plain.code, 0);
    QVERIFY(!plain.out.contains("Since the previous review"));
}

QTEST_GUILESS_MAIN(TestCarryCli)
#include "tst_carrycli.moc"
