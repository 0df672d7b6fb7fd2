// SPDX-License-Identifier: Apache-2.0
// Stages 2 and 3 of the diff: line counts for every file (parallel) and one file's full patch.
#include "models/code/codediff.h"
#include "models/code/gitutil.h"
#include "models/code/intraline.h"

#include <QStringDecoder>

#include <QCoreApplication>
#include <atomic>
#include <mutex>
#include <thread>
#include <vector>

namespace mr::code {

namespace {

git_diff_options diffOptions(const DiffOptions &options)
{
    git_diff_options opts = GIT_DIFF_OPTIONS_INIT;
    opts.context_lines = quint32(qMax(0, options.contextLines));
    opts.interhunk_lines = 0;
    opts.max_size = options.maxTextSize; // larger blobs are treated as binary, like git's bigFileThreshold
    if (options.ignoreWhitespace)
        opts.flags |= GIT_DIFF_IGNORE_WHITESPACE;
    return opts;
}

bool isLfsPointer(const git_blob *blob)
{
    if (!blob || git_blob_rawsize(blob) > 1024)
        return false;
    static const QByteArray magic("version https://git-lfs.github.com/spec/");
    const auto *data = static_cast<const char *>(git_blob_rawcontent(blob));
    return QByteArrayView(data, qsizetype(git_blob_rawsize(blob))).startsWith(magic);
}

// Looks up both sides' blobs; a missing side (added, deleted) stays null.
git::Error loadBlobs(git_repository *repo, const FileDiff &f, git::Blob *oldBlob, git::Blob *newBlob)
{
    git_oid id;
    if (!f.oldId.isEmpty() && f.oldMode != GIT_FILEMODE_COMMIT && git::oidFromHex(f.oldId, &id))
        if (git::Error e = git::lookupBlob(repo, id, oldBlob))
            return e;
    if (!f.newId.isEmpty() && f.newMode != GIT_FILEMODE_COMMIT && git::oidFromHex(f.newId, &id))
        if (git::Error e = git::lookupBlob(repo, id, newBlob))
            return e;
    return {};
}

struct CountPayload
{
    int additions = 0;
    int deletions = 0;
    bool binary = false;
};

int countFile(const git_diff_delta *delta, float, void *payload)
{
    if (delta->flags & GIT_DIFF_FLAG_BINARY)
        static_cast<CountPayload *>(payload)->binary = true;
    return 0;
}

int countBinary(const git_diff_delta *, const git_diff_binary *, void *payload)
{
    static_cast<CountPayload *>(payload)->binary = true;
    return 0;
}

int countLine(const git_diff_delta *, const git_diff_hunk *, const git_diff_line *line, void *payload)
{
    auto *p = static_cast<CountPayload *>(payload);
    if (line->origin == GIT_DIFF_LINE_ADDITION)
        ++p->additions;
    else if (line->origin == GIT_DIFF_LINE_DELETION)
        ++p->deletions;
    return 0;
}

// Counts one file's lines through libgit2's callbacks (no patch object is built: counting only
// needs the origins, and skipping the allocations is what keeps us level with git).
QString countOne(git_repository *repo, FileDiff &f, const git_diff_options &opts, const DiffOptions &options)
{
    if (f.status == FileStatus::Submodule) {
        // Like git --numstat: a changed submodule counts as one line replaced.
        f.additions = f.newId.isEmpty() ? 0 : 1;
        f.deletions = f.oldId.isEmpty() ? 0 : 1;
        return {};
    }
    git::Blob oldBlob, newBlob;
    if (const git::Error e = loadBlobs(repo, f, &oldBlob, &newBlob))
        return e.message;
    f.oldSize = oldBlob ? qint64(git_blob_rawsize(oldBlob.get())) : -1;
    f.newSize = newBlob ? qint64(git_blob_rawsize(newBlob.get())) : -1;
    f.tooLarge = f.oldSize > options.maxTextSize || f.newSize > options.maxTextSize;
    f.lfsPointer = isLfsPointer(oldBlob.get()) || isLfsPointer(newBlob.get());
    CountPayload payload;
    const QByteArray oldPath = f.oldPath.toUtf8(), newPath = f.path.toUtf8();
    const int rc = git_diff_blobs(oldBlob.get(), oldPath.constData(), newBlob.get(), newPath.constData(),
                                  &opts, countFile, countBinary, nullptr, countLine, &payload);
    if (rc < 0)
        return git::lastError(rc, QCoreApplication::translate("mr::Code", "cannot compare %1").arg(f.path))
            .message;
    f.binary = payload.binary || f.tooLarge;
    f.additions = f.binary ? 0 : payload.additions;
    f.deletions = f.binary ? 0 : payload.deletions;
    return {};
}

} // namespace

SideText decodeText(const QByteArray &bytes)
{
    SideText out;
    out.exists = true;
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError()) {
        text = QString::fromLatin1(bytes);
        out.decodedAsLatin1 = true;
    }
    if (text.isEmpty())
        return out;
    out.noNewlineAtEnd = !text.endsWith(QLatin1Char('\n'));
    out.lines = text.split(QLatin1Char('\n'));
    if (!out.noNewlineAtEnd)
        out.lines.removeLast();
    for (QString &line : out.lines) {
        if (line.endsWith(QLatin1Char('\r'))) {
            line.chop(1);
            out.crlf = true;
        }
    }
    return out;
}

void computeLineCounts(QPromise<QList<FileDiff>> &promise, const QString &repositoryPath,
                       const QList<FileDiff> &files, const DiffOptions &options, int threads)
{
    QList<FileDiff> out = files;
    FileDiff *data = out.data(); // detached once: each worker writes distinct elements
    const int n = int(out.size());
    promise.setProgressRange(0, n);
    std::atomic<int> next{0};
    std::atomic<int> done{0};
    std::atomic<bool> failed{false};
    QString firstError;
    std::mutex errorMutex;
    git_diff_options opts = diffOptions(options);
    opts.context_lines = 0; // counts do not depend on context; fewer lines to report is faster

    const std::thread::id reporter = std::this_thread::get_id();
    auto work = [&]() {
        git::Repository repo; // one handle per thread: libgit2 objects are not shared
        if (const git::Error e = git::openRepository(repositoryPath, &repo)) {
            std::lock_guard lock(errorMutex);
            firstError = e.message;
            failed = true;
            return;
        }
        constexpr int chunk = 32;
        for (;;) {
            if (failed || promise.isCanceled())
                return;
            const int begin = next.fetch_add(chunk);
            if (begin >= n)
                return;
            const int end = qMin(n, begin + chunk);
            for (int i = begin; i < end; ++i) {
                const QString error = countOne(repo.get(), data[i], opts, options);
                if (!error.isEmpty()) {
                    std::lock_guard lock(errorMutex);
                    if (firstError.isEmpty())
                        firstError = error;
                }
            }
            done += end - begin;
            if (std::this_thread::get_id() == reporter) // progress from the promise's own thread
                promise.setProgressValue(done.load());
        }
    };

    const int workers = qBound(1, threads, 16);
    std::vector<std::thread> pool;
    for (int i = 1; i < workers && n > 64 * i; ++i)
        pool.emplace_back(work);
    work();
    for (std::thread &t : pool)
        t.join();
    promise.setProgressValue(done.load());
    if (promise.isCanceled())
        return;
    if (!firstError.isEmpty())
        promise.setProgressValueAndText(done.load(), firstError);
    promise.addResult(out);
}

QList<FileDiff> lineCounts(const QString &repositoryPath, const QList<FileDiff> &files,
                           const DiffOptions &options, int threads)
{
    return runSync<QList<FileDiff>>(
        [&](QPromise<QList<FileDiff>> &p) { computeLineCounts(p, repositoryPath, files, options, threads); });
}

void computePatch(QPromise<FilePatch> &promise, const QString &repositoryPath, const FileDiff &file,
                  const DiffOptions &options)
{
    FilePatch out;
    out.file = file;
    auto finish = [&](const QString &error = {}) {
        out.error = error;
        promise.addResult(out);
    };
    if (file.status == FileStatus::Submodule)
        return finish();
    git::Repository repo;
    if (const git::Error e = git::openRepository(repositoryPath, &repo))
        return finish(e.message);
    git::Blob oldBlob, newBlob;
    if (const git::Error e = loadBlobs(repo.get(), file, &oldBlob, &newBlob))
        return finish(e.message);
    FileDiff &f = out.file;
    f.oldSize = oldBlob ? qint64(git_blob_rawsize(oldBlob.get())) : -1;
    f.newSize = newBlob ? qint64(git_blob_rawsize(newBlob.get())) : -1;
    f.tooLarge = f.oldSize > options.maxTextSize || f.newSize > options.maxTextSize;
    f.lfsPointer = isLfsPointer(oldBlob.get()) || isLfsPointer(newBlob.get());
    f.binary = f.tooLarge || (oldBlob && git_blob_is_binary(oldBlob.get())) ||
               (newBlob && git_blob_is_binary(newBlob.get()));
    if (f.binary) {
        f.additions = f.deletions = 0;
        return finish();
    }
    if (oldBlob)
        out.oldText = decodeText(git::blobBytes(oldBlob.get()));
    if (newBlob)
        out.newText = decodeText(git::blobBytes(newBlob.get()));
    if (promise.isCanceled())
        return;

    const git_diff_options opts = diffOptions(options);
    git_patch *raw = nullptr;
    const QByteArray oldPath = f.oldPath.toUtf8(), newPath = f.path.toUtf8();
    const int rc = git_patch_from_blobs(&raw, oldBlob.get(), oldPath.constData(), newBlob.get(),
                                        newPath.constData(), &opts);
    if (rc < 0)
        return finish(
            git::lastError(rc, QCoreApplication::translate("mr::Code", "cannot compare %1").arg(f.path))
                .message);
    git::Patch patch(raw);
    f.additions = f.deletions = 0;
    const size_t hunkCount = git_patch_num_hunks(raw);
    for (size_t h = 0; h < hunkCount; ++h) {
        const git_diff_hunk *gh = nullptr;
        size_t lineCount = 0;
        if (git_patch_get_hunk(&gh, &lineCount, raw, h) < 0)
            return finish(
                git::lastError(-1,
                               QCoreApplication::translate("mr::Code", "cannot read hunk of %1").arg(f.path))
                    .message);
        Hunk hunk;
        hunk.oldStart = gh->old_start;
        hunk.oldLines = gh->old_lines;
        hunk.newStart = gh->new_start;
        hunk.newLines = gh->new_lines;
        const QByteArray header(gh->header, qsizetype(gh->header_len));
        const int at = header.indexOf("@@", 2);
        hunk.header = at >= 0 ? QString::fromUtf8(header.mid(at + 2)).trimmed() : QString();
        hunk.lines.reserve(qsizetype(lineCount));
        for (size_t l = 0; l < lineCount; ++l) {
            const git_diff_line *gl = nullptr;
            if (git_patch_get_line_in_hunk(&gl, raw, h, l) < 0)
                continue;
            Line line;
            switch (gl->origin) {
            case GIT_DIFF_LINE_CONTEXT: line.type = Line::Type::Context; break;
            case GIT_DIFF_LINE_ADDITION:
                line.type = Line::Type::Added;
                ++f.additions;
                break;
            case GIT_DIFF_LINE_DELETION:
                line.type = Line::Type::Removed;
                ++f.deletions;
                break;
            default: continue; // "\ No newline at end of file" markers: SideText carries that
            }
            line.oldLine = qMax(0, gl->old_lineno);
            line.newLine = qMax(0, gl->new_lineno);
            // Text comes from the decoded whole file, so that hunks, expanded context and
            // highlighting all agree on decoding and columns.
            if (line.newLine > 0 && line.newLine <= out.newText.lines.size())
                line.text = out.newText.lines.at(line.newLine - 1);
            else if (line.oldLine > 0 && line.oldLine <= out.oldText.lines.size())
                line.text = out.oldText.lines.at(line.oldLine - 1);
            hunk.lines << line;
        }
        annotateIntraLine(hunk);
        out.hunks << hunk;
    }
    finish();
}

FilePatch patch(const QString &repositoryPath, const FileDiff &file, const DiffOptions &options)
{
    return runSync<FilePatch>(
        [&](QPromise<FilePatch> &p) { computePatch(p, repositoryPath, file, options); });
}

QStringList blobLines(const QString &repositoryPath, const QString &blobId)
{
    git_oid id;
    git::Repository repo;
    git::Blob blob;
    if (!git::oidFromHex(blobId, &id) || git::openRepository(repositoryPath, &repo) ||
        git::lookupBlob(repo.get(), id, &blob))
        return {};
    return decodeText(git::blobBytes(blob.get())).lines;
}

} // namespace mr::code
