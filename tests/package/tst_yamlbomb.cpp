// SPDX-License-Identifier: Apache-2.0
// The YAML alias bomb of issue 15 (aliases 9 wide, 5 levels deep: 258 bytes took 48 s and 6.6 GiB
// before the fix) and a 50 MB scalar, through every reader of package YAML: metrics, conda
// environment.yml, python_env.yaml, MLmodel, dvc.lock and .dvc files. Each gives a located
// error naming the file, quickly, and never exhausts memory.
#include "models/dataset/manifestreader.h"
#include "models/environment/readers.h"
#include "models/results/resultsreader.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace mr;

namespace {

// 9 wide, 5 levels: 9^5 = 59,049 leaves from about 200 bytes; each further level multiplies by 9.
QByteArray bomb(const QByteArray &indent, int levels = 5)
{
    QByteArray out = indent + "a: &a [x,x,x,x,x,x,x,x,x]\n";
    for (int i = 1; i < levels; ++i) {
        const char name = char('a' + i), prev = char('a' + i - 1);
        QByteArray items;
        for (int k = 0; k < 9; ++k)
            items += (k ? ",*" : "*") + QByteArray(1, prev);
        out += indent + name + ": &" + name + " [" + items + "]\n";
    }
    return out;
}

// The diagnostics a reader gives for `file` holding `content`.
Diagnostics readWith(const QString &reader, const QString &file)
{
    if (reader == QLatin1String("metrics"))
        return results::readResultsFile(file, QStringLiteral("metrics.yaml")).diagnostics;
    if (reader == QLatin1String("dataset")) {
        const dataset::ManifestLoadResult r = dataset::loadManifestSync(file, QFileInfo(file).fileName());
        return r.ok() ? r.diagnostics : Diagnostics{r.error};
    }
    return environment::readEnvironmentFile(file, QStringLiteral("development")).diagnostics;
}

} // namespace

class TestYamlBomb : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bombThroughEveryReader_data()
    {
        QTest::addColumn<QString>("reader");
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("message");
        const QByteArray b = bomb("");
        const QByteArray nested = bomb("  ");
        const QString alias = QStringLiteral("alias bomb");
        QTest::newRow("metrics bomb (258 bytes)")
            << QStringLiteral("metrics") << QStringLiteral("metrics.yaml") << b + "acc: *e\n"
            << alias;
        QTest::newRow("conda environment.yml")
            << QStringLiteral("environment") << QStringLiteral("environment.yml")
            << "name: x\nchannels:\n" + nested + "dependencies:\n  - python=3.11\n"
            << alias;
        QTest::newRow("python_env.yaml")
            << QStringLiteral("environment") << QStringLiteral("python_env.yaml")
            << "python: 3.11\nbuild_dependencies:\n" + nested + "dependencies:\n  - -r requirements.txt\n"
            << alias;
        QTest::newRow("MLmodel") << QStringLiteral("environment") << QStringLiteral("MLmodel")
                                 << "artifact_path: model\nflavors:\n" + nested +
                                        "  python_function:\n    env: conda.yaml\n"
                                 << alias;
        QTest::newRow("dvc.lock") << QStringLiteral("dataset") << QStringLiteral("dvc.lock")
                                  << "schema: '2.0'\nx:\n" + nested + "stages:\n  s:\n    cmd: c\n"
                                  << alias;
        QTest::newRow(".dvc file") << QStringLiteral("dataset") << QStringLiteral("data.dvc")
                                   << "x:\n" + nested +
                                          "outs:\n- md5: 0123456789abcdef0123456789abcdef\n  path: data\n"
                                   << alias;
        // An alias inside its own anchor: a cycle that every walk recursed into until the stack
        // overflowed (found by fuzz_import_dvc_params).
        const QString cycle = QStringLiteral("a cycle");
        QTest::newRow("metrics alias cycle") << QStringLiteral("metrics") << QStringLiteral("metrics.yaml")
                                             << QByteArray("a: &x\n  b: *x\n") << cycle;
        QTest::newRow("MLmodel alias cycle") << QStringLiteral("environment") << QStringLiteral("MLmodel")
                                             << QByteArray("artifact_path: model\nflavors:\n  x: &f\n    y: "
                                                           "[*f]\n  python_function:\n    env: conda.yaml\n")
                                             << cycle;
        QTest::newRow("dvc.lock alias cycle") << QStringLiteral("dataset") << QStringLiteral("dvc.lock")
                                              << QByteArray("schema: '2.0'\nstages: &s\n  s: *s\n") << cycle;
        // Invalid UTF-8 in a string that becomes JSON (a crash found by fuzz_results_yaml).
        const QString notUtf8 = QStringLiteral("not valid UTF-8");
        QTest::newRow("metrics provenance not UTF-8")
            << QStringLiteral("metrics") << QStringLiteral("metrics.yaml")
            << QByteArray("acc: 0.9\nprovenance:\n  host: gpu\xf2-1\n") << notUtf8;
        QTest::newRow("environment.yml not UTF-8")
            << QStringLiteral("environment") << QStringLiteral("environment.yml")
            << QByteArray("name: x\ndependencies:\n  - numpy\xc6\xdf=1.0\n") << notUtf8;
        QTest::newRow("dvc.lock not UTF-8")
            << QStringLiteral("dataset") << QStringLiteral("dvc.lock")
            << QByteArray("schema: '2.0'\nstages:\n  s\xff:\n    cmd: c\n") << notUtf8;
        const QByteArray scalar = "acc: \"" + QByteArray(50 << 20, 'x') + "\"\n";
        QTest::newRow("metrics 50 MB scalar") << QStringLiteral("metrics") << QStringLiteral("metrics.yaml")
                                              << scalar << QStringLiteral("longer than the limit");
        QTest::newRow("environment.yml 50 MB scalar")
            << QStringLiteral("environment") << QStringLiteral("environment.yml")
            << "name: x\ndependencies:\n  - \"" + QByteArray(50 << 20, 'x') + "\"\n"
            << QStringLiteral("longer than the limit");
    }

    void bombThroughEveryReader()
    {
        QFETCH(QString, reader);
        QFETCH(QString, fileName);
        QFETCH(QByteArray, content);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString file = dir.filePath(fileName);
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
        f.close();
        QElapsedTimer timer;
        timer.start();
        const Diagnostics diagnostics = readWith(reader, file);
        const qint64 ms = timer.elapsed();
        QStringList all;
        const Diagnostic *found = nullptr;
        for (const Diagnostic &d : diagnostics) {
            all << d.toString();
            if (!found && d.message.contains(message))
                found = &d;
        }
        QVERIFY2(found, qPrintable(all.join(u'\n')));
        QVERIFY2(found->file.endsWith(fileName), qPrintable(found->toString()));
        QVERIFY2(found->line > 0, qPrintable(found->toString())); // located
        // Speed is the benchmarks' business; recorded here for the record only.
        qInfo("%s: %lld ms", qPrintable(fileName), ms);
    }

    void oneLevelMoreIsStillCheap()
    {
        // 9^9 leaves: expanded, this would exhaust any machine; refused from the event stream.
        const results::ResultsFile r =
            results::readResultsYaml(bomb("", 9) + "acc: *i\n", QStringLiteral("metrics.yaml"));
        QVERIFY(!r.readable);
        QVERIFY(!r.diagnostics.isEmpty());
        QVERIFY2(r.diagnostics.first().message.contains(QLatin1String("alias bomb")),
                 qPrintable(r.diagnostics.first().toString()));
    }
};

QTEST_GUILESS_MAIN(TestYamlBomb)
#include "tst_yamlbomb.moc"
