// SPDX-License-Identifier: Apache-2.0
// `report -o` and `capture-env -o` never damage files that are not theirs: devices and FIFOs
// are written in place (never replaced by a regular file), and the package, anything inside
// it (also through a link outside pointing in), and the review being read are refused with
// exit 2 and a message, unchanged.
#include "../package/testpackages.h"
#include "app/cli/commands.h"
#include "reportfixture.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QTest>

#include <QThread>

#include <atomic>
#include <thread>

#include <fcntl.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

namespace {

QByteArray hashOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
                                       : QByteArray();
}

bool isFifo(const QString &path)
{
    struct stat st;
    return ::lstat(QFile::encodeName(path).constData(), &st) == 0 && S_ISFIFO(st.st_mode);
}

// Reads a FIFO to its end on a thread, as a consumer of the command's output would.
class FifoReader
{
public:
    explicit FifoReader(const QString &path)
        : m_path(path), m_thread([this, path] {
              const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY);
              char buf[65536];
              ssize_t n;
              while (fd >= 0 && (n = ::read(fd, buf, sizeof buf)) > 0)
                  m_bytes.append(buf, n);
              if (fd >= 0)
                  ::close(fd);
              m_done = true;
          })
    {}
    // Waits for the end of the output; a command that failed before opening the FIFO would
    // leave the reader blocked in open(), so a writer is opened and closed until it returns.
    QByteArray finish()
    {
        while (!m_done) {
            const int fd = ::open(QFile::encodeName(m_path).constData(), O_WRONLY | O_NONBLOCK);
            if (fd >= 0)
                ::close(fd);
            QThread::msleep(20);
        }
        m_thread.join();
        return m_bytes;
    }

private:
    QString m_path;
    std::atomic_bool m_done{false};
    QByteArray m_bytes;
    std::thread m_thread;
};

} // namespace

class TestOutputSafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refusedTargets_data()
    {
        QTest::addColumn<QString>("target");
        QTest::newRow("inside the package") << QStringLiteral("inside");
        QTest::newRow("link outside pointing at a package file") << QStringLiteral("link");
        QTest::newRow("dangling link into the package") << QStringLiteral("dangling");
        QTest::newRow("the package folder") << QStringLiteral("package");
        QTest::newRow("the review it reads") << QStringLiteral("review");
        QTest::newRow("the explicit review it reads") << QStringLiteral("explicit-review");
        QTest::newRow("the archive it reads") << QStringLiteral("archive");
    }

    void refusedTargets()
    {
        QFETCH(QString, target);
        PackageFixture fx;
        mr::review::ReviewDocument doc;
        QString error;
        QVERIFY(mr::review::saveReviewFile(doc, fx.reviewPath(), &error));
        QString package = fx.root;
        QString output;
        QStringList extra;
        QString watched = fx.root + QStringLiteral("/model.bin");
        if (target == QLatin1String("inside")) {
            output = fx.root + QStringLiteral("/report.md");
            watched = output;
        } else if (target == QLatin1String("link")) {
            output = fx.dir.filePath(QStringLiteral("innocent.md"));
            QVERIFY(QFile::link(fx.root + QStringLiteral("/model.bin"), output));
        } else if (target == QLatin1String("dangling")) {
            output = fx.dir.filePath(QStringLiteral("dangling.md"));
            watched = fx.root + QStringLiteral("/new.md");
            QVERIFY(QFile::link(watched, output));
        } else if (target == QLatin1String("package")) {
            output = fx.root;
        } else if (target == QLatin1String("review")) {
            output = fx.reviewPath();
            watched = output;
        } else if (target == QLatin1String("explicit-review")) {
            const QString other = fx.dir.filePath(QStringLiteral("other.json"));
            QVERIFY(mr::review::saveReviewFile(doc, other, &error));
            extra = {QStringLiteral("--review"), other};
            output = other;
            watched = other;
        } else if (target == QLatin1String("archive")) {
            package = fx.dir.filePath(QStringLiteral("pkg.zip"));
            QVERIFY(mr::test::archiveFolder(fx.root, package, QStringLiteral("zip")));
            output = package;
            watched = package;
        }
        const QByteArray before = hashOf(watched);
        const int code = mr::cli::runReport(QStringList{package, QStringLiteral("--format"),
                                                        QStringLiteral("md"), QStringLiteral("-o"), output} +
                                            extra);
        QCOMPARE(code, 2);
        QCOMPARE(hashOf(watched), before);
        if (target == QLatin1String("dangling") || target == QLatin1String("inside"))
            QVERIFY(!QFileInfo::exists(watched));
    }

    void fifoIsWrittenInPlace_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("md") << QStringLiteral("md");
        QTest::newRow("json") << QStringLiteral("json");
        QTest::newRow("pdf") << QStringLiteral("pdf");
    }

    void fifoIsWrittenInPlace()
    {
        QFETCH(QString, format);
        PackageFixture fx;
        const QString fifo = fx.dir.filePath(QStringLiteral("pipe"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        FifoReader reader(fifo);
        const int code =
            mr::cli::runReport({fx.root, QStringLiteral("--format"), format, QStringLiteral("-o"), fifo});
        const QByteArray bytes = reader.finish();
        QCOMPARE(code, 0);
        QVERIFY(isFifo(fifo)); // not replaced by a regular file
        QVERIFY(bytes.size() > 100);
        if (format == QLatin1String("pdf"))
            QVERIFY(bytes.startsWith("%PDF"));
    }

    // A private character device equal to /dev/null (the real one is never touched).
    void deviceIsWrittenInPlace()
    {
        PackageFixture fx;
        const QString device = fx.dir.filePath(QStringLiteral("null"));
        if (::mknod(QFile::encodeName(device).constData(), S_IFCHR | 0666, makedev(1, 3)) != 0)
            QSKIP("cannot create a device node here (not root)");
        QCOMPARE(mr::cli::runReport({fx.root, QStringLiteral("--format"), QStringLiteral("md"),
                                     QStringLiteral("-o"), device}),
                 0);
        struct stat st;
        QCOMPARE(::lstat(QFile::encodeName(device).constData(), &st), 0);
        QVERIFY(S_ISCHR(st.st_mode));
        QCOMPARE(st.st_rdev, makedev(1, 3));
    }

    void fullDeviceFailsCleanly()
    {
        PackageFixture fx;
        const QString device = fx.dir.filePath(QStringLiteral("full"));
        if (::mknod(QFile::encodeName(device).constData(), S_IFCHR | 0666, makedev(1, 7)) != 0)
            QSKIP("cannot create a device node here (not root)");
        QCOMPARE(mr::cli::runReport({fx.root, QStringLiteral("--format"), QStringLiteral("md"),
                                     QStringLiteral("-o"), device}),
                 2);
        struct stat st;
        QCOMPARE(::lstat(QFile::encodeName(device).constData(), &st), 0);
        QVERIFY(S_ISCHR(st.st_mode));
    }

    void captureEnvWritesFifoInPlace()
    {
        QTemporaryDir dir;
        const QString fifo = dir.filePath(QStringLiteral("pipe"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        FifoReader reader(fifo);
        const int code = mr::cli::runCaptureEnv({QStringLiteral("-o"), fifo});
        const QByteArray bytes = reader.finish();
        if (code != 0)
            QSKIP("no usable python3 here");
        QVERIFY(isFifo(fifo));
        QVERIFY(bytes.contains("modelreview.environment/v1"));
    }
};

QTEST_MAIN(TestOutputSafety)
#include "tst_outputsafety.moc"
