// SPDX-License-Identifier: Apache-2.0
// DatasetPane: verification of the entries against the data root (start, cancel, resume, live
// progress, results into the table).
#include "models/core/paneids.h"
#include "widgets/common/panetoolbar.h"
#include "widgets/dataset/datasetpane.h"

#include "models/dataset/datasetanalysis.h"
#include "models/session/sessionstate.h"
#include "widgets/common/placeholder.h"
#include "widgets/dataset/manifesttablemodel.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace mr {

using namespace dataset;

void DatasetPane::startVerification()
{
    if (!m_package || !m_data.manifest.ok() || isLoading() || isVerifying())
        return;
    const bool resume = m_verification && m_verifyCanceled;
    if (!resume) {
        m_verification = std::make_shared<Verification>(m_model->manifest(), m_package->dataset.rootPath,
                                                        m_package->artifacts.artifacts);
        m_model->setVerification(m_verification);
    }
    m_seenVerifyGeneration = 0;
    const std::shared_ptr<Verification> v = m_verification;
    if (session::SessionModel *s = sessionModel())
        s->verificationStarted(v);
    m_verifyTask.start(QtConcurrent::run([v](QPromise<VerifyTotals> &promise) { verify(promise, v); }));
    m_verifyTimer->start();
    updateButtons();
}

void DatasetPane::cancelVerification()
{
    if (isVerifying())
        m_verifyTask.cancel();
}

void DatasetPane::onVerifyTick()
{
    if (!m_verification)
        return;
    const VerifyProgress p = m_verification->progress();
    m_progress->setValue(p.bytesTotal > 0   ? int(p.bytesDone * 1000 / p.bytesTotal)
                         : p.filesTotal > 0 ? int(p.filesDone * 1000 / p.filesTotal)
                                            : 0);
    m_progressLabel->setText(p.text());
    const quint64 g = m_verification->generation();
    if (g != m_seenVerifyGeneration) {
        m_seenVerifyGeneration = g;
        m_model->refreshStatus();
    }
}

void DatasetPane::onVerifyFinished()
{
    m_verifyTimer->stop();
    if (!m_verification)
        return;
    onVerifyTick();
    m_model->refreshUnlisted();
    const VerifyTotals t = m_verification->totals();
    m_verifyCanceled = t.canceled;
    m_progressLabel->setText((t.canceled ? tr("Canceled: ") : QString()) + m_verification->progress().text());
    m_findings = datasetFindings(*m_package, m_data, m_verification.get());
    if (session::SessionModel *s = sessionModel())
        s->verificationFinished(m_verification);
    updateButtons();
    updateTotals();
    Q_EMIT findingsChanged();
    Q_EMIT verificationFinished();
    if (t.complete)
        Q_EMIT checklistSuggested(checklistKey(ChecklistStep::DatasetVerified),
                                  t.rootAvailable && t.problems() == 0);
}

} // namespace mr
