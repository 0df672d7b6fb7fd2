// SPDX-License-Identifier: Apache-2.0
#include "widgets/review/decisionpanel.h"
#include "widgets/review/approvaldialog.h"

#include <QCheckBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace mr::review {

DecisionPanel::DecisionPanel(QWidget *parent)
    : QWidget(parent), m_status(new QLabel(this)), m_stale(new QLabel(this)), m_message(new QLabel(this)),
      m_reason(new QPlainTextEdit(this)), m_approve(new QPushButton(tr("&Approve"), this)),
      m_changes(new QPushButton(tr("Request &Changes"), this)), m_reject(new QPushButton(tr("Re&ject"), this))
{
    setObjectName(QStringLiteral("decisionPanel"));
    m_status->setObjectName(QStringLiteral("decisionStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    QFont bold = m_status->font();
    bold.setBold(true);
    m_status->setFont(bold);
    m_stale->setObjectName(QStringLiteral("decisionStale"));
    m_stale->setTextFormat(Qt::PlainText);
    m_stale->setWordWrap(true);
    m_stale->setStyleSheet(QStringLiteral("QLabel { background: #fff4e0; color: #8a5300; padding: 4px; }"));
    m_message->setObjectName(QStringLiteral("decisionMessage"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("QLabel { color: #c01c28; }"));
    m_reason->setObjectName(QStringLiteral("decisionReason"));
    m_reason->setPlaceholderText(tr("Reason (required to request changes or reject)"));
    m_reason->setMaximumHeight(m_reason->fontMetrics().lineSpacing() * 4 + 12);
    m_approve->setObjectName(QStringLiteral("approveButton"));
    m_changes->setObjectName(QStringLiteral("requestChangesButton"));
    m_reject->setObjectName(QStringLiteral("rejectButton"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_status);
    layout->addWidget(m_stale);
    auto *checklist = new QGroupBox(tr("Checklist"), this);
    auto *checks = new QVBoxLayout(checklist);
    for (const QString &step : checklistSteps()) {
        auto *box = new QCheckBox(checklistTitle(step), checklist);
        box->setObjectName(QStringLiteral("checklist_") + step);
        checks->addWidget(box);
        m_checks.insert(step, box);
        connect(box, &QCheckBox::toggled, this, [this, step](bool on) {
            if (m_session)
                m_session->setChecklistTicked(step, on);
        });
    }
    layout->addWidget(checklist);
    layout->addWidget(m_reason);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_approve);
    buttons->addWidget(m_changes);
    buttons->addWidget(m_reject);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    connect(m_approve, &QPushButton::clicked, this, [this] { decide(Decision::Verdict::Approve); });
    connect(m_changes, &QPushButton::clicked, this, [this] { decide(Decision::Verdict::RequestChanges); });
    connect(m_reject, &QPushButton::clicked, this, [this] { decide(Decision::Verdict::Reject); });
    connect(m_reason, &QPlainTextEdit::textChanged, this, &DecisionPanel::revalidate);
    refresh();
}

void DecisionPanel::setSession(ReviewSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session) {
        connect(m_session, &ReviewSession::decisionChanged, this, &DecisionPanel::refresh);
        connect(m_session, &ReviewSession::commentsChanged, this, &DecisionPanel::refresh);
        connect(m_session, &ReviewSession::readOnlyChanged, this, &DecisionPanel::refresh);
        connect(m_session, &ReviewSession::checklistChanged, this, &DecisionPanel::refreshChecklist);
    }
    m_message->clear();
    m_refused.reset();
    refresh();
    refreshChecklist();
}

void DecisionPanel::decide(Decision::Verdict verdict)
{
    if (!m_session)
        return;
    if (m_identityCheck && !m_identityCheck())
        return;
    if (verdict == Decision::Verdict::Approve && m_approvalChecks) {
        ApprovalDialog dialog(m_approvalChecks(), this);
        const bool accepted = dialog.exec() == QDialog::Accepted;
        if (!dialog.allowed()) {
            m_message->setText(
                tr("Approval refused: %1").arg(approvalRefusals(m_approvalChecks()).join(QLatin1Char('\n'))));
            m_refused = verdict;
            return;
        }
        if (!accepted)
            return;
    }
    QString error;
    if (!m_session->decide(verdict, m_reason->toPlainText(), &error)) {
        m_message->setText(error);
        m_refused = verdict;
        return;
    }
    m_message->clear();
    m_refused.reset();
    m_reason->clear();
    Q_EMIT decided(verdict);
}

void DecisionPanel::revalidate()
{
    if (!m_refused)
        return;
    bool gone = !m_session;
    if (m_session) {
        if (*m_refused == Decision::Verdict::Approve)
            gone = m_session->document().openBlockers().isEmpty() &&
                   (!m_approvalChecks || approvalAllowed(m_approvalChecks()));
        else
            gone = !m_reason->toPlainText().trimmed().isEmpty(); // the reason was missing
    }
    if (gone) {
        m_message->clear();
        m_refused.reset();
    }
}

void DecisionPanel::refresh()
{
    revalidate();
    const bool writable = m_session && !m_session->isReadOnly();
    for (QWidget *w : {static_cast<QWidget *>(m_approve), static_cast<QWidget *>(m_changes),
                       static_cast<QWidget *>(m_reject), static_cast<QWidget *>(m_reason)})
        w->setEnabled(writable);
    for (QCheckBox *box : std::as_const(m_checks))
        box->setEnabled(writable);
    if (!m_session) {
        m_status->setText(tr("No review open."));
        m_stale->hide();
        return;
    }
    const auto d = m_session->document().currentDecision();
    if (!d) {
        m_status->setText(tr("No decision yet."));
    } else {
        QString text = tr("%1 by %2 on %3")
                           .arg(Decision::verdictTitle(d->verdict), d->reviewer.name,
                                d->time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        if (!d->reason.isEmpty())
            text += QStringLiteral("\n") + tr("Reason: %1").arg(d->reason);
        m_status->setText(text);
    }
    const bool stale = m_session->isDecisionStale();
    m_stale->setVisible(stale);
    if (stale)
        m_stale->setText(tr("Stale: this decision was made on %1, but the package is now %2. Decide again.")
                             .arg(d->digest.left(19), m_session->currentDigest().left(19)));
    const int blockers = int(m_session->document().openBlockers().size());
    m_approve->setToolTip(blockers ? tr("%n open blocker(s) must be resolved first", nullptr, blockers)
                                   : tr("Approve this exact package (its digest)"));
}

void DecisionPanel::refreshChecklist()
{
    revalidate();
    if (!m_session)
        return;
    for (auto it = m_checks.cbegin(); it != m_checks.cend(); ++it) {
        const ChecklistEntry e = m_session->document().checklist.value(it.key());
        QSignalBlocker block(it.value());
        it.value()->setChecked(e.ticked);
        QString text = checklistTitle(it.key());
        if (e.suggestion == ChecklistEntry::Suggestion::Satisfied)
            text += tr(" (checks pass)");
        else if (e.suggestion == ChecklistEntry::Suggestion::NotSatisfied)
            text += tr(" (checks fail)");
        it.value()->setText(text);
        it.value()->setToolTip(e.time.isValid() ? tr("Last changed by %1").arg(personLabel(e.by))
                                                : QString());
    }
}

} // namespace mr::review
