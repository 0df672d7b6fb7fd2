// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QString>
#include <QtGlobal>

#include <functional>

#include <chrono>
#include <csignal>
#include <poll.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

namespace mr::test {

// One output that must never be half-written: a writer that loops forever rewriting `path`
// (run in a forked child), and a judge that says whether the bytes found after a SIGKILL are a
// whole state (the old one or a new one). Adding a command's output (pack, carry-review) is one
// more KillCase row.
struct KillCase
{
    QString path;
    // Never returns; calls `ready` once set up, just before its first write, so that the
    // kill delay is measured from there (start-up time under load would swallow it).
    std::function<void(const std::function<void()> &ready)> writeForever;
    std::function<bool(const QByteArray &, QString *why)> judge; // the bytes on disk after a kill
    std::function<void()> reset; // optional: puts the old state back before each round
};

struct KillOutcome
{
    int rounds = 0;
    int wholeStates = 0;
    int distinctStates = 0;  // different contents found after kills: kills landed all over
    int finalMaxDelayUs = 0; // the kill window the rounds adapted to
    qint64 firstSaveUs = 0;  // the writer's measured time to its first save (0: none in 60 s)
    QString firstFailure;    // empty when every round found a whole state
    int temporariesLeft = 0; // QSaveFile temporaries that killed writers left beside the output
};

// Removes the temporaries ("NAME.XXXXXX") that killed QSaveFile writers left beside `path` and
// returns how many there were. Forked writers inherit one random generator state, so each of
// them tries the same sequence of temporary names: left in place, they pile up until a writer
// finds every name it tries taken and its save fails (a failure of the harness, not of the
// writer: a real process starts with its own random state).
inline int removeSaveTemporaries(const QString &path)
{
    const QFileInfo target(path);
    const QRegularExpression name(QLatin1Char('^') + QRegularExpression::escape(target.fileName()) +
                                  QStringLiteral("\\.[A-Za-z0-9]{6}$"));
    int removed = 0;
    const QDir dir = target.absoluteDir();
    for (const QString &entry : dir.entryList(QDir::Files | QDir::Hidden)) {
        if (name.match(entry).hasMatch() && QFile::remove(dir.filePath(entry)))
            ++removed;
    }
    return removed;
}

// Forks a writer and waits (up to 30 s) until it calls ready(), after which it writes forever.
// Returns its pid, or -1 with `error` set.
inline pid_t startWriter(const KillCase &c, QString *error)
{
    int ready[2];
    if (::pipe(ready) != 0) {
        *error = QStringLiteral("pipe failed");
        return -1;
    }
    const pid_t pid = ::fork();
    if (pid == 0) {
        ::prctl(PR_SET_PDEATHSIG, SIGKILL); // never outlive a test that was killed itself
        if (::getppid() == 1)
            ::_exit(0);
        ::close(ready[0]);
        c.writeForever([fd = ready[1]] {
            const char byte = 1;
            ssize_t n = ::write(fd, &byte, 1);
            Q_UNUSED(n);
            ::close(fd);
        });
        ::_exit(0);
    }
    ::close(ready[1]);
    if (pid < 0) {
        ::close(ready[0]);
        *error = QStringLiteral("fork failed");
        return -1;
    }
    pollfd p{ready[0], POLLIN, 0};
    ::poll(&p, 1, 30000);
    ::close(ready[0]);
    return pid;
}

// Kills a writer with SIGKILL, reaps it and removes the temporaries it left; returns their count.
inline int killWriter(pid_t pid, const QString &path)
{
    ::kill(pid, SIGKILL);
    int status = 0;
    ::waitpid(pid, &status, 0);
    return removeSaveTemporaries(path);
}

// What identifies one state of the file on disk: an atomic save renames a new inode in.
struct FileStamp
{
    ino_t inode = 0;
    off_t size = -1;
    qint64 mtimeNs = 0;
    bool operator==(const FileStamp &) const = default;
};
inline FileStamp fileStamp(const QString &path)
{
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return {};
    return {st.st_ino, st.st_size, qint64(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec};
}

// How long the writer takes from ready() to its first completed save, in microseconds, measured
// once in an uncounted round; 0 when no save completed within 60 s. The kill window is scaled
// from it, because a fixed window is wrong by orders of magnitude between an optimised build
// and an ASan one (a carried save under ASan outlasted every kill of a window grown from 4 ms).
inline qint64 measureFirstSaveUs(const KillCase &c)
{
    if (c.reset)
        c.reset();
    const FileStamp before = fileStamp(c.path);
    QString error;
    const pid_t pid = startWriter(c, &error);
    if (pid < 0)
        return 0;
    using clock = std::chrono::steady_clock;
    const auto start = clock::now();
    qint64 us = 0;
    while (clock::now() - start < std::chrono::seconds(60)) {
        if (fileStamp(c.path) != before) {
            us = std::chrono::duration_cast<std::chrono::microseconds>(clock::now() - start).count();
            break;
        }
        ::usleep(200);
    }
    killWriter(pid, c.path);
    return us;
}

// The rounds a kill test runs: `suiteRounds`, or more when MR_KILL_ROUNDS asks for more (a long
// proof by hand, e.g. MR_KILL_ROUNDS=1000 for cases the suite runs fewer times to share two
// cores). It never lowers the suite's count, so no environment can weaken the proof.
inline int killRounds(int suiteRounds)
{
    return qMax(suiteRounds, qEnvironmentVariableIntValue("MR_KILL_ROUNDS"));
}

// Forks `rounds` writers, kills each with SIGKILL after a random 0..maxDelay microseconds from
// the writer's first write, and judges the file after each kill. maxDelay starts at twice the
// writer's measured time to its first save (at least `maxDelayUs`), so that about half of the
// kills land mid-write and half after a save, and adapts every 20 rounds to keep it so (saves
// slow down as the file grows, and the machine's load changes).
inline KillOutcome runKillRounds(const KillCase &c, int rounds, int maxDelayUs, quint32 seed)
{
    const qint64 firstSaveUs = measureFirstSaveUs(c);
    maxDelayUs = int(qBound(qint64(maxDelayUs), 2 * firstSaveUs, qint64(30'000'000)));
    QByteArray previous;
    int changedInWindow = 0;
    KillOutcome out;
    out.firstSaveUs = firstSaveUs;
    QRandomGenerator random(seed);
    QSet<size_t> seen;
    for (int round = 0; round < rounds; ++round) {
        // What the file held before this round's writer started: a change from it means a save
        // completed before the kill (the adaptation below steers that to about half the rounds).
        QByteArray before = previous;
        if (c.reset) {
            c.reset();
            QFile seed(c.path);
            before = seed.open(QIODevice::ReadOnly) ? seed.readAll() : QByteArray();
        }
        const pid_t pid = startWriter(c, &out.firstFailure);
        if (pid < 0)
            return out;
        ::usleep(useconds_t(random.bounded(qMax(1, maxDelayUs) + 1)));
        const int temporaries = killWriter(pid, c.path);
        ++out.rounds;
        out.temporariesLeft += temporaries;
        QFile f(c.path);
        QByteArray bytes;
        if (f.exists()) {
            if (!f.open(QIODevice::ReadOnly)) {
                out.firstFailure = QStringLiteral("round %1: cannot read %2").arg(round).arg(c.path);
                return out;
            }
            bytes = f.readAll();
        }
        QString why;
        if (!c.judge(bytes, &why)) {
            out.firstFailure = QStringLiteral("round %1 (seed %2): %3").arg(round).arg(seed).arg(why);
            return out;
        }
        ++out.wholeStates;
        seen.insert(qHash(bytes));
        out.distinctStates = int(seen.size());
        changedInWindow += bytes != before ? 1 : 0;
        previous = bytes;
        if (round % 20 == 19) { // adapt every 20 rounds
            if (changedInWindow < 6)
                maxDelayUs = maxDelayUs * 3 / 2 + 100;
            else if (changedInWindow > 14)
                maxDelayUs = maxDelayUs * 2 / 3;
            changedInWindow = 0;
        }
        out.finalMaxDelayUs = maxDelayUs;
    }
    return out;
}

} // namespace mr::test
