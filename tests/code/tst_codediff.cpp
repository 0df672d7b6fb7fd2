// SPDX-License-Identifier: Apache-2.0
#include "gitfixture.h"
#include "models/code/codediff.h"
#include "models/code/codereport.h"
#include "models/code/highlight.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace mr::code;

Q_DECLARE_METATYPE(mr::code::FileStatus)

namespace {

QByteArray numbered(int count, const QByteArray &prefix = "line")
{
    QByteArray out;
    for (int i = 1; i <= count; ++i)
        out += prefix + ' ' + QByteArray::number(i) + " of the fixture text\n";
    return out;
}

const FileDiff *findFile(const QList<FileDiff> &files, const QString &path)
{
    for (const FileDiff &f : files)
        if (f.path == path)
            return &f;
    return nullptr;
}

} // namespace

class TestCodeDiff : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_repo, m_base, m_head;
    QList<FileDiff> m_files; // file list with counts, computed once

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_repo = m_dir.filePath(QStringLiteral("repo.git"));
        GitFixture fx(m_repo);
        QByteArray modified = numbered(10);
        fx.write(QStringLiteral("src/modified.py"), modified);
        fx.write(QStringLiteral("deleted.txt"), numbered(5));
        fx.write(QStringLiteral("old_name.py"), numbered(30, "renamed"));
        fx.write(QStringLiteral("mode.sh"), "#!/bin/sh\necho hi\n");
        fx.write(QStringLiteral("data.bin"), QByteArray("\x00\x01\x02binary\x00", 10));
        fx.write(QStringLiteral("crlf.txt"), "alpha\r\nbeta\r\ngamma\r\n");
        fx.write(QStringLiteral("latin1.txt"), "caf\xe9\nna\xefve\n");
        fx.write(QStringLiteral("link"), "target text\n");
        fx.write(QStringLiteral("whitespace.py"), "def f():\n    return 1\n");
        m_base = fx.commit(QStringLiteral("base"));

        QList<QByteArray> lines = modified.split('\n');
        lines[2] = "line 3 was changed here";
        lines[6] = "line 7 changed as well";
        lines.insert(10, "appended one");
        lines.insert(11, "appended two");
        fx.write(QStringLiteral("src/modified.py"), lines.join('\n'));
        fx.remove(QStringLiteral("deleted.txt"));
        fx.remove(QStringLiteral("old_name.py"));
        QByteArray renamed = numbered(30, "renamed");
        renamed.replace("renamed 15 of the", "renamed 15 edited in the");
        fx.write(QStringLiteral("new_name.py"), renamed);
        fx.write(QStringLiteral("mode.sh"), "#!/bin/sh\necho hi\n", GIT_FILEMODE_BLOB_EXECUTABLE);
        fx.write(QStringLiteral("data.bin"), QByteArray("\x00\x01\x03binary\x00", 10));
        fx.write(QStringLiteral("crlf.txt"), "alpha\r\nBETA\r\ngamma\r\n");
        fx.write(QStringLiteral("latin1.txt"), "caf\xe9\nna\xefve!\n");
        fx.write(QStringLiteral("link"), "target", GIT_FILEMODE_LINK);
        fx.write(QStringLiteral("whitespace.py"), "def f():\n        return 1\n");
        fx.write(QStringLiteral("empty.txt"), "");
        fx.write(QStringLiteral("docs/added.md"), "# Title\n\nText.\n");
        fx.gitlink(QStringLiteral("vendor/sub"), m_base);
        m_head = fx.commit(QStringLiteral("head"));
        QVERIFY2(fx.ok(), qPrintable(fx.error()));

        const FileList list = fileList(m_repo, m_base, m_head);
        QVERIFY2(list.ok(), qPrintable(list.error));
        QCOMPARE(list.baseSha, m_base);
        QCOMPARE(list.headSha, m_head);
        m_files = lineCounts(m_repo, list.files);
        QCOMPARE(m_files.size(), list.files.size());
    }

    void statusAndCounts_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<FileStatus>("status");
        QTest::addColumn<QString>("oldPath");
        QTest::addColumn<int>("additions");
        QTest::addColumn<int>("deletions");
        QTest::addColumn<bool>("binary");
        QTest::newRow("modified") << "src/modified.py" << FileStatus::Modified << "src/modified.py" << 4 << 2
                                  << false;
        QTest::newRow("deleted") << "deleted.txt" << FileStatus::Deleted << "deleted.txt" << 0 << 5 << false;
        QTest::newRow("renamed+edit")
            << "new_name.py" << FileStatus::Renamed << "old_name.py" << 1 << 1 << false;
        QTest::newRow("mode") << "mode.sh" << FileStatus::ModeChange << "mode.sh" << 0 << 0 << false;
        QTest::newRow("binary") << "data.bin" << FileStatus::Modified << "data.bin" << 0 << 0 << true;
        QTest::newRow("crlf") << "crlf.txt" << FileStatus::Modified << "crlf.txt" << 1 << 1 << false;
        QTest::newRow("latin1") << "latin1.txt" << FileStatus::Modified << "latin1.txt" << 1 << 1 << false;
        QTest::newRow("typechange") << "link" << FileStatus::TypeChange << "link" << 1 << 1 << false;
        QTest::newRow("whitespace") << "whitespace.py" << FileStatus::Modified << "whitespace.py" << 1 << 1
                                    << false;
        QTest::newRow("empty") << "empty.txt" << FileStatus::Added << "empty.txt" << 0 << 0 << false;
        QTest::newRow("added") << "docs/added.md" << FileStatus::Added << "docs/added.md" << 3 << 0 << false;
        QTest::newRow("submodule") << "vendor/sub" << FileStatus::Submodule << "vendor/sub" << 1 << 0
                                   << false;
    }

    void statusAndCounts()
    {
        QFETCH(QString, path);
        QFETCH(FileStatus, status);
        const FileDiff *f = findFile(m_files, path);
        QVERIFY2(f, qPrintable(path));
        QCOMPARE(f->status, status);
        QTEST(f->oldPath, "oldPath");
        QTEST(f->additions, "additions");
        QTEST(f->deletions, "deletions");
        QTEST(f->binary, "binary");
        if (status == FileStatus::Renamed)
            QVERIFY(f->similarity >= 90 && f->similarity < 100);
        if (status != FileStatus::Deleted && status != FileStatus::Submodule)
            QCOMPARE(f->viewedKey(), f->newId);
    }

    void noOtherFiles() { QCOMPARE(m_files.size(), 12); }

    // The same counts as `git diff --numstat -M` on the same repository.
    void matchesGitNumstat()
    {
        const QString git = QStandardPaths::findExecutable(QStringLiteral("git"));
        if (git.isEmpty())
            QSKIP("git is not installed");
        QProcess p;
        p.start(git,
                {QStringLiteral("--git-dir=") + m_repo, QStringLiteral("diff"), QStringLiteral("--numstat"),
                 QStringLiteral("-z"), QStringLiteral("-M"), m_base, m_head});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);
        // -z: "add\tdel\tpath\0" or, for renames, "add\tdel\t\0old\0new\0".
        const QList<QByteArray> parts = p.readAllStandardOutput().split('\0');
        QHash<QString, QPair<int, int>> counts; // summed per path (git splits type changes)
        QSet<QString> binary;
        for (int i = 0; i + 1 < parts.size(); ++i) {
            const QList<QByteArray> fields = parts[i].split('\t');
            if (fields.size() != 3)
                continue;
            QString path = QString::fromUtf8(fields[2]);
            if (path.isEmpty()) {
                i += 2;
                path = QString::fromUtf8(parts.value(i));
            }
            if (fields[0] == "-")
                binary.insert(path);
            counts[path].first += fields[0].toInt();
            counts[path].second += fields[1].toInt();
        }
        QCOMPARE(counts.size(), m_files.size());
        for (const FileDiff &f : m_files) {
            QVERIFY2(counts.contains(f.path), qPrintable(f.path));
            QCOMPARE(f.binary, binary.contains(f.path));
            QCOMPARE(f.additions, counts[f.path].first);
            QCOMPARE(f.deletions, counts[f.path].second);
        }
    }

    void parallelMatchesSerial()
    {
        const FileList list = fileList(m_repo, m_base, m_head);
        const QList<FileDiff> one = lineCounts(m_repo, list.files, {}, 1);
        const QList<FileDiff> four = lineCounts(m_repo, list.files, {}, 4);
        QCOMPARE(one.size(), four.size());
        for (int i = 0; i < one.size(); ++i) {
            QCOMPARE(one[i].additions, four[i].additions);
            QCOMPARE(one[i].deletions, four[i].deletions);
        }
    }

    void withoutRenameDetection()
    {
        DiffOptions options;
        options.detectRenames = false;
        const FileList list = fileList(m_repo, m_base, m_head, options);
        QVERIFY(list.ok());
        QCOMPARE(findFile(list.files, QStringLiteral("new_name.py"))->status, FileStatus::Added);
        QCOMPARE(findFile(list.files, QStringLiteral("old_name.py"))->status, FileStatus::Deleted);
    }

    void decoding_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QStringList>("lines");
        QTest::addColumn<bool>("latin1");
        QTest::addColumn<bool>("crlf");
        QTest::addColumn<bool>("noNewline");
        QTest::newRow("empty") << QByteArray() << QStringList{} << false << false << false;
        QTest::newRow("one line") << QByteArray("a\n") << QStringList{"a"} << false << false << false;
        QTest::newRow("no newline") << QByteArray("a\nb") << QStringList{"a", "b"} << false << false << true;
        QTest::newRow("crlf") << QByteArray("a\r\nb\r\n") << QStringList{"a", "b"} << false << true << false;
        QTest::newRow("lone cr kept")
            << QByteArray("a\rb\n") << QStringList{"a\rb"} << false << false << false;
        QTest::newRow("utf8") << QByteArray("caf\xc3\xa9\n") << QStringList{QStringLiteral("caf\u00e9")}
                              << false << false << false;
        QTest::newRow("latin1") << QByteArray("caf\xe9\n") << QStringList{QStringLiteral("caf\u00e9")} << true
                                << false << false;
        QTest::newRow("truncated utf8")
            << QByteArray("ok\xe2\x82") << QStringList{QStringLiteral("ok\u00e2\u0082")} << true << false
            << true;
        QTest::newRow("overlong utf8")
            << QByteArray("\xc0\xaf\n") << QStringList{QStringLiteral("\u00c0\u00af")} << true << false
            << false;
        QTest::newRow("blank lines") << QByteArray("\n\n") << QStringList{"", ""} << false << false << false;
    }

    void decoding()
    {
        QFETCH(QByteArray, bytes);
        const SideText t = decodeText(bytes);
        QVERIFY(t.exists);
        QTEST(t.lines, "lines");
        QTEST(t.decodedAsLatin1, "latin1");
        QTEST(t.crlf, "crlf");
        QTEST(t.noNewlineAtEnd, "noNewline");
    }

    void copyDetection()
    {
        QTemporaryDir dir;
        GitFixture fx(dir.path());
        const QByteArray text = numbered(40, "copy");
        fx.write(QStringLiteral("original.py"), text);
        const QString c0 = fx.commit(QStringLiteral("0"));
        fx.write(QStringLiteral("original.py"), text + "one more line\n");
        fx.write(QStringLiteral("copy.py"), text);
        const QString c1 = fx.commit(QStringLiteral("1"));
        QVERIFY(fx.ok());
        DiffOptions options;
        QCOMPARE(findFile(fileList(dir.path(), c0, c1, options).files, QStringLiteral("copy.py"))->status,
                 FileStatus::Added);
        options.detectCopies = true;
        const FileList list = fileList(dir.path(), c0, c1, options);
        const FileDiff *copy = findFile(list.files, QStringLiteral("copy.py"));
        QCOMPARE(copy->status, FileStatus::Copied);
        QCOMPARE(copy->oldPath, QStringLiteral("original.py"));
        QCOMPARE(copy->similarity, 100);
        QCOMPARE(findFile(list.files, QStringLiteral("original.py"))->status, FileStatus::Modified);
    }

    void patchOfRenamedFile()
    {
        const FilePatch p = patch(m_repo, *findFile(m_files, QStringLiteral("new_name.py")));
        QVERIFY(p.error.isEmpty());
        QCOMPARE(p.hunks.size(), 1);
        const Hunk &h = p.hunks.first();
        QCOMPARE(h.oldStart, 12);
        QCOMPARE(h.lines.size(), 8); // 3 context, removed, added, 3 context
        const Line &removed = h.lines.at(3), &added = h.lines.at(4);
        QCOMPARE(removed.type, Line::Type::Removed);
        QCOMPARE(removed.oldLine, 15);
        QCOMPARE(removed.newLine, 0);
        QCOMPARE(removed.text, QStringLiteral("renamed 15 of the fixture text"));
        QCOMPARE(added.type, Line::Type::Added);
        QCOMPARE(added.newLine, 15);
        QCOMPARE(added.text, QStringLiteral("renamed 15 edited in the fixture text"));
        // "of" became "edited in": intra-line ranges cover exactly the changed words.
        QCOMPARE(removed.changed.size(), 1);
        QCOMPARE(removed.text.mid(removed.changed[0].start, removed.changed[0].length), QStringLiteral("of"));
        QCOMPARE(added.changed.size(), 1);
        QCOMPARE(added.text.mid(added.changed[0].start, added.changed[0].length),
                 QStringLiteral("edited in"));
        QCOMPARE(p.oldText.lines.size(), 30);
        QCOMPARE(p.newText.lines.size(), 30);
    }

    void patchDecoding_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("latin1");
        QTest::addColumn<bool>("crlf");
        QTest::addColumn<QString>("addedText");
        QTest::newRow("crlf") << "crlf.txt" << false << true << "BETA";
        QTest::newRow("latin1") << "latin1.txt" << true << false << QStringLiteral("na\u00efve!");
        QTest::newRow("utf8") << "src/modified.py" << false << false << "line 3 was changed here";
    }

    void patchDecoding()
    {
        QFETCH(QString, path);
        const FilePatch p = patch(m_repo, *findFile(m_files, path));
        QVERIFY(!p.hunks.isEmpty());
        QTEST(p.newText.decodedAsLatin1, "latin1");
        QTEST(p.newText.crlf, "crlf");
        QString firstAdded;
        for (const Line &l : p.hunks.first().lines)
            if (l.type == Line::Type::Added && firstAdded.isEmpty())
                firstAdded = l.text;
        QTEST(firstAdded, "addedText");
    }

    void binaryAndEmptyHaveNoHunks_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("binary");
        QTest::newRow("binary") << "data.bin" << true;
        QTest::newRow("empty") << "empty.txt" << false;
        QTest::newRow("mode") << "mode.sh" << false;
    }

    void binaryAndEmptyHaveNoHunks()
    {
        QFETCH(QString, path);
        const FilePatch p = patch(m_repo, *findFile(m_files, path));
        QVERIFY(p.error.isEmpty());
        QVERIFY(p.hunks.isEmpty());
        QTEST(p.file.binary, "binary");
        if (p.file.binary) {
            QCOMPARE(p.file.oldSize, 10);
            QCOMPARE(p.file.newSize, 10);
            QVERIFY(p.file.oldId != p.file.newId);
        }
    }

    void ignoreWhitespace()
    {
        DiffOptions options;
        options.ignoreWhitespace = true;
        const FileDiff &f = *findFile(m_files, QStringLiteral("whitespace.py"));
        QVERIFY(patch(m_repo, f, options).hunks.isEmpty());
        QCOMPARE(patch(m_repo, f).hunks.size(), 1);
        const QList<FileDiff> counted = lineCounts(m_repo, {f}, options, 1);
        QCOMPARE(counted.first().additions, 0);
    }

    void contextLines_data()
    {
        QTest::addColumn<int>("context");
        QTest::addColumn<int>("hunks");
        QTest::addColumn<int>("lines");
        QTest::newRow("0") << 0 << 3 << 6; // two replaced lines and the two appended ones
        QTest::newRow("1") << 1 << 3 << 11;
        QTest::newRow("3") << 3 << 1 << 14; // hunks merge once their context touches
        QTest::newRow("20") << 20 << 1 << 14;
    }

    void contextLines()
    {
        QFETCH(int, context);
        DiffOptions options;
        options.contextLines = context;
        const FilePatch p = patch(m_repo, *findFile(m_files, QStringLiteral("src/modified.py")), options);
        QTEST(int(p.hunks.size()), "hunks");
        int lines = 0;
        for (const Hunk &h : p.hunks)
            lines += int(h.lines.size());
        QTEST(lines, "lines");
    }

    void viewedKeyFollowsBlob()
    {
        // Reopening the same head gives the same keys; a later change to a file changes its key
        // (the mark clears itself), an unchanged file keeps it.
        const QList<FileDiff> again = fileList(m_repo, m_base, m_head).files;
        QCOMPARE(findFile(again, QStringLiteral("crlf.txt"))->viewedKey(),
                 findFile(m_files, QStringLiteral("crlf.txt"))->viewedKey());
        QTemporaryDir dir;
        GitFixture fx(dir.path());
        fx.write(QStringLiteral("a.txt"), "one\n");
        fx.write(QStringLiteral("b.txt"), "one\n");
        const QString c0 = fx.commit(QStringLiteral("0"));
        fx.write(QStringLiteral("a.txt"), "two\n");
        fx.write(QStringLiteral("b.txt"), "two\n");
        const QString c1 = fx.commit(QStringLiteral("1"));
        fx.write(QStringLiteral("a.txt"), "three\n");
        const QString c2 = fx.commit(QStringLiteral("2"));
        QVERIFY(fx.ok());
        const QList<FileDiff> first = fileList(dir.path(), c0, c1).files,
                              second = fileList(dir.path(), c0, c2).files;
        QCOMPARE(findFile(second, QStringLiteral("b.txt"))->viewedKey(),
                 findFile(first, QStringLiteral("b.txt"))->viewedKey());
        QVERIFY(findFile(second, QStringLiteral("a.txt"))->viewedKey() !=
                findFile(first, QStringLiteral("a.txt"))->viewedKey());
        QCOMPARE(blobLines(dir.path(), findFile(second, QStringLiteral("a.txt"))->newId),
                 QStringList{QStringLiteral("three")});
    }

    void highlightPython()
    {
        if (!highlightingAvailable())
            QSKIP("built without KF6 SyntaxHighlighting");
        QCOMPARE(syntaxNameFor(QStringLiteral("src/train.py")), QStringLiteral("Python"));
        const QStringList lines{QStringLiteral("def train(x):"), QStringLiteral("    doc = \"\"\"start"),
                                QStringLiteral("    still inside"), QStringLiteral("    end\"\"\""),
                                QStringLiteral("    return x  # done")};
        const QList<LineStyles> styles = highlightLines(QStringLiteral("train.py"), lines, false);
        QCOMPARE(styles.size(), lines.size());
        // "def" is a keyword: a bold or coloured span at column 0 of length 3.
        QVERIFY(!styles[0].isEmpty());
        QCOMPARE(styles[0].first().start, 0);
        QCOMPARE(styles[0].first().length, 3);
        // Line 3 lies inside a multi-line string: highlighting the whole text keeps it a string,
        // which a per-hunk highlighter would not know. It is one span covering the line.
        QCOMPARE(styles[2].size(), 1);
        QCOMPARE(styles[2].first().length, lines[2].size());
        const quint32 stringColour = styles[2].first().color;
        QVERIFY(stringColour != 0);
        // The comment at the end of the last line has a colour different from the string's.
        const StyleSpan &comment = styles[4].last();
        QCOMPARE(lines[4].mid(comment.start), QStringLiteral("# done"));
        QVERIFY(comment.color != stringColour);
        // The dark theme gives different colours.
        QVERIFY(highlightLines(QStringLiteral("train.py"), lines, true)[2].first().color != stringColour);
    }
};

QTEST_GUILESS_MAIN(TestCodeDiff)
#include "tst_codediff.moc"
