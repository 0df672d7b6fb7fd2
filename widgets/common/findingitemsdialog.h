// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/core/finding.h"

#include <QDialog>

class QLabel;
class QListWidget;

namespace mr {

// Every item one finding names, listed; activating one (double-click, Enter) asks the window to
// jump to it, and the dialog stays open so that the reviewer can walk through them.
class FindingItemsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit FindingItemsDialog(QWidget *parent = nullptr);
    void setFinding(const Finding &finding);
    const Finding &finding() const { return m_finding; }

Q_SIGNALS:
    void itemActivated(const mr::Anchor &anchor);

private:
    Finding m_finding;
    QLabel *m_header = nullptr;
    QListWidget *m_list = nullptr;
};

} // namespace mr
