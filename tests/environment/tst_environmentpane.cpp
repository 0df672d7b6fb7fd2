// SPDX-License-Identifier: Apache-2.0
#include "models/environment/environmentreport.h"
#include "widgets/environment/environmentmodels.h"
#include "widgets/environment/environmentpane.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace mr;
using namespace mr::environment;

namespace {

void write(const QString &path, const QByteArray &data)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(data);
}

const char kDevelopment[] =
    "{\"format\": \"modelreview.environment/v1\", \"host\": \"ana-macbook\",\n"
    "  \"os\": {\"name\": \"macOS\", \"version\": \"14.4\", \"architecture\": \"arm64\"},\n"
    "  \"python\": {\"version\": \"3.10.12\", \"implementation\": \"CPython\"},\n"
    "  \"variables\": {\"PYTHONHASHSEED\": \"0\"},\n"
    "  \"packages\": [{\"name\": \"numpy\", \"version\": \"1.26.4\"}, {\"name\": \"torch\", \"version\": "
    "\"1.13.1\"},\n"
    "               {\"name\": \"pandas\", \"version\": \"1.5.3\"}, {\"name\": \"scikit-learn\", "
    "\"version\": \"1.4.0\"},\n"
    "               {\"name\": \"scipy\", \"version\": \"1.11.4\"}, {\"name\": \"jupyterlab\", \"version\": "
    "\"4.1.2\"},\n"
    "               {\"name\": \"churnlib\", \"version\": \"0.1.0\", \"source\": \"editable\", \"url\": "
    "\"file:///Users/ana/src/churnlib\"},\n"
    "               {\"name\": \"requests\", \"specifier\": \">=2\"}]}";
const char kReference[] =
    "{\"format\": \"modelreview.environment/v1\", \"host\": \"prod-train-01\",\n"
    "  \"os\": {\"name\": \"Debian GNU/Linux\", \"version\": \"12\", \"architecture\": \"x86_64\"},\n"
    "  \"python\": {\"version\": \"3.11.2\", \"implementation\": \"CPython\"},\n"
    "  \"accelerators\": {\"cuda\": \"12.1\", \"gpus\": [\"NVIDIA A10G\"]},\n"
    "  \"variables\": {\"PYTHONHASHSEED\": \"0\"},\n"
    "  \"base_image\": \"python:3.11-slim\",\n"
    "  \"packages\": [{\"name\": \"numpy\", \"version\": \"1.26.4\"}, {\"name\": \"torch\", \"version\": "
    "\"2.4.1+cu121\"},\n"
    "               {\"name\": \"pandas\", \"version\": \"2.2.1\"}, {\"name\": \"scikit-learn\", "
    "\"version\": \"1.3.2\"},\n"
    "               {\"name\": \"scipy\", \"version\": \"1.11.4\"}, {\"name\": \"gunicorn\", \"version\": "
    "\"21.2.0\"},\n"
    "               {\"name\": \"churnlib\", \"version\": \"0.1.0\"}, {\"name\": \"requests\", \"version\": "
    "\"2.31.0\"}]}";

} // namespace

class TestEnvironmentPane : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void models();
    void filterMajorAndComment();
    void pairsAndMatrix();
    void revealAndMarkers();
    void placeholders();
    void screenshots();

private:
    QTemporaryDir m_dir;
    PackagePtr m_package;
    LoadedEnvironments m_loaded;
};

void TestEnvironmentPane::initTestCase()
{
    write(m_dir.filePath("development.json"), kDevelopment);
    write(m_dir.filePath("reference.json"), kReference);
    write(m_dir.filePath("ci.txt"), "numpy==1.26.4\ntorch==2.3.0\nthis is not a requirement\n");
    write(m_dir.filePath("broken.bin"), QByteArray("\0\1\2\3", 4));
    auto package = std::make_shared<Package>();
    package->rootPath = m_dir.path();
    package->name = "churn";
    package->environments.provided = true;
    for (const auto &[name, file] :
         {std::pair{"development", "development.json"}, std::pair{"reference", "reference.json"},
          std::pair{"ci", "ci.txt"}, std::pair{"broken", "broken.bin"}})
        package->environments.files.append({name, file, m_dir.filePath(file)});
    m_package = package;
    m_loaded = loadEnvironments(*package);
    QCOMPARE(m_loaded.environments.size(), 4);
}

void TestEnvironmentPane::models()
{
    EnvironmentComparisonModel model;
    EnvironmentFilterModel proxy;
    proxy.setSourceModel(&model);
    EnvironmentMatrixModel matrix;
    QAbstractItemModelTester t1(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t2(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t3(&matrix, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const Comparison c = m_loaded.defaultComparison();
    model.setComparison(c);
    QCOMPARE(model.rowCount(), int(c.rows.size()));
    proxy.setChangedOnly(true);
    QCOMPARE(proxy.rowCount(), int(c.rows.size()) - c.count(Change::Unchanged));
    proxy.setText("TORCH");
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setText({});
    proxy.setChange(int(Change::OnlyInDevelopment));
    QCOMPARE(proxy.rowCount(), c.count(Change::OnlyInDevelopment));
    proxy.sort(EnvironmentComparisonModel::LevelColumn, Qt::DescendingOrder);
    model.setComparison({});
    QCOMPARE(proxy.rowCount(), 0);
    matrix.setMatrix(buildMatrix(m_loaded.environments));
    QCOMPARE(matrix.columnCount(), 5);
    model.setCommentMarkers({{Anchor::environmentPackage("development..reference", "torch"), 2, true, true}});
}

void TestEnvironmentPane::filterMajorAndComment()
{
    EnvironmentPane pane;
    QSignalSpy loaded(&pane, &EnvironmentPane::loaded);
    QSignalSpy checklist(&pane, &Pane::checklistSuggested);
    QSignalSpy comments(&pane, &Pane::commentRequested);
    QSignalSpy findings(&pane, &Pane::findingsChanged);
    pane.resize(1100, 600);
    pane.show();
    pane.setPackage(m_package);
    QVERIFY(loaded.wait(10000) || pane.isLoaded());
    QCOMPARE(pane.objectName(), QStringLiteral("environmentPane"));
    QCOMPARE(pane.currentPair(), QStringLiteral("development..reference"));
    QCOMPARE(checklist.size(), 1);
    QCOMPARE(checklist.first().at(0).toString(), QStringLiteral("environments_compared"));
    QVERIFY(checklist.first().at(1).toBool());
    QVERIFY(findings.size() >= 1);

    QStringList rules;
    for (const Finding &f : pane.findings())
        rules.append(f.ruleId);
    QVERIFY(rules.contains("environment.python-minor"));
    QVERIFY(rules.contains("environment.architecture-different"));
    QVERIFY(rules.contains("environment.editable"));
    QVERIFY(rules.contains("environment.unpinned"));
    QVERIFY(rules.contains("environment.gpu-stack"));
    QVERIFY(rules.contains("environment.unreadable"));

    auto *table = pane.findChild<QTableView *>("environmentTable");
    auto *level = pane.findChild<QComboBox *>("levelFilter");
    QVERIFY(table && level);
    level->setCurrentIndex(level->findData(int(Level::Major)));
    QAbstractItemModel *view = table->model();
    // torch 1.13.1 -> 2.4.1+cu121 and pandas 1.5.3 -> 2.2.1 are the major changes.
    QCOMPARE(view->rowCount(), 2);
    QStringList keys;
    for (int r = 0; r < view->rowCount(); ++r) {
        QCOMPARE(view->index(r, EnvironmentComparisonModel::LevelColumn).data().toString(),
                 QStringLiteral("major"));
        keys.append(view->index(r, 0).data(EnvironmentRoles::Key).toString());
    }
    keys.sort();
    QCOMPARE(keys, QStringList({"pandas", "torch"}));

    const int torchRow =
        int(keys.indexOf("torch")) == 0 && view->index(0, 0).data(EnvironmentRoles::Key) == "torch" ? 0 : 1;
    table->setCurrentIndex(view->index(torchRow, 0));
    auto *button = pane.findChild<QPushButton *>("commentButton");
    QVERIFY(button && button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(comments.size(), 1);
    const Anchor anchor = comments.first().at(0).value<Anchor>();
    QCOMPARE(anchor.kind, Anchor::Kind::EnvironmentPackage);
    QCOMPARE(anchor.environmentPair, QStringLiteral("development..reference"));
    QCOMPARE(anchor.path, QStringLiteral("torch"));
    const QString quoted = comments.first().at(1).toString();
    QVERIFY2(quoted.contains("1.13.1") && quoted.contains("2.4.1+cu121") && quoted.contains("major"),
             qPrintable(quoted));
    QCOMPARE(pane.anchoredText(anchor), quoted);
}

void TestEnvironmentPane::pairsAndMatrix()
{
    EnvironmentPane pane;
    pane.resize(1000, 500);
    pane.show();
    QSignalSpy loaded(&pane, &EnvironmentPane::loaded);
    pane.setPackage(m_package);
    QVERIFY(loaded.wait(10000) || pane.isLoaded());
    auto *dev = pane.findChild<QComboBox *>("developmentCombo");
    auto *ref = pane.findChild<QComboBox *>("referenceCombo");
    QCOMPARE(dev->count(), 4);
    ref->setCurrentIndex(ref->findText("ci"));
    QCOMPARE(pane.currentPair(), QStringLiteral("development..ci"));
    auto *table = pane.findChild<QTableView *>("environmentTable");
    QVERIFY(table->model()->rowCount() > 0);
    QTest::mouseClick(pane.findChild<QPushButton *>("swapButton"), Qt::LeftButton);
    QCOMPARE(pane.currentPair(), QStringLiteral("ci..development"));
    ref->setCurrentIndex(ref->findText("broken"));
    QCOMPARE(table->model()->rowCount(), 0); // an unreadable side: no rows, the reason under Files

    auto *matrix = pane.findChild<QTableView *>("environmentMatrix");
    QCOMPARE(matrix->model()->columnCount(), 4); // item, development, reference, ci: "broken" is unreadable
    pane.findChild<QLineEdit *>("searchEdit")->setText("torch");
    QCOMPARE(matrix->model()->rowCount(), 1);
    QCOMPARE(matrix->model()->index(0, 3).data().toString(), QStringLiteral("2.3.0"));

    auto *files = pane.findChild<QListWidget *>("environmentDiagnostics");
    QStringList lines;
    for (int i = 0; i < files->count(); ++i)
        lines.append(files->item(i)->text());
    const QString all = lines.join('\n');
    QVERIFY2(all.contains("ci.txt:3: line ignored") && all.contains("broken.bin:1:1: binary file"),
             qPrintable(all));
}

void TestEnvironmentPane::revealAndMarkers()
{
    EnvironmentPane pane;
    QSignalSpy loaded(&pane, &EnvironmentPane::loaded);
    pane.setPackage(m_package);
    QVERIFY(loaded.wait(10000) || pane.isLoaded());
    pane.findChild<QCheckBox *>("changedOnlyCheck")->setChecked(true);
    auto *table = pane.findChild<QTableView *>("environmentTable");
    // numpy is unchanged, hidden by "changed only": revealing it clears the filter.
    QVERIFY(pane.reveal(Anchor::environmentPackage("ci..development", "numpy")));
    QCOMPARE(pane.currentPair(), QStringLiteral("ci..development"));
    QCOMPARE(table->currentIndex().data(EnvironmentRoles::Key).toString(), QStringLiteral("numpy"));
    QVERIFY(!pane.findChild<QCheckBox *>("changedOnlyCheck")->isChecked());
    QVERIFY(!pane.reveal(Anchor::environmentPackage("development..nowhere", "numpy")));
    QVERIFY(!pane.reveal(Anchor::metric("accuracy")));

    pane.setCommentMarkers({{Anchor::environmentPackage("ci..development", "numpy"), 2, true, true}});
    QVERIFY(table->currentIndex().siblingAtColumn(0).data().toString().contains("[2 comments]"));
    QVERIFY(table->currentIndex().siblingAtColumn(0).data(Qt::ToolTipRole).toString().contains("blocker"));
}

void TestEnvironmentPane::placeholders()
{
    EnvironmentPane pane;
    QSignalSpy loaded(&pane, &EnvironmentPane::loaded);
    auto package = std::make_shared<Package>();
    package->rootPath = m_dir.path();
    pane.setPackage(package);
    QCOMPARE(loaded.size(), 1); // not provided: no work to do
    QVERIFY(pane.findChild<QWidget *>("environmentPlaceholder")->isVisibleTo(&pane));
    QVERIFY(pane.findings().isEmpty());
    pane.setPackage(nullptr);
    QVERIFY(pane.findChild<QTableView *>("environmentTable")->model()->rowCount() == 0);
}

void TestEnvironmentPane::screenshots()
{
    const QString out = QStringLiteral(MR_BINARY_DIR "/screenshots");
    QDir().mkpath(out);
    for (const bool dark : {false, true}) {
        EnvironmentPane pane;
        QPalette palette = QApplication::style()->standardPalette();
        if (dark) {
            palette.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
            palette.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
            palette.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
            palette.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
            palette.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
            palette.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
            palette.setColor(QPalette::ButtonText, QColor(0xe0, 0xe0, 0xe0));
            palette.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x90));
        }
        pane.setPalette(palette);
        QSignalSpy loaded(&pane, &EnvironmentPane::loaded);
        pane.resize(1100, 520);
        pane.show();
        pane.setPackage(m_package);
        QVERIFY(loaded.wait(10000) || pane.isLoaded());
        pane.findChild<QCheckBox *>("changedOnlyCheck")->setChecked(true);
        const QImage image = pane.grab().toImage();
        QVERIFY(!image.isNull());
        QVERIFY(image.save(out + (dark ? "/environment-dark.png" : "/environment-light.png")));
        if (!dark) {
            pane.findChild<QTabWidget *>("environmentTabs")->setCurrentIndex(1);
            QVERIFY(pane.grab().toImage().save(out + "/environment-matrix.png"));
            pane.findChild<QTabWidget *>("environmentTabs")->setCurrentIndex(2);
            QVERIFY(pane.grab().toImage().save(out + "/environment-files.png"));
        }
    }
}

QTEST_MAIN(TestEnvironmentPane)
#include "tst_environmentpane.moc"
