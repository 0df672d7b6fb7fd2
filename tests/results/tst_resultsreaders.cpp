// SPDX-License-Identifier: Apache-2.0
#include "models/results/resultsreader.h"

#include <QDir>
#include <QTest>

#include <cmath>

using namespace mr;
using namespace mr::results;

namespace {
QStringList names(const ResultsFile &f)
{
    QStringList out;
    for (const NamedValue &nv : f.metrics)
        out.append(nv.name);
    return out;
}
const MetricValue *find(const ResultsFile &f, const QString &name)
{
    for (const NamedValue &nv : f.metrics)
        if (nv.name == name)
            return &nv.value;
    return nullptr;
}
QString allDiagnostics(const ResultsFile &f)
{
    QStringList out;
    for (const Diagnostic &d : f.diagnostics)
        out.append(d.toString());
    return out.join(QLatin1Char('\n'));
}
} // namespace

class TestResultsReaders : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void flattening_data();
    void flattening();
    void jsonNonFinite();
    void malformed_data();
    void malformed();
    void duplicates();
    void hostileJson_data();
    void hostileJson();
    void specsInFiles();
    void provenanceReserved();
    void yaml();
    void yamlMalformed();
    void yamlControlBytes();
    void csv_data();
    void csv();
    void csvBadRows();
    void format();
    void missingFile();
    void realWorldDvc();
    void fuzz_data();
    void fuzz();
};

void TestResultsReaders::flattening_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("flat") << QByteArray(R"({"acc": 0.9, "loss": 0.1})") << QStringList{"acc", "loss"};
    QTest::newRow("dvc nested")
        << QByteArray(R"({"avg_prec": {"train": 0.97, "test": 0.92}, "roc_auc": {"train": 0.98}})")
        << QStringList{"avg_prec.test", "avg_prec.train", "roc_auc.train"}; // JSON keys come sorted
    QTest::newRow("deep slices")
        << QByteArray(R"({"test": {"by_region": {"eu": {"roc_auc": 0.9}, "us": {"roc_auc": 0.8}}}})")
        << QStringList{"test.by_region.eu.roc_auc", "test.by_region.us.roc_auc"};
    QTest::newRow("array index") << QByteArray(R"({"fold_acc": [0.9, 0.8]})")
                                 << QStringList{"fold_acc.0", "fold_acc.1"};
    QTest::newRow("dotted keys stay") << QByteArray(R"({"test.acc": 0.9})") << QStringList{"test.acc"};
    QTest::newRow("empty object") << QByteArray(R"({"a": {}, "b": 1})") << QStringList{"b"};
}

void TestResultsReaders::flattening()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, expected);
    const ResultsFile f = readResultsJson(json, QStringLiteral("m.json"));
    QVERIFY2(f.diagnostics.isEmpty(), qPrintable(allDiagnostics(f)));
    QVERIFY(f.readable);
    QCOMPARE(names(f), expected);
}

void TestResultsReaders::jsonNonFinite()
{
    const ResultsFile f = readResultsJson(
        R"({"a": NaN, "b": Infinity, "c": -Infinity, "s": "NaN", "n": null, "t": true, "str": "high", "i": 3})",
        QStringLiteral("m.json"));
    QVERIFY2(f.diagnostics.isEmpty(), qPrintable(allDiagnostics(f)));
    QCOMPARE(f.metrics.size(), 8);
    QVERIFY(std::isnan(find(f, "a")->number));
    QVERIFY(find(f, "a")->isNumber());
    QCOMPARE(find(f, "b")->number, HUGE_VAL);
    QCOMPARE(find(f, "c")->number, -HUGE_VAL);
    QCOMPARE(find(f, "s")->kind, MetricValue::Kind::String);
    QCOMPARE(find(f, "s")->display(), QStringLiteral("\"NaN\""));
    QCOMPARE(find(f, "n")->kind, MetricValue::Kind::Null);
    QCOMPARE(find(f, "t")->display(), QStringLiteral("true"));
    QCOMPARE(find(f, "str")->display(), QStringLiteral("\"high\""));
    QCOMPARE(find(f, "i")->number, 3.0);
    QCOMPARE(find(f, "b")->display(), QStringLiteral("Infinity"));
    QCOMPARE(find(f, "a")->file, QStringLiteral("m.json"));
}

void TestResultsReaders::malformed_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::newRow("missing value") << QByteArray("{\n  \"a\": 1,\n  \"b\": }") << 3 << 8;
    QTest::newRow("after NaN rewrite") << QByteArray("{\"a\": NaN, \"c\": Infinity,\n \"b\": x}") << 2 << 7;
    QTest::newRow("truncated") << QByteArray("{\"a\": 1") << 1 << 8;
    QTest::newRow("bare word") << QByteArray("{\"a\": Nope}") << 1 << 7;
}

void TestResultsReaders::malformed()
{
    QFETCH(QByteArray, json);
    QFETCH(int, line);
    QFETCH(int, column);
    const ResultsFile f = readResultsJson(json, QStringLiteral("claimed/metrics.json"));
    QVERIFY(!f.readable);
    QCOMPARE(f.diagnostics.size(), 1);
    const Diagnostic &d = f.diagnostics.first();
    QCOMPARE(d.file, QStringLiteral("claimed/metrics.json"));
    QVERIFY(d.message.startsWith(QLatin1String("malformed JSON")));
    QCOMPARE(d.line, line);
    QCOMPARE(d.column, column);
}

void TestResultsReaders::duplicates()
{
    // Two keys flatten to the same name: the first is kept and the duplicate is named.
    ResultsFile f = readResultsJson(R"({"a": {"b": 1}, "a.b": 2, "c": 3})", QStringLiteral("m.json"));
    QCOMPARE(names(f), (QStringList{"a.b", "c"}));
    QCOMPARE(find(f, "a.b")->number, 1.0);
    QCOMPARE(f.diagnostics.size(), 1);
    QCOMPARE(f.diagnostics.first().where, QStringLiteral("a.b"));
    QCOMPARE(f.diagnostics.first().file, QStringLiteral("m.json"));
    QVERIFY(f.diagnostics.first().message.contains(QLatin1String("duplicated")));
    // The same key twice in one object (the JSON parser keeps the last).
    f = readResultsJson(R"({"x": {"acc": 1, "acc": 2}})", QStringLiteral("m.json"));
    QCOMPARE(f.diagnostics.size(), 1);
    QCOMPARE(f.diagnostics.first().where, QStringLiteral("x.acc"));
}

void TestResultsReaders::hostileJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    QTest::newRow("array at top") << QByteArray("[1, 2]") << "expected an object";
    QTest::newRow("number at top") << QByteArray("0.9") << "expected an object";
    QTest::newRow("deep nesting") << QByteArray(100000, '[') << "nesting";
    QTest::newRow("deep objects") << QByteArray("{\"a\":").repeated(5000) << "nesting";
    QTest::newRow("empty") << QByteArray() << "malformed JSON";
    QTest::newRow("binary") << QByteArray("\x00\xff\xfe{", 4) << "malformed JSON";
    QTest::newRow("NaN inside string is not rewritten")
        << QByteArray(R"({"a": "x NaN", "b": Infinityx})") << "malformed JSON";
}

void TestResultsReaders::hostileJson()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    const ResultsFile f = readResultsJson(json, QStringLiteral("h.json"));
    QVERIFY(!f.diagnostics.isEmpty());
    QVERIFY2(f.diagnostics.first().message.contains(message), qPrintable(allDiagnostics(f)));
    QCOMPARE(f.diagnostics.first().file, QStringLiteral("h.json"));
}

void TestResultsReaders::specsInFiles()
{
    const ResultsFile f = readResultsJson(R"({"acc": 0.9, "loss": 0.2, "f1": 0.5,
        "metric_specs": {"acc": {"abs_tolerance": -0.1, "better": "higher"},
                         "loss": {"rel_tolerance": "five", "abs_tolerance": 0.01, "better": "lower"},
                         "f1": {"better": "sideways"}}})",
                                          QStringLiteral("c.json"));
    QCOMPARE(names(f), (QStringList{"acc", "f1", "loss"}));
    QStringList where;
    for (const Diagnostic &d : f.diagnostics)
        where.append(d.where);
    where.sort();
    QCOMPARE(where, (QStringList{"metric_specs.acc.abs_tolerance", "metric_specs.f1.better",
                                 "metric_specs.loss.rel_tolerance"}));
    QVERIFY(f.diagnostics.first().message.contains(QLatin1String("non-negative number")));
    QCOMPARE(f.specs.value("acc").spec.better, MetricSpec::Better::Higher);
    QCOMPARE(f.specs.value("acc").spec.absTolerance, -1.0); // the negative value is left out
    QCOMPARE(f.specs.value("loss").spec.absTolerance, 0.01);
    QCOMPARE(f.specs.value("loss").spec.relTolerance, -1.0);
    QVERIFY(!f.specs.contains("f1"));
}

void TestResultsReaders::provenanceReserved()
{
    const ResultsFile f =
        readResultsJson(R"({"provenance": {"environment": "reference", "host": "ci-7"}, "acc": 0.9})",
                        QStringLiteral("r.json"));
    QCOMPARE(names(f), QStringList{"acc"});
    QVERIFY(f.provenance.is_object());
    QCOMPARE(f.provenance.at("host").get<std::string>(), std::string("ci-7"));
    const ResultsFile bad = readResultsJson(R"({"provenance": 3, "acc": 0.9})", QStringLiteral("r.json"));
    QCOMPARE(bad.diagnostics.size(), 1);
    QCOMPARE(bad.diagnostics.first().where, QStringLiteral("provenance"));
}

void TestResultsReaders::yaml()
{
    const QByteArray yaml = "# metrics\n"
                            "test:\n"
                            "  by_region:\n"
                            "    eu: {roc_auc: 0.91}\n"
                            "    us:\n"
                            "      roc_auc: 0.87\n"
                            "nan_metric: .nan\n"
                            "inf_metric: -.inf\n"
                            "quoted: \"0.5\"\n"
                            "nothing: ~\n"
                            "flag: true\n"
                            "folds: [0.1, 0.2]\n"
                            "metric_specs:\n"
                            "  nan_metric: {abs_tolerance: -3}\n"
                            "provenance:\n"
                            "  host: gpu-1\n";
    const ResultsFile f = readResultsYaml(yaml, QStringLiteral("m.yaml"));
    QVERIFY(f.readable);
    QCOMPARE(names(f), (QStringList{"test.by_region.eu.roc_auc", "test.by_region.us.roc_auc", "nan_metric",
                                    "inf_metric", "quoted", "nothing", "flag", "folds.0", "folds.1"}));
    QCOMPARE(find(f, "test.by_region.us.roc_auc")->number, 0.87);
    QCOMPARE(find(f, "test.by_region.us.roc_auc")->line, 6);
    QVERIFY(std::isnan(find(f, "nan_metric")->number));
    QCOMPARE(find(f, "inf_metric")->number, -HUGE_VAL);
    QCOMPARE(find(f, "quoted")->kind, MetricValue::Kind::String);
    QCOMPARE(find(f, "nothing")->kind, MetricValue::Kind::Null);
    QCOMPARE(find(f, "flag")->kind, MetricValue::Kind::Bool);
    QCOMPARE(f.diagnostics.size(), 1);
    QCOMPARE(f.diagnostics.first().where, QStringLiteral("metric_specs.nan_metric.abs_tolerance"));
    QCOMPARE(f.provenance.at("host").get<std::string>(), std::string("gpu-1"));
}

void TestResultsReaders::yamlMalformed()
{
    ResultsFile f = readResultsYaml("a: 1\nb: [1, 2\nc: 3\n", QStringLiteral("bad.yaml"));
    QVERIFY(!f.readable);
    QCOMPARE(f.diagnostics.size(), 1);
    QVERIFY(f.diagnostics.first().message.startsWith(QLatin1String("malformed YAML")));
    QVERIFY(f.diagnostics.first().line >= 2);
    f = readResultsYaml("- 1\n- 2\n", QStringLiteral("list.yaml"));
    QCOMPARE(f.diagnostics.size(), 1);
    QVERIFY(f.diagnostics.first().message.contains(QLatin1String("mapping")));
    f = readResultsYaml(QByteArray("a:\n").repeated(1) + QByteArray(20000, '['), QStringLiteral("deep.yaml"));
    QVERIFY(!f.diagnostics.isEmpty());
    f = readResultsYaml("a: 1\na: 2\n", QStringLiteral("dup.yaml"));
    QCOMPARE(f.metrics.size(), 1);
    QCOMPARE(f.diagnostics.size(), 1);
    QCOMPARE(f.diagnostics.first().where, QStringLiteral("a"));
    QCOMPARE(f.diagnostics.first().line, 2);
}

// A NUL byte in YAML text: yaml-cpp gave a string of invalid UTF-8 that the JSON writer threw
// on (fuzz_results_yaml). Refused, located; escapes that give such characters are fine.
void TestResultsReaders::yamlControlBytes()
{
    static const char text[] = "acc: 0.9\nprovenance:\n cs:\x02\0_GLOBAhost: h}\n";
    const ResultsFile f = readResultsYaml(QByteArray(text, sizeof text - 1), QStringLiteral("m.yaml"));
    QVERIFY(!f.readable);
    QCOMPARE(f.diagnostics.size(), 1);
    QVERIFY2(f.diagnostics.first().message.contains(QLatin1String("NUL")),
             qPrintable(f.diagnostics.first().toString()));
    QCOMPARE(f.diagnostics.first().line, 3);
    QCOMPARE(f.diagnostics.first().column, 6);
    const ResultsFile escaped =
        readResultsYaml("acc: 0.9\nprovenance:\n  host: \"a\\x00b\\xA0\"\n", QStringLiteral("m.yaml"));
    QVERIFY(escaped.readable);
    QCOMPARE(escaped.provenance.dump(), std::string("{\"host\":\"a\\u0000b\u00a0\"}"));
}

void TestResultsReaders::csv_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QStringList>("values");
    QTest::newRow("header") << QByteArray("metric,value\nacc,0.9\nloss,0.25\n") << QStringList{"acc", "loss"}
                            << QStringList{"0.9", "0.25"};
    QTest::newRow("no header") << QByteArray("acc,0.9\nloss,0.25") << QStringList{"acc", "loss"}
                               << QStringList{"0.9", "0.25"};
    QTest::newRow("crlf and bom") << QByteArray("\xef\xbb\xbfmetric,value\r\nacc,0.9\r\n")
                                  << QStringList{"acc"} << QStringList{"0.9"};
    QTest::newRow("columns swapped") << QByteArray("value,metric\n0.9,acc\n") << QStringList{"acc"}
                                     << QStringList{"0.9"};
    QTest::newRow("quoted") << QByteArray("metric,value\n\"test,eu\",0.5\n\"say \"\"hi\"\"\",text\n")
                            << QStringList{"test,eu", "say \"hi\""} << QStringList{"0.5", "\"text\""};
    QTest::newRow("specials") << QByteArray("metric,value\na,nan\nb,inf\nc,-Infinity\nd,\ne,1e-3\n")
                              << QStringList{"a", "b", "c", "d", "e"}
                              << QStringList{"NaN", "Infinity", "-Infinity", "null", "0.001"};
    QTest::newRow("blank lines") << QByteArray("metric,value\n\nacc,0.9\n\n") << QStringList{"acc"}
                                 << QStringList{"0.9"};
}

void TestResultsReaders::csv()
{
    QFETCH(QByteArray, csv);
    QFETCH(QStringList, names);
    QFETCH(QStringList, values);
    const ResultsFile f = readResultsCsv(csv, QStringLiteral("m.csv"));
    QVERIFY2(f.diagnostics.isEmpty(), qPrintable(allDiagnostics(f)));
    QCOMPARE(::names(f), names);
    QStringList got;
    for (const NamedValue &nv : f.metrics)
        got.append(nv.value.display());
    QCOMPARE(got, values);
}

void TestResultsReaders::csvBadRows()
{
    const ResultsFile f = readResultsCsv("metric,value,abs_tolerance,better\n"
                                         "acc,0.9,0.01,higher\n"
                                         "lonely\n"
                                         "loss,0.3,-1,lower\n"
                                         "acc,0.8,,\n"
                                         "f1,0.7,lots,\n",
                                         QStringLiteral("m.csv"));
    QCOMPARE(names(f), (QStringList{"acc", "loss", "f1"}));
    QCOMPARE(f.diagnostics.size(), 4);
    QCOMPARE(f.diagnostics.at(0).line, 3); // too few columns
    QCOMPARE(f.diagnostics.at(1).line, 4);
    QCOMPARE(f.diagnostics.at(1).where, QStringLiteral("loss.abs_tolerance"));
    QCOMPARE(f.diagnostics.at(2).line, 5); // duplicate
    QVERIFY(f.diagnostics.at(2).message.contains(QLatin1String("duplicated")));
    QCOMPARE(f.diagnostics.at(3).where, QStringLiteral("f1.abs_tolerance"));
    QCOMPARE(f.specs.value("acc").spec.absTolerance, 0.01);
    QCOMPARE(f.specs.value("loss").spec.better, MetricSpec::Better::Lower);
    QCOMPARE(f.specs.value("loss").spec.absTolerance, -1.0);

    const ResultsFile unterminated = readResultsCsv("metric,value\n\"acc,0.9\n", QStringLiteral("u.csv"));
    QVERIFY(!unterminated.diagnostics.isEmpty());
    QVERIFY(unterminated.diagnostics.first().message.contains(QLatin1String("unterminated")));
    const ResultsFile header = readResultsCsv("name,score\nacc,0.9\n", QStringLiteral("h.csv"));
    QCOMPARE(header.diagnostics.size(), 1);
    QVERIFY(header.diagnostics.first().message.contains(QLatin1String("metric,value")));
}

void TestResultsReaders::format()
{
    QCOMPARE(formatForPath("a/b.YAML"), ResultsFormat::Yaml);
    QCOMPARE(formatForPath("a/b.yml"), ResultsFormat::Yaml);
    QCOMPARE(formatForPath("m.csv"), ResultsFormat::Csv);
    QCOMPARE(formatForPath("metrics.json"), ResultsFormat::Json);
    QCOMPARE(formatForPath("metrics"), ResultsFormat::Json);
}

void TestResultsReaders::missingFile()
{
    const ResultsFile f =
        readResultsFile(QStringLiteral("/nonexistent/metrics.json"), QStringLiteral("rerun/metrics.json"));
    QVERIFY(!f.readable);
    QCOMPARE(f.diagnostics.size(), 1);
    QCOMPARE(f.diagnostics.first().file, QStringLiteral("rerun/metrics.json"));
    QCOMPARE(f.diagnostics.first().message, QStringLiteral("file not found"));
}

void TestResultsReaders::realWorldDvc()
{
    const QDir dir(QStringLiteral(MR_SHARED_DIR "/real-world"));
    const QString before = dir.filePath("iterative+example-get-started__eval_live_metrics.json@ae0920e");
    const QString after = dir.filePath("iterative+example-get-started__eval_live_metrics.json@d39905e");
    if (!QFile::exists(before) || !QFile::exists(after))
        QSKIP("real-world samples not present");
    const ResultsFile a = readResultsFile(before, QStringLiteral("metrics.json@ae0920e"));
    const ResultsFile b = readResultsFile(after, QStringLiteral("metrics.json@d39905e"));
    QVERIFY2(a.diagnostics.isEmpty(), qPrintable(allDiagnostics(a)));
    QVERIFY2(b.diagnostics.isEmpty(), qPrintable(allDiagnostics(b)));
    const QStringList expected{"avg_prec.test", "avg_prec.train", "roc_auc.test", "roc_auc.train"};
    QCOMPARE(names(a), expected);
    QCOMPARE(names(b), expected);
    QCOMPARE(find(a, "roc_auc.test")->number, 0.9460213440787918);
    QCOMPARE(find(b, "roc_auc.test")->number, 0.945093365854111);
    // The shortest round-trip form shows every digit the file had.
    QCOMPARE(find(a, "roc_auc.test")->display(), QStringLiteral("0.9460213440787918"));
}

void TestResultsReaders::fuzz_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<QByteArray>("seed");
    QTest::newRow("json") << int(ResultsFormat::Json)
                          << QByteArray(
                                 R"({"a": {"b": [1, NaN, "x"], "c": -Infinity}, "provenance": {"host": "h"},
                                           "metric_specs": {"a.c": {"abs_tolerance": 0.1}}})");
    QTest::newRow("yaml") << int(ResultsFormat::Yaml)
                          << QByteArray("a:\n  b: [1, .nan, \"x\"]\n  c: -.inf\nprovenance: {host: h}\n"
                                        "metric_specs:\n  a.c: {abs_tolerance: 0.1}\n");
    QTest::newRow("csv") << int(ResultsFormat::Csv)
                         << QByteArray(
                                "metric,value,abs_tolerance\n\"a,b\",1,0.1\nc,nan,\nd,\"x\"\"y\",-1\n");
}

// Mutations of valid files (bytes flipped, cut, duplicated, inserted): the readers must neither
// crash nor hang, and every problem must name the file.
void TestResultsReaders::fuzz()
{
    QFETCH(int, format);
    QFETCH(QByteArray, seed);
    quint32 state = 12345;
    auto next = [&state] {
        state = state * 1664525u + 1013904223u;
        return state >> 8;
    };
    static const char alphabet[] = "{}[]\",:.-+eE0123456789NaInfity \n\t\\#&*!|>'~";
    int withProblems = 0, withMetrics = 0;
    for (int round = 0; round < 3000; ++round) {
        QByteArray data = seed;
        const int edits = 1 + int(next() % 6);
        for (int e = 0; e < edits && !data.isEmpty(); ++e) {
            const int pos = int(next() % quint32(data.size()));
            switch (next() % 4) {
            case 0: data[pos] = alphabet[next() % (sizeof alphabet - 1)]; break;
            case 1: data.remove(pos, 1 + int(next() % 8)); break;
            case 2:
                data.insert(pos, data.mid(int(next() % quint32(data.size())), 1 + int(next() % 12)));
                break;
            case 3: data.truncate(pos); break;
            }
        }
        const ResultsFile f = readResultsData(data, ResultsFormat(format), QStringLiteral("fuzz"));
        for (const Diagnostic &d : f.diagnostics)
            QCOMPARE(d.file, QStringLiteral("fuzz"));
        for (const NamedValue &nv : f.metrics)
            QVERIFY(!nv.name.isEmpty());
        withProblems += f.diagnostics.isEmpty() ? 0 : 1;
        withMetrics += f.metrics.isEmpty() ? 0 : 1;
    }
    // The mutations reach both the error paths and the value paths.
    QVERIFY2(withProblems > 300 && withMetrics > 50,
             qPrintable(QStringLiteral("%1 %2").arg(withProblems).arg(withMetrics)));
}

QTEST_GUILESS_MAIN(TestResultsReaders)
#include "tst_resultsreaders.moc"
