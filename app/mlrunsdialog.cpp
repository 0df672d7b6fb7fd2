// SPDX-License-Identifier: Apache-2.0
#include "app/mlrunsdialog.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QMap>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace mr {

MlrunsDialog::MlrunsDialog(const QString &storePath, const QList<importers::MlflowRunInfo> &runs,
                           QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("mlrunsChooser"));
    setWindowTitle(tr("Choose an MLflow Run"));
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(
        tr("%1 is an MLflow store with %n run(s). Choose the run to review:", nullptr, int(runs.size()))
            .arg(QDir::toNativeSeparators(storePath)),
        this);
    label->setWordWrap(true);
    layout->addWidget(label);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("mlrunsTree"));
    m_tree->setHeaderLabels({tr("Experiment / run"), tr("Run id"), tr("Status"), tr("Started")});
    m_tree->setRootIsDecorated(true);
    QMap<QString, QTreeWidgetItem *> experiments;
    for (const importers::MlflowRunInfo &run : runs) {
        const QString exp = run.experimentName.isEmpty() ? run.experimentId : run.experimentName;
        QTreeWidgetItem *parentItem = experiments.value(exp);
        if (!parentItem) {
            parentItem = new QTreeWidgetItem(m_tree, {exp, run.experimentId});
            parentItem->setFlags(Qt::ItemIsEnabled);
            experiments.insert(exp, parentItem);
        }
        auto *item = new QTreeWidgetItem(
            parentItem,
            {run.runName.isEmpty() ? tr("(unnamed)") : run.runName, run.runId, run.status,
             run.startTime > 0 ? QDateTime::fromMSecsSinceEpoch(run.startTime).toString(Qt::ISODate)
                               : QString()});
        item->setData(0, Qt::UserRole, run.path);
    }
    m_tree->expandAll();
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(m_tree);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this);
    QPushButton *open = buttons->button(QDialogButtonBox::Open);
    open->setObjectName(QStringLiteral("mlrunsOpen"));
    open->setEnabled(false);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [open](QTreeWidgetItem *current) {
        open->setEnabled(current && !current->data(0, Qt::UserRole).isNull());
    });
    connect(m_tree, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem *item) {
        if (!item->data(0, Qt::UserRole).isNull())
            accept();
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(720, 420);
}

QString MlrunsDialog::selectedRunPath() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    return item ? item->data(0, Qt::UserRole).toString() : QString();
}

} // namespace mr
