// SPDX-License-Identifier: Apache-2.0
// Expansion limits, damaged archives and cancellation.
#include "archivefixture.h"

#include "models/package/archive.h"

#include <QFileInfo>
#include <QTest>

using namespace mrtest;
using mr::ExtractLimits;
using mr::ExtractResult;

Q_DECLARE_METATYPE(mrtest::ArchiveKind)

class TestArchiveLimits : public QObject
{
    Q_OBJECT

private slots:
    void bombByRatio();
    void bombByTotal_data();
    void bombByTotal();
    void lyingHeader();
    void brokenArchives_data();
    void brokenArchives();
    void cancel();
    void mutatedArchives_data();
    void mutatedArchives();
};

void TestArchiveLimits::bombByRatio()
{
    Scratch s;
    const QString archive = s.archive(ArchiveKind::TarGz);
    const QByteArray zeros(4 << 20, '\0');
    QCOMPARE(writeArchive(
                 archive, ArchiveKind::TarGz,
                 {FixtureEntry::file("model-package.json", "{}"), FixtureEntry::file("zeros.bin", zeros)}),
             QString());
    const qint64 size = QFileInfo(archive).size();
    QVERIFY(size * 200 < zeros.size()); // the fixture really is a bomb under the default ratio
    const QStringList before = s.outside();
    const ExtractResult r = mr::extractArchive(archive, s.dest);
    QVERIFY(!r.ok);
    QCOMPARE(r.error.where, QStringLiteral("zeros.bin"));
    QVERIFY2(r.error.message.contains(QStringLiteral("ratio")), qPrintable(r.error.message));
    QVERIFY(r.bytes <= qint64(size * 200));
    QVERIFY(QFileInfo(s.dest + "/zeros.bin").size() <= size * 200);
    QCOMPARE(s.outside(), before);

    // The same archive passes when the ratio allows it.
    Scratch t;
    QVERIFY(QFile::copy(archive, t.archive(ArchiveKind::TarGz)));
    ExtractLimits generous;
    generous.maxExpansionRatio = 100000;
    const ExtractResult ok = mr::extractArchive(t.archive(ArchiveKind::TarGz), t.dest, generous);
    QVERIFY2(ok.ok, qPrintable(ok.error.toString()));
    QCOMPARE(QFileInfo(t.dest + "/zeros.bin").size(), qint64(zeros.size()));
}

void TestArchiveLimits::bombByTotal_data()
{
    QTest::addColumn<ArchiveKind>("kind");
    QTest::addColumn<bool>("declareSize");
    QTest::newRow("tar") << ArchiveKind::Tar << true;
    QTest::newRow("zip") << ArchiveKind::Zip << true;
    QTest::newRow("zip, sizes not declared") << ArchiveKind::Zip << false;
    QTest::newRow("tar.zst") << ArchiveKind::TarZst << true;
}

void TestArchiveLimits::bombByTotal()
{
    QFETCH(ArchiveKind, kind);
    QFETCH(bool, declareSize);
    Scratch s;
    const QString archive = s.archive(kind);
    QList<FixtureEntry> entries;
    for (int i = 0; i < 3; ++i) {
        entries << FixtureEntry::file("part" + QByteArray::number(i) + ".bin", noise(10000, 11 + i));
        entries.last().declareSize = declareSize;
    }
    QCOMPARE(writeArchive(archive, kind, entries), QString());
    ExtractLimits limits;
    limits.maxTotalBytes = 25000;
    const QStringList before = s.outside();
    const ExtractResult r = mr::extractArchive(archive, s.dest, limits);
    QVERIFY(!r.ok);
    QCOMPARE(r.error.where, QStringLiteral("part2.bin"));
    QVERIFY2(r.error.message.contains(QStringLiteral("25000 bytes")), qPrintable(r.error.message));
    QVERIFY(r.bytes <= 25000);
    QCOMPARE(s.outside(), before);

    limits.maxTotalBytes = 30000; // exactly enough
    Scratch t;
    QVERIFY(QFile::copy(archive, t.archive(kind)));
    const ExtractResult ok = mr::extractArchive(t.archive(kind), t.dest, limits);
    QVERIFY2(ok.ok, qPrintable(ok.error.toString()));
    QCOMPARE(ok.bytes, qint64(30000));
}

// A zip whose headers claim 100 bytes for an entry that inflates to 4 MiB: the limit must hold
// on the bytes actually decoded.
void TestArchiveLimits::lyingHeader()
{
    Scratch s;
    const QString archive = s.archive(ArchiveKind::Zip);
    const QByteArray zeros(4 << 20, '\0');
    QCOMPARE(writeArchive(archive, ArchiveKind::Zip, {FixtureEntry::file("zeros.bin", zeros)}), QString());
    QByteArray bytes = readAll(archive);
    const auto put32 = [&bytes](qsizetype at, quint32 value) {
        for (int i = 0; i < 4; ++i)
            bytes[at + i] = char((value >> (8 * i)) & 0xff);
    };
    const auto get32 = [&bytes](qsizetype at) {
        quint32 v = 0;
        for (int i = 3; i >= 0; --i)
            v = (v << 8) | quint8(bytes[at + i]);
        return v;
    };
    int patched = 0;
    for (qsizetype at = bytes.indexOf("PK\x03\x04"); at >= 0; at = bytes.indexOf("PK\x03\x04", at + 4)) {
        if (get32(at + 22) == quint32(zeros.size()))
            put32(at + 22, 100), ++patched;
    }
    for (qsizetype at = bytes.indexOf("PK\x01\x02"); at >= 0; at = bytes.indexOf("PK\x01\x02", at + 4)) {
        if (get32(at + 24) == quint32(zeros.size()))
            put32(at + 24, 100), ++patched;
    }
    for (qsizetype at = bytes.indexOf("PK\x07\x08"); at >= 0; at = bytes.indexOf("PK\x07\x08", at + 4)) {
        if (get32(at + 12) == quint32(zeros.size()))
            put32(at + 12, 100), ++patched;
    }
    QVERIFY(patched >= 2);
    QFile f(archive);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
    f.close();

    ExtractLimits limits;
    limits.maxTotalBytes = 1 << 20;
    limits.maxExpansionRatio = 0; // off: only the total counts here
    const ExtractResult r = mr::extractArchive(archive, s.dest, limits);
    QVERIFY(!r.ok);
    QCOMPARE(r.error.where, QStringLiteral("zeros.bin"));
    QVERIFY(r.bytes <= limits.maxTotalBytes);
    QVERIFY(QFileInfo(s.dest + "/zeros.bin").size() <= limits.maxTotalBytes);
    // Caught while writing, not from the (lying) header.
    QVERIFY2(r.error.message.contains(QStringLiteral("expands past")) &&
                 !r.error.message.contains(QStringLiteral("declares")),
             qPrintable(r.error.message));
}

void TestArchiveLimits::brokenArchives_data()
{
    QTest::addColumn<ArchiveKind>("kind");
    QTest::addColumn<QString>("damage");
    for (const char *damage : {"truncated", "garbage"}) {
        QTest::addRow("zip %s", damage) << ArchiveKind::Zip << QString::fromLatin1(damage);
        QTest::addRow("tar %s", damage) << ArchiveKind::Tar << QString::fromLatin1(damage);
        QTest::addRow("tar.gz %s", damage) << ArchiveKind::TarGz << QString::fromLatin1(damage);
        QTest::addRow("tar.zst %s", damage) << ArchiveKind::TarZst << QString::fromLatin1(damage);
    }
    // Zip checks each entry's CRC; tar has only header checksums (data damage is undetectable).
    QTest::newRow("zip zeroed data") << ArchiveKind::Zip << QStringLiteral("zeroed data");
    QTest::newRow("tar damaged header") << ArchiveKind::Tar << QStringLiteral("damaged header");
}

void TestArchiveLimits::brokenArchives()
{
    QFETCH(ArchiveKind, kind);
    QFETCH(QString, damage);
    Scratch s;
    const QString archive = s.archive(kind);
    QCOMPARE(writeArchive(archive, kind,
                          {FixtureEntry::file("model-package.json", "{}"),
                           FixtureEntry::file("data/big.bin", noise(200000, 5)),
                           FixtureEntry::file("data/after.txt", "after")}),
             QString());
    QByteArray bytes = readAll(archive);
    if (damage == QLatin1String("truncated"))
        bytes.truncate(bytes.size() / 2);
    else if (damage == QLatin1String("garbage"))
        bytes = noise(bytes.size(), 99);
    else if (damage == QLatin1String("zeroed data"))
        bytes.replace(bytes.size() / 3, 4096, QByteArray(4096, '\0'));
    else
        bytes.replace(bytes.indexOf("data/big.bin") + 148, 8, "9999999"); // header checksum field
    {
        QFile f(archive);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes);
    }
    const QStringList before = s.outside();
    const ExtractResult r = mr::extractArchive(archive, s.dest);
    QVERIFY(!r.ok);
    QCOMPARE(r.error.file, archive);
    QVERIFY(!r.error.message.isEmpty());
    QVERIFY2(r.error.toString().startsWith(archive), qPrintable(r.error.toString()));
    const QString message = r.error.message.toLower();
    QVERIFY2(message.contains(QStringLiteral("damaged")) || message.contains(QStringLiteral("corrupt")) ||
                 message.contains(QStringLiteral("truncated")),
             qPrintable(r.error.message));
    QCOMPARE(s.outside(), before);
}

void TestArchiveLimits::cancel()
{
    Scratch s;
    const QString archive = s.archive(ArchiveKind::TarGz);
    QCOMPARE(writeArchive(archive, ArchiveKind::TarGz,
                          {FixtureEntry::file("a.bin", noise(1 << 20, 1)),
                           FixtureEntry::file("b.bin", noise(1 << 20, 2))}),
             QString());
    std::atomic_bool cancelFlag{false};
    int calls = 0;
    const ExtractResult r = mr::extractArchive(archive, s.dest, {}, &cancelFlag, [&](qint64, qint64) {
        if (++calls == 2)
            cancelFlag = true;
    });
    QVERIFY(!r.ok);
    QVERIFY(r.error.message.contains(QStringLiteral("cancelled")));
    QVERIFY(r.bytes < 2 << 20);
    QVERIFY(!QFileInfo::exists(s.dest + "/b.bin"));
}

void TestArchiveLimits::mutatedArchives_data()
{
    QTest::addColumn<ArchiveKind>("kind");
    QTest::newRow("zip") << ArchiveKind::Zip;
    QTest::newRow("tar") << ArchiveKind::Tar;
    QTest::newRow("tar.gz") << ArchiveKind::TarGz;
    QTest::newRow("tar.zst") << ArchiveKind::TarZst;
}

// A small fuzz: seeded byte flips and cuts of a good archive. Each run either extracts or fails
// with an error naming the archive, and never writes outside the extraction folder.
void TestArchiveLimits::mutatedArchives()
{
    QFETCH(ArchiveKind, kind);
    QTemporaryDir base;
    const QString good = base.filePath(QStringLiteral("good") + suffix(kind));
    QCOMPARE(
        writeArchive(good, kind,
                     {FixtureEntry::file("model-package.json", R"({"format": "modelreview.package/v1"})"),
                      FixtureEntry::folder("data/"), FixtureEntry::file("data/a.csv", noise(3000, 4)),
                      FixtureEntry::symlink("data/b.csv", "a.csv"),
                      FixtureEntry::file("data/c.txt", QByteArray(5000, 'c'))}),
        QString());
    const QByteArray original = readAll(good);
    quint32 seed = 12345;
    const auto next = [&seed] {
        seed ^= seed << 13;
        seed ^= seed >> 17;
        seed ^= seed << 5;
        return seed;
    };
    int extracted = 0, refused = 0;
    for (int round = 0; round < 150; ++round) {
        QByteArray bytes = original;
        const int flips = 1 + int(next() % 8);
        for (int i = 0; i < flips; ++i)
            bytes[qsizetype(next() % quint32(bytes.size()))] = char(next() & 0xff);
        if (round % 5 == 0)
            bytes.truncate(qsizetype(next() % quint32(bytes.size())));
        Scratch s;
        const QString archive = s.archive(kind);
        QFile f(archive);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        f.close();
        const QStringList before = s.outside();
        const ExtractResult r = mr::extractArchive(archive, s.dest);
        if (r.ok) {
            ++extracted;
        } else {
            ++refused;
            QCOMPARE(r.error.file, archive);
            QVERIFY(!r.error.message.isEmpty());
        }
        QCOMPARE(s.outside(), before);
        QCOMPARE(s.victimNow(), s.victimContent);
    }
    QVERIFY(refused > 0);
    qInfo("%d extracted, %d refused", extracted, refused);
}

QTEST_GUILESS_MAIN(TestArchiveLimits)
#include "tst_archivelimits.moc"
