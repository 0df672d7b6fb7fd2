// SPDX-License-Identifier: Apache-2.0
#include "models/code/intraline.h"

#include <QTest>

using namespace mr::code;

namespace {

// "start:length start:length" for compact expectations.
QString describe(const QList<TextRange> &ranges)
{
    QStringList parts;
    for (const TextRange &r : ranges)
        parts << QStringLiteral("%1:%2").arg(r.start).arg(r.length);
    return parts.join(QLatin1Char(' '));
}

} // namespace

class TestIntraLine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void ranges_data()
    {
        QTest::addColumn<QString>("oldText");
        QTest::addColumn<QString>("newText");
        QTest::addColumn<QString>("oldRanges");
        QTest::addColumn<QString>("newRanges");
        QTest::newRow("identical") << "same"
                                   << "same"
                                   << ""
                                   << "";
        QTest::newRow("one word") << "lr = 0.01"
                                  << "lr = 0.02"
                                  << "7:2"
                                  << "7:2";
        QTest::newRow("number token") << "epochs = 10"
                                      << "epochs = 12"
                                      << "9:2"
                                      << "9:2";
        QTest::newRow("insertion") << "f(a, c)"
                                   << "f(a, b, c)"
                                   << ""
                                   << "5:3";
        QTest::newRow("deletion") << "f(a, b, c)"
                                  << "f(a, c)"
                                  << "5:3"
                                  << "";
        QTest::newRow("two places") << "x = foo(1) + bar(2)"
                                    << "x = baz(1) + bar(3)"
                                    << "4:3 17:1"
                                    << "4:3 17:1";
        QTest::newRow("whitespace") << "if x:"
                                    << "if  x:"
                                    << "2:1"
                                    << "2:2";
        QTest::newRow("unrelated") << "import numpy as np"
                                   << "}"
                                   << ""
                                   << "";
        QTest::newRow("append") << "abc"
                                << "abc def"
                                << ""
                                << "3:4";
        QTest::newRow("unicode") << QStringLiteral("caf\u00e9 ok") << QStringLiteral("caf\u00e8 ok") << "0:4"
                                 << "0:4";
        QTest::newRow("empty old") << ""
                                   << "new text"
                                   << ""
                                   << "0:8";
    }

    void ranges()
    {
        QFETCH(QString, oldText);
        QFETCH(QString, newText);
        const LineChanges c = intraLineChanges(oldText, newText);
        QTEST(describe(c.oldRanges), "oldRanges");
        QTEST(describe(c.newRanges), "newRanges");
    }

    void longLinesStayBounded()
    {
        // 2,000 tokens per side exceed the LCS bound: the whole middle is the change, quickly.
        QString a, b;
        for (int i = 0; i < 1000; ++i) {
            a += QStringLiteral("a%1 ").arg(i);
            b += QStringLiteral("b%1 ").arg(i);
        }
        a.prepend(QStringLiteral("same ")), b.prepend(QStringLiteral("same "));
        const LineChanges c = intraLineChanges(a + QStringLiteral("end"), b + QStringLiteral("end"));
        // Share "same " and "end" only: under a fifth of the characters, so nothing is marked.
        QVERIFY(c.oldRanges.isEmpty());
    }

    void pairsRunsInHunk()
    {
        Hunk h;
        auto line = [](Line::Type t, const QString &text) {
            Line l;
            l.type = t;
            l.text = text;
            return l;
        };
        h.lines = {line(Line::Type::Context, QStringLiteral("ctx")),
                   line(Line::Type::Removed, QStringLiteral("a = 1")),
                   line(Line::Type::Removed, QStringLiteral("b = 2")),
                   line(Line::Type::Added, QStringLiteral("a = 3")),
                   line(Line::Type::Context, QStringLiteral("ctx")),
                   line(Line::Type::Added, QStringLiteral("lonely"))};
        annotateIntraLine(h);
        QCOMPARE(describe(h.lines[1].changed), QStringLiteral("4:1"));
        QCOMPARE(describe(h.lines[3].changed), QStringLiteral("4:1"));
        QVERIFY(h.lines[2].changed.isEmpty()); // no partner
        QVERIFY(h.lines[5].changed.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestIntraLine)
#include "tst_intraline.moc"
