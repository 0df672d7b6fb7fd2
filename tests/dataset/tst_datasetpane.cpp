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
#include <QLocale>
#include <QProgressBar>
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
    void baselineValuesAndRenameSource();
    void sortAndFilter_data();
    void sortAndFilter();
    void notProvided();
    void verifyFilterAndComment();
    void cleanVerificationSuggestsChecklist();
    void statusLineAfterFinishAndCancel();
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

// A changed entry shows the baseline's value of each changed column beside its own ("315 → 300"),
// and a renamed entry's old path has a column of its own.
void TestDatasetPane::baselineValuesAndRenameSource()
{
    auto entry = [](Manifest &m, const char *path, qint64 size, std::uint8_t digest, double rows) {
        std::uint8_t d[32] = {digest};
        const qsizetype row = m.addEntry(path, size, HashKind::Sha256, d, 1);
        m.setText(m.columnIndex("split"), row, "train");
        m.setNumber(m.columnIndex("rows"), row, rows);
    };
    Manifest now;
    now.addColumn("split");
    now.addColumn("rows");
    entry(now, "a.csv", 3000, 1, 300);
    entry(now, "b-new.csv", 500, 2, 50);
    entry(now, "c.csv", 700, 3, 70);
    now.finishColumns();
    Manifest base;
    base.addColumn("split");
    base.addColumn("rows");
    entry(base, "a.csv", 3150, 9, 315);
    entry(base, "b-old.csv", 500, 2, 50);
    entry(base, "c.csv", 700, 3, 70);
    base.finishColumns();
    ManifestTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.appendBatch(now);
    model.manifest()->buildIndex();
    base.buildIndex();
    auto baseline = std::make_shared<const Manifest>(std::move(base));
    model.setBaseline(baseline, diffManifests(*model.manifest(), *baseline));
    const int rowsColumn = ManifestTableModel::FixedColumnCount + 1;
    const int a = model.rowOfPath("a.csv"), b = model.rowOfPath("b-new.csv"), c = model.rowOfPath("c.csv");
    QCOMPARE(model.index(a, ManifestTableModel::ChangeColumn).data().toString(), QStringLiteral("modified"));
    QCOMPARE(model.index(a, rowsColumn).data().toString(), QStringLiteral("315 → 300"));
    QCOMPARE(model.index(a, ManifestTableModel::FixedColumnCount).data().toString(), QStringLiteral("train"));
    QCOMPARE(model.index(a, ManifestTableModel::BaselineSizeColumn).data().toString(),
             QLocale().toString(3150));                                           // in the reviewer's locale
    QCOMPARE(model.index(c, rowsColumn).data().toString(), QStringLiteral("70")); // unchanged
    QCOMPARE(model.index(b, ManifestTableModel::ChangeColumn).data().toString(), QStringLiteral("renamed"));
    QCOMPARE(model.headerData(ManifestTableModel::RenamedFromColumn, Qt::Horizontal).toString(),
             QStringLiteral("Renamed from"));
    QCOMPARE(model.index(b, ManifestTableModel::RenamedFromColumn).data().toString(),
             QStringLiteral("b-old.csv"));
    QVERIFY(model.index(a, ManifestTableModel::RenamedFromColumn).data().toString().isEmpty());
    QVERIFY(model.describeRow(b).contains(QLatin1String("from b-old.csv")));
    model.sort(ManifestTableModel::RenamedFromColumn, Qt::DescendingOrder);
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("b-new.csv"));
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

    // A comment's fingerprint is the quoted entry: verifying must not change it.
    const mr::Anchor tampered = mr::Anchor::datasetEntry("train/part-003.csv");
    const QString quotedBefore = pane.anchoredText(tampered);
    QVERIFY(quotedBefore.startsWith("train/part-003.csv"));
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
    QCOMPARE(comment.at(0).at(1).toString(), quotedBefore);
    QCOMPARE(pane.anchoredText(anchor), quotedBefore);
    QVERIFY(!quotedBefore.contains("mismatch"));

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

// The status line ends at 100% with the totals (no time left), and after Cancel it says so
// without a stale estimate.
void TestDatasetPane::statusLineAfterFinishAndCancel()
{
    QTemporaryDir dir;
    auto package = std::make_shared<mr::Package>(mr::testing::writeDatasetPackage(dir, 40));
    mr::DatasetPane pane;
    QSignalSpy loaded(&pane, &mr::DatasetPane::loaded);
    pane.setPackage(package);
    QVERIFY(loaded.wait(20000));
    auto *label = pane.findChild<QLabel *>("datasetProgressLabel");
    auto *bar = pane.findChild<QProgressBar *>("datasetProgress");
    QSignalSpy finished(&pane, &mr::DatasetPane::verificationFinished);
    pane.startVerification();
    QVERIFY(finished.wait(30000));
    // 40 entries and the package's artifact.
    QVERIFY2(label->text().startsWith("Verified 100%: 41 files"), qPrintable(label->text()));
    QVERIFY2(label->text().contains("38 ok · 1 mismatch · 1 missing · 0 unreadable · 1 unlisted"),
             qPrintable(label->text()));
    QVERIFY(!label->text().contains("left"));
    QCOMPARE(bar->value(), bar->maximum());

    // Cancel right away on a fresh pane: the line says canceled, with what was checked.
    mr::DatasetPane second;
    QSignalSpy loaded2(&second, &mr::DatasetPane::loaded);
    second.setPackage(package);
    QVERIFY(loaded2.wait(20000));
    QSignalSpy finished2(&second, &mr::DatasetPane::verificationFinished);
    second.startVerification();
    second.cancelVerification();
    QVERIFY(finished2.wait(30000));
    auto *label2 = second.findChild<QLabel *>("datasetProgressLabel");
    QVERIFY2(label2->text().startsWith("Canceled at ") || label2->text().startsWith("Verified 100%"),
             qPrintable(label2->text()));
    QVERIFY(!label2->text().contains("left"));
}

QTEST_MAIN(TestDatasetPane)
#include "tst_datasetpane.moc"
