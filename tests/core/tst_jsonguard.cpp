// SPDX-License-Identifier: Apache-2.0
// Hostile JSON through parseJson(): out-of-range numbers, deep nesting and duplicate keys give
// located errors, never an exception or a crash.
#include "models/core/jsonguard.h"
#include "models/core/jsonutil.h"

#include <QRandomGenerator>
#include <QTest>

using namespace mr;

class TestJsonGuard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hostile_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("strict");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message");
        QTest::newRow("1e400 value") << QByteArray("{\n  \"a\": 1e400\n}") << false << 2 << 8
                                     << QStringLiteral("1e400 is out of range");
        QTest::newRow("-1e400 in array")
            << QByteArray("[1, -1e400]") << false << 1 << 5 << QStringLiteral("-1e400 is out of range");
        QTest::newRow("deep arrays") << QByteArray(50000, '[') + QByteArray(50000, ']') << false << 1 << 513
                                     << QStringLiteral("nesting deeper than 512 levels");
        QTest::newRow("deep objects in a key")
            << QByteArray("{\"x\":") + QByteArray(600, '{').replace("{", "{\"k\":") << false << 1 << 0
            << QStringLiteral("nesting deeper than 512 levels");
        QTest::newRow("deep unterminated")
            << QByteArray(100000, '[') << false << 1 << 513 << QStringLiteral("nesting deeper");
        QTest::newRow("brackets in strings do not count")
            << QByteArray("[\"") + QByteArray(1000, '[') + QByteArray("\"") << false << 1 << 0
            << QStringLiteral("malformed JSON");
        QTest::newRow("duplicate verdict")
            << QByteArray(
                   "{\"decisions\": [{\"verdict\": \"reject\",\n \"x\": 1, \"verdict\": \"approve\"}]}")
            << true << 2 << 10 << QStringLiteral("duplicate key \"verdict\" (first at line 1, column 17)");
        QTest::newRow("duplicate through an escape")
            << QByteArray("{\"verdict\": 1, \"\\u0076erdict\": 2}") << true << 1 << 16
            << QStringLiteral("duplicate key \"verdict\"");
        QTest::newRow("duplicate top level")
            << QByteArray("{\"a\":1,\n\"a\":1}") << true << 2 << 1 << QStringLiteral("duplicate key \"a\"");
    }

    void hostile()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, strict);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, message);
        JsonParseOptions options;
        options.rejectDuplicateKeys = strict;
        Diagnostic error;
        const auto parsed = parseJson(text, QStringLiteral("f.json"), &error, options);
        QVERIFY(!parsed);
        QCOMPARE(error.file, QStringLiteral("f.json"));
        QVERIFY2(error.message.contains(message), qPrintable(error.toString()));
        QCOMPARE(error.line, line);
        if (column > 0)
            QCOMPARE(error.column, column);
    }

    void acceptedWhenValid_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("same key in sibling objects") << QByteArray("[{\"a\":1},{\"a\":2}]");
        QTest::newRow("same key at two levels") << QByteArray("{\"a\":{\"a\":1}}");
        QTest::newRow("key text in a value") << QByteArray("{\"a\":\"a\",\"b\":[\"a\",\"a\"]}");
        QTest::newRow("escaped quote in key") << QByteArray("{\"a\\\"\":1,\"a\":2}");
        QTest::newRow("512 levels") << QByteArray(512, '[') + QByteArray(512, ']');
        QTest::newRow("1e300") << QByteArray("{\"n\": 1e300}");
    }

    void acceptedWhenValid()
    {
        QFETCH(QByteArray, text);
        JsonParseOptions options;
        options.rejectDuplicateKeys = true;
        Diagnostic error;
        QVERIFY2(parseJson(text, QStringLiteral("f.json"), &error, options), qPrintable(error.toString()));
    }

    void duplicatesAllowedUnlessAsked()
    {
        Diagnostic error;
        const auto parsed = parseJson("{\"a\":1,\"a\":2}", QStringLiteral("f.json"), &error);
        QVERIFY(parsed);
        QCOMPARE(parsed->at("a").get<int>(), 2);
    }

    // Random bytes and random mutations of a valid document: parseJson never throws.
    void fuzzNeverThrows()
    {
        const QByteArray seed =
            "{\"format\":\"x\",\"a\":[1,2.5e3,{\"b\":null,\"c\":\"\\u00e9\"}],\"d\":true}";
        QRandomGenerator random(15);
        const QByteArray alphabet = "{}[]\":,\\0123456789eE+-.tfnu \n\xff\xc3";
        for (int round = 0; round < 5000; ++round) {
            QByteArray text = seed;
            const int edits = 1 + int(random.bounded(6));
            for (int e = 0; e < edits; ++e) {
                const int at = int(random.bounded(text.size() + 1));
                const char c = alphabet.at(int(random.bounded(alphabet.size())));
                switch (random.bounded(3)) {
                case 0: text.insert(at, c); break;
                case 1:
                    if (at < text.size())
                        text[at] = c;
                    break;
                default: text.remove(at, 1); break;
                }
            }
            JsonParseOptions options;
            options.rejectDuplicateKeys = round % 2 == 0;
            Diagnostic error;
            try {
                const auto parsed = parseJson(text, QStringLiteral("f.json"), &error, options);
                if (!parsed)
                    QVERIFY2(!error.message.isEmpty(), text.constData());
            } catch (...) {
                QFAIL(
                    qPrintable(QStringLiteral("threw on: ") + QString::fromLatin1(text.toPercentEncoding())));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestJsonGuard)
#include "tst_jsonguard.moc"
