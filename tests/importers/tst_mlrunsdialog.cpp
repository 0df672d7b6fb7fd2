// SPDX-License-Identifier: Apache-2.0
// The run chooser a whole mlruns/ folder opens: experiments with their runs, Open enabled only
// on a run, the chosen run's folder returned. Found by object name, offscreen.
#include "app/mlrunsdialog.h"
#include "models/importers/importer.h"
#include "tests/importers/importfixtures.h"

#include <QPushButton>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

class TestMlrunsDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void choosesARun();
};

void TestMlrunsDialog::choosesARun()
{
    QTemporaryDir tmp;
    const QString run =
        fixtures::mlflowStore(tmp.path(), QStringLiteral("9f1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e"), {});
    const QString store = tmp.path() + QStringLiteral("/mlruns");
    QCOMPARE(mr::importers::recognise(store), mr::importers::SourceKind::MlflowStore);
    mr::MlrunsDialog dialog(store, mr::importers::listMlflowRuns(store));
    dialog.show();
    auto *tree = dialog.findChild<QTreeWidget *>(QStringLiteral("mlrunsTree"));
    auto *open = dialog.findChild<QPushButton *>(QStringLiteral("mlrunsOpen"));
    QVERIFY(tree && open);
    QCOMPARE(tree->topLevelItemCount(), 2); // churn and other
    QTreeWidgetItem *churn = tree->topLevelItem(0)->text(0) == QLatin1String("churn") ? tree->topLevelItem(0)
                                                                                      : tree->topLevelItem(1);
    QCOMPARE(churn->childCount(), 2);
    QVERIFY(!open->isEnabled());
    tree->setCurrentItem(churn);
    QVERIFY(!open->isEnabled()); // an experiment is not a run
    QTreeWidgetItem *heron = nullptr;
    for (int i = 0; i < churn->childCount(); ++i)
        if (churn->child(i)->text(0) == QLatin1String("bold-heron-7"))
            heron = churn->child(i);
    QVERIFY(heron);
    tree->setCurrentItem(heron);
    QVERIFY(open->isEnabled());
    QCOMPARE(dialog.selectedRunPath(), QFileInfo(run).absoluteFilePath());
    if (qEnvironmentVariableIsSet("MR_GRAB"))
        dialog.grab().save(QStringLiteral("/tmp/mlruns-dialog.png"));
}

QTEST_MAIN(TestMlrunsDialog)
#include "tst_mlrunsdialog.moc"
