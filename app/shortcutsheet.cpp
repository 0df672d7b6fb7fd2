// SPDX-License-Identifier: Apache-2.0
#include "app/shortcutsheet.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QHeaderView>
#include <QMenu>
#include <QRegularExpression>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace mr {

namespace {

QString plain(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    return text;
}

QString groupOf(const QAction *action)
{
    if (action->shortcutContext() == Qt::WindowShortcut ||
        action->shortcutContext() == Qt::ApplicationShortcut) {
        for (const QObject *o : action->associatedObjects())
            if (const auto *menu = qobject_cast<const QMenu *>(o); menu && !menu->title().isEmpty())
                return plain(menu->title());
        return QObject::tr("Window");
    }
    for (const QObject *o = action->parent(); o; o = o->parent())
        if (const auto *dock = qobject_cast<const QDockWidget *>(o))
            return dock->windowTitle();
    return QObject::tr("Window");
}

} // namespace

ShortcutSheet::ShortcutSheet(QWidget *window) : QDialog(window), m_tree(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("shortcutSheet"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_tree->setObjectName(QStringLiteral("shortcutTree"));
    m_tree->setHeaderLabels({tr("Action"), tr("Keys")});
    m_tree->setRootIsDecorated(false);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tree);
    layout->addWidget(buttons);
    resize(560, 620);
}

QList<ShortcutSheet::Entry> ShortcutSheet::entries(const QWidget *window)
{
    QList<Entry> out;
    const QList<QAction *> actions = window->findChildren<QAction *>();
    for (QAction *a : actions) {
        if (a->shortcuts().isEmpty() || a->text().isEmpty() || a->isSeparator())
            continue;
        QStringList keys;
        for (const QKeySequence &k : a->shortcuts())
            keys << k.toString(QKeySequence::NativeText);
        out.append({groupOf(a), plain(a->text()), keys.join(QStringLiteral(", ")), a});
    }
    std::stable_sort(out.begin(), out.end(), [](const Entry &x, const Entry &y) {
        return x.group != y.group ? x.group.localeAwareCompare(y.group) < 0
                                  : x.text.localeAwareCompare(y.text) < 0;
    });
    return out;
}

void ShortcutSheet::refresh()
{
    m_tree->clear();
    QTreeWidgetItem *group = nullptr;
    QFont bold = m_tree->font();
    bold.setBold(true);
    for (const Entry &e : entries(parentWidget())) {
        if (!group || group->text(0) != e.group) {
            group = new QTreeWidgetItem(m_tree, {e.group});
            group->setFont(0, bold);
            group->setFirstColumnSpanned(true);
            group->setFlags(Qt::ItemIsEnabled);
        }
        auto *item = new QTreeWidgetItem(m_tree, {e.text, e.keys});
        item->setToolTip(0, e.action->toolTip());
    }
}

} // namespace mr
