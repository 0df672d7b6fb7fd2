// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/core/finding.h"

#include <QAbstractTableModel>

namespace mr {

// Findings as a table: severity (icon and text, never colour alone), pane, rule, message. An
// accepted finding stays listed, marked "(accepted)" with its reason and author.
class FindingsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { SeverityColumn, PaneColumn, RuleColumn, MessageColumn, ColumnCount };
    enum Role { AnchorRole = Qt::UserRole + 1, SeverityRole, AcceptedRole };

    using QAbstractTableModel::QAbstractTableModel;

    void setFindings(const Findings &findings);
    const Findings &findings() const { return m_findings; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Findings m_findings;
};

} // namespace mr
