// SPDX-License-Identifier: Apache-2.0
// The headless commands on imported sources, run in process: inspect --json gives
// package.source_kind, an mlruns/ folder lists its runs and exits 2, --rerun reaches the package.
#include "app/cli/commands.h"
#include "tests/importers/importfixtures.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <cstdio>
#include <unistd.h>

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
    // Runs `modelreview inspect ARGS` in this process, capturing stdout and stderr.
    static Run run(const QStringList &args)
    {
        QStringList rest = args;
        rest.removeFirst(); // "inspect"
        std::fflush(stdout);
        std::fflush(stderr);
        const int savedOut = ::dup(1), savedErr = ::dup(2);
        std::FILE *out = std::tmpfile(), *err = std::tmpfile();
        ::dup2(::fileno(out), 1);
        ::dup2(::fileno(err), 2);
        Run r;
        r.code = mr::cli::runInspect(rest);
        std::fflush(stdout);
        std::fflush(stderr);
        ::dup2(savedOut, 1);
        ::dup2(savedErr, 2);
        ::close(savedOut);
        ::close(savedErr);
        for (auto [file, target] : {std::pair{out, &r.out}, std::pair{err, &r.err}}) {
            std::rewind(file);
            char buf[4096];
            size_t n;
            while ((n = std::fread(buf, 1, sizeof buf, file)) > 0)
                target->append(buf, qsizetype(n));
            std::fclose(file);
        }
        return r;
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
