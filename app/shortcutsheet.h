// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDialog>

class QAction;
class QTreeWidget;

namespace mr {

// The keyboard shortcut sheet (F1 or ?), generated from the window's actions at the time it is
// shown, so it cannot drift from the keys that really work: every action with a shortcut,
// grouped by where it applies (its menu for window-wide keys, its pane for pane keys).
class ShortcutSheet : public QDialog
{
    Q_OBJECT
public:
    explicit ShortcutSheet(QWidget *window);

    struct Entry
    {
        QString group, text, keys;
        QAction *action = nullptr;
    };
    // The entries for the actions under `window`, in display order.
    static QList<Entry> entries(const QWidget *window);
    void refresh();

private:
    QTreeWidget *m_tree;
};

} // namespace mr
