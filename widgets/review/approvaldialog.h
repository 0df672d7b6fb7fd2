// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/review/submitrequirements.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QTreeWidget;

namespace mr::review {

// Asks before an approval: every check of the submit requirements with what is wrong (open
// blockers, error findings, unticked steps, unverified data, sections that failed to load).
// A required check not met refuses the approval (only Close is offered); otherwise the
// reviewer confirms with Approve.
//
// Object names for tests: approvalDialog, approvalSummary, approvalChecks, and the buttons
// approvalConfirm and approvalCancel.
class ApprovalDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ApprovalDialog(const QList<ApprovalCheck> &checks, QWidget *parent = nullptr);
    bool allowed() const { return m_allowed; }

private:
    bool m_allowed = false;
    QLabel *m_summary;
    QTreeWidget *m_checks;
    QDialogButtonBox *m_buttons;
};

} // namespace mr::review
