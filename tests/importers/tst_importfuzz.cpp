// SPDX-License-Identifier: Apache-2.0
// Mutation fuzz of every new reader: valid seeds in the shapes real tools write, mutated byte by
// byte (flip, insert, delete, truncate, splice of YAML/JSON punctuation). A reader may refuse
// the input but must not crash, hang or throw, and every diagnostic names the file.
#include "models/dvc/dvcproject.h"
#include "models/importers/huggingface.h"
#include "models/importers/mlflow.h"
#include "models/importers/mlmodel.h"
#include "models/results/resultsreader.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

using namespace mr;

namespace {

QByteArray mutate(QByteArray s, QRandomGenerator &rng)
{
    static const char tokens[] = ":-[]{}\"'\n\r\t &*!|>#%@`,\\\0\xff";
    const int edits = 1 + int(rng.bounded(6));
    for (int e = 0; e < edits; ++e) {
        const qsizetype at = s.isEmpty() ? 0 : qsizetype(rng.bounded(quint32(s.size())));
        switch (rng.bounded(5)) {
        case 0:
            if (!s.isEmpty())
                s[at] = char(s[at] ^ char(1 << rng.bounded(8)));
            break;
        case 1: s.insert(at, tokens[rng.bounded(quint32(sizeof tokens - 1))]); break;
        case 2: s.remove(at, 1 + qsizetype(rng.bounded(8))); break;
        case 3: s.truncate(at); break;
        default: s.insert(at, s.mid(qsizetype(rng.bounded(quint32(s.size() + 1))), 16)); break;
        }
    }
    return s;
}

void checkDiagnostics(const Diagnostics &diags, const QString &file)
{
    for (const Diagnostic &d : diags)
        QVERIFY2(d.file.startsWith(file) || d.file.contains(file), qPrintable(d.toString()));
}

const int kRounds = 400;

} // namespace

class TestImportFuzz : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readers_data();
    void readers();
};

void TestImportFuzz::readers_data()
{
    QTest::addColumn<QString>("reader");
    QTest::addColumn<QByteArray>("seed");
    QTest::newRow("MLmodel")
        << "mlmodel"
        << QByteArray("artifact_path: model\nflavors:\n  python_function:\n    env:\n      conda: "
                      "conda.yaml\n      virtualenv: python_env.yaml\n    python_version: 3.10.12\n"
                      "  sklearn:\n    sklearn_version: 1.3.0\nmlflow_version: 2.9.2\n");
    QTest::newRow("meta.yaml")
        << "meta"
        << QByteArray("artifact_uri: file:///x\nexperiment_id: '1'\nrun_id: abc\nrun_name: r\n"
                      "start_time: 1700000000000\nstatus: 3\ntags: []\n");
    QTest::newRow("dvc.lock")
        << "lock"
        << QByteArray("schema: '2.0'\nstages:\n  train:\n    cmd: python t.py\n    deps:\n    - "
                      "path: d.csv\n      hash: md5\n      md5: 0123456789abcdef0123456789abcdef\n"
                      "      size: 3\n    params:\n      params.yaml:\n        a.b: 1\n    outs:\n"
                      "    - path: out\n      md5: 0123456789abcdef0123456789abcdef.dir\n      "
                      "nfiles: 2\n");
    QTest::newRow("dvc.yaml") << "dvcyaml"
                              << QByteArray(
                                     "stages:\n  a:\n    cmd: x\n    metrics:\n    - m.json:\n        cache: "
                                     "false\nmetrics:\n- eval/metrics.json\n");
    QTest::newRow(".dvc") << "dvcfile"
                          << QByteArray(
                                 "outs:\n- md5: 0123456789abcdef0123456789abcdef\n  size: 3\n  path: x\n");
    QTest::newRow("params") << "params" << QByteArray("train:\n  n_est: 50\n  min_split: 0.01\n");
    QTest::newRow("card") << "card"
                          << QByteArray(
                                 "---\nmodel-index:\n- name: m\n  results:\n  - dataset:\n      type: imdb\n"
                                 "    metrics:\n    - type: accuracy\n      value: 0.9\n---\n# m\n");
    QTest::newRow(".eval_results") << "eval"
                                   << QByteArray(
                                          "- dataset:\n    id: imdb\n    task_id: acc\n  value: 0.8\n");
    QTest::newRow("metric lines") << "metrics" << QByteArray("1700000000000 0.5 0\n1700000000001 0.25 1\n");
    QTest::newRow(".dir listing") << "dir"
                                  << QByteArray(
                                         "[{\"md5\": \"0123456789abcdef0123456789abcdef\", \"relpath\": "
                                         "\"a.txt\"}, {\"md5\": \"0123456789abcdef0123456789abcdef\", "
                                         "\"relpath\": \"b/c.txt\", \"size\": 4}]");
    QTest::newRow("safetensors") << "safetensors"
                                 << QByteArray("\x36\0\0\0\0\0\0\0{\"w\":{\"dtype\":\"F16\",\"shape\":[1],"
                                               "\"data_offsets\":[0,2]}}\0\0",
                                               64);
}

void TestImportFuzz::readers()
{
    QFETCH(QString, reader);
    QFETCH(QByteArray, seed);
    QRandomGenerator rng(qHash(reader) ^ 0x5eed);
    QTemporaryDir tmp;
    const QString file = tmp.path() + QStringLiteral("/input");
    for (int round = 0; round <= kRounds; ++round) {
        const QByteArray input = round == 0 ? seed : mutate(seed, rng);
        if (reader == QLatin1String("mlmodel")) {
            const importers::MlModel m = importers::readMlModel(input, QStringLiteral("MLmodel"));
            if (round == 0)
                QVERIFY(m.readable && m.pythonVersion == QLatin1String("3.10.12"));
            checkDiagnostics(m.diagnostics, QStringLiteral("MLmodel"));
        } else if (reader == QLatin1String("meta")) {
            const importers::MlflowMeta m = importers::readMlflowMeta(input, QStringLiteral("meta.yaml"));
            if (round == 0)
                QVERIFY(m.readable && m.status == QLatin1String("FINISHED"));
            checkDiagnostics(m.diagnostics, QStringLiteral("meta.yaml"));
        } else if (reader == QLatin1String("lock") || reader == QLatin1String("dvcyaml") ||
                   reader == QLatin1String("dvcfile")) {
            dvc::Project p;
            if (reader == QLatin1String("lock"))
                dvc::readLock(input, QStringLiteral("dvc.lock"), &p);
            else if (reader == QLatin1String("dvcyaml"))
                dvc::readDvcYaml(input, QStringLiteral("dvc.lock"), &p);
            else
                dvc::readDvcFile(input, QStringLiteral("dvc.lock"), QStringLiteral("data"), &p);
            if (round == 0)
                QVERIFY(p.diagnostics.isEmpty());
            checkDiagnostics(p.diagnostics, QStringLiteral("dvc.lock"));
            (void)p.entries();
        } else if (reader == QLatin1String("params")) {
            QMap<QString, QString> values;
            Diagnostic error;
            const bool ok = dvc::readParams(input, QStringLiteral("params.yaml"), &values, &error);
            if (round == 0)
                QVERIFY(ok && values.value(QStringLiteral("train.n_est")) == QLatin1String("50"));
            if (!ok)
                QCOMPARE(error.file, QStringLiteral("params.yaml"));
        } else if (reader == QLatin1String("card")) {
            const results::ResultsFile f = results::readModelCard(input, QStringLiteral("README.md"));
            if (round == 0)
                QCOMPARE(f.metrics.size(), 1);
            checkDiagnostics(f.diagnostics, QStringLiteral("README.md"));
        } else if (reader == QLatin1String("eval")) {
            const results::ResultsFile f = results::readEvalResults(input, QStringLiteral("e.yaml"));
            if (round == 0)
                QCOMPARE(f.metrics.size(), 1);
            checkDiagnostics(f.diagnostics, QStringLiteral("e.yaml"));
        } else {
            QFile out(file);
            QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
            out.write(input);
            out.close();
            if (reader == QLatin1String("metrics")) {
                QDir().mkpath(tmp.path() + QStringLiteral("/metrics"));
                QFile::remove(tmp.path() + QStringLiteral("/metrics/m"));
                QVERIFY(QFile::copy(file, tmp.path() + QStringLiteral("/metrics/m")));
                const results::ResultsFile f = results::readMlflowMetrics(
                    tmp.path() + QStringLiteral("/metrics"), QStringLiteral("metrics"));
                if (round == 0)
                    QCOMPARE(f.metrics.value(0).value.number, 0.25);
                checkDiagnostics(f.diagnostics, QStringLiteral("metrics"));
            } else if (reader == QLatin1String("dir")) {
                int n = 0;
                Diagnostics diags;
                Diagnostic error;
                const bool ok = dvc::readDirListing(
                    file, QStringLiteral("x.dir"),
                    [&](std::string_view, const std::uint8_t *, qint64) { ++n; }, &diags, &error);
                if (round == 0)
                    QVERIFY(ok && n == 2);
                if (!ok)
                    QCOMPARE(error.file, QStringLiteral("x.dir"));
                checkDiagnostics(diags, QStringLiteral("x.dir"));
            } else {
                const importers::SafetensorsHeader h =
                    importers::readSafetensorsHeader(file, QStringLiteral("w.st"));
                if (round == 0)
                    QVERIFY2(h.ok && h.mainDtype() == QLatin1String("F16"), qPrintable(h.error.toString()));
                if (!h.ok)
                    QVERIFY(h.error.file.startsWith(QStringLiteral("w.st")));
            }
        }
    }
}

QTEST_GUILESS_MAIN(TestImportFuzz)
#include "tst_importfuzz.moc"
