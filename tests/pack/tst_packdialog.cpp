// SPDX-License-Identifier: Apache-2.0
// File > New Package from Working Copy…: preview, refusal, writing and cancel, driven through the
// dialog's widgets by object name (offscreen).
#include "packfixture.h"
#include "widgets/pack/packdialog.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace packfixture;

namespace {
QStringList column(const QTreeWidget *tree)
{
    QStringList out;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        out << tree->topLevelItem(i)->text(0);
    return out;
}
QString allFindings(const QListWidget *list)
{
    QStringList out;
    for (int i = 0; i < list->count(); ++i)
        out << list->item(i)->text();
    return out.join(QLatin1Char('\n'));
}
} // namespace

class TestPackDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void previewThenWrite();
    void dirtyRefused();
    void cancelWritesNothing();
};

void TestPackDialog::previewThenWrite()
{
    QTemporaryDir tmp;
    const QString src = tmp.filePath(QStringLiteral("project"));
    QCOMPARE(makePlainProject(src), QString());
    const QMap<QString, QByteArray> before = snapshot(src);
    mr::PackDialog dialog;
    dialog.setSource(src);
    dialog.setOutput(tmp.filePath(QStringLiteral("project.tar.zst")));
    dialog.findChild<QPlainTextEdit *>(QStringLiteral("claimedEdit"))
        ->setPlainText(src + QStringLiteral("/metrics.json"));
    dialog.findChild<QPlainTextEdit *>(QStringLiteral("metricsEdit"))
        ->setPlainText(QStringLiteral("accuracy:higher:abs=0.01"));
    dialog.show();
    QSignalSpy ready(&dialog, &mr::PackDialog::previewReady);
    dialog.findChild<QPushButton *>(QStringLiteral("previewButton"))->click();
    QVERIFY(ready.wait(60000));
    const QStringList contents = column(dialog.findChild<QTreeWidget *>(QStringLiteral("contentsTree")));
    QVERIFY(contents.contains(QStringLiteral("code.git")));
    QVERIFY(contents.contains(QStringLiteral("env/repository/requirements.txt")));
    QVERIFY(contents.contains(QStringLiteral("results/claimed.json")));
    const QString findings = allFindings(dialog.findChild<QListWidget *>(QStringLiteral("findingsList")));
    QVERIFY2(findings.contains(QStringLiteral("package.section-missing")), qPrintable(findings));
    QVERIFY(findings.contains(QStringLiteral("results.no-rerun")));
    QVERIFY(!QFile::exists(tmp.filePath(QStringLiteral("project.tar.zst")))); // a preview writes nothing
    QDir().mkpath(QStringLiteral("/tmp/modelreview-shots"));
    dialog.grab().save(QStringLiteral("/tmp/modelreview-shots/packdialog.png"));

    QSignalSpy written(&dialog, &mr::PackDialog::packageWritten);
    dialog.findChild<QPushButton *>(QStringLiteral("writeButton"))->click();
    QVERIFY(written.wait(60000));
    QCOMPARE(written.first().first().toString(), tmp.filePath(QStringLiteral("project.tar.zst")));
    QVERIFY(QFileInfo(tmp.filePath(QStringLiteral("project.tar.zst"))).size() > 0);
    QCOMPARE(snapshot(src), before);
}

void TestPackDialog::dirtyRefused()
{
    QTemporaryDir tmp;
    const QString src = tmp.filePath(QStringLiteral("project"));
    QCOMPARE(makePlainProject(src), QString());
    QVERIFY(writeFile(src + QStringLiteral("/train.py"), "print('edited')\n"));
    mr::PackDialog dialog;
    dialog.setSource(src);
    dialog.setOutput(tmp.filePath(QStringLiteral("out.zip")));
    QSignalSpy failed(&dialog, &mr::PackDialog::writeFailed);
    dialog.findChild<QPushButton *>(QStringLiteral("writeButton"))->click();
    auto *status = dialog.findChild<QLabel *>(QStringLiteral("statusLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(QStringLiteral("Refused")), 60000);
    QVERIFY(status->text().contains(QStringLiteral("train.py")));
    QVERIFY(!QFile::exists(tmp.filePath(QStringLiteral("out.zip"))));
    QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("writeButton"))->isEnabled());
}

void TestPackDialog::cancelWritesNothing()
{
    QTemporaryDir tmp;
    const QString src = tmp.filePath(QStringLiteral("project"));
    QCOMPARE(makePlainProject(src), QString());
    const QString data = tmp.filePath(QStringLiteral("data"));
    const QByteArray chunk(512 << 10, 'x');
    for (int i = 0; i < 400; ++i)
        QVERIFY(writeFile(QStringLiteral("%1/part-%2.bin").arg(data).arg(i, 4, 10, QLatin1Char('0')),
                          chunk + QByteArray::number(i)));
    mr::PackDialog dialog;
    dialog.setSource(src);
    dialog.setOutput(tmp.filePath(QStringLiteral("out.tar.gz")));
    dialog.findChild<QComboBox *>(QStringLiteral("datasetMode"))->setCurrentIndex(1);
    dialog.findChild<QLineEdit *>(QStringLiteral("datasetPathEdit"))->setText(data);
    dialog.show();
    QSignalSpy failed(&dialog, &mr::PackDialog::writeFailed);
    QSignalSpy written(&dialog, &mr::PackDialog::packageWritten);
    dialog.findChild<QPushButton *>(QStringLiteral("writeButton"))->click();
    auto *progress = dialog.findChild<QProgressBar *>(QStringLiteral("progressBar"));
    QTRY_VERIFY_WITH_TIMEOUT(progress->isVisible(), 60000);
    dialog.findChild<QPushButton *>(QStringLiteral("cancelButton"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(failed.count() + written.count() > 0, 60000);
    if (written.count())
        QSKIP("the pack finished before the cancel arrived");
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("statusLabel"))
                ->text()
                .startsWith(QStringLiteral("Canceled")));
    QStringList left = QDir(tmp.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    QCOMPARE(left, (QStringList{QStringLiteral("data"), QStringLiteral("project")}));
}

QTEST_MAIN(TestPackDialog)
#include "tst_packdialog.moc"
