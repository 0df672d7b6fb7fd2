// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/core/finding.h"
#include "models/findings/policy.h"
#include "models/package/package.h"

#include <QObject>
#include <QPointer>

class QWidget;

namespace mr {

namespace review {
class ReviewSession;
struct SubmitRequirements;
} // namespace review

// For the approval: the package's policy applied to `raw` with the review's suppressions, and
// the policy's submit requirements when it sets valid ones, else the reviewer's own.
Findings policyFindings(const PackagePtr &package, const Findings &raw, const review::ReviewSession &session);
review::SubmitRequirements submitRequirementsFor(const PackagePtr &package);

// The main window's side of the findings policy: the policy found for the open package (beside
// it or in the user's configuration), the review session's suppressions, and accepting a
// finding with a reason. apply() is findings::applyPolicy(), the same function the command line
// and the reports use.
class FindingsPolicy : public QObject
{
    Q_OBJECT
public:
    FindingsPolicy(QWidget *window, review::ReviewSession *session);

    // Finds and loads the package's policy. Returns the located error of a malformed policy
    // (the built-in policy then applies, and the window says so), or an empty string.
    QString setPackage(const PackagePtr &package);
    const findings::Policy &policy() const { return m_policy; }
    QString describe() const; // "built-in defaults", "<file> (sha256 …)", or the failure

    Findings apply(const Findings &raw) const;

    // Asks for a reason and records the suppression in the review (asks nothing when a reason
    // is given, for tests). Returns false when cancelled or refused (message() says why).
    bool accept(const Finding &finding, const QString &givenReason = {});

Q_SIGNALS:
    void changed(); // suppressions changed: findings need applying again
    void message(const QString &text, bool error);

private:
    QPointer<QWidget> m_window;
    review::ReviewSession *m_session;
    findings::Policy m_policy;
    QString m_error;
};

} // namespace mr
