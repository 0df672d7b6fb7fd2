// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QFile>
#include <QRandomGenerator>
#include <QSet>
#include <QString>

#include <functional>

#include <csignal>
#include <poll.h>
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
};

struct KillOutcome
{
    int rounds = 0;
    int wholeStates = 0;
    int distinctStates = 0; // different contents found after kills: kills landed all over
    QString firstFailure;   // empty when every round found a whole state
};

// Forks `rounds` writers, kills each with SIGKILL after a random 0..maxDelayUs microseconds
// (so that kills land before, during and after writes), and judges the file after each kill.
inline KillOutcome runKillRounds(const KillCase &c, int rounds, int maxDelayUs, quint32 seed)
{
    KillOutcome out;
    QRandomGenerator random(seed);
    QSet<size_t> seen;
    for (int round = 0; round < rounds; ++round) {
        int ready[2];
        if (::pipe(ready) != 0) {
            out.firstFailure = QStringLiteral("pipe failed");
            return out;
        }
        const pid_t pid = ::fork();
        if (pid < 0) {
            out.firstFailure = QStringLiteral("fork failed");
            return out;
        }
        if (pid == 0) {
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
        pollfd p{ready[0], POLLIN, 0};
        ::poll(&p, 1, 30000);
        ::close(ready[0]);
        ::usleep(useconds_t(random.bounded(maxDelayUs + 1)));
        ::kill(pid, SIGKILL);
        int status = 0;
        ::waitpid(pid, &status, 0);
        ++out.rounds;
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
    }
    return out;
}

} // namespace mr::test
