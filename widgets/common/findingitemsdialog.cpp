// SPDX-License-Identifier: Apache-2.0
#include "widgets/common/findingitemsdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace mr {

FindingItemsDialog::FindingItemsDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("findingItemsDialog"));
    setWindowTitle(tr("Finding Items"));
    auto *layout = new QVBoxLayout(this);
    m_header = new QLabel(this);
    m_header->setObjectName(QStringLiteral("findingItemsHeader"));
    m_header->setTextFormat(Qt::PlainText);
    m_header->setWordWrap(true);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("findingItems"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(m_header);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const int row = m_list->row(item);
        const QList<FindingItem> items = m_finding.allItems();
        if (row >= 0 && row < items.size())
            Q_EMIT itemActivated(items.at(row).anchor);
    });
    resize(560, 380);
}

void FindingItemsDialog::setFinding(const Finding &finding)
{
    m_finding = finding;
    const QList<FindingItem> items = finding.allItems();
    m_header->setText(tr("%1 (%2): %n item(s). Double-click one to go to it.", nullptr, int(items.size()))
                          .arg(finding.ruleId, Finding::severityName(finding.severity)) +
                      (finding.omittedItems > 0
                           ? tr(" %n more not listed.", nullptr, int(finding.omittedItems))
                           : QString()));
    m_list->clear();
    for (const FindingItem &i : items) {
        auto *row = new QListWidgetItem(i.label.isEmpty() ? i.anchor.label() : i.label, m_list);
        row->setToolTip(i.anchor.label());
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
}

} // namespace mr
