// SPDX-License-Identifier: Apache-2.0
#include "models/importers/importer.h"
#include "models/importers/mlflow.h"
#include "models/importers/mlmodel.h"
#include "models/package/packagefindings.h"
#include "models/results/resultsreader.h"
#include "tests/importers/importfixtures.h"

#include <QDirIterator>
#include <QTemporaryDir>
#include <QtTest>

using namespace mr;
using namespace mr::importers;

namespace {

const Finding *findRule(const Package &p, const QString &rule, int nth = 0)
{
    for (const Finding &f : p.sourceFindings)
        if (f.ruleId == rule && nth-- == 0)
            return &f;
    return nullptr;
}

// Every file's path, size and modification time: what "nothing was written" means.
QStringList snapshot(const QString &dir)
{
    QStringList out;
    QDirIterator it(dir, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        out << QStringLiteral("%1 %2 %3")
                   .arg(it.filePath())
                   .arg(it.fileInfo().size())
                   .arg(it.fileInfo().lastModified().toMSecsSinceEpoch());
    }
    out.sort();
    return out;
}

} // namespace

class TestMlflowImport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void recognise_data();
    void recognise();
    void model1xSeams();
    void realModel2x();
    void run();
    void runCommitUnreachable();
    void store();
    void metricLines_data();
    void metricLines();
    void rerunAndBase();
};

void TestMlflowImport::recognise_data()
{
    QTest::addColumn<QString>("shape");
    QTest::addColumn<QString>("kind");
    QTest::newRow("package") << "package"
                             << "modelreview";
    QTest::newRow("mlflow model") << "model"
                                  << "mlflow-model";
    QTest::newRow("mlflow run") << "run"
                                << "mlflow-run";
    QTest::newRow("mlruns") << "store"
                            << "mlflow-store";
    QTest::newRow("experiment") << "experiment"
                                << "mlflow-store";
    QTest::newRow("dvc") << "dvc"
                         << "dvc";
    QTest::newRow("huggingface") << "hf"
                                 << "huggingface";
    QTest::newRow("plain folder") << "plain"
                                  << "unknown";
    QTest::newRow("package wins over MLmodel") << "both"
                                               << "modelreview";
}

void TestMlflowImport::recognise()
{
    QFETCH(QString, shape);
    QFETCH(QString, kind);
    QTemporaryDir tmp;
    const QString d = tmp.path() + QStringLiteral("/src");
    if (shape == QLatin1String("package") || shape == QLatin1String("both"))
        fixtures::write(d, QStringLiteral("model-package.json"), "{}");
    if (shape == QLatin1String("model") || shape == QLatin1String("both"))
        fixtures::mlflowModel1x(d);
    QString target = d;
    if (shape == QLatin1String("run") || shape == QLatin1String("store") ||
        shape == QLatin1String("experiment")) {
        const QString run = fixtures::mlflowStore(d, QStringLiteral("9f1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e"), {});
        target = shape == QLatin1String("run")     ? run
                 : shape == QLatin1String("store") ? d + QStringLiteral("/mlruns")
                                                   : d + QStringLiteral("/mlruns/1");
    }
    if (shape == QLatin1String("dvc"))
        fixtures::dvcProject(d, true);
    if (shape == QLatin1String("hf"))
        fixtures::huggingFace(d);
    if (shape == QLatin1String("plain"))
        fixtures::write(d, QStringLiteral("notes.txt"), "hello\n");
    QCOMPARE(sourceKindName(importers::recognise(target)), kind);
}

void TestMlflowImport::model1xSeams()
{
    QTemporaryDir tmp;
    fixtures::mlflowModel1x(tmp.path());
    const QStringList before = snapshot(tmp.path());
    const LoadResult r = openSourceSync(tmp.path());
    QVERIFY2(r.ok(), qPrintable(r.error.toString()));
    const Package &p = *r.package;
    QCOMPARE(p.sourceKind, QStringLiteral("mlflow-model"));
    QVERIFY2(p.sourceDescription.startsWith(QStringLiteral("MLflow model model")),
             qPrintable(p.sourceDescription));
    QVERIFY(p.environments.usable());
    QCOMPARE(p.environments.files.size(), 2); // MLmodel and conda.yaml
    QCOMPARE(p.environments.files.at(1).relativePath, QStringLiteral("conda.yaml"));
    const Finding *py = findRule(p, QStringLiteral("environment.mlflow-python-mismatch"));
    QVERIFY(py);
    QCOMPARE(py->severity, Finding::Severity::Error); // 3.10 vs 3.8: the pickle may not load
    QVERIFY2(py->message.contains(QStringLiteral("MLmodel:7")) &&
                 py->message.contains(QStringLiteral("3.10.16")) &&
                 py->message.contains(QStringLiteral("conda.yaml")) &&
                 py->message.contains(QStringLiteral("3.8.12")),
             qPrintable(py->message));
    const Finding *sk = findRule(p, QStringLiteral("environment.mlflow-flavour-mismatch"));
    QVERIFY(sk);
    QVERIFY2(sk->message.contains(QStringLiteral("sklearn_version 1.5.2")) &&
                 sk->message.contains(QStringLiteral("scikit-learn 1.1.2")),
             qPrintable(sk->message));
    QVERIFY(!findRule(p, QStringLiteral("environment.mlflow-version-mismatch"))); // 1.30.0 both
    // The package findings include them, and the source is untouched.
    QVERIFY(packageFindings(p, nullptr).contains(*py));
    QCOMPARE(snapshot(tmp.path()), before);
}

void TestMlflowImport::realModel2x()
{
    const QString real = QStringLiteral(MR_SHARED_DIR "/real-world");
    const QString prefix =
        QStringLiteral("mlflow+mlflow__tests_resources_example_mlflow_2.12_langchain_model__");
    if (!QFileInfo::exists(real + QLatin1Char('/') + prefix + QStringLiteral("MLmodel")))
        QSKIP("real-world files not present");
    QTemporaryDir tmp;
    for (const char *name : {"MLmodel", "conda.yaml", "python_env.yaml", "requirements.txt"}) {
        QFile in(real + QLatin1Char('/') + prefix + QLatin1String(name));
        QVERIFY(in.open(QIODevice::ReadOnly));
        QVERIFY(fixtures::write(tmp.path(), QLatin1String(name), in.readAll()));
    }
    const LoadResult r = openSourceSync(tmp.path());
    QVERIFY2(r.ok(), qPrintable(r.error.toString()));
    const Package &p = *r.package;
    QCOMPARE(p.sourceKind, QStringLiteral("mlflow-model"));
    QVERIFY(p.sourceDescription.contains(QStringLiteral("MLflow 2.12.2")));
    QStringList names;
    for (const NamedFile &f : p.environments.files)
        names << f.relativePath;
    QCOMPARE(names, (QStringList{QStringLiteral("MLmodel"), QStringLiteral("conda.yaml"),
                                 QStringLiteral("python_env.yaml"), QStringLiteral("requirements.txt")}));
    // python 3.10.12 and mlflow 2.12.2 agree everywhere; langchain 0.1.20 too.
    QVERIFY(!findRule(p, QStringLiteral("environment.mlflow-python-mismatch")));
    QVERIFY(!findRule(p, QStringLiteral("environment.mlflow-version-mismatch")));
    QVERIFY(!findRule(p, QStringLiteral("environment.mlflow-flavour-mismatch")));
}

void TestMlflowImport::run()
{
    QTemporaryDir tmp;
    const fixtures::Repo repo = fixtures::makeRepo(tmp.path());
    QVERIFY(repo.ok);
    const QString runDir =
        fixtures::mlflowStore(tmp.path(), QStringLiteral("9f1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e"), repo.second);
    const QStringList before = snapshot(tmp.path() + QStringLiteral("/mlruns"));
    const LoadResult r = openSourceSync(runDir);
    QVERIFY2(r.ok(), qPrintable(r.error.toString()));
    const Package &p = *r.package;
    QCOMPARE(p.sourceKind, QStringLiteral("mlflow-run"));
    QCOMPARE(p.sourceDescription,
             QStringLiteral("MLflow run 9f1c… (bold-heron-7) in experiment churn, FINISHED"));
    QCOMPARE(p.name, QStringLiteral("bold-heron-7"));
    QCOMPARE(p.submitter.name, QStringLiteral("alice"));
    // Code: head is the run's commit, base its parent.
    QVERIFY(p.code.usable());
    QCOMPARE(p.code.head, repo.second);
    QCOMPARE(p.code.base, repo.first);
    QCOMPARE(QDir(p.code.repositoryPath).canonicalPath(), QDir(tmp.path()).canonicalPath());
    // Results: metrics/ as the claimed file, latest by (step, timestamp), nested keys with dots.
    QCOMPARE(p.results.claimed.size(), 1);
    const results::ResultsFile metrics =
        results::readResultsFile(p.results.claimed.first().path, QStringLiteral("metrics"));
    QVERIFY(metrics.diagnostics.isEmpty());
    QMap<QString, double> values;
    for (const results::NamedValue &v : metrics.metrics)
        values.insert(v.name, v.value.number);
    QCOMPARE(values.value(QStringLiteral("accuracy")), 0.91);
    QCOMPARE(values.value(QStringLiteral("loss")), 0.25);
    QCOMPARE(values.value(QStringLiteral("eval.roc_auc")), 0.93);
    // Environments from the model inside artifacts/.
    QCOMPARE(p.environments.files.first().relativePath, QStringLiteral("artifacts/model/MLmodel"));
    QVERIFY(!findRule(p, QStringLiteral("environment.mlflow-python-mismatch")));
    // The review file goes beside the run, never inside it.
    QCOMPARE(snapshot(tmp.path() + QStringLiteral("/mlruns")), before);
}

void TestMlflowImport::runCommitUnreachable()
{
    QTemporaryDir tmp;
    const fixtures::Repo repo = fixtures::makeRepo(tmp.path());
    QVERIFY(repo.ok);
    const QString commit = QStringLiteral("1234567890abcdef1234567890abcdef12345678");
    const QString runDir =
        fixtures::mlflowStore(tmp.path(), QStringLiteral("9f1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e"), commit);
    const LoadResult r = openSourceSync(runDir);
    QVERIFY(r.ok());
    const Finding *f = findRule(*r.package, QStringLiteral("code.commit-unreachable"));
    QVERIFY(f);
    QVERIFY2(f->message.contains(commit), qPrintable(f->message));
    QVERIFY(!r.package->code.provided);
}

void TestMlflowImport::store()
{
    QTemporaryDir tmp;
    fixtures::mlflowStore(tmp.path(), QStringLiteral("9f1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e"), {});
    const QString store = tmp.path() + QStringLiteral("/mlruns");
    Diagnostics diags;
    const QList<MlflowRunInfo> runs = listMlflowRuns(store, &diags);
    QCOMPARE(runs.size(), 3);
    QVERIFY(diags.isEmpty());
    // Newest first, with experiment names and MLflow's status names.
    QCOMPARE(runs.at(0).runName, QStringLiteral("sad-owl-2"));
    QCOMPARE(runs.at(0).status, QStringLiteral("FAILED"));
    QCOMPARE(runs.at(1).runName, QStringLiteral("bold-heron-7"));
    QCOMPARE(runs.at(1).experimentName, QStringLiteral("churn"));
    QCOMPARE(runs.at(2).experimentName, QStringLiteral("other"));
    const LoadResult r = openSourceSync(store);
    QVERIFY(!r.ok());
    QVERIFY2(r.error.message.contains(QStringLiteral("3 run(s)")), qPrintable(r.error.message));
    // A failed run opens with a finding.
    const LoadResult failed = openSourceSync(runs.at(0).path);
    QVERIFY(failed.ok());
    QVERIFY(findRule(*failed.package, QStringLiteral("package.mlflow-run-not-finished")));
}

void TestMlflowImport::metricLines_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::newRow("3 fields") << QByteArray("1 0.5 0\n2 0.7 1\n") << "0.7" << 0 << 0;
    QTest::newRow("2 fields") << QByteArray("1 0.5\n2 0.7\n") << "0.7" << 0 << 0;
    QTest::newRow("same step, later time") << QByteArray("5 0.1 3\n6 0.2 3\n4 0.3 3\n") << "0.2" << 0 << 0;
    QTest::newRow("nan") << QByteArray("1 nan 0\n") << "NaN" << 0 << 0;
    QTest::newRow("crlf") << QByteArray("1 0.5 0\r\n2 0.6 1\r\n") << "0.6" << 0 << 0;
    QTest::newRow("text value") << QByteArray("1 0.5 0\n2 high 1\n") << "0.5" << 2 << 3;
    QTest::newRow("four fields") << QByteArray("1 0.5 0 9\n") << "" << 1 << 9;
    QTest::newRow("no value") << QByteArray("1\n") << "" << 1 << 2;
    QTest::newRow("bad step") << QByteArray("1 0.5 x\n") << "" << 1 << 7;
}

void TestMlflowImport::metricLines()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, value);
    QFETCH(int, line);
    QFETCH(int, column);
    QTemporaryDir tmp;
    fixtures::write(tmp.path(), QStringLiteral("metrics/m"), content);
    const results::ResultsFile f =
        results::readMlflowMetrics(tmp.path() + QStringLiteral("/metrics"), QStringLiteral("metrics"));
    if (value.isEmpty())
        QVERIFY(f.metrics.isEmpty());
    else
        QCOMPARE(f.metrics.value(0).value.display(), value);
    if (line == 0) {
        QVERIFY(f.diagnostics.isEmpty());
    } else {
        QVERIFY(!f.diagnostics.isEmpty());
        QCOMPARE(f.diagnostics.first().file, QStringLiteral("metrics/m"));
        QCOMPARE(f.diagnostics.first().line, line);
        QCOMPARE(f.diagnostics.first().column, column);
    }
}

void TestMlflowImport::rerunAndBase()
{
    QTemporaryDir tmp;
    const fixtures::Repo repo = fixtures::makeRepo(tmp.path());
    const QString runDir =
        fixtures::mlflowStore(tmp.path(), QStringLiteral("9f1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e"), repo.second);
    fixtures::write(tmp.path(), QStringLiteral("rerun.json"), "{\"accuracy\": 0.9}");
    ImportOptions options;
    options.rerun = {tmp.path() + QStringLiteral("/rerun.json")};
    options.base = repo.second;
    const LoadResult r = openSourceSync(runDir, options);
    QVERIFY(r.ok());
    QCOMPARE(r.package->results.rerun.size(), 1);
    QCOMPARE(r.package->results.rerun.first().path, options.rerun.first());
    QCOMPARE(r.package->code.base, repo.second);
    options.base = QStringLiteral("no-such-revision");
    const LoadResult bad = openSourceSync(runDir, options);
    QVERIFY(bad.ok());
    QVERIFY(!bad.package->code.usable());
    QVERIFY(bad.package->code.errors.first().toString().contains(QStringLiteral("no-such-revision")));
}

QTEST_GUILESS_MAIN(TestMlflowImport)
#include "tst_mlflowimport.moc"
