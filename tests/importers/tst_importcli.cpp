// SPDX-License-Identifier: Apache-2.0
// The headless commands on imported sources: inspect --json gives package.source_kind, an
// mlruns/ folder lists its runs and exits 2, --rerun and --base reach the package.
#include "tests/importers/importfixtures.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

class TestImportCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void inspectJson_data();
    void inspectJson();
    void storeListsRuns();
    void rerunOption();

private:
    struct Run
    {
        int code = -1;
        QByteArray out, err;
    };
    static Run run(const QStringList &args)
    {
        QProcess p;
        p.start(QStringLiteral(MR_EXECUTABLE), args);
        if (!p.waitForFinished(240000))
            return {};
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
                p.readAllStandardError()};
    }
};

void TestImportCli::inspectJson_data()
{
    QTest::addColumn<QString>("shape");
    QTest::addColumn<QString>("kind");
    QTest::newRow("mlflow model") << "model"
                                  << "mlflow-model";
    QTest::newRow("mlflow run") << "run"
                                << "mlflow-run";
    QTest::newRow("dvc") << "dvc"
                         << "dvc";
    QTest::newRow("huggingface") << "hf"
                                 << "huggingface";
}

void TestImportCli::inspectJson()
{
    QFETCH(QString, shape);
    QFETCH(QString, kind);
    QTemporaryDir tmp;
    QString target = tmp.path() + QStringLiteral("/src");
    if (shape == QLatin1String("model"))
        fixtures::mlflowModel1x(target);
    else if (shape == QLatin1String("run"))
        target = fixtures::mlflowStore(target, QStringLiteral("9f1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e"), {});
    else if (shape == QLatin1String("dvc"))
        fixtures::dvcProject(target, true);
    else
        fixtures::huggingFace(target);
    const Run r = run({QStringLiteral("inspect"), QStringLiteral("--json"), target});
    QVERIFY2(r.code == 0, r.err.constData());
    const QJsonObject doc = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(doc.value(QStringLiteral("package")).toObject().value(QStringLiteral("source_kind")).toString(),
             kind);
    QVERIFY(!doc.value(QStringLiteral("package"))
                 .toObject()
                 .value(QStringLiteral("source_description"))
                 .toString()
                 .isEmpty());
    const Run human = run({QStringLiteral("inspect"), target});
    QCOMPARE(human.code, 0);
    QVERIFY(human.out.contains("Opened as: "));
}

void TestImportCli::storeListsRuns()
{
    QTemporaryDir tmp;
    fixtures::mlflowStore(tmp.path(), QStringLiteral("9f1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e"), {});
    const Run r = run({QStringLiteral("inspect"), tmp.path() + QStringLiteral("/mlruns")});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("3 run(s)"), r.err.constData());
    QCOMPARE(r.out.count('\n'), 3);
    QVERIFY(r.out.contains("churn\t9f1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e\tbold-heron-7\tFINISHED"));
}

void TestImportCli::rerunOption()
{
    QTemporaryDir tmp;
    const QString model = tmp.path() + QStringLiteral("/model");
    fixtures::mlflowModel1x(model);
    fixtures::write(tmp.path(), QStringLiteral("rerun.json"), "{\"accuracy\": 0.9}");
    const Run r = run({QStringLiteral("inspect"), QStringLiteral("--rerun"),
                       tmp.path() + QStringLiteral("/rerun.json"), model});
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY2(r.out.contains("0 claimed, 1 rerun file(s)"), r.out.constData());
    QVERIFY(!QFileInfo::exists(model + QStringLiteral("/model.review.json")));
}

QTEST_GUILESS_MAIN(TestImportCli)
#include "tst_importcli.moc"
