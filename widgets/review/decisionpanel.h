// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/review/reviewsession.h"
#include "models/review/submitrequirements.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace mr::review {

// The decision: current verdict (with a stale warning when the package changed since), the
// checklist, a reason and the three verdict buttons. A refused approval says which blockers
// are open.
class DecisionPanel : public QWidget
{
    Q_OBJECT
public:
    explicit DecisionPanel(QWidget *parent = nullptr);
    void setSession(ReviewSession *session);
    // Called before a decision when no reviewer identity is known yet; returns false to cancel.
    void setIdentityCheck(std::function<bool()> check) { m_identityCheck = std::move(check); }
    // The checks an approval is judged on (submit requirements against the session's facts).
    // Set: Approve first shows them in an ApprovalDialog and needs a confirmation; a required
    // check not met refuses the approval. Unset: Approve asks nothing (tests of the review alone).
    void setApprovalChecks(std::function<QList<ApprovalCheck>()> provider)
    {
        m_approvalChecks = std::move(provider);
    }

public Q_SLOTS:
    // Re-evaluates a refusal shown under the buttons and clears it once its cause has gone.
    void revalidate();

Q_SIGNALS:
    void decided(mr::review::Decision::Verdict verdict);

private:
    void decide(Decision::Verdict verdict);
    void refresh();
    void refreshChecklist();

    QPointer<ReviewSession> m_session;
    QLabel *m_status;
    QLabel *m_stale;
    QLabel *m_message;
    QPlainTextEdit *m_reason;
    QPushButton *m_approve;
    QPushButton *m_changes;
    QPushButton *m_reject;
    QHash<QString, QCheckBox *> m_checks;
    std::function<bool()> m_identityCheck;
    std::function<QList<ApprovalCheck>()> m_approvalChecks;
    std::optional<Decision::Verdict> m_refused; // the verdict m_message explains the refusal of
};

} // namespace mr::review
