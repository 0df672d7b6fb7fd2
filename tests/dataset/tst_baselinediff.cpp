// SPDX-License-Identifier: Apache-2.0
#include "models/dataset/baselinediff.h"

#include <QTest>

using namespace mr::dataset;

namespace {
struct Row
{
    const char *path;
    qint64 size;
    char fill; // digest bytes all equal to this; 0 = no digest
    const char *split;
};

Manifest build(std::initializer_list<Row> rows, HashKind kind = HashKind::Sha256)
{
    Manifest m;
    const int split = m.addColumn(QStringLiteral("split"));
    int line = 1;
    for (const Row &r : rows) {
        std::uint8_t d[32];
        std::memset(d, r.fill, sizeof d);
        const qsizetype row = m.addEntry(r.path, r.size, r.fill ? kind : HashKind::None, d, line++);
        m.setText(split, row, r.split);
    }
    m.finishColumns();
    m.buildIndex();
    return m;
}
} // namespace

class TestBaselineDiff : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void states_data();
    void states();
    void totalsPerSplit();
    void renamePairsOnce();
    void differentAlgorithms();
};

void TestBaselineDiff::states_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("state");
    QTest::addColumn<QString>("baselinePath");
    QTest::newRow("unchanged") << "same"
                               << "unchanged"
                               << "same";
    QTest::newRow("size changed") << "grown"
                                  << "modified"
                                  << "grown";
    QTest::newRow("hash changed") << "edited"
                                  << "modified"
                                  << "edited";
    QTest::newRow("renamed") << "new/name"
                             << "renamed"
                             << "old/name";
    QTest::newRow("added") << "fresh"
                           << "added"
                           << "";
    QTest::newRow("no digest same size") << "nohash"
                                         << "unchanged"
                                         << "nohash";
}

void TestBaselineDiff::states()
{
    QFETCH(QString, path);
    QFETCH(QString, state);
    QFETCH(QString, baselinePath);
    const Manifest base = build({{"same", 1, 'a', "train"},
                                 {"grown", 1, 'b', "train"},
                                 {"edited", 5, 'c', "test"},
                                 {"old/name", 7, 'd', "test"},
                                 {"gone", 3, 'e', "train"},
                                 {"nohash", 9, 0, ""}});
    const Manifest cur = build({{"same", 1, 'a', "train"},
                                {"grown", 2, 'b', "train"},
                                {"edited", 5, 'x', "test"},
                                {"new/name", 7, 'd', "test"},
                                {"fresh", 4, 'f', "train"},
                                {"nohash", 9, 0, ""}});
    const BaselineDiff d = diffManifests(cur, base);
    QVERIFY(d.valid);
    const qsizetype row = cur.find(path.toStdString());
    QVERIFY(row >= 0);
    QCOMPARE(diffStateName(d.state(row)), state);
    const std::int32_t b = d.baselineRow[size_t(row)];
    QCOMPARE(b >= 0 ? base.path(b) : QString(), baselinePath);
    QCOMPARE(d.removed.size(), size_t(1));
    QCOMPARE(base.path(d.removed[0]), QStringLiteral("gone"));
    QCOMPARE(d.counts[int(DiffState::Unchanged)], 2);
    QCOMPARE(d.counts[int(DiffState::Modified)], 2);
    QCOMPARE(d.counts[int(DiffState::Renamed)], 1);
    QCOMPARE(d.counts[int(DiffState::Added)], 1);
    QCOMPARE(d.counts[int(DiffState::Removed)], 1);
    QCOMPARE(d.changedCount(), 5);
}

void TestBaselineDiff::totalsPerSplit()
{
    const Manifest base = build({{"a", 1, 'a', "train"}, {"b", 1, 'b', "test"}, {"c", 1, 'c', "test"}});
    const Manifest cur = build({{"a", 2, 'a', "train"}, {"b", 1, 'b', "test"}, {"d", 1, 'z', "val"}});
    const BaselineDiff d = diffManifests(cur, base);
    QCOMPARE(d.perSplit.value("train")[int(DiffState::Modified)], 1);
    QCOMPARE(d.perSplit.value("test")[int(DiffState::Unchanged)], 1);
    QCOMPARE(d.perSplit.value("test")[int(DiffState::Removed)], 1);
    QCOMPARE(d.perSplit.value("val")[int(DiffState::Added)], 1);
}

void TestBaselineDiff::renamePairsOnce()
{
    // Two new copies of one removed file: one rename, one addition.
    const Manifest base = build({{"orig", 3, 'q', ""}});
    const Manifest cur = build({{"copy1", 3, 'q', ""}, {"copy2", 3, 'q', ""}});
    const BaselineDiff d = diffManifests(cur, base);
    QCOMPARE(d.counts[int(DiffState::Renamed)], 1);
    QCOMPARE(d.counts[int(DiffState::Added)], 1);
    QCOMPARE(d.counts[int(DiffState::Removed)], 0);
    QCOMPARE(d.state(0), DiffState::Renamed);
}

void TestBaselineDiff::differentAlgorithms()
{
    // md5 against sha256 cannot compare digests: the size decides.
    const Manifest base = build({{"a", 3, 'q', ""}, {"b", 3, 'q', ""}}, HashKind::Md5);
    const Manifest cur = build({{"a", 3, 'z', ""}, {"b", 4, 'q', ""}}, HashKind::Sha256);
    const BaselineDiff d = diffManifests(cur, base);
    QCOMPARE(d.state(0), DiffState::Unchanged);
    QCOMPARE(d.state(1), DiffState::Modified);
}

QTEST_GUILESS_MAIN(TestBaselineDiff)
#include "tst_baselinediff.moc"
