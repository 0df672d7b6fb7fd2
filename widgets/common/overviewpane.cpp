// SPDX-License-Identifier: Apache-2.0
#include "widgets/common/overviewpane.h"

#include "widgets/common/findingitemsdialog.h"
#include "widgets/common/findingsmodel.h"

#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QProgressBar>
#include <QSplitter>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace mr {

namespace {
QLabel *valueLabel(QWidget *parent, const char *name)
{
    auto *l = new QLabel(parent);
    l->setObjectName(QString::fromLatin1(name));
    l->setTextFormat(Qt::PlainText);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    l->setWordWrap(true);
    return l;
}
} // namespace

OverviewPane::OverviewPane(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("overviewPane"));
    auto *layout = new QVBoxLayout(this);
    m_title = valueLabel(this, "overviewName");
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_title->setFont(big);
    m_summary = valueLabel(this, "overviewSummary");
    layout->addWidget(m_title);
    layout->addWidget(m_summary);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_format = valueLabel(this, "overviewFormat");
    m_created = valueLabel(this, "overviewCreated");
    m_submitter = valueLabel(this, "overviewSubmitter");
    m_source = valueLabel(this, "overviewSource");
    m_digest = valueLabel(this, "overviewDigest");
    QFont mono = m_digest->font();
    mono.setFamily(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    m_digest->setFont(mono);
    m_digestProgress = new QProgressBar(this);
    m_digestProgress->setObjectName(QStringLiteral("overviewDigestProgress"));
    m_digestProgress->setMaximumHeight(14);
    auto *digestBox = new QVBoxLayout;
    digestBox->addWidget(m_digest);
    digestBox->addWidget(m_digestProgress);
    form->addRow(tr("Format:"), m_format);
    form->addRow(tr("Created:"), m_created);
    form->addRow(tr("Submitter:"), m_submitter);
    form->addRow(tr("Source:"), m_source);
    form->addRow(tr("Digest:"), digestBox);
    layout->addLayout(form);

    auto *split = new QSplitter(Qt::Horizontal, this);
    m_sections = new QTreeWidget(split);
    m_sections->setObjectName(QStringLiteral("overviewSections"));
    m_sections->setHeaderLabels({tr("Section"), tr("Contents")});
    m_sections->setRootIsDecorated(false);
    auto *findingsBox = new QWidget(split);
    auto *fl = new QVBoxLayout(findingsBox);
    fl->setContentsMargins(0, 0, 0, 0);
    m_findingsTotals = valueLabel(findingsBox, "overviewFindingsTotals");
    m_findingsView = new QTableView(findingsBox);
    m_findingsView->setObjectName(QStringLiteral("overviewFindings"));
    m_findings = new FindingsModel(this);
    m_findingsView->setModel(m_findings);
    m_findingsView->horizontalHeader()->setStretchLastSection(true);
    m_findingsView->verticalHeader()->hide();
    m_findingsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_findingsView->setWordWrap(false);
    fl->addWidget(m_findingsTotals);
    fl->addWidget(m_findingsView);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    layout->addWidget(split, 1);

    // A finding about one item jumps to it; one about several lists them to jump to each.
    connect(m_findingsView, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (!index.isValid())
            return;
        const Finding &f = m_findings->findings().at(index.row());
        if (f.allItems().size() > 1)
            showFindingItems(f);
        else
            Q_EMIT findingActivated(f);
    });
    m_findingsView->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_findingsView, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QModelIndex index = m_findingsView->indexAt(pos);
        if (!index.isValid())
            return;
        const Finding f = m_findings->findings().at(index.row());
        QMenu menu(this);
        menu.setObjectName(QStringLiteral("findingMenu"));
        QAction *items = menu.addAction(tr("Show Items (%L1)…").arg(f.allItems().size() + f.omittedItems));
        QAction *accept =
            menu.addAction(f.accepted ? tr("Accepted by %1: %2").arg(f.acceptedBy, f.acceptedReason)
                                      : tr("Accept Finding…"));
        accept->setObjectName(QStringLiteral("acceptFinding"));
        accept->setEnabled(!f.accepted);
        QAction *chosen = menu.exec(m_findingsView->viewport()->mapToGlobal(pos));
        if (chosen == items)
            showFindingItems(f);
        else if (chosen == accept)
            Q_EMIT acceptFindingRequested(f);
    });
    setPackage(nullptr);
}

void OverviewPane::setPackage(const PackagePtr &package)
{
    m_package = package;
    if (!package) {
        m_title->setText(tr("No package open"));
        for (QLabel *l : {m_summary, m_format, m_created, m_submitter, m_source, m_digest})
            l->clear();
        m_digestProgress->hide();
        m_sections->clear();
        m_findings->setFindings({});
        m_findingsTotals->clear();
        return;
    }
    m_title->setText(QStringLiteral("%1 %2").arg(package->name, package->version));
    m_summary->setText(package->summary);
    m_summary->setVisible(!package->summary.isEmpty());
    m_format->setText(package->format);
    m_created->setText(package->created.isEmpty() ? tr("not given") : package->created);
    m_submitter->setText(
        package->submitter.email.isEmpty()
            ? package->submitter.name
            : QStringLiteral("%1 <%2>").arg(package->submitter.name, package->submitter.email));
    m_source->setText(package->fromArchive
                          ? tr("%1 (archive, unpacked to a private folder)").arg(package->sourcePath)
                          : package->sourcePath);
    m_digest->setText(tr("Computing…"));
    m_digestProgress->setRange(0, 0);
    m_digestProgress->show();
    fillSections();
}

void OverviewPane::fillSections()
{
    m_sections->clear();
    const Package &p = *m_package;
    auto add = [this](const QString &name, const Section &s, const QString &contents) {
        auto *item = new QTreeWidgetItem(m_sections);
        item->setText(0, name);
        if (!s.provided)
            item->setText(1, tr("not provided"));
        else if (!s.errors.isEmpty())
            item->setText(
                1, tr("%n error(s): %1", nullptr, int(s.errors.size())).arg(s.errors.first().toString()));
        else
            item->setText(1, contents);
        item->setToolTip(1, item->text(1));
    };
    add(tr("Code"), p.code, tr("%1: %2 → %3").arg(p.code.repository, p.code.base, p.code.head));
    add(tr("Dataset"), p.dataset,
        p.dataset.baseline.isEmpty() ? p.dataset.manifest
                                     : tr("%1 (baseline %2)").arg(p.dataset.manifest, p.dataset.baseline));
    QStringList envs;
    for (const NamedFile &f : p.environments.files)
        envs << QStringLiteral("%1: %2").arg(f.name, f.relativePath);
    add(tr("Environments"), p.environments, envs.join(QStringLiteral(", ")));
    add(tr("Results"), p.results,
        tr("%L1 claimed, %L2 rerun file(s); %L3 metric spec(s)")
            .arg(p.results.claimed.size())
            .arg(p.results.rerun.size())
            .arg(p.results.metrics.size()));
    QStringList arts;
    for (const Artifact &a : p.artifacts.artifacts)
        arts << a.relativePath;
    add(tr("Artifacts"), p.artifacts, arts.join(QStringLiteral(", ")));
    m_sections->resizeColumnToContents(0);
}

void OverviewPane::setDigestProgress(int value, int maximum)
{
    m_digestProgress->setRange(0, maximum);
    m_digestProgress->setValue(value);
}

void OverviewPane::setDigest(const DigestResult &digest)
{
    m_digestProgress->hide();
    if (digest.ok)
        m_digest->setText(tr("%1\n%L2 files, %3")
                              .arg(digest.digest)
                              .arg(digest.files)
                              .arg(QLocale().formattedDataSize(digest.bytes)));
    else
        m_digest->setText(tr("unavailable: %1").arg(digest.error.toString()));
}

QString OverviewPane::digestText() const
{
    return m_digest->text();
}

const Findings &OverviewPane::findings() const
{
    return m_findings->findings();
}

void OverviewPane::showFindingItems(const Finding &finding)
{
    if (!m_itemsDialog) {
        m_itemsDialog = new FindingItemsDialog(this);
        connect(m_itemsDialog, &FindingItemsDialog::itemActivated, this, [this](const Anchor &anchor) {
            Finding one = m_itemsDialog->finding();
            one.item = anchor;
            Q_EMIT findingActivated(one);
        });
    }
    m_itemsDialog->setFinding(finding);
    m_itemsDialog->show();
    m_itemsDialog->raise();
}

void OverviewPane::setFindings(const Findings &findings)
{
    m_findings->setFindings(findings);
    m_findingsView->resizeColumnsToContents();
    const int accepted =
        int(std::count_if(findings.cbegin(), findings.cend(), [](const Finding &f) { return f.accepted; }));
    m_findingsTotals->setText(tr("Findings: %L1 error(s), %L2 warning(s), %L3 info")
                                  .arg(countOpenFindings(findings, Finding::Severity::Error))
                                  .arg(countOpenFindings(findings, Finding::Severity::Warning))
                                  .arg(countOpenFindings(findings, Finding::Severity::Info)) +
                              (accepted ? tr("; %n accepted", nullptr, accepted) : QString()) +
                              (m_policyText.isEmpty() ? QString() : tr(" · policy: %1").arg(m_policyText)));
}

} // namespace mr
