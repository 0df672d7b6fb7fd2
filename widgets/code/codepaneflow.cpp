// SPDX-License-Identifier: Apache-2.0
// CodePane's asynchronous flow: file list, counts, patch, highlighting; selection, viewed marks,
// comments and markers.
#include "models/code/codediff.h"
#include "models/code/highlight.h"
#include "models/core/paneids.h"
#include "models/session/sessionstate.h"
#include "widgets/code/codepane.h"
#include "widgets/code/diffview.h"
#include "widgets/code/filelistmodel.h"

#include <QAction>
#include <QCheckBox>
#include <QCoreApplication>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QtConcurrent/QtConcurrentRun>

namespace mr {

using namespace code;

static QString sizeText(qint64 size)
{
    return size < 0 ? QStringLiteral("—")
                    : QCoreApplication::translate("mr::CodePane", "%L1 bytes").arg(size);
}

void CodePane::setPackage(const PackagePtr &package)
{
    m_listTask.abandon();
    m_countsTask.abandon();
    m_patchTask.abandon();
    m_stylesTask.abandon();
    m_package = package;
    m_list = {};
    m_findings.clear();
    m_pendingReveal = {};
    m_allViewedReported = false;
    m_model->setFiles({});
    m_view->clear();
    m_banner->hide();
    m_fileTitle->clear();
    m_fileNote->hide();
    updateTotals();
    Q_EMIT findingsChanged();
    if (!package) {
        showPlaceholder(tr("No package"));
        return;
    }
    showPlaceholder(tr("Loading…"));
    m_listTask.start(QtConcurrent::run([package, o = options()](QPromise<FileList> &promise) {
        if (!package->code.usable()) {
            promise.addResult(code::fileList(*package, o));
            return;
        }
        computeFileList(promise, package->code.repositoryPath, package->code.base, package->code.head, o);
    }));
}

void CodePane::onFileListFinished()
{
    const QFuture<FileList> future = m_listTask.future();
    if (future.isCanceled() || future.resultCount() == 0)
        return;
    m_list = future.result();
    m_findings = m_list.findings;
    Q_EMIT findingsChanged();
    if (!m_list.notes.isEmpty()) {
        m_banner->setText(m_list.notes.join(QLatin1Char('\n')));
        m_banner->show();
    }
    if (session::SessionModel *s = sessionModel()) {
        s->setSectionFailed(PaneId::Code, m_list.error);
        s->setCodeFiles(m_list);
    }
    if (!m_list.ok()) {
        showPlaceholder(tr("Failed: %1").arg(m_list.error));
        Q_EMIT fileListReady();
        return;
    }
    m_model->setFiles(m_list.files);
    updateTotals();
    if (m_list.files.isEmpty()) {
        showPlaceholder(tr("No difference between %1 and %2.").arg(m_list.base, m_list.head));
        Q_EMIT fileListReady();
        return;
    }
    m_countsTask.start(
        QtConcurrent::run([repo = m_list.repositoryPath, files = m_list.files, o = options()](
                              QPromise<QList<FileDiff>> &p) { computeLineCounts(p, repo, files, o, 2); }));
    if (!m_pendingReveal.path.isEmpty() && selectFile(m_pendingReveal.path))
        return;
    m_table->setCurrentIndex(m_proxy->index(0, CodeFileListModel::PathColumn));
}

void CodePane::onCountsFinished()
{
    const QFuture<QList<FileDiff>> future = m_countsTask.future();
    if (future.isCanceled() || future.resultCount() == 0)
        return;
    m_list.files = future.result();
    m_model->updateFiles(m_list.files);
    m_findings = m_list.findings + countFindings(m_list.files);
    if (session::SessionModel *s = sessionModel())
        s->setCodeFiles(m_list);
    updateTotals();
    Q_EMIT findingsChanged();
    Q_EMIT fileListReady();
}

int CodePane::currentFileIndex() const
{
    const QModelIndex current = m_proxy->mapToSource(m_table->currentIndex());
    return current.isValid() ? current.row() : -1;
}

QString CodePane::currentPath() const
{
    const int i = currentFileIndex();
    return i >= 0 ? m_model->files().at(i).path : QString();
}

bool CodePane::selectFile(const QString &path)
{
    const QList<FileDiff> &files = m_model->files();
    for (int i = 0; i < files.size(); ++i) {
        if (files.at(i).path != path)
            continue;
        QModelIndex proxyIndex = m_proxy->mapFromSource(m_model->index(i, CodeFileListModel::PathColumn));
        if (!proxyIndex.isValid()) {
            m_filter->clear();
            proxyIndex = m_proxy->mapFromSource(m_model->index(i, CodeFileListModel::PathColumn));
        }
        m_table->setCurrentIndex(proxyIndex);
        m_table->scrollTo(proxyIndex);
        return true;
    }
    return false;
}

void CodePane::loadCurrentFile()
{
    m_patchTask.abandon();
    m_stylesTask.abandon();
    m_fileNote->hide();
    const int index = currentFileIndex();
    updateActions();
    if (index < 0 || !m_list.ok()) {
        m_fileTitle->clear();
        if (m_list.ok() && !m_list.files.isEmpty())
            showPlaceholder(tr("Select a file."));
        return;
    }
    const FileDiff &f = m_model->files().at(index);
    m_fileTitle->setText(f.oldPath != f.path ? QStringLiteral("%1 ← %2").arg(f.path, f.oldPath) : f.path);
    showPlaceholder(tr("Loading…"));
    m_patchTask.start(QtConcurrent::run([repo = m_list.repositoryPath, f, o = options()](
                                            QPromise<FilePatch> &p) { computePatch(p, repo, f, o); }));
}

void CodePane::onPatchFinished()
{
    const QFuture<FilePatch> future = m_patchTask.future();
    if (future.isCanceled() || future.resultCount() == 0)
        return;
    const FilePatch patch = future.result();
    const FileDiff &f = patch.file;
    QStringList notes;
    if (patch.oldText.decodedAsLatin1 || patch.newText.decodedAsLatin1)
        notes << tr("This file is not valid UTF-8: it is shown decoded as Latin-1.");
    if (patch.oldText.crlf != patch.newText.crlf && patch.oldText.exists && patch.newText.exists)
        notes << tr("Line endings changed (%1 → %2).")
                     .arg(patch.oldText.crlf ? QStringLiteral("CR LF") : QStringLiteral("LF"),
                          patch.newText.crlf ? QStringLiteral("CR LF") : QStringLiteral("LF"));
    else if (patch.newText.crlf)
        notes << tr("Windows line endings (CR LF).");
    if (f.lfsPointer)
        notes << tr("Git LFS pointer: the diff shows the pointer file, not the stored content.");
    if (f.oldMode != f.newMode && f.oldMode && f.newMode)
        notes << tr("File mode changed: %1 → %2.").arg(f.oldMode, 0, 8).arg(f.newMode, 0, 8);
    m_fileNote->setText(notes.join(QLatin1Char(' ')));
    m_fileNote->setVisible(!notes.isEmpty());

    if (!patch.error.isEmpty()) {
        showPlaceholder(tr("Failed: %1").arg(patch.error));
    } else if (f.status == FileStatus::Submodule) {
        showPlaceholder(tr("Submodule: commit %1 → %2. Its content is not part of this diff.")
                            .arg(f.oldId.isEmpty() ? tr("none") : f.oldId.left(12),
                                 f.newId.isEmpty() ? tr("none") : f.newId.left(12)));
    } else if (f.binary) {
        showPlaceholder(tr("%1 file: shown by size and hash.\nOld: %2, blob %3\nNew: %4, blob %5")
                            .arg(f.tooLarge ? tr("Large") : tr("Binary"), sizeText(f.oldSize),
                                 f.oldId.isEmpty() ? tr("none") : f.oldId, sizeText(f.newSize),
                                 f.newId.isEmpty() ? tr("none") : f.newId));
    } else if (patch.hunks.isEmpty()) {
        QString why = tr("No difference");
        if (f.status == FileStatus::Added && patch.newText.lines.isEmpty())
            why = tr("No difference: an empty file was added.");
        else if (f.status == FileStatus::Renamed)
            why = tr("No difference: renamed from %1 without changes.").arg(f.oldPath);
        else if (f.status == FileStatus::ModeChange)
            why = tr("No difference in content: only the file mode changed.");
        else if (m_whitespace->isChecked())
            why = tr("No difference when whitespace is ignored.");
        showPlaceholder(why);
    } else {
        m_view->setPatch(patch);
        m_stack->setCurrentWidget(m_view);
        updateMarkers();
        if (m_pendingReveal.kind == Anchor::Kind::CodeLines && m_pendingReveal.path == f.path) {
            m_view->selectLines(m_pendingReveal.side, m_pendingReveal.firstLine, m_pendingReveal.lastLine);
            m_pendingReveal = {};
        }
        if (highlightingAvailable()) {
            const bool dark = palette().color(QPalette::Base).lightness() < 128;
            m_stylesTask.start(QtConcurrent::run([patch, dark] {
                return QList<QList<LineStyles>>{highlightLines(patch.file.oldPath, patch.oldText.lines, dark),
                                                highlightLines(patch.file.path, patch.newText.lines, dark)};
            }));
        }
    }
    updateActions();
    Q_EMIT patchShown(f.path);
}

void CodePane::onStylesFinished()
{
    const auto future = m_stylesTask.future();
    if (future.isCanceled() || future.resultCount() == 0)
        return;
    const QList<QList<LineStyles>> styles = future.result();
    m_view->setStyles(styles.value(0), styles.value(1));
    Q_EMIT highlightingApplied(m_view->patch().file.path);
}

void CodePane::updateTotals()
{
    const Totals t = totalsOf(m_model->files());
    if (t.files == 0) {
        m_totals->clear();
        return;
    }
    bool counted = true;
    for (const FileDiff &f : m_model->files())
        counted = counted && f.countsKnown();
    const int viewed = m_model->viewedCount();
    m_totals->setText(counted ? tr("%1 files, +%2 −%3, %4 viewed")
                                    .arg(QLocale().toString(t.files), QLocale().toString(t.additions),
                                         QLocale().toString(t.deletions), QLocale().toString(viewed))
                              : tr("%1 files (counting lines…), %2 viewed")
                                    .arg(QLocale().toString(t.files), QLocale().toString(viewed)));
    const bool all = viewed == t.files;
    if (all != m_allViewedReported) {
        m_allViewedReported = all;
        Q_EMIT checklistSuggested(checklistKey(ChecklistStep::CodeRead), all);
    }
}

void CodePane::setViewedKeys(const QSet<QString> &keys)
{
    m_model->setViewedKeys(keys);
    updateTotals();
}

void CodePane::stepFile(int delta)
{
    const int rows = m_proxy->rowCount();
    if (rows == 0)
        return;
    const int current = m_table->currentIndex().isValid() ? m_table->currentIndex().row() : -1;
    const int next = qBound(0, current + delta, rows - 1);
    if (next != current)
        m_table->setCurrentIndex(m_proxy->index(next, CodeFileListModel::PathColumn));
}

void CodePane::toggleViewed()
{
    const int i = currentFileIndex();
    if (i >= 0)
        m_model->setViewed(i, !m_model->isViewed(i));
}

QStringList CodePane::currentLines(const Anchor &anchor) const
{
    if (anchor.kind != Anchor::Kind::CodeLines || anchor.firstLine <= 0 || anchor.lastLine < anchor.firstLine)
        return {};
    QStringList lines;
    const FilePatch &shown = m_view->patch();
    if (shown.file.path == anchor.path && (shown.oldText.exists || shown.newText.exists)) {
        lines = anchor.side == Anchor::Side::Old ? shown.oldText.lines : shown.newText.lines;
    } else {
        for (const FileDiff &f : m_list.files)
            if (f.path == anchor.path) {
                // Not the file on screen: read its blob (small, and only for comment markers).
                lines =
                    blobLines(m_list.repositoryPath, anchor.side == Anchor::Side::Old ? f.oldId : f.newId);
                break;
            }
    }
    if (anchor.lastLine > lines.size())
        return {};
    return lines.mid(anchor.firstLine - 1, anchor.lastLine - anchor.firstLine + 1);
}

QString CodePane::anchoredText(const Anchor &anchor) const
{
    return currentLines(anchor).join(QLatin1Char('\n'));
}

void CodePane::requestComment()
{
    const DiffView::Selection sel = m_view->selection();
    const QString path = m_view->patch().file.path;
    if (!sel.isValid() || path.isEmpty() || m_stack->currentWidget() != m_view) {
        Q_EMIT statusMessage(tr("Select one or more lines of the diff to comment on."));
        return;
    }
    Anchor anchor = Anchor::codeLines(path, sel.side, sel.first, sel.last, {});
    const QStringList lines = currentLines(anchor);
    anchor.fingerprint = Anchor::fingerprintOf(lines);
    Q_EMIT commentRequested(anchor, lines.join(QLatin1Char('\n')));
}

bool CodePane::commentOnCurrentItem()
{
    if (m_stack->currentWidget() != m_view || !m_view->selection().isValid())
        return false;
    requestComment();
    return true;
}

void CodePane::setMaximized(bool maximized)
{
    // The diff gets the width (Meld and Sublime Merge give it the whole window); the file
    // list stays one drag of the splitter handle away, and files are still a key away.
    auto *splitter = findChild<QSplitter *>(QStringLiteral("codeSplitter"));
    if (maximized) {
        m_sizesBeforeMaximized = splitter->sizes();
        splitter->setSizes({0, splitter->width()});
    } else if (!m_sizesBeforeMaximized.isEmpty()) {
        splitter->setSizes(m_sizesBeforeMaximized);
        m_sizesBeforeMaximized.clear();
    }
}

bool CodePane::reveal(const Anchor &anchor)
{
    if (anchor.kind != Anchor::Kind::CodeLines)
        return false;
    m_pendingReveal = anchor;
    if (m_view->patch().file.path == anchor.path && m_stack->currentWidget() == m_view) {
        m_pendingReveal = {};
        return m_view->selectLines(anchor.side, anchor.firstLine, anchor.lastLine);
    }
    if (m_list.files.isEmpty())
        return m_listTask.isRunning(); // revealed once the list arrives
    return selectFile(anchor.path);
}

void CodePane::setCommentMarkers(const QList<CommentMarker> &markers)
{
    m_markers = markers;
    updateMarkers();
}

void CodePane::updateMarkers()
{
    QList<DiffView::Marker> out;
    const QString path = m_view->patch().file.path;
    for (const CommentMarker &m : m_markers) {
        if (m.anchor.kind != Anchor::Kind::CodeLines || m.anchor.path != path || path.isEmpty())
            continue;
        DiffView::Marker v;
        v.side = m.anchor.side;
        v.first = m.anchor.firstLine;
        v.last = m.anchor.lastLine;
        v.count = m.count;
        v.blocker = m.blocker;
        v.open = m.open;
        v.outdated = Anchor::fingerprintOf(currentLines(m.anchor)) != m.anchor.fingerprint;
        v.label = tr("%n comment(s) on %1", nullptr, m.count).arg(m.anchor.label());
        out.append(v);
    }
    m_view->setMarkers(out);
}

void CodePane::updateActions()
{
    const bool shown = m_stack->currentWidget() == m_view;
    m_nextHunk->setEnabled(m_proxy->rowCount() > 0);
    m_previousHunk->setEnabled(shown);
    m_nextFile->setEnabled(m_proxy->rowCount() > 1);
    m_previousFile->setEnabled(m_proxy->rowCount() > 1);
    m_toggleViewed->setEnabled(currentFileIndex() >= 0);
    m_addComment->setEnabled(shown && m_view->selection().isValid());
}

} // namespace mr
