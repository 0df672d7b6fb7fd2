// SPDX-License-Identifier: Apache-2.0
// The approval binds everything the review depends on. Property: for any file the review
// reads (every file the headless analysis opens, traced with inotify), changing it after
// approval fails the gate. And the bypasses of issue 15's adversarial run stay closed: a
// section pointing at a file the digest leaves out, a name that is not UTF-8, a DVC hash that
// leads out of the package.
#include "app/cli/commands.h"
#include "models/package/digest.h"
#include "models/package/loader.h"
#include "models/report/analysis.h"
#include "models/review/reviewfile.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <sys/inotify.h>
#include <unistd.h>

using namespace mr;
using namespace mr::review;

namespace {

// Every file opened below the watched folders while the trace is running (any thread).
class OpenTrace
{
public:
    explicit OpenTrace(const QStringList &roots)
    {
        m_fd = ::inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
        for (const QString &root : roots) {
            watch(root);
            QDirIterator it(root, QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot,
                            QDirIterator::Subdirectories);
            while (it.hasNext())
                watch(it.next());
        }
    }
    ~OpenTrace() { ::close(m_fd); }
    bool ok() const { return m_fd >= 0; }

    QSet<QString> opened()
    {
        alignas(inotify_event) char buffer[1 << 16];
        for (;;) {
            const ssize_t n = ::read(m_fd, buffer, sizeof buffer);
            if (n <= 0)
                break;
            for (ssize_t at = 0; at < n;) {
                const auto *e = reinterpret_cast<const inotify_event *>(buffer + at);
                if ((e->mask & IN_OPEN) && !(e->mask & IN_ISDIR) && e->len > 0)
                    m_opened.insert(m_dirs.value(e->wd) + QLatin1Char('/') + QFile::decodeName(e->name));
                at += ssize_t(sizeof(inotify_event)) + e->len;
            }
        }
        return m_opened;
    }

private:
    void watch(const QString &dir)
    {
        if (QFileInfo(dir).isSymLink())
            return;
        const int wd = ::inotify_add_watch(m_fd, QFile::encodeName(dir).constData(), IN_OPEN | IN_ONLYDIR);
        if (wd >= 0)
            m_dirs.insert(wd, QDir::cleanPath(dir));
    }
    int m_fd = -1;
    QHash<int, QString> m_dirs;
    QSet<QString> m_opened;
};

bool copyTree(const QString &from, const QString &to)
{
    QDir().mkpath(to);
    QDirIterator it(from, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        const QString target = to + QLatin1Char('/') + QDir(from).relativeFilePath(it.filePath());
        if (it.fileInfo().isDir() && !it.fileInfo().isSymLink()) {
            QDir().mkpath(target);
        } else if (it.fileInfo().isSymLink()) {
            if (!QFile::link(it.fileInfo().symLinkTarget(), target))
                return false;
        } else if (!QFile::copy(it.filePath(), target)) {
            return false;
        }
    }
    return true;
}

int gate(const QString &package)
{
    return cli::runGate({package});
}

bool approve(const QString &package)
{
    const DigestResult d = computeDigestSync(package);
    if (!d.ok)
        return false;
    ReviewDocument doc;
    doc.decisions << Decision{Decision::Verdict::Approve,
                              {},
                              QDateTime::currentDateTimeUtc(),
                              Person{QStringLiteral("Ada"), QStringLiteral("ada@example.org")},
                              d.digest};
    QString error;
    return saveReviewFile(doc, defaultReviewPath(package), &error);
}

// What the review reads: the files opened while the package is loaded and every pane analysed.
QSet<QString> filesRead(const QString &package, const QStringList &watched)
{
    const DigestResult digest = computeDigestSync(package); // hashing opens all: not traced
    OpenTrace trace(watched);
    const LoadResult loaded = loadPackageSync(package);
    if (loaded.ok())
        report::analyze(loaded.package, digest);
    return trace.opened();
}

// The property for one package: approve it, trace what the review reads, then change each
// file read (one at a time, restored after) and require the gate to fail. Returns the number of
// files read, or -1 after a failed check (QTest has recorded it).
int checkEveryFileReadIsBound(const QString &pkg)
{
    const QString parent = QFileInfo(pkg).absolutePath();
    if (!approve(pkg) || gate(pkg) != 0) {
        QTest::qFail("the fresh approval does not pass the gate", __FILE__, __LINE__);
        return -1;
    }
    QStringList inside;
    for (const QString &f : filesRead(pkg, {parent})) {
        if (!f.startsWith(pkg + QLatin1Char('/'))) {
            QTest::qFail(qPrintable(QStringLiteral("read outside the package: %1").arg(f)), __FILE__,
                         __LINE__);
            return -1;
        }
        inside << f;
    }
    for (const QString &f : std::as_const(inside)) {
        QFile file(f);
        const auto permissions = file.permissions();
        file.setPermissions(permissions | QFile::WriteOwner);
        if (!file.open(QIODevice::ReadOnly))
            return -1;
        const QByteArray original = file.readAll();
        file.close();
        QByteArray changed = original.isEmpty() ? QByteArray("x") : original;
        if (!original.isEmpty())
            changed[changed.size() / 2] = char(changed.at(changed.size() / 2) ^ 0x20);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return -1;
        file.write(changed);
        file.close();
        const int code = gate(pkg);
        if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            file.write(original);
        file.close();
        file.setPermissions(permissions);
        if (code == 0) {
            QTest::qFail(qPrintable(QStringLiteral("changed after approval, gate passed: %1").arg(f)),
                         __FILE__, __LINE__);
            return -1;
        }
    }
    if (gate(pkg) != 0) { // restored: the approval holds again
        QTest::qFail("the restored package does not pass the gate", __FILE__, __LINE__);
        return -1;
    }
    return int(inside.size());
}

} // namespace

class TestApprovalBypass : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // The property, over the example package (every section, a git repository, a dataset).
    void everyFileReadIsBound()
    {
        const QString pkg = m_dir.filePath(QStringLiteral("churn"));
        QVERIFY(copyTree(QStringLiteral(MR_EXAMPLE_DIR), pkg));
        const int read = checkEveryFileReadIsBound(pkg);
        QVERIFY(read >= 8); // sections, git objects, data
        qInfo("%d files read by the review, each bound by the approval", read);
    }

    void reviewSuffixedSectionFileIsNotRead()
    {
        const QString pkg = m_dir.filePath(QStringLiteral("suffixed"));
        QVERIFY(copyTree(QStringLiteral(MR_EXAMPLE_DIR), pkg));
        QVERIFY(QFile::copy(pkg + QStringLiteral("/results/rerun.json"),
                            pkg + QStringLiteral("/rerun.review.json")));
        QFile description(pkg + QStringLiteral("/model-package.json"));
        QVERIFY(description.open(QIODevice::ReadOnly));
        QByteArray text = description.readAll();
        description.close();
        QVERIFY(text.contains("\"results/rerun.json\""));
        text.replace("\"results/rerun.json\"", "\"rerun.review.json\"");
        QVERIFY(description.open(QIODevice::WriteOnly | QIODevice::Truncate));
        description.write(text);
        description.close();
        const LoadResult loaded = loadPackageSync(pkg);
        QVERIFY(loaded.ok());
        QVERIFY(!loaded.package->results.errors.isEmpty());
        QVERIFY2(loaded.package->results.errors.first().message.contains(
                     QLatin1String("left out of the package digest")),
                 qPrintable(loaded.package->results.errors.first().toString()));
        QVERIFY(!filesRead(pkg, {m_dir.path()}).contains(pkg + QStringLiteral("/rerun.review.json")));
        QVERIFY(checkEveryFileReadIsBound(pkg) > 0);
    }

    void nonUtf8NameFailsTheGate()
    {
        const QString pkg = m_dir.filePath(QStringLiteral("utf8"));
        QVERIFY(copyTree(QStringLiteral(MR_EXAMPLE_DIR), pkg));
        QVERIFY(approve(pkg));
        const QByteArray bad = QFile::encodeName(pkg) + "/results/r\xff.json";
        const int fd = ::open(bad.constData(), O_CREAT | O_WRONLY, 0600);
        QVERIFY(fd >= 0);
        ::close(fd);
        QCOMPARE(gate(pkg), 2); // refused with the name, not hashed under another name
        QCOMPARE(::unlink(bad.constData()), 0);
        QCOMPARE(gate(pkg), 0);
    }

    void dvcHashCannotLeaveThePackage()
    {
        const QString pkg = m_dir.filePath(QStringLiteral("dvc"));
        QVERIFY(QDir().mkpath(pkg + QStringLiteral("/.dvc/cache/files/md5")));
        const QString listing = m_dir.filePath(QStringLiteral("listing.dir"));
        QFile l(listing);
        QVERIFY(l.open(QIODevice::WriteOnly));
        l.write(R"([{"md5": "0123456789abcdef0123456789abcdef", "relpath": "a.png"}])");
        l.close();
        QFile lock(pkg + QStringLiteral("/dvc.lock"));
        QVERIFY(lock.open(QIODevice::WriteOnly));
        lock.write("schema: '2.0'\nstages:\n  prepare:\n    cmd: python prepare.py\n    outs:\n"
                   "    - path: data/images\n      md5: ../../../../../listing.dir\n      size: 10\n      "
                   "nfiles: 1\n");
        lock.close();
        QFile description(pkg + QStringLiteral("/model-package.json"));
        QVERIFY(description.open(QIODevice::WriteOnly));
        description.write(R"({"format": "modelreview.package/v1", "name": "d", "version": "1",
                             "dataset": {"manifest": "dvc.lock"}})");
        description.close();
        // Without the check the listing would resolve to m_dir/listing.dir, outside the package.
        QVERIFY(
            QFileInfo(pkg + QStringLiteral("/.dvc/cache/files/md5/..//../../../../listing.dir")).isFile());
        QVERIFY(!filesRead(pkg, {m_dir.path()}).contains(listing));
        QVERIFY(checkEveryFileReadIsBound(pkg) > 0);
    }
};

QTEST_MAIN(TestApprovalBypass)
#include "tst_approvalbypass.moc"
