// SPDX-License-Identifier: Apache-2.0
#include "app/startpage.h"

#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace mr {

StartPage::StartPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("startPage"));
    auto *outer = new QHBoxLayout(this);
    auto *column = new QVBoxLayout;
    outer->addStretch(1);
    outer->addLayout(column, 2);
    outer->addStretch(1);

    auto *title = new QLabel(tr("ModelReview"), this);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 2.2);
    f.setBold(true);
    title->setFont(f);
    auto *subtitle =
        new QLabel(tr("Open a model package (a folder or a .zip, .tar, .tar.gz or .tar.zst archive) "
                      "to review its code, data, environments and results. You can also drop it on "
                      "this window."),
                   this);
    subtitle->setWordWrap(true);

    auto *open = new QPushButton(style()->standardIcon(QStyle::SP_DirOpenIcon), tr("Open Package…"), this);
    open->setObjectName(QStringLiteral("startOpen"));
    m_example = new QPushButton(style()->standardIcon(QStyle::SP_FileDialogContentsView),
                                tr("Open Example Package"), this);
    m_example->setObjectName(QStringLiteral("startExample"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(open);
    buttons->addWidget(m_example);
    buttons->addStretch(1);

    auto *recentTitle = new QLabel(tr("Recent packages"), this);
    QFont rf = recentTitle->font();
    rf.setBold(true);
    recentTitle->setFont(rf);
    m_recent = new QListWidget(this);
    m_recent->setObjectName(QStringLiteral("startRecent"));

    column->addStretch(1);
    column->addWidget(title);
    column->addWidget(subtitle);
    column->addSpacing(12);
    column->addLayout(buttons);
    column->addSpacing(12);
    column->addWidget(recentTitle);
    column->addWidget(m_recent, 3);
    column->addStretch(1);

    connect(open, &QPushButton::clicked, this, &StartPage::openRequested);
    connect(m_example, &QPushButton::clicked, this, &StartPage::openExampleRequested);
    connect(m_recent, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { Q_EMIT openPathRequested(item->data(Qt::UserRole).toString()); });
}

void StartPage::setRecentFiles(const QStringList &paths)
{
    m_recent->clear();
    for (const QString &p : paths) {
        auto *item = new QListWidgetItem(
            QStringLiteral("%1 — %2").arg(QFileInfo(p).fileName(), QDir::toNativeSeparators(p)), m_recent);
        item->setData(Qt::UserRole, p);
        item->setIcon(style()->standardIcon(QFileInfo(p).isDir() ? QStyle::SP_DirIcon : QStyle::SP_FileIcon));
    }
    if (paths.isEmpty()) {
        auto *item = new QListWidgetItem(tr("No recent packages"), m_recent);
        item->setFlags(Qt::NoItemFlags);
    }
}

void StartPage::setExampleAvailable(bool available)
{
    m_example->setEnabled(available);
}

} // namespace mr
