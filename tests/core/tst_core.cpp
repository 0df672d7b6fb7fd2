// SPDX-License-Identifier: Apache-2.0
#include "models/core/anchor.h"
#include "models/core/diagnostic.h"
#include "models/core/finding.h"
#include "models/core/hashing.h"
#include "models/core/jsonutil.h"
#include "models/core/sectionreport.h"

#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace mr;

class TestCore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void anchorRoundTrip_data();
    void anchorRoundTrip();
    void anchorRejectsBadJson_data();
    void anchorRejectsBadJson();
    void fingerprint();
    void diagnosticText_data();
    void diagnosticText();
    void jsonErrorPosition_data();
    void jsonErrorPosition();
    void findingOrder();
    void markdownEscaping();
    void hashKnownDigests_data();
    void hashKnownDigests();
};

void TestCore::anchorRoundTrip_data()
{
    QTest::addColumn<Anchor>("anchor");
    QTest::addColumn<QString>("label");
    QTest::newRow("package") << Anchor::package() << "package";
    QTest::newRow("code") << Anchor::codeLines(QStringLiteral("src/train.py"), Anchor::Side::Old, 3, 7,
                                               QStringLiteral("abcd"))
                          << "src/train.py:3-7 (old)";
    QTest::newRow("one line") << Anchor::codeLines(QStringLiteral("a.py"), Anchor::Side::New, 9, 9, {})
                              << "a.py:9 (new)";
    QTest::newRow("dataset") << Anchor::datasetEntry(QStringLiteral("files/train.csv")) << "files/train.csv";
    QTest::newRow("environment") << Anchor::environmentPackage(QStringLiteral("development..reference"),
                                                               QStringLiteral("numpy"))
                                 << "numpy [development..reference]";
    QTest::newRow("metric") << Anchor::metric(QStringLiteral("test.roc_auc")) << "test.roc_auc";
}

void TestCore::anchorRoundTrip()
{
    QFETCH(Anchor, anchor);
    QFETCH(QString, label);
    const nlohmann::json j = anchor;
    const Anchor back = j.get<Anchor>();
    QCOMPARE(back, anchor);
    QCOMPARE(back.key(), anchor.key());
    QCOMPARE(anchor.label(), label);
}

void TestCore::anchorRejectsBadJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("unknown kind") << QByteArray(R"({"kind": "weather"})");
    QTest::newRow("no kind") << QByteArray(R"({"path": "a"})");
    QTest::newRow("bad side") << QByteArray(
        R"({"kind": "code", "path": "a", "side": "left", "first_line": 1, "last_line": 1})");
    QTest::newRow("bad range") << QByteArray(
        R"({"kind": "code", "path": "a", "side": "new", "first_line": 5, "last_line": 2})");
    QTest::newRow("path not string") << QByteArray(R"({"kind": "dataset", "path": 5})");
}

void TestCore::anchorRejectsBadJson()
{
    QFETCH(QByteArray, json);
    bool threw = false;
    try {
        (void)nlohmann::json::parse(json.toStdString()).get<Anchor>();
    } catch (const std::exception &) {
        threw = true;
    }
    QVERIFY(threw);
}

void TestCore::fingerprint()
{
    const QString a = Anchor::fingerprintOf({QStringLiteral("x = 1"), QStringLiteral("y = 2")});
    QCOMPARE(a.size(), 16);
    QCOMPARE(Anchor::fingerprintOf({QStringLiteral("x = 1  "), QStringLiteral("y = 2\t")}),
             a); // trailing blanks
    QVERIFY(Anchor::fingerprintOf({QStringLiteral("x = 1"), QStringLiteral("y = 3")}) != a);
    QVERIFY(Anchor::fingerprintOf({QStringLiteral("x = 1y = 2")}) != a);
}

void TestCore::diagnosticText_data()
{
    QTest::addColumn<Diagnostic>("diagnostic");
    QTest::addColumn<QString>("text");
    QTest::newRow("full") << Diagnostic{QStringLiteral("a.json"), 3, 7, QStringLiteral("code.head"),
                                        QStringLiteral("bad")}
                          << "a.json:3:7: code.head: bad";
    QTest::newRow("no column") << Diagnostic{QStringLiteral("a.txt"), 3, 0, {}, QStringLiteral("bad")}
                               << "a.txt:3: bad";
    QTest::newRow("file only") << Diagnostic{QStringLiteral("a.txt"), 0, 0, {}, QStringLiteral("bad")}
                               << "a.txt: bad";
    QTest::newRow("message only") << Diagnostic{{}, 0, 0, {}, QStringLiteral("bad")} << "bad";
}

void TestCore::diagnosticText()
{
    QFETCH(Diagnostic, diagnostic);
    QFETCH(QString, text);
    QCOMPARE(diagnostic.toString(), text);
}

void TestCore::jsonErrorPosition_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::newRow("missing value") << QByteArray("{\n  \"a\": \n}") << 3 << 1;
    QTest::newRow("garbage") << QByteArray("{\"a\": 1}\nxyz") << 2 << 1;
    QTest::newRow("after multibyte") << QByteArray("{\"名前\": tru}") << 1 << 11; // characters, not bytes
}

void TestCore::jsonErrorPosition()
{
    QFETCH(QByteArray, data);
    QFETCH(int, line);
    QFETCH(int, column);
    Diagnostic d;
    QVERIFY(!parseJson(data, QStringLiteral("x.json"), &d));
    QCOMPARE(d.file, QStringLiteral("x.json"));
    QCOMPARE(d.line, line);
    QCOMPARE(d.column, column);
    QVERIFY(d.message.startsWith(QLatin1String("malformed JSON")));
    QVERIFY(parseJson("{\"a\": [1, 2]}", QStringLiteral("x.json"), &d).has_value());
}

void TestCore::findingOrder()
{
    Findings f{{QStringLiteral("b"), Finding::Severity::Info, QStringLiteral("code"), {}, {}},
               {QStringLiteral("a"), Finding::Severity::Error, QStringLiteral("results"), {}, {}},
               {QStringLiteral("c"), Finding::Severity::Warning, QStringLiteral("code"), {}, {}},
               {QStringLiteral("d"), Finding::Severity::Error, QStringLiteral("code"), {}, {}}};
    sortFindings(f);
    QCOMPARE(f.at(0).ruleId, QStringLiteral("d"));
    QCOMPARE(f.at(1).ruleId, QStringLiteral("a"));
    QCOMPARE(f.at(2).ruleId, QStringLiteral("c"));
    QCOMPARE(countFindings(f, Finding::Severity::Error), 2);
    const nlohmann::json j = f.first();
    QCOMPARE(j.at("severity").get<std::string>(), std::string("error"));
    QCOMPARE(j.at("item").at("kind").get<std::string>(), std::string("package"));
}

void TestCore::markdownEscaping()
{
    QCOMPARE(markdownEscape(QStringLiteral("<script>a|b</script>")),
             QStringLiteral("\\<script\\>a\\|b\\</script\\>"));
    QCOMPARE(markdownEscape(QStringLiteral("*x*\nnext")), QStringLiteral("\\*x\\* next"));
}

void TestCore::hashKnownDigests_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("algorithm");
    QTest::addColumn<QByteArray>("hex");
    QTest::newRow("sha256 empty") << QByteArray() << int(HashAlgorithm::Sha256)
                                  << QByteArray(
                                         "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    QTest::newRow("sha256 abc") << QByteArray("abc") << int(HashAlgorithm::Sha256)
                                << QByteArray(
                                       "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    QTest::newRow("md5 abc") << QByteArray("abc") << int(HashAlgorithm::Md5)
                             << QByteArray("900150983cd24fb0d6963f7d28e17f72");
    QTest::newRow("sha256 3 MiB") << QByteArray(3 << 20, 'a') << int(HashAlgorithm::Sha256) << QByteArray();
}

void TestCore::hashKnownDigests()
{
    QFETCH(QByteArray, content);
    QFETCH(int, algorithm);
    QFETCH(QByteArray, hex);
    const auto algo = HashAlgorithm(algorithm);
    if (hex.isEmpty())
        hex = hashBytes(content, algo); // large input: file reader must agree with the one-shot
    QCOMPARE(hashBytes(content, algo), hex);
    QTemporaryDir dir;
    QFile f(dir.filePath(QStringLiteral("x")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
    f.close();
    qint64 seen = 0;
    const FileHash h = hashFile(f.fileName(), algo, nullptr, [&](qint64 n) { seen += n; });
    QVERIFY(h.ok);
    QCOMPARE(h.hex, hex);
    QCOMPARE(h.size, content.size());
    QCOMPARE(seen, content.size());
    QVERIFY(!hashFile(dir.filePath(QStringLiteral("missing")), algo).ok);
}

QTEST_GUILESS_MAIN(TestCore)
#include "tst_core.moc"
