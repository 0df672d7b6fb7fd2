// SPDX-License-Identifier: Apache-2.0
#include "widgets/review/approvaldialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace mr::review {

ApprovalDialog::ApprovalDialog(const QList<ApprovalCheck> &checks, QWidget *parent)
    : QDialog(parent), m_allowed(approvalAllowed(checks)), m_summary(new QLabel(this)),
      m_checks(new QTreeWidget(this)), m_buttons(new QDialogButtonBox(this))
{
    setObjectName(QStringLiteral("approvalDialog"));
    setWindowTitle(tr("Approve This Package"));
    m_summary->setObjectName(QStringLiteral("approvalSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    int open = 0;
    for (const ApprovalCheck &c : checks)
        open += c.met ? 0 : 1;
    if (!m_allowed)
        m_summary->setText(
            tr("This package cannot be approved: a submit requirement is not met. Resolve what "
               "is listed below, or change the requirements in the settings."));
    else if (open > 0)
        m_summary->setText(tr("Approve this exact package? %n point(s) below are open; they do not prevent "
                              "the approval under your submit requirements.",
                              nullptr, open));
    else
        m_summary->setText(tr("Approve this exact package? Every check below is met."));

    m_checks->setObjectName(QStringLiteral("approvalChecks"));
    m_checks->setColumnCount(2);
    m_checks->setHeaderLabels({tr("Check"), tr("State")});
    m_checks->setRootIsDecorated(true);
    m_checks->header()->setStretchLastSection(true);
    for (const ApprovalCheck &c : checks) {
        auto *item = new QTreeWidgetItem(m_checks);
        item->setText(0, c.title);
        QString state = c.met ? tr("Met") : c.required ? tr("Not met (required)") : tr("Open (not required)");
        item->setText(1, state);
        item->setIcon(0, style()->standardIcon(c.met        ? QStyle::SP_DialogApplyButton
                                               : c.required ? QStyle::SP_MessageBoxCritical
                                                            : QStyle::SP_MessageBoxWarning));
        item->setData(0, Qt::UserRole, SubmitRequirements::ruleKey(c.rule));
        for (const QString &d : c.details) {
            auto *child = new QTreeWidgetItem(item);
            child->setText(0, d);
            child->setToolTip(0, d);
            child->setFirstColumnSpanned(true);
        }
        item->setExpanded(!c.met);
    }
    m_checks->resizeColumnToContents(0);
    m_checks->setColumnWidth(0, qMin(m_checks->columnWidth(0), 420));

    QPushButton *cancel =
        m_buttons->addButton(m_allowed ? QDialogButtonBox::Cancel : QDialogButtonBox::Close);
    cancel->setObjectName(QStringLiteral("approvalCancel"));
    if (m_allowed) {
        QPushButton *confirm = m_buttons->addButton(tr("&Approve"), QDialogButtonBox::AcceptRole);
        confirm->setObjectName(QStringLiteral("approvalConfirm"));
        // Enter must not approve by accident when something is open.
        confirm->setDefault(open == 0);
        cancel->setDefault(open > 0);
    }
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_checks, 1);
    layout->addWidget(m_buttons);
    resize(640, 420);
}

} // namespace mr::review
