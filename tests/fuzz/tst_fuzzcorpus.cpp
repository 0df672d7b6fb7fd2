// SPDX-License-Identifier: Apache-2.0
// Replays every fuzz target's seeds (tests/fuzz/corpus/<target>/) and regression inputs
// (tests/<area>/corpus/<target>/) once, without fuzzing, in every build: an input that once
// crashed a parser must keep passing. A crash or sanitizer report fails the test; the row
// names the input.
#include "tests/fuzz/fuzzreplay.h"

#include <QDir>
#include <QFile>
#include <QTest>

class TestFuzzCorpus : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyTargetHasSeeds();
    void replay_data();
    void replay();
};

static QStringList corpusDirs(const mr::fuzz::ReplayTarget &target)
{
    const QString name = QString::fromLatin1(target.name);
    return {QStringLiteral(MR_SOURCE_DIR "/tests/fuzz/corpus/") + name,
            QStringLiteral(MR_SOURCE_DIR "/tests/") + QLatin1String(target.area) +
                QStringLiteral("/corpus/") + name};
}

void TestFuzzCorpus::everyTargetHasSeeds()
{
    QVERIFY(mr::fuzz::replayTargets().size() >= 25);
    for (const mr::fuzz::ReplayTarget &t : mr::fuzz::replayTargets()) {
        const QDir seeds(corpusDirs(t).first());
        QVERIFY2(!seeds.entryList(QDir::Files).isEmpty(), t.name);
    }
}

void TestFuzzCorpus::replay_data()
{
    QTest::addColumn<int>("target");
    QTest::addColumn<QString>("path");
    const auto &targets = mr::fuzz::replayTargets();
    for (int i = 0; i < int(targets.size()); ++i) {
        for (const QString &dir : corpusDirs(targets[size_t(i)])) {
            for (const QString &file : QDir(dir).entryList(QDir::Files, QDir::Name)) {
                const QString path = dir + QLatin1Char('/') + file;
                QTest::newRow(
                    qPrintable(QStringLiteral("%1/%2").arg(QLatin1String(targets[size_t(i)].name), file)))
                    << i << path;
            }
        }
    }
}

void TestFuzzCorpus::replay()
{
    QFETCH(int, target);
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
    const QByteArray data = file.readAll();
    // The fuzzer's contract: the entry returns 0 for every input (it traps on a broken invariant).
    QCOMPARE(mr::fuzz::replayTargets()[size_t(target)].entry(
                 reinterpret_cast<const std::uint8_t *>(data.constData()), std::size_t(data.size())),
             0);
}

QTEST_GUILESS_MAIN(TestFuzzCorpus)
#include "tst_fuzzcorpus.moc"
