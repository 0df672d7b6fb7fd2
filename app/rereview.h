// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/interdiff/carryreview.h"
#include "models/package/digest.h"
#include "models/package/loader.h"

#include <QFutureWatcher>
#include <QMessageBox>
#include <QObject>
#include <QPointer>
#include <QProgressDialog>

class QAction;
class QWidget;

namespace mr {

class ReviewIntegration;
class SinceFrame;

// Re-review in the main window (issue 13): File > Carry Review From Previous Package…, the offer
// to carry a sibling package's review when the opened package has none, and the panes' "Since
// vX" toggles once a previous version is known. Long work (opening the previous package,
// digests, interdiff) runs off the GUI thread with progress and cancel.
class ReReview : public QObject
{
    Q_OBJECT
public:
    ReReview(QWidget *window, ReviewIntegration *review, const QList<SinceFrame *> &frames);
    ~ReReview() override;

    QAction *carryAction() const { return m_carryAction; }
    // Follows the open package (null: closed). Offers a sibling's review when this one has
    // none; compares with the previous version named by the review's history when it is beside.
    void setPackage(const PackagePtr &package);
    // The open package's digest, handed back to the review after a carry replaced its file.
    void setDigest(const DigestResult &digest) { m_digest = digest; }
    // Carries the review beside the package at `previousPath` into this package's review file.
    void carryFrom(const QString &previousPath);
    // Shows the differences since the package at `previousPath` in every pane's toggle.
    void compareWith(const QString &previousPath);
    QMessageBox *offer() const { return m_offer; }

Q_SIGNALS:
    void message(const QString &text, bool error);
    void carryFinished(bool ok);
    void comparisonReady();

private:
    struct Work
    {
        PackagePtr before;
        interdiff::CarryOutcome outcome; // carry: document and interdiff; compare: interdiff only
        QString error;
    };
    void chooseAndCarry();
    void offerSibling();
    void onCarried();
    void onCompared();
    void showInterdiff(const interdiff::Interdiff &interdiff, const PackagePtr &before);

    QWidget *m_window;
    ReviewIntegration *m_review;
    QList<SinceFrame *> m_frames;
    QAction *m_carryAction;
    PackagePtr m_package;
    DigestResult m_digest;
    QFutureWatcher<Work> m_carry, m_compare;
    QPointer<QProgressDialog> m_progress;
    QPointer<QMessageBox> m_offer;
};

} // namespace mr
