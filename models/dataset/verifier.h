// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/dataset/manifest.h"
#include "models/package/package.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QPromise>
#include <QString>

#include <array>
#include <atomic>
#include <functional>
#include <memory>

namespace mr::dataset {

// Per entry. Pending until checked; NoHash: present (and the size agrees when given) but there
// is no digest to check; Unreadable: present but could not be read.
enum class EntryStatus : std::uint8_t { Pending, Ok, Mismatch, Missing, Unreadable, NoHash };
inline constexpr int kEntryStatusCount = 6;
QString entryStatusName(EntryStatus s); // "pending", "ok", "mismatch", "missing", "unreadable", "no_hash"
inline bool isProblem(EntryStatus s)
{
    return s == EntryStatus::Mismatch || s == EntryStatus::Missing || s == EntryStatus::Unreadable;
}

struct UnlistedFile
{
    QString path; // relative to the data root, '/' separated
    qint64 size = 0;
};

struct ArtifactCheck
{
    QString relativePath;
    EntryStatus status = EntryStatus::Pending;
    QString detail; // what differs, or why it could not be read
};

struct VerifyTotals
{
    std::array<qint64, kEntryStatusCount> counts{}; // per EntryStatus over manifest entries
    qint64 unlisted = 0;
    std::array<qint64, kEntryStatusCount> artifactCounts{};
    bool rootAvailable = false;
    bool complete = false; // every entry checked and the data root walked
    bool canceled = false;
    qint64 problems() const; // mismatch + missing + unreadable (entries and artifacts)
};

struct VerifyProgress
{
    qint64 filesDone = 0, filesTotal = 0;
    qint64 bytesDone = 0, bytesTotal = 0;
    double seconds = 0;        // this run so far
    double bytesPerSecond = 0; // this run
    double secondsLeft = -1;   // -1 when unknown
    QString text() const;      // "1,234 / 10,000 files · 1.2 / 9.8 GB · 812 MB/s · 12 s left"
};

// The state of one verification of a manifest (and the package's artifacts) against a data
// root. Shared between the worker threads and the view: statuses are read live, while it runs.
// A run canceled part way leaves unchecked entries Pending; running again resumes.
class Verification
{
public:
    Verification(std::shared_ptr<const Manifest> manifest, const QString &root,
                 const QList<Artifact> &artifacts = {});

    const Manifest &manifest() const { return *m_manifest; }
    std::shared_ptr<const Manifest> manifestPtr() const { return m_manifest; }
    QString root() const { return m_root; }
    bool rootAvailable() const { return m_rootAvailable; }

    EntryStatus status(qsizetype row) const
    {
        return EntryStatus(m_status[size_t(row)].load(std::memory_order_relaxed));
    }
    QString detail(qsizetype row) const;
    QList<UnlistedFile> unlisted() const;
    QList<ArtifactCheck> artifacts() const;
    VerifyTotals totals() const;
    VerifyProgress progress() const;
    // Increases on every status change; views poll it to know when to repaint.
    quint64 generation() const { return m_generation.load(std::memory_order_relaxed); }

private:
    friend class VerifierRun;
    std::shared_ptr<const Manifest> m_manifest;
    QString m_root;
    bool m_rootAvailable = false;
    QList<Artifact> m_artifactSpecs;
    std::unique_ptr<std::atomic<std::uint8_t>[]> m_status;
    std::unique_ptr<std::atomic<std::uint8_t>[]> m_artifactStatus;
    mutable QMutex m_mutex; // guards the members below
    QHash<qsizetype, QString> m_details;
    QHash<int, QString> m_artifactDetails;
    QList<UnlistedFile> m_unlisted;
    bool m_walked = false;
    bool m_canceled = false;
    std::atomic<quint64> m_generation{0};
    // Progress of the current run.
    std::atomic<qint64> m_filesDone{0}, m_bytesDone{0};
    qint64 m_filesTotal = 0, m_bytesTotal = 0;
    QElapsedTimer m_clock;
    std::atomic<qint64> m_elapsedMs{0};
};

struct VerifyOptions
{
    int jobs = 0; // concurrent readers; 0 = max(8, 2 x cores): reads outnumber cores
                  // so cold data keeps the disk busy
    bool findUnlisted = true;
};

// Checks every Pending entry and artifact. Progress in permille of bytes with a text; cancel is
// honoured between reads. The manifest must be indexed (for unlisted files).
void verify(QPromise<VerifyTotals> &promise, const std::shared_ptr<Verification> &verification,
            const VerifyOptions &options = {});
// The same in the calling thread. `cancel` may be null; `onProgress` (may be empty) is called
// about five times a second from the calling thread.
VerifyTotals verifySync(Verification &verification, const VerifyOptions &options = {},
                        const std::atomic_bool *cancel = nullptr,
                        const std::function<void(const VerifyProgress &)> &onProgress = {});

} // namespace mr::dataset
