// SPDX-License-Identifier: Apache-2.0
// The exported report records the session: after a verification and a tolerance change in the
// panes, the JSON report holds exactly the panes' values (models/session). Export runs off the
// GUI thread.
#include "app/mainwindow.h"
#include "app/packagecontroller.h"
#include "app/reviewintegration.h"
#include "models/dataset/verifier.h"
#include "models/report/reportexport.h"
#include "models/session/sessionstate.h"
#include "widgets/dataset/datasetpane.h"
#include "widgets/dataset/manifesttablemodel.h"
#include "widgets/environment/environmentpane.h"
#include "widgets/results/resultspane.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace mr;

class TestSessionExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        m_example = QStringLiteral(MR_EXAMPLE_DIR);
        QVERIFY2(QFile::exists(m_example + QStringLiteral("/model-package.json")), qPrintable(m_example));
    }

    void jsonEqualsPaneState()
    {
        MainWindow w;
        w.resize(1600, 1000);
        w.show();
        QSignalSpy digest(w.controller(), &PackageController::digestFinished);
        w.openPath(m_example);
        QVERIFY(digest.wait(60000) || w.controller()->digestReady());
        DatasetPane *dataset = nullptr;
        ResultsPane *results = nullptr;
        EnvironmentPane *environment = nullptr;
        for (Pane *p : w.panes()) {
            dataset = dataset ? dataset : qobject_cast<DatasetPane *>(p);
            results = results ? results : qobject_cast<ResultsPane *>(p);
            environment = environment ? environment : qobject_cast<EnvironmentPane *>(p);
        }
        QVERIFY(dataset && results && environment);
        QTRY_VERIFY_WITH_TIMEOUT(!dataset->isLoading() && dataset->tableModel()->rowCount() > 0, 60000);
        QTRY_VERIFY_WITH_TIMEOUT(environment->isLoaded(), 60000);
        QTRY_VERIFY_WITH_TIMEOUT(results->placeholderText().isEmpty(), 60000);

        // Nothing verified yet: the session says so.
        const session::SessionModel *model = w.review()->sessionModel();
        QVERIFY(!model->state().verification);

        QSignalSpy verified(dataset, &DatasetPane::verificationFinished);
        dataset->startVerification();
        QVERIFY(verified.wait(60000));
        QVERIFY(model->state().verification);

        const results::DefaultTolerance tolerance{0.0125, 0.0375};
        results->setDefaultTolerance(tolerance);
        QCOMPARE(results->analysis().defaults, tolerance);

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("report.json"));
        QSignalSpy finished(w.review(), &ReviewIntegration::exportFinished);
        w.review()->exportReportTo(path, report::Format::Json);
        QVERIFY(w.review()->isExporting()); // off the GUI thread: the call returned at once
        QVERIFY(finished.wait(120000));
        QCOMPARE(finished.first().at(0).toBool(), true);

        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const nlohmann::json j = nlohmann::json::parse(f.readAll().toStdString());

        // The verification the pane ran, with its totals, when and by whom.
        const dataset::VerifyTotals totals = dataset->verification()->totals();
        const nlohmann::json &run = j.at("session").at("verification");
        QVERIFY(run.is_object());
        for (int s = 0; s < dataset::kEntryStatusCount; ++s) {
            const std::string key = dataset::entryStatusName(dataset::EntryStatus(s)).toStdString();
            QCOMPARE(run.at("totals").at(key).get<qint64>(), totals.counts[size_t(s)]);
        }
        QCOMPARE(run.at("totals").at("unlisted").get<qint64>(), totals.unlisted);
        QCOMPARE(run.at("complete").get<bool>(), totals.complete);
        QVERIFY(!run.at("finished").get<std::string>().empty());
        QVERIFY(run.at("by").is_object());
        const nlohmann::json &sectionRun = j.at("dataset").at("verification");
        QVERIFY2(sectionRun.is_object(), "the dataset section carries the verification, not null");
        QVERIFY(sectionRun.at("run") == run);
        QCOMPARE(sectionRun.at("totals").at("ok").get<qint64>(),
                 totals.counts[size_t(dataset::EntryStatus::Ok)]);

        // The tolerance set in the Results pane, in the session and in the results section.
        QCOMPARE(j.at("session").at("default_tolerance").at("abs").get<double>(), tolerance.abs);
        QCOMPARE(j.at("session").at("default_tolerance").at("rel").get<double>(), tolerance.rel);
        QCOMPARE(j.at("results").at("default_tolerance").at("abs").get<double>(), tolerance.abs);
        QCOMPARE(j.at("results").at("default_tolerance").at("rel").get<double>(), tolerance.rel);
        QCOMPARE(j.at("results").at("within_tolerance").get<bool>(), results->analysis().withinTolerance());

        // The pair the Environment pane compares.
        const QStringList pair = environment->currentPair().split(QStringLiteral(".."));
        QCOMPARE(pair.size(), 2);
        QCOMPARE(QString::fromStdString(
                     j.at("session").at("environment_pair").at("development").get<std::string>()),
                 pair.at(0));
        QCOMPARE(
            QString::fromStdString(j.at("session").at("environment_pair").at("reference").get<std::string>()),
            pair.at(1));
    }

    void exportCanBeCanceled()
    {
        MainWindow w;
        w.show();
        QSignalSpy digest(w.controller(), &PackageController::digestFinished);
        w.openPath(m_example);
        QVERIFY(digest.wait(60000) || w.controller()->digestReady());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("report.html"));
        QSignalSpy finished(w.review(), &ReviewIntegration::exportFinished);
        w.review()->exportReportTo(path, report::Format::Html);
        auto *progress = w.findChild<QWidget *>(QStringLiteral("exportProgress"));
        QVERIFY(progress);
        QMetaObject::invokeMethod(progress, "canceled"); // what its Cancel button does
        QVERIFY(!w.review()->isExporting());
        QVERIFY(!finished.wait(3000)); // a canceled export reports nothing
        // Another export runs normally afterwards.
        w.review()->exportReportTo(path, report::Format::Html);
        QVERIFY(finished.wait(120000));
        QVERIFY(QFile::exists(path));
    }

private:
    QString m_example;
};

QTEST_MAIN(TestSessionExport)
#include "tst_sessionexport.moc"
