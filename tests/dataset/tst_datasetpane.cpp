// SPDX-License-Identifier: Apache-2.0
#include "datasetfixture.h"
#include "widgets/common/placeholder.h"
#include "widgets/dataset/datasetpane.h"
#include "widgets/dataset/manifesttablemodel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace mr::dataset;

namespace {
Manifest makeRows(int from, int to)
{
    Manifest m;
    const int split = m.addColumn("split");
    const int rows = m.addColumn("rows");
    for (int i = from; i < to; ++i) {
        std::uint8_t d[32] = {std::uint8_t(i)};
        const QByteArray path =
            QStringLiteral("dir%1/file%2").arg(i % 4).arg(i, 4, 10, QLatin1Char('0')).toUtf8();
        const qsizetype row = m.addEntry(std::string_view(path.constData(), size_t(path.size())), 1000 - i,
                                         HashKind::Sha256, d, i + 1);
        m.setText(split, row, i % 3 ? "train" : "test");
        m.setNumber(rows, row, i);
    }
    m.finishColumns();
    return m;
}

QString shotDir()
{
    const QString d = QStringLiteral(MR_BINARY_DIR "/screenshots");
    QDir().mkpath(d);
    return d;
}
} // namespace

class TestDatasetPane : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void modelContract();
    void sortAndFilter_data();
    void sortAndFilter();
    void notProvided();
    void verifyFilterAndComment();
    void cleanVerificationSuggestsChecklist();
};

void TestDatasetPane::modelContract()
{
    ManifestTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.appendBatch(makeRows(0, 50));
    model.appendBatch(makeRows(50, 120));
    QCOMPARE(model.rowCount(), 120);
    QCOMPARE(model.columnCount(), int(ManifestTableModel::FixedColumnCount) + 2);
    model.manifest()->buildIndex();
    Manifest base = makeRows(0, 100);
    base.buildIndex();
    auto baseline = std::make_shared<const Manifest>(std::move(base));
    model.setBaseline(baseline, diffManifests(*model.manifest(), *baseline));
    model.setChangedOnly(true);
    QCOMPARE(model.rowCount(), 20); // 100..119 added
    model.setChangedOnly(false);
    model.sort(ManifestTableModel::SizeColumn, Qt::AscendingOrder);
    QCOMPARE(model.data(model.index(0, ManifestTableModel::SizeColumn)).toString(), QStringLiteral("881"));
    model.setTextFilter("DIR1/");
    QCOMPARE(model.rowCount(), 30);
    model.setCommentedPaths({"dir1/file0001"});
    QCOMPARE(model.data(model.index(model.rowOfPath("dir1/file0001"), 0), ManifestTableModel::CommentedRole)
                 .toBool(),
             true);
    model.clearFilters();
    QCOMPARE(model.rowCount(), 120);
}

void TestDatasetPane::sortAndFilter_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("order");
    QTest::addColumn<QString>("first");
    QTest::newRow("path asc") << int(ManifestTableModel::PathColumn) << int(Qt::AscendingOrder)
                              << "dir0/file0000";
    QTest::newRow("path desc") << int(ManifestTableModel::PathColumn) << int(Qt::DescendingOrder)
                               << "dir3/file0299";
    QTest::newRow("size asc") << int(ManifestTableModel::SizeColumn) << int(Qt::AscendingOrder)
                              << "dir3/file0299";
    QTest::newRow("split asc") << int(ManifestTableModel::FixedColumnCount) << int(Qt::AscendingOrder)
                               << "dir0/file0000";
    QTest::newRow("rows desc") << int(ManifestTableModel::FixedColumnCount) + 1 << int(Qt::DescendingOrder)
                               << "dir3/file0299";
}

void TestDatasetPane::sortAndFilter()
{
    QFETCH(int, column);
    QFETCH(int, order);
    QFETCH(QString, first);
    ManifestTableModel model;
    model.appendBatch(makeRows(0, 300));
    model.sort(column, Qt::SortOrder(order));
    QCOMPARE(model.pathAt(0), first);
    model.setColumnFilter(ManifestTableModel::FixedColumnCount, "test");
    QCOMPARE(model.rowCount(), 100);
    model.setFolderFilter("dir2");
    QCOMPARE(model.rowCount(), 25);
}

void TestDatasetPane::notProvided()
{
    mr::DatasetPane pane;
    auto p = std::make_shared<mr::Package>();
    p->rootPath = "/nonexistent";
    pane.setPackage(p);
    auto *placeholder = pane.findChild<mr::Placeholder *>("datasetPlaceholder");
    QVERIFY(placeholder);
    QCOMPARE(placeholder->state(), mr::Placeholder::State::NotProvided);
    QVERIFY(placeholder->text().contains("not provided"));
}

void TestDatasetPane::verifyFilterAndComment()
{
    QTemporaryDir dir;
    auto package = std::make_shared<mr::Package>(mr::testing::writeDatasetPackage(dir, 40));
    mr::DatasetPane pane;
    pane.resize(1200, 640);
    pane.show();
    QSignalSpy loaded(&pane, &mr::DatasetPane::loaded);
    pane.setPackage(package);
    QVERIFY(loaded.wait(20000));
    auto *table = pane.findChild<QTableView *>("datasetTable");
    QVERIFY(table);
    QCOMPARE(table->model()->rowCount(), 41); // 40 entries + 1 removed
    auto *changed = pane.findChild<QCheckBox *>("datasetChangedOnly");
    changed->setChecked(true);
    QCOMPARE(table->model()->rowCount(), 3); // modified, renamed, removed
    changed->setChecked(false);
    QVERIFY(pane.findChild<QLabel *>("datasetTotals")->text().contains("40 files"));

    QSignalSpy finished(&pane, &mr::DatasetPane::verificationFinished);
    QSignalSpy checklist(&pane, &mr::Pane::checklistSuggested);
    QSignalSpy findingsChanged(&pane, &mr::Pane::findingsChanged);
    QTest::mouseClick(pane.findChild<QPushButton *>("datasetVerify"), Qt::LeftButton);
    QVERIFY(finished.wait(30000));
    QCOMPARE(checklist.count(), 1);
    QCOMPARE(checklist.at(0).at(1).toBool(), false);
    QVERIFY(findingsChanged.count() >= 1);
    bool sawMismatch = false;
    for (const mr::Finding &f : pane.findings())
        sawMismatch |= f.ruleId == "dataset.mismatch" && f.item.path == "train/part-003.csv";
    QVERIFY(sawMismatch);

    auto *status = pane.findChild<QComboBox *>("datasetStatusFilter");
    status->setCurrentIndex(status->findText("Mismatches"));
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, 0).data().toString(), QStringLiteral("train/part-003.csv"));
    QCOMPARE(table->model()->index(0, ManifestTableModel::StatusColumn).data().toString(),
             QStringLiteral("mismatch"));
    pane.grab().save(shotDir() + "/datasetpane-mismatches.png");

    QSignalSpy comment(&pane, &mr::Pane::commentRequested);
    table->selectRow(0);
    QTest::mouseClick(pane.findChild<QPushButton *>("datasetComment"), Qt::LeftButton);
    QCOMPARE(comment.count(), 1);
    const auto anchor = comment.at(0).at(0).value<mr::Anchor>();
    QCOMPARE(anchor.kind, mr::Anchor::Kind::DatasetEntry);
    QCOMPARE(anchor.path, QStringLiteral("train/part-003.csv"));
    QVERIFY(comment.at(0).at(1).toString().contains("mismatch"));

    // Markers and reveal.
    pane.setCommentMarkers({mr::CommentMarker{anchor, 1, false, true}});
    QVERIFY(table->model()->index(0, 0).data(ManifestTableModel::CommentedRole).toBool());
    QVERIFY(pane.reveal(mr::Anchor::datasetEntry("test/part-010.csv"))); // filtered out: filters cleared
    QCOMPARE(table->model()->rowCount(), 42);                            // + the unlisted file
    QCOMPARE(table->selectionModel()->selectedRows().value(0).data().toString(),
             QStringLiteral("test/part-010.csv"));
    QVERIFY(!pane.reveal(mr::Anchor::datasetEntry("no/such/file")));
    status->setCurrentIndex(status->findText("Unlisted"));
    QCOMPARE(table->model()->rowCount(), 1);
    status->setCurrentIndex(0);
    pane.grab().save(shotDir() + "/datasetpane.png");
}

void TestDatasetPane::cleanVerificationSuggestsChecklist()
{
    QTemporaryDir dir;
    mr::Package p = mr::testing::writeDatasetPackage(dir, 6);
    // Only keep entries whose files are intact.
    QFile::remove(p.dataset.rootPath + "/train/part-003.csv");
    QByteArray manifest;
    for (int i : {0, 1, 2, 5}) {
        const QString path =
            QStringLiteral("%1/part-%2.csv").arg(i % 2 ? "train" : "test").arg(i, 3, 10, QLatin1Char('0'));
        manifest += mr::testing::manifestLine(
            path, "row," + QByteArray::number(i) + "\n" + QByteArray(i * 3, 'x'), i % 2 ? "train" : "test");
    }
    mr::testing::writeFile(p.dataset.manifestPath, manifest);
    mr::DatasetPane pane;
    QSignalSpy loaded(&pane, &mr::DatasetPane::loaded);
    pane.setPackage(std::make_shared<mr::Package>(p));
    QVERIFY(loaded.wait(20000));
    QSignalSpy checklist(&pane, &mr::Pane::checklistSuggested);
    QSignalSpy finished(&pane, &mr::DatasetPane::verificationFinished);
    pane.startVerification();
    QVERIFY(finished.wait(20000));
    QCOMPARE(checklist.count(), 1);
    QCOMPARE(checklist.at(0).at(0).toString(), QStringLiteral("dataset_verified"));
    QCOMPARE(checklist.at(0).at(1).toBool(), true);
}

QTEST_MAIN(TestDatasetPane)
#include "tst_datasetpane.moc"
