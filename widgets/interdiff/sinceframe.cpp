// SPDX-License-Identifier: Apache-2.0
#include "widgets/interdiff/sinceframe.h"
#include "widgets/common/pane.h"
#include "widgets/interdiff/interdiffmodel.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace mr {

SinceFrame::SinceFrame(Pane *pane, const QString &paneId, QWidget *parent)
    : QWidget(parent), m_pane(pane), m_paneId(paneId), m_bar(new QWidget(this)),
      m_toggle(new QToolButton(m_bar)), m_summary(new QLabel(m_bar)), m_stack(new QStackedWidget(this)),
      m_table(new QTableView(this)), m_model(new InterdiffModel(this))
{
    setObjectName(QStringLiteral("sinceFrame_%1").arg(paneId));
    m_toggle->setObjectName(QStringLiteral("sinceToggle_%1").arg(paneId));
    m_toggle->setCheckable(true);
    m_toggle->setToolTip(tr("Show what changed since the previous version of the package"));
    m_summary->setObjectName(QStringLiteral("sinceSummary_%1").arg(paneId));
    m_summary->setTextFormat(Qt::PlainText);
    // One line, clipped in a narrow dock (never widening it); the whole text is the tooltip.
    m_summary->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    auto *barLayout = new QHBoxLayout(m_bar);
    barLayout->setContentsMargins(4, 2, 4, 2);
    barLayout->addWidget(m_toggle);
    barLayout->addWidget(m_summary, 1);
    m_bar->hide();

    m_table->setObjectName(QStringLiteral("sinceTable_%1").arg(paneId));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    QWidget *since = m_table;
    if (paneId == QLatin1String("code")) {
        m_patch = new QPlainTextEdit(this);
        m_patch->setObjectName(QStringLiteral("sincePatch"));
        m_patch->setReadOnly(true);
        m_patch->setLineWrapMode(QPlainTextEdit::NoWrap);
        m_patch->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        m_patch->setPlaceholderText(tr("Select a file to see its diff since the previous head."));
        auto *split = new QSplitter(Qt::Vertical, this);
        split->addWidget(m_table);
        split->addWidget(m_patch);
        split->setStretchFactor(1, 2);
        since = split;
        connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
                [this](const QModelIndex &current) { showFilePatch(current.row()); });
    }
    m_stack->addWidget(pane);
    m_stack->addWidget(since);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_bar);
    layout->addWidget(m_stack, 1);
    connect(m_toggle, &QToolButton::toggled, this, &SinceFrame::showSince);
}

bool SinceFrame::showingSince() const
{
    return m_stack->currentIndex() == 1;
}

void SinceFrame::setPrevious(const QString &version)
{
    m_model->setInterdiff({}, m_paneId);
    m_before.reset();
    m_now.reset();
    if (m_patch)
        m_patch->clear();
    if (version.isEmpty()) {
        m_toggle->setChecked(false);
        m_bar->hide();
        return;
    }
    m_toggle->setText(tr("Since %1").arg(version));
    m_toggle->setEnabled(false);
    m_summary->setText(tr("Loading the differences since %1…").arg(version));
    m_bar->show();
}

void SinceFrame::setInterdiff(const interdiff::Interdiff &interdiff, const PackagePtr &before,
                              const PackagePtr &now)
{
    m_before = before;
    m_now = now;
    m_model->setInterdiff(interdiff, m_paneId);
    m_toggle->setText(tr("Since %1").arg(interdiff.previousVersion));
    m_toggle->setEnabled(true);
    m_summary->setText(m_toggle->isChecked() ? m_model->summary() : QString());
    m_summary->setToolTip(m_model->summary());
    m_bar->show();
}

void SinceFrame::setFailed(const QString &message)
{
    m_toggle->setEnabled(false);
    m_summary->setText(tr("Failed: %1").arg(message));
}

void SinceFrame::showSince(bool on)
{
    m_stack->setCurrentIndex(on ? 1 : 0);
    m_summary->setText(on ? m_model->summary() : QString());
}

void SinceFrame::showFilePatch(int row)
{
    const interdiff::CodeFileChange *file = m_model->codeFile(row);
    if (!m_patch || !file || !m_before || !m_now) {
        if (m_patch)
            m_patch->clear();
        return;
    }
    // One file's blobs: small and quick, read on demand like the Code pane's own patches.
    QString error;
    const QString text = interdiff::codeFilePatch(*m_before, *m_now, *file, &error);
    m_patch->setPlainText(error.isEmpty() ? text : tr("Failed: %1").arg(error));
}

} // namespace mr
