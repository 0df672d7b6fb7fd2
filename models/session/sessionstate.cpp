// SPDX-License-Identifier: Apache-2.0
#include "models/session/sessionstate.h"

namespace mr::session {

bool SessionState::metricsCompared() const
{
    return results && results->comparedCount() > 0;
}

SessionModel::SessionModel(QObject *parent) : QObject(parent) {}

void SessionModel::setPackage(const PackagePtr &package)
{
    m_state = SessionState();
    m_state.package = package;
    m_verifyStarted = {};
    if (package) {
        // Sections the package itself could not load refuse approval by default (see
        // review::SubmitRequirements); the panes add their own load failures.
        const std::pair<PaneId, const Section *> sections[] = {{PaneId::Code, &package->code},
                                                               {PaneId::Dataset, &package->dataset},
                                                               {PaneId::Environment, &package->environments},
                                                               {PaneId::Results, &package->results}};
        for (const auto &[pane, section] : sections)
            if (!section->errors.isEmpty())
                m_state.failedSections.insert(pane, section->errors.first().toString());
    }
    for (PaneId pane : allPanes())
        Q_EMIT changed(pane);
}

void SessionModel::setCodeFiles(const code::FileList &files)
{
    m_state.codeFiles = files;
    Q_EMIT changed(PaneId::Code);
}

void SessionModel::setDataset(const dataset::DatasetData &data)
{
    m_state.dataset = data;
    Q_EMIT changed(PaneId::Dataset);
}

void SessionModel::verificationStarted(const std::shared_ptr<const dataset::Verification> &verification)
{
    Q_UNUSED(verification);
    m_verifyStarted = QDateTime::currentDateTimeUtc();
}

void SessionModel::verificationFinished(const std::shared_ptr<const dataset::Verification> &verification)
{
    if (!verification)
        return;
    VerificationRun run;
    run.started = m_verifyStarted.isValid() ? m_verifyStarted : QDateTime::currentDateTimeUtc();
    run.finished = QDateTime::currentDateTimeUtc();
    run.by = m_reviewer;
    run.totals = verification->totals();
    run.verification = verification;
    m_state.verification = run;
    Q_EMIT changed(PaneId::Dataset);
}

void SessionModel::setEnvironments(const environment::LoadedEnvironments &loaded)
{
    m_state.environments = loaded;
    Q_EMIT changed(PaneId::Environment);
}

void SessionModel::setEnvironmentPair(const QString &development, const QString &reference)
{
    if (m_state.development == development && m_state.reference == reference)
        return;
    m_state.development = development;
    m_state.reference = reference;
    Q_EMIT changed(PaneId::Environment);
}

void SessionModel::setResults(const results::ResultsAnalysis &analysis)
{
    m_state.results = analysis;
    Q_EMIT changed(PaneId::Results);
}

void SessionModel::setViewed(const QSet<QString> &viewed)
{
    if (m_state.viewed == viewed)
        return;
    m_state.viewed = viewed;
    Q_EMIT changed(PaneId::Code);
}

void SessionModel::setSectionFailed(PaneId pane, const QString &reason)
{
    if (reason.isEmpty() ? !m_state.failedSections.contains(pane)
                         : m_state.failedSections.value(pane) == reason)
        return;
    if (reason.isEmpty())
        m_state.failedSections.remove(pane);
    else
        m_state.failedSections.insert(pane, reason);
    Q_EMIT changed(pane);
}

} // namespace mr::session
