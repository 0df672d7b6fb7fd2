// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

class QListWidget;
class QPushButton;

namespace mr {

// Shown while no package is open: Open, Open Recent and "Open example package".
class StartPage : public QWidget
{
    Q_OBJECT
public:
    explicit StartPage(QWidget *parent = nullptr);
    void setRecentFiles(const QStringList &paths);
    void setExampleAvailable(bool available);

Q_SIGNALS:
    void openRequested();
    void openExampleRequested();
    void openPathRequested(const QString &path);

private:
    QListWidget *m_recent = nullptr;
    QPushButton *m_example = nullptr;
};

} // namespace mr
