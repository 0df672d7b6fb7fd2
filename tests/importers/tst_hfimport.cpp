// SPDX-License-Identifier: Apache-2.0
#include "models/dataset/manifestreader.h"
#include "models/importers/huggingface.h"
#include "models/importers/importer.h"
#include "models/results/resultsreader.h"
#include "tests/importers/importfixtures.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace mr;

namespace {

QStringList rules(const Package &p, const QString &rule)
{
    QStringList out;
    for (const Finding &f : p.sourceFindings)
        if (f.ruleId == rule)
            out << f.message;
    return out;
}

} // namespace

class TestHfImport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void repository();
    void consistentRepository();
    void cardResults();
    void malformed_data();
    void malformed();
    void safetensorsHeader_data();
    void safetensorsHeader();
};

void TestHfImport::repository()
{
    QTemporaryDir tmp;
    fixtures::huggingFace(tmp.path());
    const LoadResult r = importers::openSourceSync(tmp.path());
    QVERIFY2(r.ok(), qPrintable(r.error.toString()));
    const Package &p = *r.package;
    QCOMPARE(p.sourceKind, QStringLiteral("huggingface"));
    QVERIFY2(p.sourceDescription.contains(QStringLiteral("(bert, BertForSequenceClassification)")),
             qPrintable(p.sourceDescription));
    const QStringList dtype = rules(p, QStringLiteral("package.hf-dtype-mismatch"));
    QCOMPARE(dtype.size(), 1);
    QVERIFY2(dtype.first().contains(QStringLiteral("torch_dtype float16")) &&
                 dtype.first().contains(QStringLiteral("BF16")) &&
                 dtype.first().contains(QStringLiteral("model-00001-of-00002.safetensors")),
             qPrintable(dtype.first()));
    const QStringList eos = rules(p, QStringLiteral("package.hf-eos-mismatch"));
    QCOMPARE(eos.size(), 1);
    QVERIFY2(eos.first().contains(QStringLiteral("eos_token_id 2")) &&
                 eos.first().contains(QStringLiteral("[2, 32000]")),
             qPrintable(eos.first()));
    QCOMPARE(rules(p, QStringLiteral("package.hf-shard-missing")).size(), 1);
    QVERIFY(rules(p, QStringLiteral("package.hf-shard-missing"))
                .first()
                .contains(QStringLiteral("model-00002-of-00002.safetensors")));
    QCOMPARE(rules(p, QStringLiteral("package.hf-weights-not-downloaded")).size(), 1);
    QVERIFY(rules(p, QStringLiteral("package.hf-weights-not-downloaded"))
                .first()
                .contains(QStringLiteral("pytorch_model.bin")));
    const QStringList labels = rules(p, QStringLiteral("package.hf-labels-mismatch"));
    QCOMPARE(labels.size(), 1); // 3 id2label entries, the card names 2 labels; num_labels agrees
    QVERIFY2(labels.first().contains(QStringLiteral("3 id2label")) &&
                 labels.first().contains(QStringLiteral("names 2")),
             qPrintable(labels.first()));
    const QStringList evals = rules(p, QStringLiteral("results.hf-eval-results-differ"));
    QCOMPARE(evals.size(), 1);
    QVERIFY2(evals.first().contains(QStringLiteral(".eval_results/imdb.yaml")) &&
                 evals.first().contains(QStringLiteral("0.899")) &&
                 evals.first().contains(QStringLiteral("0.912")),
             qPrintable(evals.first()));
    // Dataset: the LFS pointer (a clone's other files are content, not problems); results: the
    // card and .eval_results/.
    QVERIFY(p.dataset.usable());
    fixtures::write(tmp.path(), QStringLiteral(".gitattributes"),
                    "*.bin filter=lfs diff=lfs merge=lfs -text\n");
    const dataset::ManifestLoadResult m =
        dataset::loadManifestSync(p.dataset.manifestPath, QStringLiteral("."));
    QVERIFY(m.ok());
    QCOMPARE(m.manifest->size(), qsizetype(1));
    QCOMPARE(m.manifest->path(0), QStringLiteral("pytorch_model.bin"));
    QVERIFY2(m.diagnostics.isEmpty(), qPrintable(m.diagnostics.value(0).toString()));
    QCOMPARE(p.results.claimed.size(), 2);
    QCOMPARE(p.environments.files.first().relativePath, QStringLiteral("requirements.txt"));
}

void TestHfImport::consistentRepository()
{
    QTemporaryDir tmp;
    fixtures::huggingFace(tmp.path());
    fixtures::write(tmp.path(), QStringLiteral("generation_config.json"), "{\"eos_token_id\": 2}");
    fixtures::write(tmp.path(), QStringLiteral("config.json"),
                    "{\"model_type\": \"bert\", \"torch_dtype\": \"bfloat16\", \"eos_token_id\": 2, "
                    "\"id2label\": {\"0\": \"negative\", \"1\": \"positive\"}}");
    fixtures::write(tmp.path(), QStringLiteral(".eval_results/imdb.yaml"),
                    "- dataset:\n    id: imdb\n    task_id: accuracy\n  value: 0.912\n");
    const LoadResult r = importers::openSourceSync(tmp.path());
    QVERIFY(r.ok());
    for (const char *rule : {"package.hf-dtype-mismatch", "package.hf-eos-mismatch",
                             "package.hf-labels-mismatch", "results.hf-eval-results-differ"})
        QVERIFY2(rules(*r.package, QLatin1String(rule)).isEmpty(), rule);
}

void TestHfImport::cardResults()
{
    QTemporaryDir tmp;
    fixtures::huggingFace(tmp.path());
    const results::ResultsFile card =
        results::readResultsFile(tmp.path() + QStringLiteral("/README.md"), QStringLiteral("README.md"));
    QVERIFY(card.readable);
    QCOMPARE(card.metrics.size(), 2);
    QCOMPARE(card.metrics.at(0).name, QStringLiteral("imdb.test.accuracy"));
    QCOMPARE(card.metrics.at(0).value.number, 0.912);
    QCOMPARE(card.metrics.at(0).value.line, 18); // the README's line, not the front matter's
    const results::ResultsFile evals = results::readResultsFile(tmp.path() + QStringLiteral("/.eval_results"),
                                                                QStringLiteral(".eval_results"));
    QCOMPARE(evals.metrics.size(), 1);
    QCOMPARE(evals.metrics.at(0).name, QStringLiteral("imdb.accuracy"));
}

void TestHfImport::malformed_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("located");
    QTest::newRow("config.json") << "config.json"
                                 << QByteArray("{\n  \"model_type\": \"bert\",\n  \"x\": ]\n}")
                                 << "config.json:3:";
    QTest::newRow("card front matter")
        << "README.md" << QByteArray("---\nlicense: mit\nmodel-index: [\n---\n# x\n") << "README.md:";
}

void TestHfImport::malformed()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, content);
    QFETCH(QString, located);
    QTemporaryDir tmp;
    fixtures::huggingFace(tmp.path());
    fixtures::write(tmp.path(), file, content);
    const LoadResult r = importers::openSourceSync(tmp.path());
    QVERIFY(r.ok());
    QStringList messages;
    for (const Finding &f : r.package->sourceFindings)
        messages << f.message;
    for (const Diagnostic &d : r.package->results.errors)
        messages << d.toString();
    QVERIFY2(messages.join(QLatin1Char('\n')).contains(located),
             qPrintable(messages.join(QLatin1Char('\n'))));
    if (file == QLatin1String("README.md")) {
        // Confined to the results section; the rest of the repository still reads.
        QVERIFY(!r.package->results.usable());
        QVERIFY(r.package->results.errors.first().line >= 3);
        QVERIFY(!rules(*r.package, QStringLiteral("package.hf-dtype-mismatch")).isEmpty());
    }
}

void TestHfImport::safetensorsHeader_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("dtype");
    QTest::newRow("f16") << fixtures::safetensors({{QStringLiteral("w"), QStringLiteral("F16")}}) << true
                         << "F16";
    QTest::newRow("majority") << fixtures::safetensors({{QStringLiteral("a"), QStringLiteral("F32")},
                                                        {QStringLiteral("b"), QStringLiteral("BF16")},
                                                        {QStringLiteral("c"), QStringLiteral("BF16")}})
                              << true << "BF16";
    QTest::newRow("short") << QByteArray("abc") << false << "";
    QTest::newRow("huge length") << QByteArray("\xff\xff\xff\xff\xff\xff\xff\x7f{}", 10) << false << "";
    QTest::newRow("not json") << QByteArray("\x04\0\0\0\0\0\0\0{{{{", 12) << false << "";
}

void TestHfImport::safetensorsHeader()
{
    QFETCH(QByteArray, content);
    QFETCH(bool, ok);
    QFETCH(QString, dtype);
    QTemporaryDir tmp;
    fixtures::write(tmp.path(), QStringLiteral("w.safetensors"), content);
    const importers::SafetensorsHeader h = importers::readSafetensorsHeader(
        tmp.path() + QStringLiteral("/w.safetensors"), QStringLiteral("w.safetensors"));
    QCOMPARE(h.ok, ok);
    QCOMPARE(h.mainDtype(), dtype);
    if (!ok)
        QCOMPARE(h.error.file.left(13), QStringLiteral("w.safetensors"));
}

QTEST_GUILESS_MAIN(TestHfImport)
#include "tst_hfimport.moc"
