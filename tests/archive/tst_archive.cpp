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
    void destinationMustBeEmpty();
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
