// SPDX-License-Identifier: Apache-2.0
// Submit requirements: JSON round trip, hostile files, the reviewer's saved ones, and the
// approval checks they produce.
#include "models/review/submitrequirements.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

#include <nlohmann/json.hpp>

using namespace mr;
using namespace mr::review;

Q_DECLARE_METATYPE(mr::review::SubmitRequirements)

class TestSubmitRequirements : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void defaults()
    {
        const SubmitRequirements r;
        // A section that failed to load refuses approval unless the reviewer says otherwise.
        QVERIFY(r.noFailedSections);
        QVERIFY(r.noOpenBlockers);
        QVERIFY(!r.datasetVerified);
        QVERIFY(!r.noErrorFindings);
        QVERIFY(!r.checklistComplete);
    }

    void roundTrip_data()
    {
        QTest::addColumn<SubmitRequirements>("requirements");
        QTest::newRow("defaults") << SubmitRequirements();
        SubmitRequirements all;
        for (SubmitRequirements::Rule rule : SubmitRequirements::allRules())
            all.setRequired(rule, true);
        QTest::newRow("all") << all;
        SubmitRequirements none;
        for (SubmitRequirements::Rule rule : SubmitRequirements::allRules())
            none.setRequired(rule, false);
        QTest::newRow("none") << none;
        SubmitRequirements some;
        some.datasetVerified = true;
        some.noFailedSections = false;
        QTest::newRow("mixed") << some;
    }
    void roundTrip()
    {
        QFETCH(SubmitRequirements, requirements);
        const nlohmann::json j = requirements;
        QCOMPARE(j.size(), size_t(SubmitRequirements::allRules().size()));
        QCOMPARE(j.get<SubmitRequirements>(), requirements);
        // Through text too, as a file would carry it.
        QCOMPARE(nlohmann::json::parse(j.dump()).get<SubmitRequirements>(), requirements);
    }

    void missingKeysKeepDefaults()
    {
        const auto r = nlohmann::json::parse(R"({"dataset_verified": true})").get<SubmitRequirements>();
        QVERIFY(r.datasetVerified);
        QVERIFY(r.noFailedSections);
    }

    void hostileFiles_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("message");
        QTest::newRow("malformed") << QByteArray("{\n  \"no_failed_sections\": tru\n}")
                                   << QStringLiteral(":2:");
        QTest::newRow("unknown key") << QByteArray(R"({"no_failed_section": false})")
                                     << QStringLiteral("unknown requirement \"no_failed_section\"");
        QTest::newRow("wrong type") << QByteArray(R"({"dataset_verified": "yes"})")
                                    << QStringLiteral("\"dataset_verified\" must be true or false");
        QTest::newRow("array") << QByteArray("[]") << QStringLiteral("must be a JSON object");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("requirements.json");
        QTest::newRow("binary") << QByteArray("\x00\xff\xfe", 3) << QStringLiteral("requirements.json");
    }
    void hostileFiles()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("requirements.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
        f.close();
        Diagnostic error;
        QVERIFY(!readSubmitRequirements(path, &error));
        QVERIFY2(error.toString().contains(message), qPrintable(error.toString()));
        QVERIFY(error.toString().contains(QStringLiteral("requirements.json")));
    }

    void missingFile()
    {
        Diagnostic error;
        QVERIFY(!readSubmitRequirements(QStringLiteral("/nonexistent/req.json"), &error));
        QVERIFY(error.toString().contains(QStringLiteral("req.json")));
    }

    void storedPerReviewer()
    {
        SubmitRequirements r;
        r.noErrorFindings = true;
        r.noFailedSections = false;
        storeSubmitRequirements(r);
        QCOMPARE(storedSubmitRequirements(), r);
        storeSubmitRequirements(SubmitRequirements());
        QCOMPARE(storedSubmitRequirements(), SubmitRequirements());
    }

    void evaluate_data()
    {
        QTest::addColumn<QStringList>("failed");
        QTest::addColumn<QStringList>("blockers");
        QTest::addColumn<QStringList>("errors");
        QTest::addColumn<bool>("verified");
        QTest::addColumn<bool>("requireAll");
        QTest::addColumn<bool>("allowed");
        QTest::addColumn<QString>("refusal");
        const QStringList none;
        QTest::newRow("clean, defaults") << none << none << none << false << false << true << QString();
        QTest::newRow("failed section, defaults")
            << QStringList{QStringLiteral("Code: repository not found")} << none << none << true << false
            << false << QStringLiteral("No section failed to load: Code: repository not found");
        QTest::newRow("error findings allowed by default")
            << none << none << QStringList{QStringLiteral("hash mismatch")} << false << false << true
            << QString();
        QTest::newRow("error findings required")
            << none << none << QStringList{QStringLiteral("hash mismatch")} << true << true << false
            << QStringLiteral("No error findings: hash mismatch");
        QTest::newRow("unverified data required") << none << none << none << false << true << false
                                                  << QStringLiteral("Dataset verified: not verified");
        QTest::newRow("open blocker")
            << none << QStringList{QStringLiteral("train.py:3: leak")} << none << true << false << false
            << QStringLiteral("No open blockers: train.py:3: leak");
    }
    void evaluate()
    {
        QFETCH(QStringList, failed);
        QFETCH(QStringList, blockers);
        QFETCH(QStringList, errors);
        QFETCH(bool, verified);
        QFETCH(bool, requireAll);
        QFETCH(bool, allowed);
        QFETCH(QString, refusal);
        SubmitRequirements r;
        if (requireAll)
            for (SubmitRequirements::Rule rule : SubmitRequirements::allRules())
                r.setRequired(rule, rule != SubmitRequirements::Rule::ChecklistComplete);
        ApprovalFacts facts;
        facts.failedSections = failed;
        facts.openBlockers = blockers;
        facts.errorFindings = errors;
        facts.datasetProvided = true;
        facts.datasetVerified = verified;
        facts.untickedSteps = {QStringLiteral("Code read")}; // never required here
        const QList<ApprovalCheck> checks = evaluateApproval(r, facts);
        QCOMPARE(checks.size(), SubmitRequirements::allRules().size());
        QCOMPARE(approvalAllowed(checks), allowed);
        const QStringList refusals = approvalRefusals(checks);
        QCOMPARE(refusals.isEmpty(), refusal.isEmpty());
        if (!refusal.isEmpty())
            QVERIFY2(refusals.contains(refusal), qPrintable(refusals.join(QLatin1Char('|'))));
        // The summary shows every open point, required or not.
        const auto checklist = std::find_if(checks.cbegin(), checks.cend(), [](const ApprovalCheck &c) {
            return c.rule == SubmitRequirements::Rule::ChecklistComplete;
        });
        QVERIFY(!checklist->met);
        QVERIFY(!checklist->required);
    }
};

QTEST_GUILESS_MAIN(TestSubmitRequirements)
#include "tst_submitrequirements.moc"
