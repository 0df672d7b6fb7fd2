// SPDX-License-Identifier: Apache-2.0
#include "app/findingspolicy.h"

#include "models/findings/applypolicy.h"
#include "models/review/reviewsession.h"
#include "models/review/submitrequirements.h"

#include <QDateTime>
#include <QInputDialog>
#include <QWidget>

namespace mr {

namespace {
findings::Policy policyOf(const PackagePtr &package)
{
    return package ? findings::findPolicy(package->sourcePath).policy.value_or(findings::Policy{})
                   : findings::Policy{};
}
} // namespace

Findings policyFindings(const PackagePtr &package, const Findings &raw, const review::ReviewSession &session)
{
    return findings::applyPolicy(raw, policyOf(package), session.suppressions());
}

review::SubmitRequirements submitRequirementsFor(const PackagePtr &package)
{
    const findings::Policy policy = policyOf(package);
    if (!policy.submitRequirements.is_null()) {
        try {
            return policy.submitRequirements.get<review::SubmitRequirements>();
        } catch (const std::exception &) {
            // Reported by the command line (exit 2); the window keeps the reviewer's own.
        }
    }
    return review::storedSubmitRequirements();
}

FindingsPolicy::FindingsPolicy(QWidget *window, review::ReviewSession *session)
    : QObject(window), m_window(window), m_session(session)
{
    connect(m_session, &review::ReviewSession::suppressionsChanged, this, &FindingsPolicy::changed);
}

QString FindingsPolicy::setPackage(const PackagePtr &package)
{
    m_policy = findings::Policy{};
    m_error.clear();
    if (!package)
        return {};
    const findings::PolicyLoadResult r = findings::findPolicy(package->sourcePath);
    if (r.ok())
        m_policy = *r.policy;
    else
        m_error = r.error.toString();
    return m_error;
}

QString FindingsPolicy::describe() const
{
    return m_error.isEmpty() ? m_policy.describe()
                             : tr("built-in defaults (malformed policy: %1)").arg(m_error);
}

Findings FindingsPolicy::apply(const Findings &raw) const
{
    return findings::applyPolicy(raw, m_policy, m_session->suppressions());
}

bool FindingsPolicy::accept(const Finding &finding, const QString &givenReason)
{
    QString reason = givenReason;
    if (reason.isEmpty()) {
        bool ok = false;
        reason = QInputDialog::getMultiLineText(
            m_window, tr("Accept Finding"),
            tr("Why is this finding acceptable? It stays listed as accepted, with your reason and name, "
               "until its items change.\n\n%1")
                .arg(finding.message.left(600)),
            {}, &ok);
        if (!ok)
            return false;
    }
    const Person me = m_session->reviewer();
    const QString by = me.email.isEmpty() ? me.name : QStringLiteral("%1 <%2>").arg(me.name, me.email);
    const findings::Suppression s = findings::Suppression::forFinding(
        finding, reason.trimmed(), by, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    QString error;
    if (!m_session->acceptFinding(s, &error)) {
        Q_EMIT message(error, true);
        return false;
    }
    Q_EMIT message(tr("Accepted %1.").arg(finding.ruleId), false);
    return true;
}

} // namespace mr
