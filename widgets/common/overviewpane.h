// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/core/finding.h"
#include "models/package/digest.h"
#include "models/package/package.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QProgressBar;
class QTableView;
class QTreeWidget;

namespace mr {

class FindingItemsDialog;
class FindingsModel;

// The package at a glance: identity, summary, digest, what each section holds, and findings.
class OverviewPane : public QWidget
{
    Q_OBJECT
public:
    explicit OverviewPane(QWidget *parent = nullptr);

    void setPackage(const PackagePtr &package);
    void setDigestProgress(int value, int maximum);
    void setDigest(const DigestResult &digest);
    void setFindings(const Findings &findings);
    const Findings &findings() const;
    // Which findings policy applied (shown beside the totals); call before setFindings().
    void setPolicyText(const QString &text) { m_policyText = text; }

    QString digestText() const;

Q_SIGNALS:
    // A finding (or, from the items list, one of its items as the finding's `item`) to reveal.
    void findingActivated(const mr::Finding &finding);
    // The finding's context menu: "Accept Finding…" (the window asks for the reason).
    void acceptFindingRequested(const mr::Finding &finding);

private:
    void fillSections();
    void showFindingItems(const Finding &finding);

    PackagePtr m_package;
    QLabel *m_title = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_format = nullptr;
    QLabel *m_created = nullptr;
    QLabel *m_submitter = nullptr;
    QLabel *m_source = nullptr;
    QLabel *m_digest = nullptr;
    QProgressBar *m_digestProgress = nullptr;
    QTreeWidget *m_sections = nullptr;
    QTableView *m_findingsView = nullptr;
    QLabel *m_findingsTotals = nullptr;
    FindingsModel *m_findings = nullptr;
    FindingItemsDialog *m_itemsDialog = nullptr;
    QString m_policyText;
};

} // namespace mr
