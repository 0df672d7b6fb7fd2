// SPDX-License-Identifier: Apache-2.0
#include "archivefixture.h"

#include "models/package/archive.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace mrtest;
using mr::ExtractLimits;
using mr::ExtractResult;

Q_DECLARE_METATYPE(mrtest::ArchiveKind)
Q_DECLARE_METATYPE(QList<mrtest::FixtureEntry>)

namespace {

// A scratch area: <tmp>/victim.txt (must never change), <tmp>/dest (the extraction folder) and
// the archive beside them.
struct Scratch
{
    QTemporaryDir dir;
    QString dest;
    QString victim;
    QByteArray victimContent = "do not touch\n";

    Scratch()
    {
        dest = dir.filePath(QStringLiteral("dest"));
        QDir().mkpath(dest);
        victim = dir.filePath(QStringLiteral("victim.txt"));
        QFile f(victim);
        if (f.open(QIODevice::WriteOnly))
            f.write(victimContent);
    }
    QString archive(ArchiveKind kind) const { return dir.filePath(QStringLiteral("package") + suffix(kind)); }
    QStringList outside() const { return listTree(dir.path(), QStringLiteral("dest")); }
    QByteArray victimNow() const
    {
        QFile f(victim);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
};

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestArchive : public QObject
{
    Q_OBJECT

private slots:
    void goodExtraction_data();
    void goodExtraction();
    void detection_data();
    void detection();
    void refusals_data();
    void refusals();
    void hostileNames_data();
    void hostileNames();
    void bombByRatio();
    void bombByTotal_data();
    void bombByTotal();
    void brokenArchives_data();
    void brokenArchives();
    void destinationMustBeEmpty();
    void cancel();
    void lyingHeader();
    void laterEntriesReplaceEarlier_data();
    void laterEntriesReplaceEarlier();
    void examplePackage_data();
    void examplePackage();
};

static void addKinds()
{
    QTest::addColumn<ArchiveKind>("kind");
    QTest::newRow("zip") << ArchiveKind::Zip;
    QTest::newRow("tar") << ArchiveKind::Tar;
    QTest::newRow("tar.gz") << ArchiveKind::TarGz;
    QTest::newRow("tar.zst") << ArchiveKind::TarZst;
}

void TestArchive::goodExtraction_data()
{
    addKinds();
}

void TestArchive::goodExtraction()
{
    QFETCH(ArchiveKind, kind);
    Scratch s;
    const QByteArray json = R"({"format": "modelreview.package/v1", "name": "x", "version": "1"})";
    const QByteArray csv = noise(300000, 7);
    QList<FixtureEntry> entries{FixtureEntry::file("model-package.json", json),
                                FixtureEntry::folder("data/"),
                                FixtureEntry::file("data/files/train.csv", csv),
                                FixtureEntry::folder("empty/"),
                                FixtureEntry::file("./env/laptop.txt", "numpy==1.26.4\n"),
                                FixtureEntry::symlink("latest.csv", "data/files/train.csv"),
                                FixtureEntry::symlink("data/up.json", "../model-package.json")};
    if (kind != ArchiveKind::Zip)
        entries << FixtureEntry::hardlink("data/copy.csv", "data/files/train.csv");
    const QString archive = s.archive(kind);
    QCOMPARE(writeArchive(archive, kind, entries), QString());
    QVERIFY(mr::isPackageArchive(archive));

    const QStringList before = s.outside();
    QList<QPair<qint64, qint64>> calls;
    const ExtractResult r = mr::extractArchive(archive, s.dest, {}, nullptr, [&](qint64 done, qint64 total) {
        calls.append({done, total});
    });
    QVERIFY2(r.ok, qPrintable(r.error.toString()));
    QCOMPARE(r.entries, entries.size());
    QCOMPARE(r.bytes, qint64(json.size() + csv.size() + 14));
    QCOMPARE(readAll(s.dest + "/model-package.json"), json);
    QCOMPARE(readAll(s.dest + "/data/files/train.csv"), csv);
    QCOMPARE(readAll(s.dest + "/env/laptop.txt"), QByteArray("numpy==1.26.4\n"));
    QVERIFY(QFileInfo(s.dest + "/empty").isDir());
    QCOMPARE(QFileInfo(s.dest + "/latest.csv").symLinkTarget(),
             QFileInfo(s.dest + "/data/files/train.csv").absoluteFilePath());
    QCOMPARE(readAll(s.dest + "/data/up.json"), json);
    if (kind != ArchiveKind::Zip) {
        QCOMPARE(readAll(s.dest + "/data/copy.csv"), csv);
        QVERIFY(!QFileInfo(s.dest + "/data/copy.csv").isSymLink());
    }
    QCOMPARE(s.outside(), before);

    const qint64 size = QFileInfo(archive).size();
    QVERIFY(!calls.isEmpty());
    QCOMPARE(calls.last(), qMakePair(size, size));
    for (int i = 1; i < calls.size(); ++i) {
        QVERIFY(calls[i].first >= 0 && calls[i].first <= size);
        QCOMPARE(calls[i].second, size);
    }
}

void TestArchive::detection_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("content"); // "@kind" builds an archive of that kind
    QTest::addColumn<bool>("expected");
    QTest::newRow("zip") << "p.zip" << QByteArray("@zip") << true;
    QTest::newRow("tar") << "p.tar" << QByteArray("@tar") << true;
    QTest::newRow("tar.gz") << "p.tar.gz" << QByteArray("@tar.gz") << true;
    QTest::newRow("tar.zst") << "p.tar.zst" << QByteArray("@tar.zst") << true;
    QTest::newRow("zip named .bin") << "p.bin" << QByteArray("@zip") << true;
    QTest::newRow("tar.gz named .json") << "p.json" << QByteArray("@tar.gz") << true;
    QTest::newRow("json") << "model-package.json" << QByteArray(R"({"format": "modelreview.package/v1"})")
                          << false;
    QTest::newRow("text") << "notes.txt" << QByteArray("hello\nworld\n") << false;
    QTest::newRow("empty file") << "empty.dat" << QByteArray() << false;
    QTest::newRow("garbage") << "garbage.bin" << noise(4096, 3) << false;
    QTest::newRow("garbage named .zip") << "garbage.zip" << noise(4096, 3) << true;
    QTest::newRow("folder") << "folder" << QByteArray("@dir") << false;
    QTest::newRow("missing") << "missing.zip" << QByteArray("@none") << false;
}

void TestArchive::detection()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, content);
    QFETCH(bool, expected);
    QTemporaryDir dir;
    const QString path = dir.filePath(name);
    const QMap<QByteArray, ArchiveKind> kinds{{"@zip", ArchiveKind::Zip},
                                              {"@tar", ArchiveKind::Tar},
                                              {"@tar.gz", ArchiveKind::TarGz},
                                              {"@tar.zst", ArchiveKind::TarZst}};
    if (kinds.contains(content)) {
        QCOMPARE(writeArchive(path, kinds[content], {FixtureEntry::file("model-package.json", "{}")}),
                 QString());
    } else if (content == "@dir") {
        QVERIFY(QDir().mkpath(path));
    } else if (content != "@none") {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }
    QCOMPARE(mr::isPackageArchive(path), expected);
}

void TestArchive::refusals_data()
{
    QTest::addColumn<ArchiveKind>("kind");
    QTest::addColumn<QList<FixtureEntry>>("entries");
    QTest::addColumn<QString>("entry");  // the entry the error must name
    QTest::addColumn<QString>("reason"); // a fragment of the message

    const auto ok = FixtureEntry::file("model-package.json", "{}");
    for (ArchiveKind kind : {ArchiveKind::Tar, ArchiveKind::Zip}) {
        const QByteArray k = kind == ArchiveKind::Zip ? "zip: " : "tar: ";
        QTest::newRow(k + "absolute path")
            << kind << QList{ok, FixtureEntry::file("/tmp/mr-evil.txt", "x")} << "/tmp/mr-evil.txt"
            << "absolute";
        QTest::newRow(k + "dot-dot") << kind << QList{ok, FixtureEntry::file("../victim.txt", "owned")}
                                     << "../victim.txt"
                                     << "leaves";
        QTest::newRow(k + "nested dot-dot")
            << kind << QList{ok, FixtureEntry::file("a/b/../../../victim.txt", "x")}
            << "a/b/../../../victim.txt"
            << "leaves";
        QTest::newRow(k + "symlink absolute")
            << kind << QList{ok, FixtureEntry::symlink("passwd", "/etc/passwd")} << "passwd"
            << "outside";
        QTest::newRow(k + "symlink up")
            << kind << QList{ok, FixtureEntry::symlink("v", "../victim.txt")} << "v"
            << "outside";
        QTest::newRow(k + "symlink then write through it")
            << kind
            << QList{ok, FixtureEntry::symlink("sub", "inner"), FixtureEntry::folder("inner/"),
                     FixtureEntry::file("sub/evil.txt", "x")}
            << "sub/evil.txt"
            << "symbolic link";
        QTest::newRow(k + "symlink chain out") << kind
                                               << QList{ok, FixtureEntry::symlink("here", "."),
                                                        FixtureEntry::symlink("out", "here/../victim.txt")}
                                               << "out"
                                               << "outside";
        QTest::newRow(k + "symlink chain out, defined later")
            << kind
            << QList{ok, FixtureEntry::symlink("out", "d/../victim.txt"), FixtureEntry::symlink("d", ".")}
            << "out"
            << "outside";
    }
    const auto tar = ArchiveKind::Tar;
    QTest::newRow("tar: hardlink up") << tar << QList{ok, FixtureEntry::hardlink("h", "../victim.txt")} << "h"
                                      << "outside";
    QTest::newRow("tar: hardlink absolute")
        << tar << QList{ok, FixtureEntry::hardlink("h", "/etc/passwd")} << "h"
        << "outside";
    QTest::newRow("tar: hardlink through symlink")
        << tar
        << QList{ok, FixtureEntry::symlink("s", "."), FixtureEntry::hardlink("h", "s/model-package.json")}
        << "h"
        << "not a file extracted before";
    QTest::newRow("tar: fifo") << tar << QList{ok, FixtureEntry::special(FixtureEntry::Fifo, "pipe")}
                               << "pipe"
                               << "FIFO";
    QTest::newRow("tar: char device")
        << tar << QList{ok, FixtureEntry::special(FixtureEntry::CharDevice, "null")} << "null"
        << "device";
    QTest::newRow("tar: block device")
        << tar << QList{ok, FixtureEntry::special(FixtureEntry::BlockDevice, "disk")} << "disk"
        << "device";
    QTest::newRow("tar.gz: dot-dot") << ArchiveKind::TarGz
                                     << QList{ok, FixtureEntry::file("../victim.txt", "x")} << "../victim.txt"
                                     << "leaves";
    QTest::newRow("tar.zst: dot-dot")
        << ArchiveKind::TarZst << QList{ok, FixtureEntry::file("../victim.txt", "x")} << "../victim.txt"
        << "leaves";
}

void TestArchive::refusals()
{
    QFETCH(ArchiveKind, kind);
    QFETCH(QList<FixtureEntry>, entries);
    QFETCH(QString, entry);
    QFETCH(QString, reason);
    Scratch s;
    const QString archive = s.archive(kind);
    QCOMPARE(writeArchive(archive, kind, entries), QString());
    const QStringList before = s.outside();

    const ExtractResult r = mr::extractArchive(archive, s.dest);
    QVERIFY(!r.ok);
    QCOMPARE(r.error.file, archive);
    QCOMPARE(r.error.where, entry);
    const QString text = r.error.toString();
    QVERIFY2(text.contains(entry) && text.contains(reason, Qt::CaseInsensitive), qPrintable(text));
    QCOMPARE(s.outside(), before);
    QCOMPARE(s.victimNow(), s.victimContent);
    QVERIFY(!QFileInfo::exists(QStringLiteral("/tmp/mr-evil.txt")));
}

void TestArchive::hostileNames_data()
{
    QTest::addColumn<ArchiveKind>("kind");
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<QString>("expected"); // where the file lands; empty: refused

    const struct
    {
        const char *name;
        const char *expected;
    } rows[] = {
        {"/abs.txt", ""},
        {"//double-slash.txt", ""},
        {"../up.txt", ""},
        {"..", ""},
        {"./../up.txt", ""},
        {"a/../../up.txt", ""},
        {"a/./b/../../../up.txt", ""},
        {"C:/windows.txt", ""},
        {"c:up.txt", ""},
        {"a/../inside.txt", "inside.txt"},
        {"./dot.txt", "dot.txt"},
        {"dir//double.txt", "dir/double.txt"},
        {"a/./b/./c.txt", "a/b/c.txt"},
        {"...txt", "...txt"},
        {"..hidden", "..hidden"},
        {"spaces and \xc3\xbc\x6e\xc3\xaf\x63\x6f\x64\x65.txt",
         "spaces and \xc3\xbc\x6e\xc3\xaf\x63\x6f\x64\x65.txt"},
        {"-rf", "-rf"},
    };
    for (ArchiveKind kind : {ArchiveKind::Tar, ArchiveKind::Zip}) {
        for (const auto &row : rows)
            QTest::addRow("%s %s", kind == ArchiveKind::Zip ? "zip" : "tar", row.name)
                << kind << QByteArray(row.name) << QString::fromUtf8(row.expected);
    }
    // Backslashes separate folders in zips written on Windows; in tar they are ordinary bytes.
    QTest::newRow("zip ..\\up.txt") << ArchiveKind::Zip << QByteArray("..\\up.txt") << QString();
    QTest::newRow("zip a\\b.txt") << ArchiveKind::Zip << QByteArray("a\\b.txt") << QStringLiteral("a/b.txt");
    QTest::newRow("tar ..\\up.txt") << ArchiveKind::Tar << QByteArray("..\\up.txt")
                                    << QStringLiteral("..\\up.txt");
}

void TestArchive::hostileNames()
{
    QFETCH(ArchiveKind, kind);
    QFETCH(QByteArray, name);
    QFETCH(QString, expected);
    Scratch s;
    const QString archive = s.archive(kind);
    QCOMPARE(writeArchive(archive, kind, {FixtureEntry::file(name, "payload")}), QString());
    const QStringList before = s.outside();
    const ExtractResult r = mr::extractArchive(archive, s.dest);
    QCOMPARE(s.outside(), before);
    QCOMPARE(s.victimNow(), s.victimContent);
    if (expected.isEmpty()) {
        QVERIFY(!r.ok);
        // libarchive itself may already turn a zip's backslashes into slashes.
        const QString shown = QString::fromUtf8(name);
        QVERIFY2(r.error.where == shown || r.error.where == QString(shown).replace('\\', '/'),
                 qPrintable(r.error.where));
        QVERIFY(r.error.toString().contains(r.error.where));
        QCOMPARE(listTree(s.dest), QStringList());
    } else {
        QVERIFY2(r.ok, qPrintable(r.error.toString()));
        QCOMPARE(readAll(s.dest + QLatin1Char('/') + expected), QByteArray("payload"));
    }
}

void TestArchive::bombByRatio()
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

void TestArchive::bombByTotal_data()
{
    QTest::addColumn<ArchiveKind>("kind");
    QTest::addColumn<bool>("declareSize");
    QTest::newRow("tar") << ArchiveKind::Tar << true;
    QTest::newRow("zip") << ArchiveKind::Zip << true;
    QTest::newRow("zip, sizes not declared") << ArchiveKind::Zip << false;
    QTest::newRow("tar.zst") << ArchiveKind::TarZst << true;
}

void TestArchive::bombByTotal()
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

void TestArchive::brokenArchives_data()
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

void TestArchive::brokenArchives()
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
    QCOMPARE(s.outside(), before);
}

void TestArchive::destinationMustBeEmpty()
{
    Scratch s;
    const QString archive = s.archive(ArchiveKind::Tar);
    QCOMPARE(writeArchive(archive, ArchiveKind::Tar, {FixtureEntry::file("model-package.json", "{}")}),
             QString());
    QFile existing(s.dest + "/keep.txt");
    QVERIFY(existing.open(QIODevice::WriteOnly));
    existing.close();
    const ExtractResult r = mr::extractArchive(archive, s.dest);
    QVERIFY(!r.ok);
    QVERIFY(r.error.message.contains(QStringLiteral("empty")));
    QVERIFY(!QFileInfo::exists(s.dest + "/model-package.json"));

    const ExtractResult missing = mr::extractArchive(archive, s.dir.filePath(QStringLiteral("nowhere")));
    QVERIFY(!missing.ok);
    QVERIFY(!QFileInfo::exists(s.dir.filePath(QStringLiteral("nowhere"))));
}

void TestArchive::cancel()
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

// A zip whose headers claim 100 bytes for an entry that inflates to 4 MiB: the limit must hold
// on the bytes actually decoded.
void TestArchive::lyingHeader()
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

void TestArchive::laterEntriesReplaceEarlier_data()
{
    addKinds();
}

// tar appends updated members; the last one of a name wins, including over a link.
void TestArchive::laterEntriesReplaceEarlier()
{
    QFETCH(ArchiveKind, kind);
    Scratch s;
    const QString archive = s.archive(kind);
    QCOMPARE(writeArchive(archive, kind,
                          {FixtureEntry::file("a.txt", "first"), FixtureEntry::symlink("l", "a.txt"),
                           FixtureEntry::file("a.txt", "second"), FixtureEntry::file("l", "now a file")}),
             QString());
    const ExtractResult r = mr::extractArchive(archive, s.dest);
    QVERIFY2(r.ok, qPrintable(r.error.toString()));
    QCOMPARE(readAll(s.dest + "/a.txt"), QByteArray("second"));
    QVERIFY(!QFileInfo(s.dest + "/l").isSymLink());
    QCOMPARE(readAll(s.dest + "/l"), QByteArray("now a file"));

    Scratch t;
    QCOMPARE(writeArchive(t.archive(kind), kind, {FixtureEntry::folder("d/"), FixtureEntry::file("d", "x")}),
             QString());
    const ExtractResult refused = mr::extractArchive(t.archive(kind), t.dest);
    QVERIFY(!refused.ok);
    QCOMPARE(refused.error.where, QStringLiteral("d"));
    QVERIFY(refused.error.message.contains(QStringLiteral("folder")));
}

void TestArchive::examplePackage_data()
{
    QTest::addColumn<QString>("archive");
#ifdef MR_EXAMPLE_DIR
    QTest::newRow("zip") << QStringLiteral(MR_EXAMPLE_ZIP);
    QTest::newRow("tar.gz") << QStringLiteral(MR_EXAMPLE_TARGZ);
#endif
}

// The generated example's archives unpack, under the default limits, to exactly the folder.
void TestArchive::examplePackage()
{
#ifndef MR_EXAMPLE_DIR
    QSKIP("the example package is not part of this build");
#else
    QFETCH(QString, archive);
    const QString folder = QStringLiteral(MR_EXAMPLE_DIR);
    QVERIFY2(QFileInfo::exists(archive), qPrintable(archive));
    QVERIFY(mr::isPackageArchive(archive));
    QVERIFY(!mr::isPackageArchive(folder));
    QVERIFY(!mr::isPackageArchive(folder + QStringLiteral("/model-package.json")));
    QVERIFY(!mr::isPackageArchive(folder + QStringLiteral("/data/manifest.jsonl")));

    QTemporaryDir dest;
    const ExtractResult r = mr::extractArchive(archive, dest.path());
    QVERIFY2(r.ok, qPrintable(r.error.toString()));
    const QString root = dest.filePath(QStringLiteral("churn-classifier"));
    const QStringList expected = listTree(folder);
    QVERIFY(expected.size() > 40);
    QCOMPARE(listTree(root), expected);
    for (const QString &line : expected) {
        if (line.endsWith(QLatin1Char('/')))
            continue;
        const QString relative = line.section(QLatin1Char(' '), 0, -2);
        QCOMPARE(readAll(root + QLatin1Char('/') + relative), readAll(folder + QLatin1Char('/') + relative));
    }
#endif
}

QTEST_GUILESS_MAIN(TestArchive)
#include "tst_archive.moc"
